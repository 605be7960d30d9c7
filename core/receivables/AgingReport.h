#pragma once

#include "calendar/IsoDate.h"

#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace dd {

class Database;

// One line of the aged receivables: open amounts (in cents of `currency`) by days overdue.
struct AgingRow
{
    static constexpr int bucketCount = 6;
    QString currency;
    qint64 customerId = 0; // 0 on a per-currency line
    QString customerNumber;
    QString customerName;
    std::array<qint64, bucketCount> bucketCents{}; // current, 1-30, 31-60, 61-90, 91-120, >120
    qint64 totalCents = 0;
    int invoiceCount = 0;
    // A refund owed: what the invoices in credit (a refund credit note on a paid invoice, an
    // overpayment) owe back to the customer, in cents of `currency`. Kept apart from the buckets
    // and the total, which are what the customers owe; a customer owed money but owing nothing
    // has a line of its own with only this.
    qint64 refundOwedCents = 0;
};

// Aged receivables as of a date: what each customer owes, by how long it is overdue. An invoice
// counts when it was issued on or before the date, with the payments made on or before that date
// subtracted, so the report for last quarter's end shows the situation as it was then.
// Computed in one set-based query (never a query per invoice): AgingQuery.
class AgingReport
{
public:
    explicit AgingReport(Database &database);

    std::vector<AgingRow> byCurrency(const Date &asOf) const;
    std::vector<AgingRow> byCustomer(const Date &asOf) const;

    // Stable bucket codes for CSV/JSON: current, 1-30, 31-60, 61-90, 91-120, over-120.
    static QStringList bucketCodes();
    // The query as run, with the as-of values written in: for the sqlite3 shell comparison.
    static QString sqlFor(const Date &asOf, bool byCustomer);

private:
    static std::vector<AgingRow> sorted(std::vector<AgingRow> rows);

    Database &m_database;
};

} // namespace dd
