#include "PostgresErrors.h"

#include "storage/StorageLog.h"

#include <QCoreApplication>

namespace dd {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dd::PostgresErrors", text);
}

QString serverText(const QSqlError &error)
{
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

// libpq reports a connection that broke, or never came, without an SQLSTATE; its text is all
// there is to tell them apart.
bool connectionLost(const QSqlError &error)
{
    const QString text = serverText(error);
    return text.contains(QLatin1String("server closed the connection"))
        || text.contains(QLatin1String("connection to server")) || text.contains(QLatin1String("no connection to the server"))
        || text.contains(QLatin1String("terminating connection")) || text.contains(QLatin1String("could not send data"))
        || text.contains(QLatin1String("could not receive data"));
}

} // namespace

QString PostgresErrors::sqlState(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code.size() == 5 ? code : QString();
}

StorageError PostgresErrors::statementFailed(const QString &where, const QSqlError &error, const QString &sql)
{
    const QString state = sqlState(error);
    qCInfo(lcStorage).noquote() << "PostgreSQL error" << state << "on" << where << ":" << serverText(error) << "in:" << sql.simplified();
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")) || (state.isEmpty() && connectionLost(error)))
        return StorageError(tr("The connection to the team database %1 was lost; nothing was changed. "
                               "Check the network and that the server is running, then open the database again.")
                                .arg(where));
    if (state == QLatin1String("40001") || state == QLatin1String("40P01") || state == QLatin1String("55P03"))
        return StorageError(tr("Another user was changing the same data in %1 at the same moment; nothing was changed. Try again.")
                                .arg(where));
    if (state == QLatin1String("42501"))
        return StorageError(tr("Your login may not do this in the team database %1 (permission denied); nothing was changed. "
                               "Ask its administrator for the right role.")
                                .arg(where));
    if (state == QLatin1String("25006"))
        return StorageError(tr("The team database %1 is read-only for this connection; nothing was changed.").arg(where));
    if (state.startsWith(QLatin1String("53")))
        return StorageError(tr("The server of the team database %1 is out of space or memory; nothing was changed. "
                               "Ask its administrator.")
                                .arg(where));
    // Constraints and the like: the server's own sentence (never the SQL) is the best we have.
    return StorageError(tr("DisputeDesk could not save the change to %1: %2; nothing was changed.")
                            .arg(where, serverText(error).section(QLatin1Char('\n'), 0, 0).trimmed()));
}

StorageError PostgresErrors::openFailed(const QString &where, const QSqlError &error)
{
    const QString text = serverText(error);
    qCInfo(lcStorage).noquote() << "PostgreSQL cannot connect to" << where << ":" << text;
    if (text.contains(QLatin1String("password authentication failed")) || text.contains(QLatin1String("no password supplied"))
        || text.contains(QLatin1String("fe_sendauth")))
        return StorageError(tr("The server of %1 refused the login: the user name or password is wrong, or a password is needed.")
                                .arg(where));
    if (text.contains(QLatin1String("does not exist")) && text.contains(QLatin1String("database")))
        return StorageError(tr("The server has no database named as in %1. Check the database name, or ask its administrator "
                               "to create it.")
                                .arg(where));
    if (text.contains(QLatin1String("role")) && text.contains(QLatin1String("does not exist")))
        return StorageError(tr("The server of %1 knows no such user. Check the user name.").arg(where));
    if (text.contains(QLatin1String("no pg_hba.conf entry")) || text.contains(QLatin1String("permission denied")))
        return StorageError(tr("The server of %1 does not let this user connect from here. Ask its administrator.").arg(where));
    return StorageError(tr("The server of the team database %1 cannot be reached. Check the host name and port, the network, "
                           "and that the server is running.")
                            .arg(where));
}

} // namespace dd
