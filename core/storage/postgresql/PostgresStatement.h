#pragma once

#include "storage/PortableStatement.h"

namespace dd {

// Qt SQL's statement on a PostgreSQL connection, for work on many rows. One difference from
// SQLite matters: a statement that fails spoils the whole transaction on PostgreSQL, so an
// INSERT that a UNIQUE constraint refuses (an import's "already there", which the caller goes on
// from) runs inside a savepoint, and only the savepoint is rolled back.
class PostgresStatement : public PortableStatement
{
public:
    PostgresStatement(const Database &database, const QString &sql);

    Result insert(const std::function<void()> &eachRow = {}) override;

private:
    const Database &m_database;
};

} // namespace dd
