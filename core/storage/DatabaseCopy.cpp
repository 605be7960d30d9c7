#include "DatabaseCopy.h"

#include "BatchInsert.h"
#include "BulkLoad.h"
#include "Database.h"
#include "DatabaseLocation.h"
#include "FastStatement.h"
#include "SqlDialect.h"
#include "StorageError.h"
#include "StorageLog.h"
#include "StoredMoment.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>
#include <QSqlField>
#include <QSqlRecord>

namespace dd {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dd::DatabaseCopy", text);
}

// How often the progress is told (rows): often enough for a smooth bar, rarely enough to cost nothing.
constexpr qint64 progressStep = 4096;

// The rows of a table in `database`, read one at a time.
QSqlQuery readRows(const Database &database, const QString &table, const QStringList &columns, const QString &where = QString())
{
    QSqlQuery query = database.prepare(QStringLiteral("SELECT %1 FROM %2%3").arg(columns.join(QStringLiteral(", ")), table, where));
    // Forward only: the driver keeps the current row, not the table (a million invoices).
    query.setForwardOnly(true);
    Database::exec(query);
    return query;
}

bool hasBinaryColumn(const QSqlRecord &record)
{
    for (int i = 0; i < record.count(); ++i) {
        if (record.field(i).metaType().id() == QMetaType::QByteArray)
            return true;
    }
    return false;
}

// The source is read in one transaction, only read and let go of at the end. On SQLite that
// reads the file as it stood at one moment while others write; PostgreSQL's default isolation
// lets each statement see the latest commits, and what someone changed meanwhile shows up as a
// difference in the comparison, which then refuses the copy.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(Database &database)
        : m_connection(database.connection())
    {
        m_open = m_connection.transaction();
    }
    ~ReadSnapshot()
    {
        if (m_open)
            m_connection.rollback();
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    QSqlDatabase m_connection;
    bool m_open = false;
};

} // namespace

qint64 DatabaseCopy::Result::rows() const
{
    qint64 total = 0;
    for (const TableFigures &figures : source)
        total += figures.rows;
    return total;
}

DatabaseCopy::DatabaseCopy(QString source, QString target)
    : m_source(std::move(source))
    , m_target(std::move(target))
{
}

const QStringList &DatabaseCopy::tableOrder()
{
    static const QStringList order = {
        // The order the migrations created them in, which is one (allocations was rebuilt last).
        QStringLiteral("customers"), QStringLiteral("contacts"), QStringLiteral("products"),
        QStringLiteral("invoices"), QStringLiteral("invoice_lines"), QStringLiteral("payments"),
        QStringLiteral("disputes"), QStringLiteral("dispute_invoices"), QStringLiteral("dispute_products"),
        QStringLiteral("findings"), QStringLiteral("evidence"), QStringLiteral("contact_log"),
        QStringLiteral("audit_events"), QStringLiteral("cost_benefit_assessments"),
        QStringLiteral("legal_interest_rates"), QStringLiteral("legal_court_fees"), QStringLiteral("settings"),
        QStringLiteral("credit_notes"), QStringLiteral("credit_note_lines"), QStringLiteral("documents"),
        QStringLiteral("bank_entries"), QStringLiteral("dunning_levels"), QStringLiteral("dunning_runs"),
        QStringLiteral("dunning_letters"), QStringLiteral("dunning_letter_invoices"),
        QStringLiteral("customer_contacts"), QStringLiteral("bank_rejections"), QStringLiteral("exchange_rates"),
        QStringLiteral("imported_credit_notes"), QStringLiteral("allocations"),
    };
    return order;
}

QList<TableFigures> DatabaseCopy::figures(const Database &database)
{
    QList<TableFigures> all;
    for (const QString &table : tableOrder())
        all << TableFigures::of(database, table);
    return all;
}

QStringList DatabaseCopy::laterColumns(const QString &table)
{
    if (table == QLatin1String("bank_entries"))
        return {QStringLiteral("reversed_by")};
    // A reversal comes after the payment it takes back; kept for a second pass all the same, so
    // that the copy never depends on the order in which ids were given.
    if (table == QLatin1String("payments"))
        return {QStringLiteral("reverses")};
    return {};
}

