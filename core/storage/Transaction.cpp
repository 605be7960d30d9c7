#include "Transaction.h"

#include "Database.h"
#include "SqliteDialect.h"
#include "StorageError.h"

#include <QCoreApplication>
#include <QSqlError>

namespace dd {

Transaction::Transaction(Database &database)
    : m_database(database)
    , m_outermost(database.m_transactionDepth == 0)
{
    if (m_outermost)
        m_database.run(SqliteDialect::beginWrite());
    ++m_database.m_transactionDepth;
}

Transaction::~Transaction()
{
    --m_database.m_transactionDepth;
    if (m_outermost && !m_done) {
        QSqlQuery rollback(m_database.connection());
        rollback.exec(QStringLiteral("ROLLBACK"));
    }
}

void Transaction::commit()
{
    if (m_done)
        return;
    m_done = true;
    if (m_outermost)
        m_database.run(QStringLiteral("COMMIT"));
}

} // namespace dd
