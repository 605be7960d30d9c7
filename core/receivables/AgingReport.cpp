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
    return sorted(AgingQuery(m_database).rows(asOf, false));
}

std::vector<AgingRow> AgingReport::byCustomer(const Date &asOf) const
{
    return sorted(AgingQuery(m_database).rows(asOf, true));
}

std::vector<AgingRow> AgingReport::sorted(std::vector<AgingRow> rows)
{
    // By currency, then customer number, compared as the program compares text: the database's
    // collation (PostgreSQL's follows the server's locale) must not change the order printed.
    const auto before = [](const AgingRow &a, const AgingRow &b) {
        return a.currency != b.currency ? a.currency < b.currency : a.customerNumber < b.customerNumber;
    };
    // Mostly the order the query gave already: one pass to see that, rather than a sort.
    if (!std::is_sorted(rows.begin(), rows.end(), before))
        std::stable_sort(rows.begin(), rows.end(), before);
    return rows;
}

} // namespace dd
