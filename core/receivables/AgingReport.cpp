#include "AgingReport.h"

#include "receivables/AgingQuery.h"

#include <algorithm>

namespace dd {

AgingReport::AgingReport(Database &database)
    : m_database(database)
{
}

QStringList AgingReport::bucketCodes()
{
    return {QStringLiteral("current"), QStringLiteral("1-30"), QStringLiteral("31-60"),
            QStringLiteral("61-90"), QStringLiteral("91-120"), QStringLiteral("over-120")};
}

QString AgingReport::sqlFor(const Date &asOf, bool byCustomer)
{
    return AgingQuery::sqlFor(asOf, byCustomer);
}

std::vector<AgingRow> AgingReport::byCurrency(const Date &asOf) const
{
    const AgingQuery query(m_database);
    return withCredits(query.rows(asOf, false), query.credits(asOf), false);
}

std::vector<AgingRow> AgingReport::byCustomer(const Date &asOf) const
{
    const AgingQuery query(m_database);
    return withCredits(query.rows(asOf, true), query.credits(asOf), true);
}

std::vector<AgingRow> AgingReport::withCredits(std::vector<AgingRow> rows, const std::vector<AgingQuery::Credit> &credits, bool byCustomer)
{
    for (const AgingQuery::Credit &credit : credits) {
        const qint64 customerId = byCustomer ? credit.customerId : 0;
        auto row = std::find_if(rows.begin(), rows.end(), [&](const AgingRow &r) {
            return r.currency == credit.currency && r.customerId == customerId;
        });
        if (row == rows.end()) {
            AgingRow line;
            line.currency = credit.currency;
            line.customerId = customerId;
            if (byCustomer) {
                line.customerNumber = credit.customerNumber;
                line.customerName = credit.customerName;
            }
            row = rows.insert(rows.end(), line);
        }
        row->refundOwedCents += credit.cents;
    }
    // Lines of customers owed money only join in their place: by currency, then customer number.
    std::stable_sort(rows.begin(), rows.end(), [](const AgingRow &a, const AgingRow &b) {
        return a.currency != b.currency ? a.currency < b.currency : a.customerNumber < b.customerNumber;
    });
    return rows;
}

} // namespace dd
