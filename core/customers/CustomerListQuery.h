#pragma once

#include "customers/Customer.h"

#include <QMap>
#include <QString>

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

// The customer list, filtered by text and read in windows of rows.
class CustomerListQuery
{
public:
    explicit CustomerListQuery(Database &database);

    void setFilterText(const QString &text);
    const QString &filterText() const { return m_text; }
    void setSort(CustomerSort column, bool descending);

    qint64 count() const;
    std::vector<CustomerListRow> fetch(qint64 offset, int limit) const;
    // What the customers that pass the filter owe, per invoice currency (a customer may have
    // invoices in more than one).
    QMap<QString, qint64> openCentsByCurrency() const;

    // How every list orders by customer name (customers as "c"): without regard to case, so that
    // "de Vries" stands among the D's; the customers_name index holds the same expression.
    static QString nameOrder() { return QStringLiteral("LOWER(c.name)"); }

private:
    QString whereClause() const;

    Database &m_database;
    QString m_text;
    CustomerSort m_sort = CustomerSort::Number;
    bool m_descending = false;
};

} // namespace dd
