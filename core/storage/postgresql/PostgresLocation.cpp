#include "PostgresLocation.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

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

bool PostgresLocation::isPostgres(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

PostgresLocation::PostgresLocation(const QString &location)
{
    const QUrl url(location, QUrl::StrictMode);
    if (!url.isValid() || !isPostgres(location)) {
        m_problem = tr("This is not a valid team database location: write it as postgresql://user@host:port/database.");
        return;
    }
    m_host = url.host(QUrl::FullyDecoded);
    m_port = url.port(-1);
    m_user = url.userName(QUrl::FullyDecoded);
    m_password = url.password(QUrl::FullyDecoded);
    m_database = url.path(QUrl::FullyDecoded).mid(1);
    // A connection that hangs on an unreachable server would freeze whoever opens it; libpq
    // waits forever by default.
    bool timeoutGiven = false;
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host"))
            m_host = value;
        else if (key == QLatin1String("port"))
            m_port = value.toInt();
        else if (key == QLatin1String("user"))
            m_user = value;
        else if (key == QLatin1String("password"))
            m_password = value;
        else if (key == QLatin1String("dbname"))
            m_database = value;
        else
            m_options << key + QLatin1Char('=') + conninfoValue(value);
        timeoutGiven = timeoutGiven || key == QLatin1String("connect_timeout");
    }
    if (!timeoutGiven)
        m_options << QStringLiteral("connect_timeout=10");
    if (m_database.isEmpty())
        m_problem = tr("The team database location names no database: write it as postgresql://user@host:port/database.");
}

void PostgresLocation::setUp(QSqlDatabase &db) const
{
    db.setHostName(m_host);
    if (m_port > 0)
        db.setPort(m_port);
    db.setDatabaseName(m_database);
    db.setUserName(m_user);
    db.setPassword(m_password);
    db.setConnectOptions(m_options.join(QLatin1Char(';')));
}

QString PostgresLocation::display() const
{
    QString result;
    if (!m_user.isEmpty())
        result += m_user + QLatin1Char('@');
    result += m_host.isEmpty() ? QStringLiteral("localhost") : m_host;
    if (m_port > 0)
        result += QLatin1Char(':') + QString::number(m_port);
    return result + QLatin1Char('/') + m_database;
}

} // namespace dd
