#include "PostgresDialect.h"

#include "PostgresBatchInsert.h"
#include "PostgresCopyIn.h"
#include "PostgresErrors.h"
#include "PostgresLocation.h"
#include "PostgresStatement.h"

#include "storage/StorageLog.h"
#include "storage/StoredMoment.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlQuery>

#include <libpq-fe.h>

namespace dd {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dd::PostgresDialect", text);
}

constexpr const char *marker = "DisputeDesk database";

// The columns that hold a calendar date. The moments (StoredMoment::columns) become TIMESTAMPTZ.
const char *const dateColumns[] = {"as_of", "booking_date", "contact_date", "due_date", "eur_rate_date", "issue_date",
                                   "letter_date", "payment_date", "rate_date", "valid_from", "valid_until", "opening_as_of",
                                   "costs_chargeable_from", "closed_on", "promised_on", "received_on", "answered_on"};

// The names of the moment columns, as alternatives of a regular expression.
QString momentNames()
{
    QStringList names;
    for (const StoredMoment::Column &column : StoredMoment::columns()) {
        if (!names.contains(QLatin1String(column.name)))
            names << QLatin1String(column.name);
    }
    return names.join(QLatin1Char('|'));
}

// libpq's notices (the server's warnings, "the server is shutting down") go to the storage log,
// not straight to stderr.
void noticeToLog(void *, const char *message)
{
    qCInfo(lcStorage).noquote() << "PostgreSQL notice:" << QString::fromUtf8(message).trimmed();
}

} // namespace

QString PostgresDialect::driverName() const
{
    return QStringLiteral("QPSQL");
}

QString PostgresDialect::displayLocation(const QString &location) const
{
    return PostgresLocation(location).display();
}

