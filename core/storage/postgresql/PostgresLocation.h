#pragma once

#include <QSqlDatabase>
#include <QString>

namespace dd {

// A team database's location (libpq's URI, read by DatabaseLocation::Server) as Qt's QPSQL
// driver takes it. What the URI does not give is left to libpq, so its conventions hold:
// PGPASSWORD, ~/.pgpass, PGSERVICE, PGHOST and the rest.
class PostgresLocation
{
public:
    explicit PostgresLocation(const QString &location);

    // Empty when the location can be read, else what is wrong with it (never the password).
    const QString &problem() const { return m_problem; }
    // Points a QPSQL connection at the database.
    void setUp(QSqlDatabase &db) const;
    // For messages and logs: DatabaseLocation::displayName, never the password.
    const QString &display() const { return m_display; }

private:
    QString m_location;
    QString m_display;
    QString m_problem;
};

} // namespace dd
