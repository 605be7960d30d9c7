#pragma once

namespace dd {

class Database;

// One user action, one transaction: everything done while a Transaction lives is committed
// together by commit(), or rolled back when it goes out of scope without (an exception, an
// early return). Nested Transactions join the outermost one.
class Transaction
{
public:
    explicit Transaction(Database &database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    Database &m_database;
    bool m_outermost = false;
    bool m_done = false;
};

} // namespace dd
