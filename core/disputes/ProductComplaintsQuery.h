#pragma once

#include "calendar/IsoDate.h"

#include <QList>
#include <QString>

#include <functional>
#include <vector>

namespace dd {

class Database;
struct CustomerAtRisk;
struct ProductWarning;

// Reads what ProactiveWarnings shows, each in one grouped statement: the products that customers
// complained about in a window, and who else bought them in that window without complaining.
class ProductComplaintsQuery
{
public:
    explicit ProductComplaintsQuery(Database &database);

    // Products with complaints from at least `minimumCustomers` customers in the `windowDays`
    // days up to `asOf`, most complaining customers first; otherCustomers is left empty.
    std::vector<ProductWarning> flagged(const Date &asOf, int minimumCustomers, int windowDays) const;
    // Each customer who bought one of `productIds` in the window and never complained about it,
    // with that product's id: by product id, latest buyer first. Streamed: on a large file the
    // buyers run into the tens of thousands.
    void forEachBuyerWithoutComplaint(const QList<qint64> &productIds, const Date &asOf, int windowDays,
                                      const std::function<void(qint64 productId, const CustomerAtRisk &)> &each) const;

    // The two statements as run, with the values written in: for the sqlite3 shell comparison.
    static QString flaggedSqlFor(const Date &asOf, int minimumCustomers, int windowDays);
    static QString buyersSqlFor(const QList<qint64> &productIds, const Date &asOf, int windowDays);

private:
    static QString flaggedSql();
    static QString buyersSql(const QList<qint64> &productIds);

    Database &m_database;
};

} // namespace dd
