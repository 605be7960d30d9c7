#pragma once

#include "DataChange.h"

namespace dd {

class Database;

// One user action, one transaction: everything done while a Transaction lives is committed
// together by commit(), or rolled back when it goes out of scope without (an exception, an
// early return). Nested Transactions join the outermost one: only its commit() makes the work
// durable. An inner Transaction that ends without commit() undoes just its own part (through a
// savepoint), so an action refused inside a larger one writes nothing while the rest can still be
// committed.
//
// Each Transaction names what it changes (`changes`); when the outermost one commits, the
// Database passes the union of what its committed levels changed to its change listener.
class Transaction
{
public:
    Transaction(Database &database, DataChanges changes);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    Database &m_database;
    DataChanges m_changes;
    DataChanges m_pendingBefore; // what the enclosing levels had noted when this one began
    int m_level = 0; // 0: the outermost transaction
    bool m_done = false;
};

} // namespace dd
