#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace dd {

// Everything that only SQLite understands lives here, so that the repositories keep to standard
// SQL and the same schema can later run on PostgreSQL.
class SqliteDialect
{
public:
    static constexpr const char *driverName = "QSQLITE";
    // Written into the file header (PRAGMA application_id) so a DisputeDesk file is recognisable:
    // the bytes "DDsk".
    static constexpr int applicationId = 0x4444736b;

    // Run on every read-write open: durability (WAL + synchronous=FULL, so a crash at any
    // moment leaves a consistent file), referential integrity, and a page cache sized for
    // lists of a million invoices.
    static QStringList connectionPragmas();
    static QString readApplicationId();
    static QString writeApplicationId();
    // Takes the write lock at once, so that two writers never deadlock on a lock upgrade.
    static QString beginWrite();
    static QString listTables();
    // Name and CREATE statement of each index of a table (bound parameter: the table), leaving
    // out those SQLite makes for UNIQUE and PRIMARY KEY constraints.
    static QString secondaryIndexes();
    // Triggers that make the database refuse any UPDATE or DELETE on the table.
    static QStringList appendOnlyTriggers(const QString &table);
    // Points `db` at an existing file for a look that must leave no trace: read-only, and, when
    // no write-ahead log is present (no writer is active and none crashed), immutable, so that
    // SQLite does not create -wal and -shm files next to a file we may refuse.
    static void setUpInspection(QSqlDatabase &db, const QString &path);
};

} // namespace dd
