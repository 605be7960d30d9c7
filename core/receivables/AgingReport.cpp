#include "AgingReport.h"

#include "receivables/AgingQuery.h"

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
    return AgingQuery(m_database).rows(asOf, false);
}

std::vector<AgingRow> AgingReport::byCustomer(const Date &asOf) const
{
    return AgingQuery(m_database).rows(asOf, true);
}

} // namespace dd
