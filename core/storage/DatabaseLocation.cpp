#include "DatabaseLocation.h"

#include <QDir>
#include <QFileInfo>
#include <QStringList>
#include <QUrl>

#include <algorithm>

namespace dd {

// The URI grammar and its parameters are libpq's: PostgreSQL 15 documentation, section 34.1.1
// "Connection Strings" (connection URIs) and 34.1.2 "Parameter Key Words".

namespace {

const QString scheme = QStringLiteral("postgresql://");
const QString shortScheme = QStringLiteral("postgres://");

// Parameters that carry a secret: never shown, never kept. sslpassword unlocks a client key.
bool isSecret(const QString &key)
{
    return key == u"password" || key == u"sslpassword";
}

// Everything but the unreserved characters: for the user, password, host and database parts,
// where ':', '@', '/' and '?' would end the part.
QString encodePart(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

// A parameter value may keep '/' and ':' (a socket directory stays readable); '&', '=', '#', '%'
// and spaces must be encoded.
QString encodeValue(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value, "/:"));
}

QString decode(const QString &value)
{
    return QString::fromUtf8(QByteArray::fromPercentEncoding(value.toUtf8()));
}

std::optional<int> parsePort(const QString &text)
{
    bool ok = false;
    const int port = text.toInt(&ok);
    if (!ok || port < 1 || port > 65535)
        return std::nullopt;
    return port;
}

// After the scheme: [user[:password]@][host][:port] up to the first '/', '?' or end.
bool parseAuthority(const QString &authority, DatabaseLocation::Server &server)
{
    // The user info is percent-encoded, so its '@' is the last one; tolerate a raw '@' in a
    // password typed by hand by splitting at the last.
    const int at = authority.lastIndexOf(u'@');
    if (at >= 0) {
        const QString userInfo = authority.left(at);
        const int colon = userInfo.indexOf(u':');
        server.user = decode(colon < 0 ? userInfo : userInfo.left(colon));
        if (colon >= 0)
            server.password = decode(userInfo.mid(colon + 1));
    }
    const QString hostPort = authority.mid(at + 1);
    QString portText;
    if (hostPort.startsWith(u'[')) {
        const int close = hostPort.indexOf(u']');
        if (close < 0)
            return false;
        server.host = hostPort.mid(1, close - 1);
        const QString rest = hostPort.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(u':'))
            return false;
        portText = rest.mid(1);
    } else {
        const int colon = hostPort.lastIndexOf(u':');
        server.host = decode(colon < 0 ? hostPort : hostPort.left(colon));
        if (colon >= 0)
            portText = hostPort.mid(colon + 1);
    }
    if (!portText.isEmpty()) {
        const auto port = parsePort(portText);
        if (!port)
            return false;
        server.port = *port;
    }
    return true;
}

bool parseQuery(const QString &query, DatabaseLocation::Server &server)
{
    for (const QString &pair : query.split(u'&', Qt::SkipEmptyParts)) {
        const int equals = pair.indexOf(u'=');
        const QString key = decode(equals < 0 ? pair : pair.left(equals));
        const QString value = equals < 0 ? QString() : decode(pair.mid(equals + 1));
        if (key == u"host") {
            server.host = value;
        } else if (key == u"port") {
            const auto port = parsePort(value);
            if (!port)
                return false;
            server.port = *port;
        } else if (key == u"dbname") {
            server.database = value;
        } else if (key == u"user") {
            server.user = value;
        } else if (key == u"password") {
            server.password = value;
        } else if (key == u"sslmode") {
            server.sslMode = value;
        } else {
            server.options.append({key, value});
        }
    }
    return true;
}

} // namespace

QString DatabaseLocation::Server::uri() const
{
    QString text = scheme;
    if (!user.isEmpty() || !password.isEmpty()) {
        text += encodePart(user);
        if (!password.isEmpty())
            text += u':' + encodePart(password);
        text += u'@';
    }
    if (!host.isEmpty() && !isSocket())
        text += host.contains(u':') ? u'[' + host + u']' : encodePart(host);
    if (port != defaultPort)
        text += u':' + QString::number(port);
    text += u'/' + encodePart(database);

    QStringList parameters;
    if (isSocket())
        parameters << QStringLiteral("host=") + encodeValue(host);
    if (!sslMode.isEmpty())
        parameters << QStringLiteral("sslmode=") + encodeValue(sslMode);
    for (const auto &option : options)
        parameters << encodePart(option.first) + u'=' + encodeValue(option.second);
    if (!parameters.isEmpty())
        text += u'?' + parameters.join(u'&');
    return text;
}

std::optional<DatabaseLocation::Server> DatabaseLocation::Server::parse(const QString &location)
{
    if (!isServer(location))
        return std::nullopt;
    const int schemeLength = location.startsWith(scheme, Qt::CaseInsensitive) ? scheme.size() : shortScheme.size();
    QString rest = location.mid(schemeLength);
    const int hash = rest.indexOf(u'#');
    if (hash >= 0)
        rest.truncate(hash);
    const int question = rest.indexOf(u'?');
    const QString query = question < 0 ? QString() : rest.mid(question + 1);
    if (question >= 0)
        rest.truncate(question);
    const int slash = rest.indexOf(u'/');
    Server server;
    if (!parseAuthority(slash < 0 ? rest : rest.left(slash), server))
        return std::nullopt;
    if (slash >= 0)
        server.database = decode(rest.mid(slash + 1));
    if (!parseQuery(query, server))
        return std::nullopt;
    return server;
}

bool DatabaseLocation::Server::operator==(const Server &other) const
{
    return host == other.host && port == other.port && database == other.database && user == other.user
        && sslMode == other.sslMode && password == other.password && options == other.options;
}

bool DatabaseLocation::isServer(const QString &location)
{
    return location.startsWith(scheme, Qt::CaseInsensitive) || location.startsWith(shortScheme, Qt::CaseInsensitive);
}

QString DatabaseLocation::displayName(const QString &location)
{
    if (!isServer(location))
        return QDir::toNativeSeparators(location);
    const auto server = Server::parse(location);
    if (!server) {
        // Unreadable: show only what follows the user info, never the part a password is in.
        QString rest = location.mid(location.indexOf(QStringLiteral("://")) + 3);
        rest = rest.left(rest.indexOf(u'?'));
        return rest.mid(rest.lastIndexOf(u'@') + 1);
    }
    QString host = server->host.isEmpty() ? QStringLiteral("localhost") : server->host;
    if (host.contains(u':'))
        host = u'[' + host + u']';
    QString name;
    if (!server->user.isEmpty())
        name = server->user + u'@';
    return name + host + u':' + QString::number(server->port) + u'/' + server->database;
}

QString DatabaseLocation::shortName(const QString &location)
{
    return isServer(location) ? displayName(location) : QFileInfo(location).fileName();
}

QString DatabaseLocation::withoutSecrets(const QString &location)
{
    if (!isServer(location))
        return location;
    auto server = Server::parse(location);
    if (!server)
        return QString();
    server->password.clear();
    server->options.erase(std::remove_if(server->options.begin(), server->options.end(),
                                         [](const QPair<QString, QString> &option) { return isSecret(option.first); }),
                          server->options.end());
    return server->uri();
}

bool DatabaseLocation::hasPassword(const QString &location)
{
    const auto server = Server::parse(location);
    return server && !server->password.isEmpty();
}

} // namespace dd
