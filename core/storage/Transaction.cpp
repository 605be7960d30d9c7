#include "Transaction.h"

#include "Database.h"
#include "SqlDialect.h"
#include "StorageError.h"

#include <QCoreApplication>
#include <QSqlError>

namespace dd {

namespace {
// Savepoints are standard SQL (SQLite and PostgreSQL alike), so they need no dialect.
QString savepointName(int level)
{
    return QStringLiteral("dd_level_%1").arg(level);
}
} // namespace

Transaction::Transaction(Database &database, DataChanges changes)
    : m_database(database)
    , m_changes(changes)
    , m_pendingBefore(database.m_pendingChanges)
    , m_level(database.m_transactionDepth)
{
    // A server lets a connection meant for reading write (PostgreSQL's read-only transactions
    // would also forbid the temporary tables a filtered list sorts into), so the program itself
    // refuses; SQLite's read-only file would refuse a moment later in any case.
    if (m_changes && database.isReadOnly())
        throw StorageError(QCoreApplication::translate("dd::Transaction", "%1 was opened read-only; nothing was changed.")
                               .arg(database.dialect().displayLocation(database.path())));
    if (m_level == 0) {
        m_database.run(m_database.dialect().beginWrite());
        const QString lock = m_database.dialect().writerLock();
        if (!lock.isEmpty()) {
            try {
                m_database.run(lock);
            } catch (...) {
                // The constructor did not finish, so no destructor rolls back for it.
                QSqlQuery(m_database.connection()).exec(QStringLiteral("ROLLBACK"));
                throw;
            }
        }
    } else
        m_database.run(QStringLiteral("SAVEPOINT ") + savepointName(m_level));
    ++m_database.m_transactionDepth;
}

Transaction::~Transaction()
{
    --m_database.m_transactionDepth;
    if (m_done)
        return;
    // What this level noted is undone with it.
    m_database.m_pendingChanges = m_pendingBefore;
    QSqlQuery rollback(m_database.connection());
    if (m_level == 0) {
        rollback.exec(QStringLiteral("ROLLBACK"));
    } else {
        // Undo only this level's part; the enclosing transaction decides about the rest.
        rollback.exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + savepointName(m_level));
        rollback.exec(QStringLiteral("RELEASE SAVEPOINT ") + savepointName(m_level));
    }
}

void Transaction::commit()
{
    if (m_done)
        return;
    if (m_level == 0)
        m_database.run(QStringLiteral("COMMIT"));
    else
        m_database.run(QStringLiteral("RELEASE SAVEPOINT ") + savepointName(m_level));
    // Only now: when COMMIT fails the destructor must still roll back, or the connection would
    // stay inside the failed transaction.
    m_done = true;
    m_database.m_pendingChanges |= m_changes;
    if (m_level == 0) {
        const DataChanges committed = m_database.m_pendingChanges;
        m_database.m_pendingChanges = {};
        // Told after the commit, so whoever listens reads the new state; a listener (the
        // Session) refreshes views and must not write.
        if (committed && m_database.m_changeListener)
            m_database.m_changeListener(committed);
    }
}

} // namespace dd
