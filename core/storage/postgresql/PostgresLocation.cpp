#include "PostgresLocation.h"

#include "storage/DatabaseLocation.h"

#include <QCoreApplication>
#include <QStringList>

namespace dd {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dd::PostgresLocation", text);
}

// libpq's conninfo quoting: single quotes, with backslash and quote escaped.
QString conninfoValue(QString value)
{
    value.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

} // namespace

PostgresLocation::PostgresLocation(const QString &location)
    : m_location(location)
    , m_display(DatabaseLocation::displayName(location))
{
    const auto server = DatabaseLocation::Server::parse(location);
    if (!server)
        m_problem = tr("This is not a valid team database location: write it as postgresql://user@host:port/database.");
    else if (server->database.isEmpty())
        m_problem = tr("The team database location names no database: write it as postgresql://user@host:port/database.");
}

void PostgresLocation::setUp(QSqlDatabase &db) const
{
    const auto server = DatabaseLocation::Server::parse(m_location);
    if (!server)
        return;
    db.setHostName(server->host);
    db.setPort(server->port);
    db.setDatabaseName(server->database);
    db.setUserName(server->user);
    db.setPassword(server->password);
    QStringList options;
    if (!server->sslMode.isEmpty())
        options << QStringLiteral("sslmode=") + conninfoValue(server->sslMode);
    // A connection that hangs on an unreachable server would freeze whoever opens it; libpq
    // waits forever by default.
    bool timeoutGiven = false;
    for (const auto &[key, value] : server->options) {
        options << key + QLatin1Char('=') + conninfoValue(value);
        timeoutGiven = timeoutGiven || key == QLatin1String("connect_timeout");
    }
    if (!timeoutGiven)
        options << QStringLiteral("connect_timeout=10");
    db.setConnectOptions(options.join(QLatin1Char(';')));
}

} // namespace dd
