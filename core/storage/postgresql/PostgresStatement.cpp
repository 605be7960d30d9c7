#include "PostgresStatement.h"

#include "storage/Database.h"

namespace dd {

namespace {
const QString savepoint = QStringLiteral("dd_fast_row");
} // namespace

PostgresStatement::PostgresStatement(const Database &database, const QString &sql)
    : PortableStatement(database, sql)
    , m_database(database)
{
}

FastStatement::Result PostgresStatement::insert(const std::function<void()> &eachRow)
{
    // Outside a transaction the statement is its own, and a failure spoils nothing.
    if (m_database.transactionDepth() == 0)
        return PortableStatement::insert(eachRow);
    m_database.run(QStringLiteral("SAVEPOINT ") + savepoint);
    Result result = Result::Inserted;
    try {
        result = PortableStatement::insert(eachRow);
    } catch (...) {
        m_database.run(QStringLiteral("ROLLBACK TO SAVEPOINT ") + savepoint);
        m_database.run(QStringLiteral("RELEASE SAVEPOINT ") + savepoint);
        throw;
    }
    if (result == Result::Duplicate)
        m_database.run(QStringLiteral("ROLLBACK TO SAVEPOINT ") + savepoint);
    m_database.run(QStringLiteral("RELEASE SAVEPOINT ") + savepoint);
    return result;
}

} // namespace dd
