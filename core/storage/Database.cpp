#include "Database.h"

#include "DatabaseErrors.h"
#include "Migrations.h"
#include "SqliteDialect.h"
#include "StorageError.h"
#include "Transaction.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QStringList>

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

// The name under which a connection's file is kept on its driver, so that a failing statement
// can name the file in its message (Database::exec is given only the query).
constexpr const char *pathProperty = "disputedeskPath";

// Looks at an existing file through a read-only connection, so that a file we must refuse is
// never written to (not even by switching it to WAL mode). Returns its schema version.
// The file is looked at through SQLite only, never opened by us: this process may already have a
// connection to it (the main window, while the dashboard opens its own), and closing any
// descriptor of the file would drop every POSIX lock the process holds on it, SQLite's included.
// Another program would then take the file for unused and delete the write-ahead log under us.
int inspectExisting(const QString &path)
{
    const QString name = nextConnectionName();
    int version = -1;
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QString::fromLatin1(SqliteDialect::driverName), name);
        SqliteDialect::setUpInspection(db, path);
        if (!db.open()) {
            problem = DatabaseErrors::openFailed(path, db.lastError()).message();
        } else {
            QSqlQuery query(db);
            QStringList tables;
            if (!query.exec(SqliteDialect::listTables())) {
                if (DatabaseErrors::isNotADatabase(query.lastError()))
                    problem = tr("%1 is not a DisputeDesk database (it is not an SQLite file); it was left unchanged.").arg(path);
                else
                    problem = DatabaseErrors::statementFailed(path, query.lastError(), SqliteDialect::listTables()).message();
            } else {
                while (query.next())
                    tables << query.value(0).toString();
                query.exec(SqliteDialect::readApplicationId());
                const int appId = query.next() ? query.value(0).toInt() : 0;
                if (tables.isEmpty()) {
                    version = 0;
                } else if (appId != SqliteDialect::applicationId || !tables.contains(QStringLiteral("schema_info"))) {
                    problem = tr("%1 is an SQLite database of another program, not a DisputeDesk database; it was left unchanged.").arg(path);
                } else if (!query.exec(QStringLiteral("SELECT version FROM schema_info")) || !query.next()) {
                    problem = tr("%1 is damaged: its schema version cannot be read; it was left unchanged.").arg(path);
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
    if (version > Migrations::latestVersion())
        throw StorageError(tr("%1 was written by a newer version of DisputeDesk (database version %2; this program knows up to %3). "
                              "Update DisputeDesk to open it; the file was left unchanged.")
                               .arg(path)
                               .arg(version)
                               .arg(Migrations::latestVersion()));
    return version;
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
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

std::unique_ptr<Database> Database::open(const QString &path, Mode mode)
{
    const QFileInfo info(path);
    const bool exists = info.exists() && info.size() > 0;
    if (info.exists() && info.isDir())
        throw StorageError(tr("%1 is a folder, not a database file.").arg(path));
    // Reading never creates or fills a file: an empty one (left by a program killed while
    // creating it, say) stays as it is.
    if (info.exists() && !exists && mode != Mode::ReadWrite)
        throw StorageError(tr("%1 is empty, not a DisputeDesk database; it was left unchanged.").arg(path));
    if (!exists && mode != Mode::ReadWrite)
        throw StorageError(tr("%1 does not exist.").arg(path));
    const int version = exists ? inspectExisting(path) : 0;
    if (mode == Mode::ToRead)
        mode = version < Migrations::latestVersion() ? Mode::ReadWrite : Mode::ReadOnly;

    std::unique_ptr<Database> database(new Database(path, nextConnectionName()));
    QSqlDatabase db = QSqlDatabase::addDatabase(QString::fromLatin1(SqliteDialect::driverName), database->m_connectionName);
    db.setDatabaseName(path);
    if (mode == Mode::ReadOnly)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open())
        throw DatabaseErrors::openFailed(path, db.lastError());
    db.driver()->setProperty(pathProperty, path);
    database->m_schemaVersion = version;
    database->configure(mode);
    if (mode == Mode::ReadWrite)
        database->migrate();
    else if (version < Migrations::latestVersion())
        throw StorageError(tr("%1 uses an older database version and must be opened for writing once to be updated.").arg(path));
    return database;
}

void Database::configure(Mode mode)
{
    if (mode == Mode::ReadOnly) {
        // The connection was opened read-only, which already protects the file. No query_only:
        // it would also forbid the temporary tables that the filtered lists sort into.
        return;
    }
    for (const QString &pragma : SqliteDialect::connectionPragmas())
        run(pragma);
}

void Database::migrate()
{
    const auto &steps = Migrations::steps();
    if (m_schemaVersion >= int(steps.size()))
        return;
    Transaction transaction(*this, DataChanges());
    if (m_schemaVersion == 0)
        run(SqliteDialect::writeApplicationId());
    for (int version = m_schemaVersion + 1; version <= int(steps.size()); ++version) {
        for (const QString &statement : steps[size_t(version - 1)])
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
        throw DatabaseErrors::statementFailed(m_path, query.lastError(), sql);
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
        const QString path = query.driver() ? query.driver()->property(pathProperty).toString() : QString();
        throw DatabaseErrors::statementFailed(path, query.lastError(), query.lastQuery());
    }
}

QSqlQuery Database::run(const QString &sql, std::initializer_list<QVariant> values) const
{
    QSqlQuery query = prepare(sql);
    query.setForwardOnly(true);
    exec(query, values);
    return query;
}

QSqlQuery Database::prepareInsert(const QString &sql) const
{
    QSqlQuery query = prepare(sql + QStringLiteral(" RETURNING id"));
    query.setForwardOnly(true);
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

QVariant Database::scalar(const QString &sql, std::initializer_list<QVariant> values) const
{
    QSqlQuery query = run(sql, values);
    return query.next() ? query.value(0) : QVariant();
}

} // namespace dd
