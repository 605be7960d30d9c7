#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace dd {

// A team database's location, libpq's URI form: postgresql://user[:password]@host[:port]/dbname
// [?param=value&...]. A Unix socket folder goes in a `host=` parameter (the authority has no room
// for a path); every other parameter (sslmode, connect_timeout, service, ...) is handed to libpq
// as it is. What is not given is left to libpq, so its conventions hold: PGPASSWORD, ~/.pgpass,
// PGSERVICE, PGHOST and the rest.
class PostgresLocation
{
public:
    static bool isPostgres(const QString &location);
    explicit PostgresLocation(const QString &location);

    // Empty when the location is well formed, else what is wrong with it (never the password).
    const QString &problem() const { return m_problem; }
    // Points a QPSQL connection at the database.
    void setUp(QSqlDatabase &db) const;
    // For messages, titles and logs: user@host:port/dbname, never the password.
    QString display() const;

private:
    QString m_host;
    int m_port = -1;
    QString m_database;
    QString m_user;
    QString m_password;
    QStringList m_options; // key='value', as libpq's conninfo reads them
    QString m_problem;
};

} // namespace dd
