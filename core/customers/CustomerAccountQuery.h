#pragma once

#include "customers/CustomerAccount.h"

namespace dd {

class Database;

// What a customer's card shows of its account (issue 19): the open items with their totals per
// currency, its dispute cases and its statement of account. Reads only; the amounts come from the
// same rows as the aging (invoices, credit notes ours and imported, payment allocations), so the
// statement's closing balance is what the open items add up to.
class CustomerAccountQuery
{
public:
    explicit CustomerAccountQuery(Database &database);

    // The invoices with something open or owed back, oldest due first.
    QList<OpenItem> openItems(qint64 customerId) const;
    // The open items' totals, one per currency in alphabetical order.
    static QList<CurrencyTotals> totals(const QList<OpenItem> &items);
    // Newest first.
    QList<CustomerCase> cases(qint64 customerId) const;
    // One statement per currency the customer has movements in, from `from` to `to` (both
    // inclusive): what was dated before `from` makes the opening balance.
    QList<Statement> statements(qint64 customerId, const Date &from, const Date &to) const;

private:
    Database &m_database;
};

} // namespace dd
