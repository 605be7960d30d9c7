#include "Database.h"

#include "Migrations.h"
#include "PortableStatement.h"
#include "SqlDialect.h"
#include "StorageError.h"
#include "StorageLog.h"
#include "Transaction.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

namespace dd {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dd::Database", text);
}

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("disputedesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

// The name under which a connection's Database is kept on its driver, so that a failing
// statement can be described by its backend and name its location (Database::exec is given only
// the query). The Database outlives its connection's queries: it removes the connection last.
constexpr const char *ownerProperty = "disputedeskDatabase";

} // namespace

Database::Database(QString path, QString connectionName, std::unique_ptr<SqlDialect> dialect)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_dialect(std::move(dialect))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::currentSchemaVersion()
{
    return Migrations::latestVersion();
}

std::unique_ptr<Database> Database::open(const QString &location, Mode mode)
{
    std::unique_ptr<SqlDialect> dialect = SqlDialect::forLocation(location);
    const std::optional<int> existing = dialect->existingVersion(location, mode == Mode::ReadWrite);
    const int version = existing.value_or(0);
    if (version > Migrations::latestVersion())
        throw StorageError(tr("%1 was written by a newer version of DisputeDesk (database version %2; this program knows up to %3). "
                              "Update DisputeDesk to open it; it was left unchanged.")
                               .arg(dialect->displayLocation(location))
                               .arg(version)
                               .arg(Migrations::latestVersion()));
    if (mode == Mode::ToRead)
        mode = version < Migrations::latestVersion() ? Mode::ReadWrite : Mode::ReadOnly;

    const QString driver = dialect->driverName();
    std::unique_ptr<Database> database(new Database(location, nextConnectionName(), std::move(dialect)));
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, database->m_connectionName);
    database->m_dialect->setUpConnection(db, location, mode == Mode::ReadOnly);
    if (!db.open())
        throw database->m_dialect->openFailed(location, db.lastError());
    database->m_dialect->connectionOpened(db);
    db.driver()->setProperty(ownerProperty, QVariant::fromValue(static_cast<void *>(database.get())));
    database->m_schemaVersion = version;
    database->m_readOnly = mode == Mode::ReadOnly;
    database->configure(mode);
    if (mode == Mode::ReadWrite)
        database->migrate();
    else if (version < Migrations::latestVersion())
        throw StorageError(tr("%1 uses an older database version and must be opened for writing once to be updated.")
                               .arg(database->dialect().displayLocation(location)));
    return database;
}

void Database::configure(Mode mode)
{
    if (mode == Mode::ReadOnly) {
        // The connection was opened read-only, which already protects the file. No query_only:
        // it would also forbid the temporary tables that the filtered lists sort into.
        return;
    }
    for (const QString &setting : m_dialect->connectionSettings())
        run(setting);
}

void Database::migrate()
{
    const auto &steps = Migrations::steps();
    if (m_schemaVersion >= int(steps.size()))
        return;
    Transaction transaction(*this, DataChanges());
    for (int version = m_schemaVersion + 1; version <= int(steps.size()); ++version) {
        for (const QString &statement : steps[size_t(version - 1)](*m_dialect))
            run(m_dialect->schemaStatement(statement));
    }
    if (m_schemaVersion == 0) {
        for (const QString &statement : m_dialect->markAsDisputeDesk())
            run(statement);
    }
    run(QStringLiteral("UPDATE schema_info SET version = ?"), {int(steps.size())});
    transaction.commit();
    m_schemaVersion = int(steps.size());
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QSqlQuery Database::prepare(const QString &sql) const
{
    QSqlQuery query(connection());
    if (!query.prepare(sql))
        throw m_dialect->statementFailed(m_path, query.lastError(), sql);
    return query;
}

void Database::exec(QSqlQuery &query, std::initializer_list<QVariant> values)
{
    int index = 0;
    for (const QVariant &value : values) {
        // A null QString is "no text", not SQL NULL: the schema's text columns are NOT NULL.
        // Real NULLs are passed as an empty QVariant().
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.bindValue(index++, QStringLiteral(""));
        else
            query.bindValue(index++, value);
    }
    if (!query.exec()) {
        const auto *owner = query.driver() ? static_cast<const Database *>(query.driver()->property(ownerProperty).value<void *>()) : nullptr;
        if (owner)
            throw owner->dialect().statementFailed(owner->path(), query.lastError(), query.lastQuery());
        qCInfo(lcStorage).noquote() << "Statement failed on a connection of no Database:" << query.lastError().text() << "in:" << query.lastQuery().simplified();
        throw StorageError(tr("A database statement failed; nothing was changed."));
    }
}

QSqlQuery Database::run(const QString &sql, std::initializer_list<QVariant> values) const
{
    if (values.size() == 0) {
        // Not prepared: PostgreSQL prepares only queries and data changes, never CREATE, SET,
        // COMMENT or a DO block, and a statement run once gains nothing from it.
        QSqlQuery query(connection());
        Database::readForward(query);
        if (!query.exec(sql))
            throw m_dialect->statementFailed(m_path, query.lastError(), sql);
        return query;
    }
    QSqlQuery query = prepare(sql);
    Database::readForward(query);
    exec(query, values);
    return query;
}

void Database::readForward(QSqlQuery &query)
{
    query.setForwardOnly(!query.driver() || query.driver()->dbmsType() != QSqlDriver::PostgreSQL);
}

QSqlQuery Database::prepareInsert(const QString &sql) const
{
    QSqlQuery query = prepare(sql + QStringLiteral(" RETURNING id"));
    Database::readForward(query);
    return query;
}

qint64 Database::insertedId(QSqlQuery &query)
{
    if (!query.next())
        throw StorageError(QCoreApplication::translate("dd::Database", "The database did not report the new row."));
    const qint64 id = query.value(0).toLongLong();
    // Reading the RETURNING row to its end lets SQLite finish the statement, so a transaction
    // can commit while the prepared query is kept for the next row.
    while (query.next()) { }
    return id;
}

std::unique_ptr<FastStatement> Database::prepareFast(const QString &sql)
{
    if (m_fastPath) {
        if (std::unique_ptr<FastStatement> fast = m_dialect->fastStatement(*this, sql))
            return fast;
    }
    return std::make_unique<PortableStatement>(*this, sql);
}

std::unique_ptr<FastStatement> Database::prepareFastInsert(const QString &sql, const QString &returning)
{
    if (m_fastPath) {
        if (std::unique_ptr<FastStatement> fast = m_dialect->fastInsert(*this, sql, returning))
            return fast;
    }
    return std::make_unique<PortableStatement>(*this, sql + QStringLiteral(" RETURNING ") + returning);
}

QVariant Database::scalar(const QString &sql, std::initializer_list<QVariant> values) const
{
    QSqlQuery query = run(sql, values);
    return query.next() ? query.value(0) : QVariant();
}

} // namespace dd
