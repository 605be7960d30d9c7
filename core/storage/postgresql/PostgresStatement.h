#pragma once

#include "storage/PortableStatement.h"

namespace dd {

// Qt SQL's statement on a PostgreSQL connection, for work on many rows. One difference from
// SQLite matters: a statement that fails spoils the whole transaction on PostgreSQL, so an
// INSERT that a UNIQUE constraint refuses (an import's "already there", which the caller goes on
// from) must not fail. An INSERT of one row of plain values is run as INSERT ... ON CONFLICT DO
// NOTHING, and inserting no row is the refusal: one round trip. Any other write runs inside a
// savepoint, and only the savepoint is rolled back: three (a multi-row INSERT with ON CONFLICT
// would write the rows that are not refused, where SQLite writes none).
class PostgresStatement : public PortableStatement
{
public:
    PostgresStatement(const Database &database, const QString &sql);

    Result insert(const std::function<void()> &eachRow = {}) override;
    void run() override;

    // `sql` as an INSERT ... ON CONFLICT DO NOTHING (returning at least a 1) when it is an
    // INSERT of one row of plain values (placeholders, numbers) without a conflict clause of its
    // own, else empty.
    static QString withoutConflict(const QString &sql);

private:
    PostgresStatement(const Database &database, const QString &sql, const QString &onConflict);

    const Database &m_database;
    bool m_onConflict = false; // the statement is withoutConflict's
};

} // namespace dd
