#include "InvoiceListQuery.h"
#include "customers/CustomerListQuery.h"

#include "common/LikePattern.h"
#include "storage/Database.h"
#include "storage/SqlDialect.h"

#include <algorithm>

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
    m_headPerMille = 0;
}

void InvoiceListQuery::setSort(InvoiceSort column, bool descending)
{
    m_sort = column;
    m_descending = descending;
    m_positionsReady = false;
    m_headPerMille = 0;
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

QString InvoiceListQuery::matchingRows(const QString &columns, bool withCustomers) const
{
    const QString from = QStringLiteral(" FROM invoices i")
        + (withCustomers ? QStringLiteral(" JOIN customers c ON c.id = i.customer_id") : QString());
    const QString select = QStringLiteral("SELECT ") + columns + from;
    if (m_filter.text.trimmed().isEmpty())
        return select + QStringLiteral(" WHERE 1 = 1") + filterTerms();
    // Text matches the invoice number or the customer. Two halves that each use an index (the
    // number index scanned on its own, or the search table; invoices looked up by customer),
    // rather than one OR that would read every invoice row. The second half leaves out what the
    // first found, checked on its few rows directly.
    const SqlDialect &dialect = m_database.dialect();
    const QString text = QStringLiteral(":text");
    const QString searched = m_filter.text.trimmed();
    const QString numberFound = dialect.containsTextIn(QStringLiteral("invoices"), QStringLiteral("i"), {QStringLiteral("number")}, text, searched);
    const QString numberMatches = dialect.containsText(QStringLiteral("i.number"), text);
    const QString customers = QStringLiteral("SELECT id FROM customers WHERE ")
        + dialect.containsTextIn(QStringLiteral("customers"), QString(), {QStringLiteral("name"), QStringLiteral("number")}, text, searched);
    return select + QStringLiteral(" WHERE ") + numberFound + filterTerms() + QStringLiteral(" UNION ALL ") + select
        + QStringLiteral(" WHERE ") + dialect.isAmong(QStringLiteral("i.customer_id"), customers) + QStringLiteral(" AND NOT ") + numberMatches
        + filterTerms();
}

QString InvoiceListQuery::rowCondition() const
{
    QString condition = QStringLiteral("1 = 1");
    if (!m_filter.text.trimmed().isEmpty()) {
        // The customer is checked by a scalar subquery, one key look-up per invoice: as a join
        // or EXISTS, PostgreSQL hashed every matching customer first (1.4 s at 1M invoices
        // reading all of them, 0.24 s at 10M), where the look-ups cost 66 and 81 ms.
        const SqlDialect &dialect = m_database.dialect();
        const QString text = QStringLiteral(":text");
        condition += QStringLiteral(" AND (%1 OR (SELECT %2 OR %3 FROM customers c WHERE c.id = i.customer_id))")
                         .arg(dialect.containsText(QStringLiteral("i.number"), text), dialect.containsText(QStringLiteral("c.name"), text),
                              dialect.containsText(QStringLiteral("c.number"), text));
    }
    return condition + filterTerms();
}

void InvoiceListQuery::preparePositions() const
{
    if (m_positionsReady)
        return;
    const QString rows = matchingRows(orderKey() + QStringLiteral(" AS k, i.id AS id"), m_sort == InvoiceSort::Customer);
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
    if (!m_filter.isEmpty() && !m_positionsReady && m_headPerMille > 0) {
        // The filter let many through near the start (head()): read on along the sort order
        // while that stays short.
        if (const auto scan = ListWalk::scanFor(offset, limit, m_headPerMille)) {
            std::vector<InvoiceListRow> rows = walk(offset, limit, *scan);
            if (qint64(rows.size()) == limit) // else the share fell short, or the list ends here
                return rows;
        }
    }
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

std::optional<std::vector<InvoiceListRow>> InvoiceListQuery::head(int limit) const
{
    m_headPerMille = 0;
    // The largest id stands in for the size: an index look-up where COUNT(*) reads every row
    // (0.7 s at ten million invoices on a server). Ids left by deleted invoices only make the
    // list seem longer, which costs a head() that was not needed, never a wrong row.
    if (m_headFrom > 0 && m_database.scalar(QStringLiteral("SELECT MAX(id) FROM invoices")).toLongLong() < m_headFrom)
        return std::nullopt;
    if (m_filter.isEmpty())
        return fetch(0, limit);
    std::vector<InvoiceListRow> rows = walk(0, limit, ListWalk::headScan);
    if (!ListWalk::enough(qint64(rows.size()), limit))
        return std::nullopt; // few pass: the positions table is small, count() is quick
    m_headPerMille = ListWalk::perMille(qint64(rows.size()));
    return rows;
}

std::vector<InvoiceListRow> InvoiceListQuery::walk(qint64 offset, int limit, qint64 scan) const
{
    // The first `scan` invoices in the sort order come from the sort column's index; only they
    // are joined to their customers and checked against the filter. Without the bound, a filter
    // that matches nothing would read every invoice before the list could say so.
    const QString order = orderKey() + direction() + QStringLiteral(", i.id") + direction();
    const QString listed = QStringLiteral("i.k") + direction() + QStringLiteral(", i.id") + direction();
    const QString first = QStringLiteral("SELECT i.*, ") + orderKey() + QStringLiteral(" AS k FROM invoices i")
        + (m_sort == InvoiceSort::Customer ? QStringLiteral(" JOIN customers c ON c.id = i.customer_id") : QString())
        + QStringLiteral(" ORDER BY ") + order + QStringLiteral(" LIMIT :scan");
    // The page is cut before the customers' names are joined, so that only its rows are.
    const QString passing = QStringLiteral("SELECT * FROM (") + first + QStringLiteral(") i WHERE ") + rowCondition()
        + QStringLiteral(" ORDER BY ") + listed + QStringLiteral(" LIMIT :limit OFFSET :offset");
    QSqlQuery query = m_database.prepare(selectColumns + QStringLiteral(" FROM (") + passing
                                         + QStringLiteral(") i JOIN customers c ON c.id = i.customer_id ORDER BY ") + listed);
    bindFilter(query);
    query.bindValue(QStringLiteral(":scan"), scan);
    query.bindValue(QStringLiteral(":limit"), limit);
    query.bindValue(QStringLiteral(":offset"), offset);
    Database::readForward(query);
    Database::exec(query);
    return readRows(query);
}

ListTotals InvoiceListQuery::totals() const
{
    ListTotals totals;
    // One pass over the matching invoices; only those still open add to the amounts.
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT m.currency, COUNT(*), SUM(CASE WHEN m.open > 0 THEN m.open ELSE 0 END) FROM (")
        + matchingRows(QStringLiteral("i.currency AS currency, i.total_incl_cents - i.paid_cents - i.credited_cents AS open"), false)
        + QStringLiteral(") m GROUP BY m.currency"));
    bindFilter(query);
    Database::readForward(query);
    Database::exec(query);
    while (query.next()) {
        totals.count += query.value(1).toLongLong();
        if (const qint64 open = query.value(2).toLongLong(); open > 0)
            totals.openCents.insert(query.value(0).toString(), open);
    }
    return totals;
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
