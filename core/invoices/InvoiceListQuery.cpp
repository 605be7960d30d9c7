#include "InvoiceListQuery.h"
#include "customers/CustomerListQuery.h"

#include "common/LikePattern.h"
#include "storage/Database.h"
#include "storage/SqlDialect.h"

namespace dd {

namespace {
const QString selectColumns = QStringLiteral(
    "SELECT i.id, i.number, i.customer_id, c.number, c.name, i.issue_date, i.due_date, i.currency, "
    "i.total_incl_cents, i.paid_cents, i.credited_cents, "
    "(SELECT d.number FROM dispute_invoices di JOIN disputes d ON d.id = di.dispute_id "
    "WHERE di.invoice_id = i.id AND d.step <> 'closed')");
int tableCounter = 0;
} // namespace

InvoiceListQuery::InvoiceListQuery(Database &database)
    : m_database(database)
    , m_positionsTable(QStringLiteral("invoice_positions_%1").arg(++tableCounter))
{
}

InvoiceListQuery::~InvoiceListQuery()
{
    try {
        m_database.run(QStringLiteral("DROP TABLE IF EXISTS ") + m_positionsTable);
    } catch (...) {
        // The connection is going away; its temporary tables go with it.
    }
}

void InvoiceListQuery::setFilter(const InvoiceFilter &filter)
{
    m_filter = filter;
    m_positionsReady = false;
}

void InvoiceListQuery::setSort(InvoiceSort column, bool descending)
{
    m_sort = column;
    m_descending = descending;
    m_positionsReady = false;
}

QString InvoiceListQuery::orderKey() const
{
    switch (m_sort) {
    case InvoiceSort::Number:
        return QStringLiteral("i.number");
    case InvoiceSort::Customer:
        return CustomerListQuery::nameOrder();
    case InvoiceSort::IssueDate:
        return QStringLiteral("i.issue_date");
    case InvoiceSort::DueDate:
        return QStringLiteral("i.due_date");
    case InvoiceSort::Total:
        return QStringLiteral("i.total_incl_cents");
    case InvoiceSort::Open:
        return QStringLiteral("(i.total_incl_cents - i.paid_cents - i.credited_cents)");
    }
    return QStringLiteral("i.number");
}

QString InvoiceListQuery::direction() const
{
    return m_descending ? QStringLiteral(" DESC") : QString();
}

QString InvoiceListQuery::filterTerms() const
{
    QStringList terms;
    if (m_filter.customerId != 0)
        terms << QStringLiteral(" AND i.customer_id = :customer");
    if (m_filter.overdueOnly) // the same terms as the partial index invoices_open, so it is used
        terms << QStringLiteral(" AND i.paid_cents + i.credited_cents < i.total_incl_cents AND i.due_date < :asof");
    return terms.join(QString());
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

void InvoiceListQuery::preparePositions() const
{
    if (m_positionsReady)
        return;
    const QString from = QStringLiteral(" FROM invoices i")
        + (m_sort == InvoiceSort::Customer ? QStringLiteral(" JOIN customers c ON c.id = i.customer_id") : QString());
    const QString select = QStringLiteral("SELECT ") + orderKey() + QStringLiteral(" AS k, i.id AS id") + from;
    QString rows;
    if (!m_filter.text.trimmed().isEmpty()) {
        // Text matches the invoice number or the customer. Two halves that each use an index
        // (the number index scanned on its own, or the search table; invoices looked up by
        // customer), rather than one OR that would read every invoice row. The second half leaves
        // out what the first found, checked on its few rows directly.
        const SqlDialect &dialect = m_database.dialect();
        const QString text = QStringLiteral(":text");
        const QString searched = m_filter.text.trimmed();
        const QString numberFound = dialect.containsTextIn(QStringLiteral("invoices"), QStringLiteral("i"), {QStringLiteral("number")}, text, searched);
        const QString numberMatches = dialect.containsText(QStringLiteral("i.number"), text);
        const QString customers = QStringLiteral("SELECT id FROM customers WHERE ")
            + dialect.containsTextIn(QStringLiteral("customers"), QString(), {QStringLiteral("name"), QStringLiteral("number")}, text, searched);
        rows = select + QStringLiteral(" WHERE ") + numberFound + filterTerms() + QStringLiteral(" UNION ALL ") + select
            + QStringLiteral(" WHERE ") + dialect.isAmong(QStringLiteral("i.customer_id"), customers) + QStringLiteral(" AND NOT ")
            + numberMatches + filterTerms();
    } else {
        rows = select + QStringLiteral(" WHERE 1 = 1") + filterTerms();
    }
    m_database.run(QStringLiteral("DROP TABLE IF EXISTS ") + m_positionsTable);
    m_database.run(QStringLiteral("CREATE TEMP TABLE %1 (position INTEGER PRIMARY KEY, invoice_id INTEGER NOT NULL)")
                       .arg(m_positionsTable));
    // Position is the row's place in the sorted list, which the pages are read by.
    QSqlQuery fill = m_database.prepare(
        m_database.dialect().fillPositions(m_positionsTable, rows, QStringLiteral("k%1, id%1").arg(direction())));
    bindFilter(fill);
    Database::exec(fill);
    m_filteredCount = m_database.scalar(QStringLiteral("SELECT COUNT(*) FROM ") + m_positionsTable).toLongLong();
    m_positionsReady = true;
}

qint64 InvoiceListQuery::count() const
{
    if (!m_filter.isEmpty()) {
        preparePositions();
        return m_filteredCount;
    }
    return m_database.scalar(QStringLiteral("SELECT COUNT(*) FROM invoices")).toLongLong();
}

std::vector<InvoiceListRow> InvoiceListQuery::fetch(qint64 offset, int limit) const
{
    QSqlQuery query;
    if (!m_filter.isEmpty()) {
        preparePositions();
        query = m_database.prepare(selectColumns + QStringLiteral(" FROM %1 p JOIN invoices i ON i.id = p.invoice_id "
                                                                  "JOIN customers c ON c.id = i.customer_id "
                                                                  "WHERE p.position > :first AND p.position <= :last "
                                                                  "ORDER BY p.position")
                                                       .arg(m_positionsTable));
        query.bindValue(QStringLiteral(":first"), offset);
        query.bindValue(QStringLiteral(":last"), offset + limit);
    } else {
        query = m_database.prepare(selectColumns
                                   + QStringLiteral(" FROM invoices i JOIN customers c ON c.id = i.customer_id ORDER BY ")
                                   + orderKey() + direction() + QStringLiteral(", i.id") + direction()
                                   + QStringLiteral(" LIMIT :limit OFFSET :offset"));
        query.bindValue(QStringLiteral(":limit"), limit);
        query.bindValue(QStringLiteral(":offset"), offset);
    }
    Database::readForward(query);
    Database::exec(query);
    return readRows(query);
}

std::vector<InvoiceListRow> InvoiceListQuery::readRows(QSqlQuery &query) const
{
    std::vector<InvoiceListRow> rows;
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
        row.creditedCents = query.value(10).toLongLong();
        row.openDispute = query.value(11).toString();
        rows.push_back(std::move(row));
    }
    return rows;
}

QMap<QString, qint64> InvoiceListQuery::openCentsByCurrency() const
{
    // Only invoices still open contribute; unfiltered, that condition lets SQLite read just the
    // partial index of open invoices.
    QString sql = QStringLiteral("SELECT i.currency, SUM(i.total_incl_cents - i.paid_cents - i.credited_cents) FROM ");
    if (!m_filter.isEmpty()) {
        preparePositions();
        sql += m_positionsTable + QStringLiteral(" p JOIN invoices i ON i.id = p.invoice_id");
    } else {
        sql += QStringLiteral("invoices i");
    }
    sql += QStringLiteral(" WHERE i.paid_cents + i.credited_cents < i.total_incl_cents GROUP BY i.currency");
    QSqlQuery query = m_database.run(sql);
    QMap<QString, qint64> result;
    while (query.next())
        result.insert(query.value(0).toString(), query.value(1).toLongLong());
    return result;
}

} // namespace dd
