#pragma once

#include "common/ListWalk.h"
#include "customers/Customer.h"

#include <QMap>
#include <QSqlQuery>
#include <QString>

#include <optional>
#include <vector>

namespace dd {

class Database;

// One row of the customer list, with what the customer owes now.
struct CustomerListRow
{
    qint64 id = 0;
    QString number;
    QString name;
    CustomerKind kind = CustomerKind::Business;
    QString city;
    QString country;
    int paymentTermDays = 0;
    qint64 openCents = 0; // in the customer's invoice currency; demo and most users have one
    QString currency;
    int openInvoices = 0;
};

enum class CustomerSort { Number, Name, City, Open };

// The customer list, filtered by text and read in windows of rows. On a long list (a million
// customers) head() reads the first rows along the sort order with the filter checked on each,
// and totals() counts apart, for a worker: as the invoice list does (InvoiceListQuery).
class CustomerListQuery
{
public:
    explicit CustomerListQuery(Database &database);

    void setFilterText(const QString &text);
    const QString &filterText() const { return m_text; }
    void setSort(CustomerSort column, bool descending);

    qint64 count() const;
    std::vector<CustomerListRow> fetch(qint64 offset, int limit) const;
    // The first `limit` rows read along the sort order when the list holds at least headFrom()
    // customers, is filtered, is not sorted by the open amount (which has no index to walk), and
    // the filter lets enough of them through near its start; otherwise nothing, and count() is
    // the way. The rows beyond come from fetch().
    std::optional<std::vector<CustomerListRow>> head(int limit) const;
    void setHeadFrom(qint64 customers) { m_headFrom = customers; }
    // count() and openCentsByCurrency() at once, for a worker thread.
    ListTotals totals() const;
    // What the customers that pass the filter owe, per invoice currency (a customer may have
    // invoices in more than one).
    QMap<QString, qint64> openCentsByCurrency() const;

    // How every list orders by customer name (customers as "c"): without regard to case, so that
    // "de Vries" stands among the D's; the customers_name index holds the same expression.
    static QString nameOrder() { return QStringLiteral("LOWER(c.name)"); }

private:
    QString whereClause() const;
    QString orderKey() const;
    // Rows offset.. of the filtered list along the sort order, looking at no more than the first
    // `scan` customers of that order.
    std::vector<CustomerListRow> walk(qint64 offset, int limit, qint64 scan) const;
    std::vector<CustomerListRow> readRows(QSqlQuery &query) const;

    Database &m_database;
    QString m_text;
    CustomerSort m_sort = CustomerSort::Number;
    bool m_descending = false;
    qint64 m_headFrom = ListWalk::longFrom;
    mutable qint64 m_headPerMille = 0; // after head() read a filtered first page: see InvoiceListQuery
};

} // namespace dd
