#include "InvoiceListQuery.h"

#include "common/LikePattern.h"
#include "storage/Database.h"

namespace dd {

InvoiceListQuery::InvoiceListQuery(Database &database)
    : m_database(database)
{
}

void InvoiceListQuery::setFilter(const InvoiceFilter &filter)
{
    m_filter = filter;
}

void InvoiceListQuery::setSort(InvoiceSort column, bool descending)
{
    m_sort = column;
    m_descending = descending;
}

QString InvoiceListQuery::whereClause() const
{
    QStringList terms;
    if (!m_filter.text.trimmed().isEmpty()) {
        terms << QStringLiteral("(i.number LIKE :text ESCAPE '\\' OR i.customer_id IN (SELECT id FROM customers "
                                "WHERE name LIKE :text ESCAPE '\\' OR number LIKE :text ESCAPE '\\'))");
    }
    if (m_filter.customerId != 0)
        terms << QStringLiteral("i.customer_id = :customer");
    if (m_filter.overdueOnly) // the same terms as the partial index invoices_open, so it is used
        terms << QStringLiteral("i.paid_cents < i.total_incl_cents AND i.due_date < :asof");
    return terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}

void InvoiceListQuery::bindFilter(QSqlQuery &query) const
{
    if (!m_filter.text.trimmed().isEmpty())
        query.bindValue(QStringLiteral(":text"), LikePattern::contains(m_filter.text.trimmed()));
    if (m_filter.customerId != 0)
        query.bindValue(QStringLiteral(":customer"), m_filter.customerId);
    if (m_filter.overdueOnly)
        query.bindValue(QStringLiteral(":asof"), IsoDate::format(m_filter.asOf));
}

qint64 InvoiceListQuery::count() const
{
    QSqlQuery query = m_database.prepare(QStringLiteral("SELECT COUNT(*) FROM invoices i") + whereClause());
    bindFilter(query);
    Database::exec(query);
    return query.next() ? query.value(0).toLongLong() : 0;
}

std::vector<InvoiceListRow> InvoiceListQuery::fetch(qint64 offset, int limit) const
{
    QString order;
    switch (m_sort) {
    case InvoiceSort::Number:
        order = QStringLiteral("i.number");
        break;
    case InvoiceSort::Customer:
        order = QStringLiteral("c.name");
        break;
    case InvoiceSort::IssueDate:
        order = QStringLiteral("i.issue_date");
        break;
    case InvoiceSort::DueDate:
        order = QStringLiteral("i.due_date");
        break;
    case InvoiceSort::Total:
        order = QStringLiteral("i.total_incl_cents");
        break;
    case InvoiceSort::Open:
        order = QStringLiteral("(i.total_incl_cents - i.paid_cents)");
        break;
    }
    const QString direction = m_descending ? QStringLiteral(" DESC") : QString();
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT i.id, i.number, i.customer_id, c.number, c.name, i.issue_date, i.due_date, i.currency, "
                       "i.total_incl_cents, i.paid_cents FROM invoices i JOIN customers c ON c.id = i.customer_id")
        + whereClause() + QStringLiteral(" ORDER BY ") + order + direction + QStringLiteral(", i.id") + direction
        + QStringLiteral(" LIMIT :limit OFFSET :offset"));
    query.setForwardOnly(true);
    bindFilter(query);
    query.bindValue(QStringLiteral(":limit"), limit);
    query.bindValue(QStringLiteral(":offset"), offset);
    Database::exec(query);
    std::vector<InvoiceListRow> rows;
    rows.reserve(size_t(limit));
    while (query.next()) {
        InvoiceListRow row;
        row.id = query.value(0).toLongLong();
        row.number = query.value(1).toString();
        row.customerId = query.value(2).toLongLong();
        row.customerNumber = query.value(3).toString();
        row.customerName = query.value(4).toString();
        row.issueDate = IsoDate::parse(query.value(5).toString()).value_or(Date());
        row.dueDate = IsoDate::parse(query.value(6).toString()).value_or(Date());
        row.currency = query.value(7).toString();
        row.totalCents = query.value(8).toLongLong();
        row.paidCents = query.value(9).toLongLong();
        rows.push_back(std::move(row));
    }
    return rows;
}

QMap<QString, qint64> InvoiceListQuery::openCentsByCurrency() const
{
    const QString where = whereClause();
    // Only invoices still open contribute; that condition lets SQLite read the partial index.
    const QString openTerm = QStringLiteral("i.paid_cents < i.total_incl_cents");
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT i.currency, SUM(i.total_incl_cents - i.paid_cents) FROM invoices i")
        + (where.isEmpty() ? QStringLiteral(" WHERE ") + openTerm : where + QStringLiteral(" AND ") + openTerm)
        + QStringLiteral(" GROUP BY i.currency"));
    query.setForwardOnly(true);
    bindFilter(query);
    Database::exec(query);
    QMap<QString, qint64> result;
    while (query.next())
        result.insert(query.value(0).toString(), query.value(1).toLongLong());
    return result;
}

} // namespace dd
