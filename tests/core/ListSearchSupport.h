#pragma once

// The list filters' text search against its definition (issue 20): the ids the invoice and
// customer lists show for a text, and the ids that reading every row with the dialect's plain
// containsText finds, which is what the lists did before the search tables. Equal for every text.

#include "common/LikePattern.h"
#include "customers/CustomerListQuery.h"
#include "invoices/InvoiceListQuery.h"
#include "storage/Database.h"
#include "storage/SqlDialect.h"

#include <QSqlQuery>

#include <algorithm>
#include <vector>

namespace dd::test {

inline std::vector<qint64> sortedIds(std::vector<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

// The invoices the invoice list shows filtered by `text`, by id.
inline std::vector<qint64> invoicesListed(Database &db, const QString &text)
{
    InvoiceListQuery list(db);
    InvoiceFilter filter;
    filter.text = text;
    list.setFilter(filter);
    std::vector<qint64> ids;
    for (const InvoiceListRow &row : list.fetch(0, int(list.count())))
        ids.push_back(row.id);
    return sortedIds(ids);
}

// The customers the customer list shows filtered by `text`, by id.
inline std::vector<qint64> customersListed(Database &db, const QString &text)
{
    CustomerListQuery list(db);
    list.setFilterText(text);
    std::vector<qint64> ids;
    for (const CustomerListRow &row : list.fetch(0, int(list.count())))
        ids.push_back(row.id);
    return sortedIds(ids);
}

// The ids `select` (with :text) gives for `text`, each row read.
inline std::vector<qint64> scannedIds(Database &db, const QString &select, const QString &text)
{
    QSqlQuery query = db.prepare(select);
    query.bindValue(QStringLiteral(":text"), LikePattern::contains(text.trimmed()));
    Database::exec(query);
    std::vector<qint64> ids;
    while (query.next())
        ids.push_back(query.value(0).toLongLong());
    return sortedIds(ids);
}

// The invoices whose number, customer name or customer number contains `text`, every row read.
inline std::vector<qint64> invoicesScanned(Database &db, const QString &text)
{
    const SqlDialect &dialect = db.dialect();
    const QString t = QStringLiteral(":text");
    return scannedIds(db,
                      QStringLiteral("SELECT i.id FROM invoices i JOIN customers c ON c.id = i.customer_id WHERE ")
                          + dialect.containsText(QStringLiteral("i.number"), t) + QStringLiteral(" OR ")
                          + dialect.containsText(QStringLiteral("c.name"), t) + QStringLiteral(" OR ")
                          + dialect.containsText(QStringLiteral("c.number"), t),
                      text);
}

// The customers whose name, number or city contains `text`, every row read.
inline std::vector<qint64> customersScanned(Database &db, const QString &text)
{
    const SqlDialect &dialect = db.dialect();
    const QString t = QStringLiteral(":text");
    return scannedIds(db,
                      QStringLiteral("SELECT id FROM customers WHERE ") + dialect.containsText(QStringLiteral("name"), t)
                          + QStringLiteral(" OR ") + dialect.containsText(QStringLiteral("number"), t) + QStringLiteral(" OR ")
                          + dialect.containsText(QStringLiteral("city"), t),
                      text);
}

} // namespace dd::test
