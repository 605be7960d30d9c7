#include "SqliteDialect.h"

#include "SqliteStatement.h"
#include "SqliteTextSearch.h"

#include "storage/Database.h"
#include "SqliteErrors.h"
#include "storage/StorageLog.h"
#include "storage/StorageError.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <sqlite3.h>

namespace dd {

namespace {
// The context lupdate files this file's texts under (the class it finds them in), so that the
// Dutch catalogue's entries are the ones looked up.
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::SqliteDialect", text);
}
} // namespace

QString SqliteDialect::driverName() const
{
    return QStringLiteral("QSQLITE");
}

std::optional<int> SqliteDialect::existingVersion(const QString &path, bool mayCreate) const
{
    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        throw StorageError(tr("%1 is a folder, not a database file.").arg(path));
    // Reading never creates or fills a file: an empty one (left by a program killed while
    // creating it, say) stays as it is.
    if (info.exists() && info.size() == 0 && !mayCreate)
        throw StorageError(tr("%1 is empty, not a DisputeDesk database; it was left unchanged.").arg(path));
    if (!info.exists() && !mayCreate)
        throw StorageError(tr("%1 does not exist.").arg(path));
    if (!info.exists() || info.size() == 0)
        return std::nullopt;
    return inspect(path);
}

// Looks at an existing file through a read-only connection, so that a file we must refuse is
// never written to (not even by switching it to WAL mode).
// The file is looked at through SQLite only, never opened by us: this process may already have a
// connection to it (the main window, while the dashboard opens its own), and closing any
// descriptor of the file would drop every POSIX lock the process holds on it, SQLite's included.
// Another program would then take the file for unused and delete the write-ahead log under us.
int SqliteDialect::inspect(const QString &path) const
{
    static QAtomicInteger<int> counter;
    const QString name = QStringLiteral("disputedesk-inspect-%1").arg(counter.fetchAndAddRelaxed(1));
    int version = -1;
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driverName(), name);
        setUpInspection(db, path);
        if (!db.open()) {
            problem = SqliteErrors::openFailed(path, db.lastError()).message();
        } else {
            QSqlQuery query(db);
            QStringList tables;
            if (!query.exec(listTables())) {
                if (SqliteErrors::isNotADatabase(query.lastError()))
                    problem = tr("%1 is not a DisputeDesk database (it is not an SQLite file); it was left unchanged.").arg(path);
                else
                    problem = SqliteErrors::statementFailed(path, query.lastError(), listTables()).message();
            } else {
                while (query.next())
                    tables << query.value(0).toString();
                query.exec(QStringLiteral("PRAGMA application_id"));
                const int appId = query.next() ? query.value(0).toInt() : 0;
                if (tables.isEmpty()) {
                    version = 0;
                } else if (appId != applicationId || !tables.contains(QStringLiteral("schema_info"))) {
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
    return version;
}

void SqliteDialect::setUpConnection(QSqlDatabase &db, const QString &path, bool readOnly) const
{
    db.setDatabaseName(path);
    if (readOnly)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
}

QStringList SqliteDialect::connectionSettings() const
{
    return {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = FULL"),
        QStringLiteral("PRAGMA cache_size = -65536"),
        QStringLiteral("PRAGMA temp_store = MEMORY"),
    };
}

QStringList SqliteDialect::markAsDisputeDesk() const
{
    return {QStringLiteral("PRAGMA application_id = %1").arg(applicationId)};
}

QString SqliteDialect::beginWrite() const
{
    return QStringLiteral("BEGIN IMMEDIATE");
}

QString SqliteDialect::listTables() const
{
    return QStringLiteral("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%'");
}

void SqliteDialect::setUpInspection(QSqlDatabase &db, const QString &path)
{
    if (QFileInfo::exists(path + QStringLiteral("-wal"))) {
        // Committed pages may still be in the log: read through it, as any reader would.
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        return;
    }
    QUrl uri = QUrl::fromLocalFile(path);
    uri.setQuery(QStringLiteral("mode=ro&immutable=1"));
    db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
}

QStringList SqliteDialect::appendOnlyTriggers(const QString &table) const
{
    QStringList result;
    for (const QString &operation : {QStringLiteral("UPDATE"), QStringLiteral("DELETE")}) {
        result << QStringLiteral("CREATE TRIGGER %1_no_%2 BEFORE %3 ON %1 BEGIN SELECT RAISE(ABORT, '%1 is append-only'); END")
                      .arg(table, operation.toLower(), operation);
    }
    return result;
}

QString SqliteDialect::secondaryIndexes() const
{
    return QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL "
                          "ORDER BY name");
}

QString SqliteDialect::containsText(const QString &column, const QString &placeholder) const
{
    return QStringLiteral("%1 LIKE %2 ESCAPE '\\'").arg(column, placeholder);
}

QString SqliteDialect::containsTextIn(const QString &table, const QString &alias, const QStringList &columns, const QString &placeholder,
                                      const QString &text) const
{
    const QString searched = SqliteTextSearch::condition(table, alias, columns, placeholder, text);
    return searched.isEmpty() ? SqlDialect::containsTextIn(table, alias, columns, placeholder, text) : searched;
}

QStringList SqliteDialect::containsTextSearchTables() const
{
    return SqliteTextSearch::schema();
}

QStringList SqliteDialect::suspendTextSearch(const QString &table) const
{
    return SqliteTextSearch::suspend(table);
}

QStringList SqliteDialect::resumeTextSearch(const QString &table) const
{
    return SqliteTextSearch::fill(table);
}

QString SqliteDialect::fillPositions(const QString &table, const QString &rows, const QString &orderBy) const
{
    return QStringLiteral("INSERT INTO %1 (invoice_id) SELECT id FROM (%2) ORDER BY %3").arg(table, rows, orderBy);
}

bool SqliteDialect::isUniqueViolation(const QSqlError &error) const
{
    const int code = SqliteErrors::code(error);
    return code == SQLITE_CONSTRAINT_UNIQUE || code == SQLITE_CONSTRAINT_PRIMARYKEY
        || (code == SQLITE_CONSTRAINT && error.databaseText().contains(QLatin1String("UNIQUE constraint failed")));
}

StorageError SqliteDialect::statementFailed(const QString &location, const QSqlError &error, const QString &sql) const
{
    return SqliteErrors::statementFailed(location, error, sql);
}

StorageError SqliteDialect::openFailed(const QString &location, const QSqlError &error) const
{
    return SqliteErrors::openFailed(location, error);
}

bool SqliteDialect::driverRunsOurSqlite(Database &database) const
{
    if (!m_sameLibrary) {
        const QString driverVersion = database.scalar(QStringLiteral("SELECT sqlite_version()")).toString();
        m_sameLibrary = driverVersion == QLatin1String(sqlite3_libversion());
        if (!*m_sameLibrary)
            qCInfo(lcStorage).noquote() << "Qt's SQLite driver runs SQLite" << driverVersion << "and DisputeDesk links"
                                        << sqlite3_libversion() << ": bulk work goes through Qt SQL";
    }
    return *m_sameLibrary;
}

std::unique_ptr<FastStatement> SqliteDialect::fastStatement(Database &database, const QString &sql) const
{
    if (!driverRunsOurSqlite(database))
        return nullptr;
    return std::make_unique<SqliteStatement>(database, sql);
}

std::unique_ptr<FastStatement> SqliteDialect::fastInsert(Database &database, const QString &sql, const QString &returning) const
{
    if (returning != QLatin1String("id") || !driverRunsOurSqlite(database))
        return SqlDialect::fastInsert(database, sql, returning);
    return std::make_unique<SqliteStatement>(database, sql, SqliteStatement::Returns::NewRowid);
}

QList<SqlDialect::Setting> SqliteDialect::bulkLoadSettings() const
{
    return {
        {QStringLiteral("cache_size"), QStringLiteral("-4096")},
        {QStringLiteral("temp_store"), QStringLiteral("FILE")},
        {QStringLiteral("threads"), QStringLiteral("2")},
    };
}

QList<SqlDialect::Setting> SqliteDialect::largeWriteSettings() const
{
    // Twice the everyday page cache (connectionSettings): a file of 100,000 payments onto a
    // million invoices changes pages all over the database, which with 64 MB spilled to the
    // journal and were read back (a quarter of its time was the kernel copying pages; 128 MB took
    // that from 1.8 s to 0.5 s, 256 MB no further). Set back when the import ends.
    return {{QStringLiteral("cache_size"), QStringLiteral("-131072")}};
}

QString SqliteDialect::readSetting(const QString &name) const
{
    return QStringLiteral("PRAGMA ") + name;
}

QString SqliteDialect::writeSetting(const QString &name, const QString &value) const
{
    return QStringLiteral("PRAGMA %1 = %2").arg(name, value);
}

} // namespace dd
