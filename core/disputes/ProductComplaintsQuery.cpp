#include "ProductComplaintsQuery.h"

#include "disputes/ProactiveWarnings.h"
#include "storage/Database.h"

namespace dd {

namespace {

QString windowStart(const Date &asOf, int windowDays)
{
    return IsoDate::format(asOf - boost::gregorian::date_duration(windowDays));
}

QString quoted(const QString &text)
{
    return u'\'' + text + u'\'';
}

// The statement with its '?' placeholders replaced, in order, by `values` (the SQL has no other '?').
QString withValues(QString sql, const QStringList &values)
{
    qsizetype at = 0;
    for (const QString &value : values) {
        at = sql.indexOf(u'?', at);
        sql.replace(at, 1, value);
        at += value.size();
    }
    return sql;
}

CustomerAtRisk customerAt(const QSqlQuery &row)
{
    CustomerAtRisk customer;
    customer.customerId = row.value(1).toLongLong();
    customer.number = row.value(2).toString();
    customer.name = row.value(3).toString();
    customer.email = row.value(4).toString();
    customer.invoices = row.value(5).toInt();
    customer.lastPurchase = IsoDate::parse(row.value(6).toString()).value_or(Date());
    return customer;
}

} // namespace

ProductComplaintsQuery::ProductComplaintsQuery(Database &database)
    : m_database(database)
{
}

std::vector<ProductWarning> ProductComplaintsQuery::flagged(const Date &asOf, int minimumCustomers, int windowDays) const
{
    std::vector<ProductWarning> warnings;
    QSqlQuery rows = m_database.run(flaggedSql(), {windowStart(asOf, windowDays), IsoDate::format(asOf), minimumCustomers});
    while (rows.next()) {
        ProductWarning warning;
        warning.productId = rows.value(0).toLongLong();
        warning.productCode = rows.value(1).toString();
        warning.productName = rows.value(2).toString();
        warning.complainingCustomers = rows.value(3).toInt();
        warnings.push_back(warning);
    }
    return warnings;
}

void ProductComplaintsQuery::forEachBuyerWithoutComplaint(
    const QList<qint64> &productIds, const Date &asOf, int windowDays,
    const std::function<void(qint64 productId, const CustomerAtRisk &)> &each) const
{
    QSqlQuery buyers = m_database.run(buyersSql(productIds), {windowStart(asOf, windowDays), IsoDate::format(asOf)});
    while (buyers.next())
        each(buyers.value(0).toLongLong(), customerAt(buyers));
}

QString ProductComplaintsQuery::flaggedSql()
{
    return QStringLiteral("SELECT p.id, p.code, p.name, COUNT(DISTINCT d.customer_id) AS customers FROM disputes d "
                          "JOIN dispute_products dp ON dp.dispute_id = d.id JOIN products p ON p.id = dp.product_id "
                          "WHERE d.received_on >= ? AND d.received_on <= ? GROUP BY p.id, p.code, p.name "
                          "HAVING COUNT(DISTINCT d.customer_id) >= ? ORDER BY customers DESC, p.code");
}

QString ProductComplaintsQuery::buyersSql(const QList<qint64> &productIds)
{
    QStringList ids;
    for (qint64 id : productIds)
        ids << QString::number(id);
    // Driven by the invoices of the window (the issue-date index, which carries the customer; the
    // lines' index carries the product): the unary plus keeps SQLite from starting at the product
    // index instead, which walks each product's whole history. Grouped on the two ids first, the
    // customers' names joined to the groups only.
    return QStringLiteral("SELECT g.product_id, c.id, c.number, c.name, c.email, g.invoices, g.last FROM "
                          "(SELECT l.product_id, i.customer_id, COUNT(DISTINCT i.id) AS invoices, MAX(i.issue_date) AS last "
                          "FROM invoices i JOIN invoice_lines l ON l.invoice_id = i.id "
                          "WHERE i.issue_date >= ? AND i.issue_date <= ? AND +l.product_id IN (%1) "
                          "GROUP BY l.product_id, i.customer_id) g JOIN customers c ON c.id = g.customer_id "
                          "WHERE NOT EXISTS (SELECT 1 FROM disputes d JOIN dispute_products dp ON dp.dispute_id = d.id "
                          "WHERE d.customer_id = g.customer_id AND dp.product_id = g.product_id) "
                          "ORDER BY g.product_id, g.last DESC, c.number")
        .arg(ids.join(u','));
}

QString ProductComplaintsQuery::flaggedSqlFor(const Date &asOf, int minimumCustomers, int windowDays)
{
    return withValues(flaggedSql(), {quoted(windowStart(asOf, windowDays)), quoted(IsoDate::format(asOf)),
                                     QString::number(minimumCustomers)});
}

QString ProductComplaintsQuery::buyersSqlFor(const QList<qint64> &productIds, const Date &asOf, int windowDays)
{
    return withValues(buyersSql(productIds), {quoted(windowStart(asOf, windowDays)), quoted(IsoDate::format(asOf))});
}

} // namespace dd
