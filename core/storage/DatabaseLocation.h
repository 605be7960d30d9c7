#pragma once

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace dd {

// Where a database is: a file path (SQLite) or a PostgreSQL server in libpq's URI form,
// postgresql://user[:password]@host[:port]/dbname[?param=value&...]. The GUI, the CLI and the
// messages ask here what kind of location a string is and how to show it, so that a password in
// a URI never reaches a title, a menu, a message or the settings file.
class DatabaseLocation
{
public:
    // libpq's port when none is given; a URI leaves it out.
    static constexpr int defaultPort = 5432;

    // The fields of a server connection, as the Connect dialog asks for them. Empty fields are
    // left to libpq (its defaults, ~/.pgpass, PGPASSWORD, PGSERVICE and the other PG variables).
    struct Server
    {
        // A name, an IPv4 or IPv6 address, or a Unix socket directory (starting with '/').
        QString host;
        int port = defaultPort;
        QString database;
        QString user;
        // One of libpq's values (disable, allow, prefer, require, verify-ca, verify-full); empty:
        // not written, libpq decides.
        QString sslMode;
        QString password;
        // Any other libpq parameters of the URI (connect_timeout, application_name, ...), in order.
        QList<QPair<QString, QString>> options;

        bool isSocket() const { return host.startsWith(u'/'); }
        // The libpq URI, percent-encoded where needed; a socket directory goes in a host=
        // parameter (a path cannot be an authority), a default port is not written.
        QString uri() const;
        // The fields of a postgresql:// or postgres:// URI; std::nullopt for anything else or a
        // URI that cannot be read (bad port, unbalanced IPv6 bracket).
        static std::optional<Server> parse(const QString &location);

        bool operator==(const Server &other) const;
    };

    // A PostgreSQL URI (postgresql:// or postgres://), not a file.
    static bool isServer(const QString &location);
    // How a location is shown in titles, the recent list and messages: a file's path as it is; a
    // server as user@host:port/dbname, without the password or any parameter.
    static QString displayName(const QString &location);
    // Shorter, for the window title and the recent list: a file by its name alone, a server by
    // its display name.
    static QString shortName(const QString &location);
    // The location as it may be kept (settings, recent list): a server URI without its password
    // and other secrets; a file's path unchanged. Empty for a server URI that cannot be read,
    // which is not kept at all rather than kept with what might be a password in it.
    static QString withoutSecrets(const QString &location);
    // True when the URI names a password (in its user info or as a parameter).
    static bool hasPassword(const QString &location);
};

} // namespace dd
