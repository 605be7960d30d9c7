#include "ProactiveWarnings.h"

#include "disputes/ProductComplaintsQuery.h"
#include "disputes/ProductWarningContacts.h"

#include <QHash>

namespace dd {

ProactiveWarnings::ProactiveWarnings(Database &database)
    : m_database(database)
{
}

std::vector<ProductWarning> ProactiveWarnings::compute(const Date &asOf, int minimumCustomers, int windowDays) const
{
    return ProductComplaintsQuery(m_database).flagged(asOf, minimumCustomers, windowDays);
}

QList<CustomerAtRisk> ProactiveWarnings::customersToContact(qint64 productId, const Date &asOf, int windowDays) const
{
    QList<CustomerAtRisk> customers;
    ProductComplaintsQuery(m_database).forEachBuyerWithoutComplaint(
        {productId}, asOf, windowDays, [&](qint64, const CustomerAtRisk &customer) { customers.append(customer); });
    return customers;
}

void ProactiveWarnings::addCustomersToContact(std::vector<ProductWarning> &warnings, const Date &asOf, int windowDays) const
{
    if (warnings.empty())
        return;
    QHash<qint64, size_t> indexOf;
    QList<qint64> ids;
    for (size_t i = 0; i < warnings.size(); ++i) {
        indexOf.insert(warnings[i].productId, i);
        ids << warnings[i].productId;
        warnings[i].otherCustomers.clear();
    }
    ProductComplaintsQuery(m_database).forEachBuyerWithoutComplaint(
        ids, asOf, windowDays,
        [&](qint64 productId, const CustomerAtRisk &customer) { warnings[indexOf.value(productId)].otherCustomers.append(customer); });
}

int ProactiveWarnings::markWarned(const std::vector<ProductWarning> &warnings, const Date &on) const
{
    return ProductWarningContacts(m_database).markWarned(warnings, on);
}

QString ProactiveWarnings::flaggedSqlFor(const Date &asOf, int minimumCustomers, int windowDays)
{
    return ProductComplaintsQuery::flaggedSqlFor(asOf, minimumCustomers, windowDays);
}

QString ProactiveWarnings::buyersSqlFor(const QList<qint64> &productIds, const Date &asOf, int windowDays)
{
    return ProductComplaintsQuery::buyersSqlFor(productIds, asOf, windowDays);
}

} // namespace dd
