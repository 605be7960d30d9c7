#pragma once

#include "storage/StorageError.h"

#include <QSqlError>
#include <QString>

namespace dd {

// Turns SQLite's failures into messages a user can act on: what happened to which file and what
// to do about it. SQLite's own text and the SQL mean nothing to a credit controller, so they go
// only to the log (lcStorage, see storage/StorageLog.h) for whoever has to look into it. Only the
// SQLite backend knows these result codes; Database asks its dialect, which comes here.
class SqliteErrors
{
public:
    // A statement (or BEGIN, COMMIT) on the database file `path` failed with SQLite's result
    // code `code` (primary or extended) and message `sqliteText`.
    static StorageError statementFailed(const QString &path, int code, const QString &sqliteText, const QString &sql);
    // The same, from what Qt SQL reports for a query.
    static StorageError statementFailed(const QString &path, const QSqlError &error, const QString &sql);
    // The file could not be opened at all.
    static StorageError openFailed(const QString &path, const QSqlError &error);
    // The message for SQLite's result `code` on `path`; the generic one names `sqliteText`.
    static QString describe(const QString &path, int code, const QString &sqliteText);
    // SQLite's result code in a Qt SQL error, or 0 when it carries none.
    static int code(const QSqlError &error);
    // True when SQLite found that the file is not a database at all (SQLITE_NOTADB).
    static bool isNotADatabase(const QSqlError &error);
};

} // namespace dd
