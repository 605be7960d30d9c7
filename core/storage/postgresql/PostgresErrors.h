#pragma once

#include "storage/StorageError.h"

#include <QSqlError>
#include <QString>

namespace dd {

// Turns a PostgreSQL server's failures into messages a user can act on, as SqliteErrors does for
// a file: what happened to which team database and what to do. The server's own text and the
// SQL go to the log only. `where` is the location as shown to users (PostgresLocation::display,
// never with the password).
class PostgresErrors
{
public:
    static StorageError statementFailed(const QString &where, const QSqlError &error, const QString &sql);
    static StorageError openFailed(const QString &where, const QSqlError &error);
    // The SQLSTATE of a server error ("23505"), or empty when the failure was the client's (no
    // connection, connection lost).
    static QString sqlState(const QSqlError &error);
};

} // namespace dd
