#include "ProactiveWarnings.h"

#include "storage/Database.h"

#include <QHash>

namespace dd {

ProactiveWarnings::ProactiveWarnings(Database &database)
    : m_database(database)
{
}

std::vector<ProductWarning> ProactiveWarnings::compute(const Date &asOf, int minimumCustomers, int windowDays) const
{
    const QString from = IsoDate::format(asOf - boost::gregorian::date_duration(windowDays));
    const QString to = IsoDate::format(asOf);
    std::vector<ProductWarning> warnings;
    QHash<qint64, size_t> indexOf;
    QSqlQuery flagged = m_database.run(
        QStringLiteral("SELECT p.id, p.code, p.name, COUNT(DISTINCT d.customer_id) AS customers FROM disputes d "
                       "JOIN dispute_products dp ON dp.dispute_id = d.id JOIN products p ON p.id = dp.product_id "
                       "WHERE d.received_on >= ? AND d.received_on <= ? GROUP BY p.id, p.code, p.name "
                       "HAVING COUNT(DISTINCT d.customer_id) >= ? ORDER BY customers DESC, p.code"),
        {from, to, minimumCustomers});
    while (flagged.next()) {
        ProductWarning warning;
        warning.productId = flagged.value(0).toLongLong();
        warning.productCode = flagged.value(1).toString();
        warning.productName = flagged.value(2).toString();
        warning.complainingCustomers = flagged.value(3).toInt();
        indexOf.insert(warning.productId, warnings.size());
        warnings.push_back(warning);
    }
    if (warnings.empty())
        return warnings;

    QStringList ids;
    for (const ProductWarning &warning : warnings)
        ids << QString::number(warning.productId);
    // Driven by the invoices of the window (the issue-date index), so the cost follows the
    // window's size, not the product's whole history.
    QSqlQuery buyers = m_database.run(
        QStringLiteral("SELECT l.product_id, c.id, c.number, c.name, c.email, COUNT(DISTINCT i.id), MAX(i.issue_date) "
                       "FROM invoices i JOIN invoice_lines l ON l.invoice_id = i.id JOIN customers c ON c.id = i.customer_id "
                       "WHERE i.issue_date >= ? AND i.issue_date <= ? AND l.product_id IN (%1) "
                       "AND NOT EXISTS (SELECT 1 FROM disputes d JOIN dispute_products dp ON dp.dispute_id = d.id "
                       "WHERE d.customer_id = c.id AND dp.product_id = l.product_id) "
                       "GROUP BY l.product_id, c.id, c.number, c.name, c.email "
                       "ORDER BY l.product_id, MAX(i.issue_date) DESC, c.number")
            .arg(ids.join(u',')),
        {from, to});
    while (buyers.next()) {
        CustomerAtRisk customer;
        customer.customerId = buyers.value(1).toLongLong();
        customer.number = buyers.value(2).toString();
        customer.name = buyers.value(3).toString();
        customer.email = buyers.value(4).toString();
        customer.invoices = buyers.value(5).toInt();
        customer.lastPurchase = IsoDate::parse(buyers.value(6).toString()).value_or(Date());
        warnings[indexOf.value(buyers.value(0).toLongLong())].otherCustomers.append(customer);
    }
    return warnings;
}

} // namespace dd
