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
    m_headPerMille = 0;
}

void CustomerListQuery::setSort(CustomerSort column, bool descending)
{
    m_sort = column;
    m_descending = descending;
    m_headPerMille = 0;
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

namespace {
// The open amount comes from the partial index of open invoices, one look-up per customer.
const QString openColumns = QStringLiteral(
    "(SELECT COALESCE(SUM(i.total_incl_cents - i.paid_cents - i.credited_cents), 0) FROM invoices i "
    "WHERE i.customer_id = c.id AND i.paid_cents + i.credited_cents < i.total_incl_cents) AS open_cents, "
    "(SELECT COUNT(*) FROM invoices i WHERE i.customer_id = c.id AND i.paid_cents + i.credited_cents < i.total_incl_cents)");
const QString listColumns = QStringLiteral("SELECT c.id, c.number, c.name, c.kind, c.city, c.country, c.payment_term_days, c.currency, ");
} // namespace

QString CustomerListQuery::orderKey() const
{
    switch (m_sort) {
    case CustomerSort::Number:
        return QStringLiteral("c.number");
    case CustomerSort::Name:
        return nameOrder();
    case CustomerSort::City:
        return QStringLiteral("c.city");
    case CustomerSort::Open:
        return QStringLiteral("open_cents");
    }
    return QStringLiteral("c.number");
}

std::vector<CustomerListRow> CustomerListQuery::fetch(qint64 offset, int limit) const
{
    if (!m_text.isEmpty() && m_headPerMille > 0) {
        // The filter let many through near the start (head()): read on along the sort order
        // while that stays short.
        if (const auto scan = ListWalk::scanFor(offset, limit, m_headPerMille)) {
            std::vector<CustomerListRow> rows = walk(offset, limit, *scan);
            if (qint64(rows.size()) == limit) // else the share fell short, or the list ends here
                return rows;
        }
    }
    const QString direction = m_descending ? QStringLiteral(" DESC") : QString();
    QSqlQuery query = m_database.prepare(listColumns + openColumns + QStringLiteral(" FROM customers c") + whereClause()
                                         + QStringLiteral(" ORDER BY ") + orderKey() + direction + QStringLiteral(", c.id") + direction
                                         + QStringLiteral(" LIMIT :limit OFFSET :offset"));
    Database::readForward(query);
    if (!m_text.isEmpty())
        query.bindValue(QStringLiteral(":text"), LikePattern::contains(m_text));
    query.bindValue(QStringLiteral(":limit"), limit);
    query.bindValue(QStringLiteral(":offset"), offset);
    Database::exec(query);
    return readRows(query);
}

std::optional<std::vector<CustomerListRow>> CustomerListQuery::head(int limit) const
{
    m_headPerMille = 0;
    // Unfiltered, the count is cheap (the customers only, a tenth of the invoices) where the first
    // page is not: each customer's open invoices, 0.4 to 0.7 s at ten million invoices and some
    // 5 s with a cold cache, for a list not in view when the window opens. It is read when shown.
    // The largest id stands in for the size (see InvoiceListQuery::head).
    if (m_text.isEmpty() || m_sort == CustomerSort::Open
        || (m_headFrom > 0 && m_database.scalar(QStringLiteral("SELECT MAX(id) FROM customers")).toLongLong() < m_headFrom))
        return std::nullopt;
    std::vector<CustomerListRow> rows = walk(0, limit, ListWalk::headScan);
    if (!ListWalk::enough(qint64(rows.size()), limit))
        return std::nullopt;
    m_headPerMille = ListWalk::perMille(qint64(rows.size()));
    return rows;
}

std::vector<CustomerListRow> CustomerListQuery::walk(qint64 offset, int limit, qint64 scan) const
{
    // The first `scan` customers in the sort order come from its index; only they are checked
    // against the filter, and only the page's rows get their open amounts.
    const SqlDialect &dialect = m_database.dialect();
    const QString text = QStringLiteral(":text");
    const QString direction = m_descending ? QStringLiteral(" DESC") : QString();
    const QString order = orderKey() + direction + QStringLiteral(", c.id") + direction;
    const QString listed = QStringLiteral("c.k") + direction + QStringLiteral(", c.id") + direction;
    const QString first = QStringLiteral("SELECT c.*, ") + orderKey() + QStringLiteral(" AS k FROM customers c ORDER BY ") + order
        + QStringLiteral(" LIMIT :scan");
    const QString passing = QStringLiteral("SELECT * FROM (") + first + QStringLiteral(") c WHERE ")
        + QStringLiteral("(%1 OR %2 OR %3)")
              .arg(dialect.containsText(QStringLiteral("c.name"), text), dialect.containsText(QStringLiteral("c.number"), text),
                   dialect.containsText(QStringLiteral("c.city"), text))
        + QStringLiteral(" ORDER BY ") + listed + QStringLiteral(" LIMIT :limit OFFSET :offset");
    QSqlQuery query = m_database.prepare(listColumns + openColumns + QStringLiteral(" FROM (") + passing + QStringLiteral(") c ORDER BY ")
                                         + listed);
    Database::readForward(query);
    query.bindValue(QStringLiteral(":text"), LikePattern::contains(m_text));
    query.bindValue(QStringLiteral(":scan"), scan);
    query.bindValue(QStringLiteral(":limit"), limit);
    query.bindValue(QStringLiteral(":offset"), offset);
    Database::exec(query);
    return readRows(query);
}

ListTotals CustomerListQuery::totals() const
{
    return ListTotals{count(), openCentsByCurrency()};
}

std::vector<CustomerListRow> CustomerListQuery::readRows(QSqlQuery &query) const
{
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