std::optional<int> PostgresDialect::existingVersion(const QString &location, bool mayCreate) const
{
    const PostgresLocation where(location);
    if (!where.problem().isEmpty())
        throw StorageError(where.problem());
    static QAtomicInteger<int> counter;
    const QString name = QStringLiteral("disputedesk-inspect-pg-%1").arg(counter.fetchAndAddRelaxed(1));
    int version = -1;
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driverName(), name);
        where.setUp(db);
        if (!db.open()) {
            problem = PostgresErrors::openFailed(where.display(), db.lastError()).message();
        } else {
            connectionOpened(db);
            QSqlQuery query(db);
            QStringList tables;
            if (!query.exec(listTables())) {
                problem = PostgresErrors::statementFailed(where.display(), query.lastError(), listTables()).message();
            } else {
                while (query.next())
                    tables << query.value(0).toString();
                QString comment;
                if (tables.contains(QStringLiteral("schema_info"))
                    && query.exec(QStringLiteral("SELECT obj_description(CAST('schema_info' AS regclass), 'pg_class')")) && query.next())
                    comment = query.value(0).toString();
                if (tables.isEmpty()) {
                    version = 0;
                    if (!mayCreate)
                        problem = tr("The team database %1 is empty, not a DisputeDesk database; it was left unchanged.").arg(where.display());
                } else if (comment != QLatin1String(marker)) {
                    problem = tr("The team database %1 belongs to another program, not to DisputeDesk; it was left unchanged.")
                                  .arg(where.display());
                } else if (!query.exec(QStringLiteral("SELECT version FROM schema_info")) || !query.next()) {
                    problem = tr("The team database %1 is damaged: its schema version cannot be read; it was left unchanged.")
                                  .arg(where.display());
                } else {
                    version = query.value(0).toInt();
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!problem.isEmpty())
        throw StorageError(problem);
    return version == 0 ? std::nullopt : std::optional<int>(version);
}

void PostgresDialect::setUpConnection(QSqlDatabase &db, const QString &location, bool) const
{
    PostgresLocation(location).setUp(db);
    // On every connection, reading ones too: dates come back as ISO text, and the server's
    // notices ("table does not exist, skipping") stay out of the program's output.
    // In UTC, as the program writes its moments: a day compared with a moment ("e.at < '2026-03-21'")
    // then starts at midnight UTC, as the same text comparison does on a file, whatever zone the
    // server was set up in.
    db.setConnectOptions(db.connectOptions()
                         + QStringLiteral(";options='-c datestyle=ISO,YMD -c client_min_messages=warning -c TimeZone=UTC'"));
}

void PostgresDialect::connectionOpened(QSqlDatabase &db) const
{
    if (PGconn *connection = libpqConnection(db))
        PQsetNoticeProcessor(connection, noticeToLog, nullptr);
    // At least 64 MB for each sort and bitmap, reading connections too; a server or role that
    // gives more keeps it. With the default 4 MB, the bitmap of the invoices a list filter finds
    // by customer (isAmong) turns lossy once they lie on more than about 65,000 pages, and every
    // row of such a page is checked against the customers one by one: "Jansen" on the 10M demo
    // (289,091 invoices on ~170,000 pages) filled the list for more than ten minutes; with 64 MB
    // (room for about a million pages) it takes 1.6 s, and the sort stays in memory.
    QSqlQuery query(db);
    // Not reached, the connection works as it did, only slower on large lists: worth a log line.
    if (!query.exec(QStringLiteral("SELECT set_config('work_mem', '64MB', false) "
                                   "WHERE pg_size_bytes(current_setting('work_mem')) < pg_size_bytes('64MB')")))
        qCInfo(lcStorage).noquote() << "work_mem not raised:" << query.lastError().text();
    // No JIT compilation: the program's statements take milliseconds to a few seconds, and
    // compiling each one cost 50-65 ms (the Dashboard's twenty statements on the 1M demo: 1.42 s
    // with it, 1.04-1.10 s without), while the ten-million-invoice aging ran no faster with it.
    if (!query.exec(QStringLiteral("SELECT set_config('jit', 'off', false)")))
        qCInfo(lcStorage).noquote() << "jit not turned off:" << query.lastError().text();
}

pg_conn *PostgresDialect::libpqConnection(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    // Qt's driver hands out its PGconn, registered under the struct's own name.
    if (qstrcmp(handle.typeName(), "pg_conn*") == 0 || qstrcmp(handle.typeName(), "PGconn*") == 0)
        return *static_cast<PGconn *const *>(handle.constData());
    return nullptr;
}

QStringList PostgresDialect::connectionSettings() const
{
    return {};
}

QStringList PostgresDialect::markAsDisputeDesk() const
{
    return {QStringLiteral("COMMENT ON TABLE schema_info IS '%1'").arg(QLatin1String(marker))};
}

QString PostgresDialect::beginWrite() const
{
    return QStringLiteral("BEGIN");
}

QString PostgresDialect::writerLock() const
{
    return QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(writerLockKey);
}

QString PostgresDialect::listTables() const
{
    // In the order they were made: a table comes after those its foreign keys point to.
    return QStringLiteral("SELECT c.relname FROM pg_class c WHERE c.relkind = 'r' "
                          "AND c.relnamespace = CAST(current_schema() AS regnamespace) ORDER BY c.oid");
}

QString PostgresDialect::secondaryIndexes() const
{
    return QStringLiteral("SELECT i.relname, pg_get_indexdef(i.oid) FROM pg_index x "
                          "JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid "
                          "WHERE t.relname = ? AND t.relnamespace = CAST(current_schema() AS regnamespace) "
                          "AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.oid) ORDER BY i.relname");
}

QStringList PostgresDialect::appendOnlyTriggers(const QString &table) const
{
    QStringList result;
    result << QStringLiteral("CREATE OR REPLACE FUNCTION dd_append_only() RETURNS trigger LANGUAGE plpgsql AS "
                             "$body$ BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $body$");
    for (const QString &operation : {QStringLiteral("UPDATE"), QStringLiteral("DELETE")}) {
        result << QStringLiteral("CREATE TRIGGER %1_no_%2 BEFORE %3 ON %1 FOR EACH ROW EXECUTE FUNCTION dd_append_only()")
                      .arg(table, operation.toLower(), operation);
    }
    return result;
}

QString PostgresDialect::schemaStatement(const QString &statement) const
{
    static const QRegularExpression identity(QStringLiteral("\\bid INTEGER PRIMARY KEY\\b"));
    static const QRegularExpression blob(QStringLiteral("\\bBLOB\\b"));
    static const QRegularExpression integer(QStringLiteral("\\bINTEGER\\b"));
    static const QRegularExpression date([] {
        QStringList names;
        for (const char *column : dateColumns)
            names << QLatin1String(column);
        return QStringLiteral("\\b(%1) TEXT\\b").arg(names.join(QLatin1Char('|')));
    }());
    // A moment column added to rows that had none (payments.recorded_at, version 18) defaults to
    // the empty text in a file; here it is NULL, "not recorded", as migration 22 makes it too.
    static const QRegularExpression optionalMoment(QStringLiteral("\\b(%1) TEXT NOT NULL DEFAULT ''").arg(momentNames()));
    static const QRegularExpression moment(QStringLiteral("\\b(%1) TEXT\\b").arg(momentNames()));
    QString result = statement;
    result.replace(identity, QStringLiteral("id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
    result.replace(blob, QStringLiteral("BYTEA"));
    result.replace(integer, QStringLiteral("BIGINT"));
    result.replace(date, QStringLiteral("\\1 DATE"));
    result.replace(optionalMoment, QStringLiteral("\\1 TIMESTAMPTZ"));
    result.replace(moment, QStringLiteral("\\1 TIMESTAMPTZ"));
    return result;
}

bool PostgresDialect::momentsAsText() const
{
    return false;
}

QStringList PostgresDialect::typeMomentColumns() const
{
    // Only a column that is still text: a database this version made has its moments typed from
    // the start (schemaStatement). The text is the program's ISO 8601 with its zone, which
    // PostgreSQL reads as the same instant. A payment imported or booked from a statement has an
    // empty recorded_at, which is no moment: it becomes NULL, "not recorded", so the column can no
    // longer be NOT NULL (PaymentRepository reads NULL as the empty text it reads from a file).
    // Rewriting a table does not fire its triggers, so the append-only tables (audit_events,
    // credit_notes, documents) take the change as well.
    QStringList statements;
    for (const StoredMoment::Column &column : StoredMoment::columns()) {
        const QString table = QLatin1String(column.table);
        const QString name = QLatin1String(column.name);
        QString change;
        if (column.optional)
            change = QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 DROP DEFAULT; ALTER TABLE %1 ALTER COLUMN %2 DROP NOT NULL; "
                                    "ALTER TABLE %1 ALTER COLUMN %2 TYPE TIMESTAMPTZ USING CAST(NULLIF(%2, '') AS TIMESTAMPTZ);");
        else
            change = QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 TYPE TIMESTAMPTZ USING CAST(%2 AS TIMESTAMPTZ);");
        statements << QStringLiteral("DO $body$ BEGIN IF EXISTS (SELECT 1 FROM information_schema.columns "
                                     "WHERE table_schema = current_schema() AND table_name = '%1' AND column_name = '%2' "
                                     "AND data_type = 'text') THEN %3 END IF; END $body$")
                          .arg(table, name, change.arg(table, name));
    }
    return statements;
}

QStringList PostgresDialect::restartIdentity(const QString &table) const
{
    // Rows copied in with their ids leave the identity where it was; the next new row must get
    // a number past them. A table without an identity `id` is left alone.
    return {QStringLiteral("DO $body$ DECLARE s text; BEGIN "
                           "IF EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() "
                           "AND table_name = '%1' AND column_name = 'id' AND is_identity = 'YES') THEN "
                           "s := pg_get_serial_sequence('%1', 'id'); "
                           "PERFORM setval(CAST(s AS regclass), COALESCE((SELECT MAX(id) FROM %1), 0) + 1, false); "
                           "END IF; END $body$")
                .arg(table)};
}

QStringList PostgresDialect::recordLogin(const QString &table, const QString &column) const
{
    return {QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 SET DEFAULT session_user").arg(table, column)};
}

bool PostgresDialect::isUniqueViolation(const QSqlError &error) const
{
    return PostgresErrors::sqlState(error) == QLatin1String("23505");
}

std::unique_ptr<FastStatement> PostgresDialect::fastStatement(Database &database, const QString &sql) const
{
    return std::make_unique<PostgresStatement>(database, sql);
}

std::unique_ptr<FastStatement> PostgresDialect::batchInsert(Database &database, const RowBatch &batch) const
{
    return std::make_unique<PostgresBatchInsert>(database, batch);
}

QString PostgresDialect::isAmong(const QString &column, const QString &subquery) const
{
    // As an array computed first: the planner then looks each id up in the column's index. With
    // IN it guessed the semi-join's size badly and read the whole table (the invoices of the
    // customers named like "Jansen" on the 1M demo: 0.69 s reading all invoices, 0.17 s so; a
    // filter matching 75,000 customers, "a", costs about what IN costs: 0.54 s against 0.46 s).
    // It needs the work_mem connectionOpened gives; at 10M a LATERAL look-up per customer took
    // 2.4 s against 1.6 s, and IN or a join read all ten million invoices (13.7 s).
    return QStringLiteral("%1 = ANY(ARRAY(%2))").arg(column, subquery);
}

std::unique_ptr<RowStream> PostgresDialect::rowStream(Database &database, const QString &table, const QStringList &columns) const
{
    return std::make_unique<PostgresCopyIn>(database, table, columns);
}

QStringList PostgresDialect::containsTextIndexes() const
{
    // The columns the list filters search (InvoiceListQuery, CustomerListQuery). pg_trgm is a
    // trusted extension (PostgreSQL 13 on): the owner of the database may create it.
    QStringList statements{QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm")};
    for (const auto &[table, column] : {std::pair{"customers", "name"}, std::pair{"customers", "number"}, std::pair{"customers", "city"},
                                        std::pair{"invoices", "number"}}) {
        statements << QStringLiteral("CREATE INDEX %1_%2_trgm ON %1 USING GIN (LOWER(%2) gin_trgm_ops)")
                          .arg(QLatin1String(table), QLatin1String(column));
    }
    return statements;
}

StorageError PostgresDialect::statementFailed(const QString &location, const QSqlError &error, const QString &sql) const
{
    return PostgresErrors::statementFailed(displayLocation(location), error, sql);
}

StorageError PostgresDialect::openFailed(const QString &location, const QSqlError &error) const
{
    return PostgresErrors::openFailed(displayLocation(location), error);
}

QString PostgresDialect::readSetting(const QString &name) const
{
    return QStringLiteral("SELECT current_setting('%1')").arg(name);
}

QString PostgresDialect::writeSetting(const QString &name, const QString &value) const
{
    return QStringLiteral("SELECT set_config('%1', '%2', false)").arg(name, value);
}

} // namespace dd
