#pragma once

#include "BenchTimer.h"

#include <QRegularExpression>
#include <QString>

// The benchmarks' databases on a PostgreSQL server: what a file copy or removal is for an SQLite
// file is a CREATE DATABASE or DROP DATABASE on the server, run by psql through the server's
// maintenance database `postgres` with the same login.
namespace dd::bench {

namespace detail {
// libpq's URI: the database name is the path, between the authority and the query.
inline const QRegularExpression &uriParts()
{
    static const QRegularExpression parts(QStringLiteral("^(postgres(?:ql)?://[^/?]*)(?:/([^?]*))?(\\?.*)?$"),
                                          QRegularExpression::CaseInsensitiveOption);
    return parts;
}
} // namespace detail

// The database name in a server location (empty when the location names none).
inline QString serverDatabaseName(const QString &location)
{
    return detail::uriParts().match(location).captured(2);
}

// The same server, login and parameters, another database.
inline QString withServerDatabase(const QString &location, const QString &name)
{
    const auto match = detail::uriParts().match(location);
    if (!match.hasMatch())
        return location;
    return match.captured(1) + u'/' + name + match.captured(3);
}

// Runs the psql `script` (statements each in its own transaction, so CREATE and DROP DATABASE may
// be among them) in the server's maintenance database. False, with psql's message on stderr, on failure.
inline bool serverAdmin(const QString &location, const QString &script)
{
    return psqlWallTime(withServerDatabase(location, QStringLiteral("postgres")), script + u'\n') >= 0;
}

// The database at `location` dropped (connections left behind by a failed run ended) and made
// again, empty.
inline bool freshServerDatabase(const QString &location)
{
    const QString name = serverDatabaseName(location);
    return serverAdmin(location, QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE);\nCREATE DATABASE \"%1\";").arg(name));
}

inline bool dropServerDatabase(const QString &location)
{
    return serverAdmin(location, QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE);").arg(serverDatabaseName(location)));
}

// `to` made afresh as a copy of `from` (the server copies its files: the file copy of SQLite).
// `from` must have no connection open.
inline bool cloneServerDatabase(const QString &from, const QString &to)
{
    return serverAdmin(to, QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE);\nCREATE DATABASE \"%1\" TEMPLATE \"%2\";")
                               .arg(serverDatabaseName(to), serverDatabaseName(from)));
}

// True when the database at `location` exists on the server; it is created empty when not.
inline bool ensureServerDatabase(const QString &location)
{
    const QString name = serverDatabaseName(location);
    return serverAdmin(location, QStringLiteral("SELECT 'CREATE DATABASE \"%1\"' WHERE NOT EXISTS "
                                                "(SELECT 1 FROM pg_database WHERE datname = '%1') \\gexec")
                                     .arg(name));
}

} // namespace dd::bench
