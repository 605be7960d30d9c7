#include "StoredInvoiceQuery.h"

#include "storage/Database.h"
#include "storage/FastStatement.h"
#include "storage/SqlDialect.h"

#include <algorithm>

namespace dd {

namespace {
const QString headerColumns =
    QStringLiteral("id, customer_id, issue_date, due_date, currency, total_excl_cents, vat_cents, total_incl_cents, paid_cents");
} // namespace

StoredInvoiceQuery::StoredInvoiceQuery(Database &database)
    : m_database(database)
    , m_ahead(database, QStringLiteral("SELECT number, %1 FROM invoices WHERE number IN (%2)").arg(headerColumns, QStringLiteral("%1")))
{
}

StoredInvoiceQuery::~StoredInvoiceQuery() = default;

std::optional<StoredInvoiceQuery::Header> StoredInvoiceQuery::header(const QString &number)
{
    if (!m_header) {
        m_header = m_database.prepareFast(QStringLiteral("SELECT %1 FROM invoices WHERE number = ?").arg(headerColumns));
        // A server reads ahead in batches of numbers instead (readAhead).
        m_windows = !m_database.dialect().batchesLookUps();
        if (m_windows)
            m_after = m_database.prepareFast(
                QStringLiteral("SELECT number, %1 FROM invoices WHERE id > ? ORDER BY id LIMIT ?").arg(headerColumns));
    }
    const auto ahead = m_readAhead.find(number);
    if (ahead != m_readAhead.end()) {
        const std::optional<Header> header = std::move(*ahead);
        m_readAhead.erase(ahead);
        return header;
    }
    return m_windows ? fromWindow(number) : lookUp(number);
}

StoredInvoiceQuery::Header StoredInvoiceQuery::headerAt(const FastStatement &row, int first)
{
    return Header{row.int64At(first),     row.int64At(first + 1), row.textAt(first + 2),
                  row.textAt(first + 3),  row.textAt(first + 4),  row.int64At(first + 5),
                  row.int64At(first + 6), row.int64At(first + 7), row.int64At(first + 8)};
}

std::optional<StoredInvoiceQuery::Header> StoredInvoiceQuery::lookUp(const QString &number)
{
    FastStatement &find = *m_header;
    find.bind(1, number);
    if (!find.firstRow())
        return std::nullopt;
    const Header header = headerAt(find, 0);
    find.reset();
    return header;
}

std::optional<StoredInvoiceQuery::Header> StoredInvoiceQuery::fromWindow(const QString &number)
{
    // The next row of the window is the usual answer; a few rows on, when the file leaves some
    // invoices out (a list of open items). A row is only ever taken when its number is the one
    // asked for, and "none" only ever comes from the database.
    const size_t end = std::min(m_window.size(), m_windowNext + passOver);
    for (size_t i = m_windowNext; i < end; ++i) {
        if (m_window[i].number == number) {
            m_windowNext = i + 1;
            ++m_windowUsed;
            return std::move(m_window[i].header);
        }
    }
    return readWindow(number);
}

std::optional<StoredInvoiceQuery::Header> StoredInvoiceQuery::readWindow(const QString &number)
{
    dropWindow();
    const std::optional<Header> found = lookUp(number);
    if (!found)
        return std::nullopt; // a new invoice: no window
    ++m_windowUsed; // counted with the window it comes with
    if (m_windowSize > 1) {
        FastStatement &after = *m_after;
        after.bind(1, found->id);
        after.bind(2, m_windowSize - 1);
        for (bool row = after.firstRow(); row; row = after.nextRow())
            m_window.push_back({after.textAt(0), headerAt(after, 1)});
    }
    return found;
}

void StoredInvoiceQuery::dropWindow()
{
    // Half the last window used or more: the file goes through the numbers in order, and a
    // larger window saves more look-ups; less, and it is not worth reading ahead.
    if (m_windowUsed * 2 >= size_t(m_windowSize))
        m_windowSize = std::min<qint64>(m_windowSize * 2, 512);
    else
        m_windowSize = std::max<qint64>(m_windowSize / 2, 1);
    m_window.clear();
    m_windowNext = 0;
    m_windowUsed = 0;
}

void StoredInvoiceQuery::forgetWindow()
{
    m_window.clear();
    m_windowNext = 0;
}

void StoredInvoiceQuery::readAhead(const QStringList &numbers)
{
    m_readAhead.clear();
    if (numbers.isEmpty())
        return;
    m_readAhead.reserve(numbers.size());
    m_ahead.run(numbers, [&](const QSqlQuery &found) {
        m_readAhead.insert(found.value(0).toString(),
                           Header{found.value(1).toLongLong(), found.value(2).toLongLong(), found.value(3).toString(),
                                  found.value(4).toString(), found.value(5).toString(), found.value(6).toLongLong(),
                                  found.value(7).toLongLong(), found.value(8).toLongLong(), found.value(9).toLongLong()});
    });
    for (const QString &number : numbers) {
        if (!m_readAhead.contains(number))
            m_readAhead.insert(number, std::nullopt);
    }
}

void StoredInvoiceQuery::forEachLine(qint64 invoiceId, const std::function<bool(const Line &)> &line)
{
    if (!m_linesPrepared) {
        m_lines = m_database.prepare(QStringLiteral(
            "SELECT product_id, description, quantity_milli, unit_price_cents, vat_rate_bp, net_cents, vat_cents, vat_category, "
            "vat_exemption_code, vat_exemption_reason FROM invoice_lines WHERE invoice_id = ? ORDER BY line_no"));
        m_linesPrepared = true;
    }
    Database::exec(m_lines, {invoiceId});
    while (m_lines.next()) {
        const Line stored{m_lines.value(0).toLongLong(), m_lines.value(1).toString(), m_lines.value(2).toLongLong(),
                          m_lines.value(3).toLongLong(), m_lines.value(4).toInt(), m_lines.value(5).toLongLong(),
                          m_lines.value(6).toLongLong(),
                          VatTreatment{m_lines.value(7).toString(), m_lines.value(8).toString(), m_lines.value(9).toString()}};
        if (!line(stored))
            break;
    }
    m_lines.finish();
}

} // namespace dd
