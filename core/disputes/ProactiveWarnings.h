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
// that window, so they can be contacted before they complain. The warning itself is one grouped
// query over the window's disputes; the customers to contact, which on a large file run into the
// tens of thousands, are a second query, asked per product when someone looks at it or for all
// warnings at once (ProductComplaintsQuery reads both).
class ProactiveWarnings
{
public:
    explicit ProactiveWarnings(Database &database);

    // The products flagged on `asOf`, most complaining customers first; otherCustomers is empty.
    std::vector<ProductWarning> compute(const Date &asOf, int minimumCustomers = 3, int windowDays = 90) const;
    // Who else bought `productId` in the window and never complained about it, latest buyer first.
    QList<CustomerAtRisk> customersToContact(qint64 productId, const Date &asOf, int windowDays = 90) const;
    // Fills otherCustomers of every warning, in one query.
    void addCustomersToContact(std::vector<ProductWarning> &warnings, const Date &asOf, int windowDays = 90) const;

    // Records that the customers to contact of `warnings` were warned, one contact in each
    // customer's log dated `on`, in one transaction (ProductWarningContacts); how many.
    int markWarned(const std::vector<ProductWarning> &warnings, const Date &on) const;

    // The two queries as run, with the values written in: for the sqlite3 shell comparison.
    static QString flaggedSqlFor(const Date &asOf, int minimumCustomers, int windowDays);
    static QString buyersSqlFor(const QList<qint64> &productIds, const Date &asOf, int windowDays);

private:
    Database &m_database;
};

} // namespace dd
