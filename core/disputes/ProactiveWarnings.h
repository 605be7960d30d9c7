#pragma once

#include "calendar/IsoDate.h"

#include <QList>
#include <QString>

#include <vector>

namespace dd {

class Database;

// A customer who bought a product that others complained about, and has not complained (yet).
struct CustomerAtRisk
{
    qint64 customerId = 0;
    QString number;
    QString name;
    QString email;
    int invoices = 0;
    Date lastPurchase;
};

// A product or service that drew complaints from several customers in a short time.
struct ProductWarning
{
    qint64 productId = 0;
    QString productCode;
    QString productName;
    int complainingCustomers = 0;
    QList<CustomerAtRisk> otherCustomers;
};

// The proactive warning of DESIGN.md §3 (Learn): when a product draws disputes from at least
// `minimumCustomers` customers within `windowDays` days, list the other customers who bought it in
// that window, so they can be contacted before they complain. Two set-based queries in all.
class ProactiveWarnings
{
public:
    explicit ProactiveWarnings(Database &database);

    std::vector<ProductWarning> compute(const Date &asOf, int minimumCustomers = 3, int windowDays = 90) const;

private:
    Database &m_database;
};

} // namespace dd
