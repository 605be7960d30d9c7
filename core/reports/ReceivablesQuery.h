#pragma once

#include "reports/ReceivablesReport.h"

#include <QString>

#include <functional>
#include <utility>
#include <vector>

namespace dd {

class Database;

// Reads what ReceivablesReport and the dashboard compute with, each in one set-based statement:
// the disputed part of what is open, the sales per issue date, and the allocations paid per
// customer and day.
class ReceivablesQuery
{
public:
    explicit ReceivablesQuery(Database &database);

    // See ReceivablesReport::disputed.
    std::vector<ReceivablesReport::Disputed> disputed(const Date &asOf, bool byCustomer) const;
    // Invoiced totals (incl. VAT) in `currency` per issue date in (after, through].
    std::vector<std::pair<QString, qint64>> salesByIssueDate(const QString &after, const QString &through,
                                                            const QString &currency) const;

    // Cents allocated by the payments of one day to the invoices of one customer issued on one day.
    struct PaidAllocation
    {
        qint64 customerId = 0;
        QString currency;
        QString issueDate;
        QString paymentDate;
        qint64 cents = 0;
    };
    // Every such sum for the payments dated in (after, through], opening balances left out (their
    // day is not the day anyone paid); streamed, as a large file has many.
    void forEachPaidAllocation(const QString &after, const QString &through,
                               const std::function<void(const PaidAllocation &)> &each) const;

private:
    Database &m_database;
};

} // namespace dd
