#include "CustomerListQuery.h"

#include "common/LikePattern.h"
#include "storage/Database.h"
#include "storage/SqlDialect.h"

namespace dd {

CustomerListQuery::CustomerListQuery(Database &database)
    : m_database(database)
{
}

void CustomerListQuery::setFilterText(const QString &text)
{
    m_text = text.trimmed();
}

void CustomerListQuery::setSort(CustomerSort column, bool descending)
{
    m_sort = column;
    m_descending = descending;
}

QString CustomerListQuery::whereClause() const
{
    if (m_text.isEmpty())
        return QString();
    return QStringLiteral(" WHERE ")
        + m_database.dialect().containsTextIn(QStringLiteral("customers"), QStringLiteral("c"),
                                              {QStringLiteral("name"), QStringLiteral("number"), QStringLiteral("city")},
                                              QStringLiteral(":text"), m_text);
}

qint64 CustomerListQuery::count() const
{
    QSqlQuery query = m_database.prepare(QStringLiteral("SELECT COUNT(*) FROM customers c") + whereClause());
    if (!m_text.isEmpty())
        query.bindValue(QStringLiteral(":text"), LikePattern::contains(m_text));
    Database::exec(query);
    return query.next() ? query.value(0).toLongLong() : 0;
}

QMap<QString, qint64> CustomerListQuery::openCentsByCurrency() const
{
    const QString where = whereClause();
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT i.currency, SUM(i.total_incl_cents - i.paid_cents - i.credited_cents) FROM invoices i "
                       "JOIN customers c ON c.id = i.customer_id")
        + (where.isEmpty() ? QStringLiteral(" WHERE") : where + QStringLiteral(" AND"))
        + QStringLiteral(" i.paid_cents + i.credited_cents < i.total_incl_cents GROUP BY i.currency"));
    if (!m_text.isEmpty())
        query.bindValue(QStringLiteral(":text"), LikePattern::contains(m_text));
    Database::exec(query);
    QMap<QString, qint64> result;
    while (query.next())
        result.insert(query.value(0).toString(), query.value(1).toLongLong());
    return result;
}

std::vector<CustomerListRow> CustomerListQuery::fetch(qint64 offset, int limit) const
{
    // The open amount comes from the partial index of open invoices, one lookup per customer.
    const QString openCents = QStringLiteral(
        "(SELECT COALESCE(SUM(i.total_incl_cents - i.paid_cents - i.credited_cents), 0) FROM invoices i "
        "WHERE i.customer_id = c.id AND i.paid_cents + i.credited_cents < i.total_incl_cents)");
    QString order;
    switch (m_sort) {
    case CustomerSort::Number:
        order = QStringLiteral("c.number");
        break;
    case CustomerSort::Name:
        order = nameOrder();
        break;
    case CustomerSort::City:
        order = QStringLiteral("c.city");
        break;
    case CustomerSort::Open:
        order = QStringLiteral("open_cents");
        break;
    }
    const QString direction = m_descending ? QStringLiteral(" DESC") : QString();
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT c.id, c.number, c.name, c.kind, c.city, c.country, c.payment_term_days, c.currency, ")
        + openCents + QStringLiteral(" AS open_cents, (SELECT COUNT(*) FROM invoices i WHERE i.customer_id = c.id "
                                     "AND i.paid_cents + i.credited_cents < i.total_incl_cents) FROM customers c")
        + whereClause() + QStringLiteral(" ORDER BY ") + order + direction + QStringLiteral(", c.id") + direction
        + QStringLiteral(" LIMIT :limit OFFSET :offset"));
    Database::readForward(query);
    if (!m_text.isEmpty())
        query.bindValue(QStringLiteral(":text"), LikePattern::contains(m_text));
    query.bindValue(QStringLiteral(":limit"), limit);
    query.bindValue(QStringLiteral(":offset"), offset);
    Database::exec(query);
    std::vector<CustomerListRow> rows;
    while (query.next()) {
        CustomerListRow row;
        row.id = query.value(0).toLongLong();
        row.number = query.value(1).toString();
        row.name = query.value(2).toString();
        row.kind = Customer::kindFromCode(query.value(3).toString()).value_or(CustomerKind::Business);
        row.city = query.value(4).toString();
        row.country = query.value(5).toString();
        row.paymentTermDays = query.value(6).toInt();
        row.currency = query.value(7).toString();
        row.openCents = query.value(8).toLongLong();
        row.openInvoices = query.value(9).toInt();
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace dd
