#include "SqliteDialect.h"

#include <QFileInfo>
#include <QUrl>

namespace dd {

QStringList SqliteDialect::connectionPragmas()
{
    return {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = FULL"),
        QStringLiteral("PRAGMA cache_size = -65536"),
        QStringLiteral("PRAGMA temp_store = MEMORY"),
    };
}

QString SqliteDialect::readApplicationId()
{
    return QStringLiteral("PRAGMA application_id");
}

QString SqliteDialect::writeApplicationId()
{
    return QStringLiteral("PRAGMA application_id = %1").arg(applicationId);
}

QString SqliteDialect::beginWrite()
{
    return QStringLiteral("BEGIN IMMEDIATE");
}

QString SqliteDialect::listTables()
{
    return QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
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

QStringList SqliteDialect::appendOnlyTriggers(const QString &table)
{
    QStringList result;
    for (const QString &operation : {QStringLiteral("UPDATE"), QStringLiteral("DELETE")}) {
        result << QStringLiteral("CREATE TRIGGER %1_no_%2 BEFORE %3 ON %1 BEGIN SELECT RAISE(ABORT, '%1 is append-only'); END")
                      .arg(table, operation.toLower(), operation);
    }
    return result;
}

QString SqliteDialect::secondaryIndexes()
{
    return QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL "
                          "ORDER BY name");
}

} // namespace dd