DatabaseCopy::Result DatabaseCopy::run(const Progress &progress)
{
    if (m_source == m_target)
        throw StorageError(tr("A database cannot be copied onto itself (%1).").arg(DatabaseLocation::displayName(m_source)));
    const std::unique_ptr<Database> source = Database::open(m_source, Database::Mode::ToRead);
    checkTables(*source);
    const std::unique_ptr<Database> target = openTarget();
    checkTables(*target);

    ReadSnapshot snapshot(*source);
    // Where the time goes, for the log (a million invoices take a while).
    QElapsedTimer phase;
    phase.start();
    const auto logPhase = [&phase](const char *what) {
        qCInfo(lcStorage).noquote() << "Copy:" << what << "in" << phase.restart() << "ms";
    };
    Result result;
    result.source = figures(*source);
    const qint64 total = result.rows();
    logPhase("the source's figures");

    // Everything the program shows changes when a database is filled.
    Transaction transaction(*target, DataChange::Customers | DataChange::Invoices | DataChange::Payments | DataChange::Cases
                                         | DataChange::CreditNotes | DataChange::Dunning | DataChange::Settings
                                         | DataChange::ReferenceData | DataChange::Documents | DataChange::Bank);
    for (const QString &table : tableOrder()) {
        if (target->scalar(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(table)).isValid())
            throw StorageError(tr("%1 already holds data (table %2); a database is only copied into a new file or an "
                                  "empty database. Nothing was written.")
                                   .arg(DatabaseLocation::displayName(m_target), table));
    }
    qint64 done = 0;
    {
        BulkLoad load(*target, tableOrder());
        for (const QString &table : tableOrder()) {
            bool cancelled = false;
            copyTable(*source, *target, table, done, total, progress, cancelled);
            if (cancelled) {
                result.cancelled = true;
                return result; // the transaction rolls back: nothing of the copy is kept
            }
            fillLaterColumns(*source, *target, table);
            for (const QString &statement : target->dialect().restartIdentity(table))
                target->run(statement);
        }
        logPhase("the rows");
        load.finish();
        logPhase("the indexes");
    }
    result.target = figures(*target);
    compare(result.source, result.target, DatabaseLocation::displayName(m_target));
    logPhase("the target's figures");
    transaction.commit();
    logPhase("the commit");
    if (progress)
        progress(total, total);
    return result;
}

std::unique_ptr<Database> DatabaseCopy::openTarget() const
{
    const std::optional<int> version = SqlDialect::forLocation(m_target)->existingVersion(m_target, true);
    // Opening an older database for writing would update it: refused here, before it is changed.
    if (version && *version > 0 && *version < Database::currentSchemaVersion())
        throw StorageError(tr("%1 already holds a DisputeDesk database of an older version; a database is only copied "
                              "into a new file or an empty database. Nothing was written.")
                               .arg(DatabaseLocation::displayName(m_target)));
    return Database::open(m_target, Database::Mode::ReadWrite);
}

void DatabaseCopy::checkTables(const Database &database) const
{
    QSet<QString> present;
    QSqlQuery query = database.run(database.dialect().listTables());
    while (query.next())
        present.insert(query.value(0).toString());
    present.remove(QStringLiteral("schema_info"));
    for (const QString &table : tableOrder()) {
        if (!present.remove(table))
            throw StorageError(tr("%1 has no table %2; it is not a complete DisputeDesk database.").arg(DatabaseLocation::displayName(database.path()), table));
    }
    if (!present.isEmpty()) {
        QStringList unknown = present.values();
        unknown.sort();
        throw StorageError(tr("%1 has tables this version of DisputeDesk does not copy: %2.")
                               .arg(DatabaseLocation::displayName(database.path()), unknown.join(QStringLiteral(", "))));
    }
}

void DatabaseCopy::copyTable(Database &source, Database &target, const QString &table, qint64 &done, qint64 total,
                             const Progress &progress, bool &cancelled)
{
    const QStringList columns = TableFigures::columns(source, table);
    const QStringList later = laterColumns(table);
    QSqlQuery rows = readRows(source, table, columns);
    QList<bool> nullFirst;
    // A moment goes over as the program's text of it, which both backends take: a server's
    // QDateTime becomes the text a file holds (to the column's precision), and "none recorded"
    // goes from the one's empty text to the other's NULL and back (StoredMoment).
    QList<std::optional<StoredMoment::Precision>> moments;
    for (const QString &column : columns) {
        nullFirst << later.contains(column);
        moments << StoredMoment::precisionOf(table, column);
    }

    BatchInsert insert(target, table, columns, hasBinaryColumn(rows.record()));
    while (rows.next()) {
        for (int i = 0; i < columns.size(); ++i) {
            if (nullFirst.at(i))
                insert.add(QVariant());
            else if (moments.at(i))
                insert.add(StoredMoment::toStore(StoredMoment::text(rows.value(i), *moments.at(i)), target.dialect()));
            else
                insert.add(rows.value(i));
        }
        ++done;
        if (progress && done % progressStep == 0 && !progress(done, total)) {
            cancelled = true;
            return;
        }
    }
    insert.finish();
}

void DatabaseCopy::fillLaterColumns(Database &source, Database &target, const QString &table)
{
    for (const QString &column : laterColumns(table)) {
        QSqlQuery rows = readRows(source, table, {QStringLiteral("id"), column}, QStringLiteral(" WHERE %1 IS NOT NULL").arg(column));
        std::unique_ptr<FastStatement> update = target.prepareFast(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(table, column));
        while (rows.next()) {
            update->bind(1, rows.value(1).toLongLong());
            update->bind(2, rows.value(0).toLongLong());
            update->insert();
        }
    }
}

void DatabaseCopy::compare(const QList<TableFigures> &source, const QList<TableFigures> &target, const QString &location)
{
    for (qsizetype i = 0; i < source.size(); ++i) {
        if (source.at(i) != target.at(i))
            throw StorageError(tr("The copy in %1 differs from the source in table %2: the source has %3, the copy %4. "
                                  "Nothing was kept.")
                                   .arg(location, source.at(i).table, source.at(i).describe(), target.at(i).describe()));
    }
}

} // namespace dd
