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
        // A server reads ahead in batches of numbers instead (readAhead); on a file the window
        // steps through the number index, which one row at a time would not.
        m_windows = !m_database.dialect().batchesLookUps();
        m_header = m_windows ? m_database.prepareFast(
                                   QStringLiteral("SELECT number, %1 FROM invoices WHERE number >= ? ORDER BY number LIMIT ?").arg(headerColumns))
                             : m_database.prepareFast(QStringLiteral("SELECT %1 FROM invoices WHERE number = ?").arg(headerColumns));
    }
    const auto ahead = m_readAhead.find(number);
    if (ahead != m_readAhead.end()) {
        const std::optional<Header> header = std::move(*ahead);
        m_readAhead.erase(ahead);
        return header;
    }
    if (m_windows)
        return fromWindow(number);
    FastStatement &find = *m_header;
    find.bind(1, number);
    if (!find.firstRow())
        return std::nullopt;
    const Header header{find.int64At(0), find.int64At(1), find.textAt(2), find.textAt(3), find.textAt(4),
                        find.int64At(5), find.int64At(6), find.int64At(7), find.int64At(8)};
    find.reset();
    return header;
}

namespace {
// The order SQLite's BINARY collation gives text: its bytes in UTF-8, which is the order of the
// code points. UTF-16 code units compare the same except that surrogates (code points above
// U+FFFF) must come after U+E000..U+FFFF; this moves them there.
char16_t inCodePointOrder(char16_t unit)
{
    if (unit >= 0xE000)
        return char16_t(unit - 0x800);
    if (unit >= 0xD800)
        return char16_t(unit + 0x2000);
    return unit;
}

bool before(QStringView a, QStringView b)
{
    const qsizetype common = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < common; ++i) {
        if (a[i] != b[i])
            return inCodePointOrder(a[i].unicode()) < inCodePointOrder(b[i].unicode());
    }
    return a.size() < b.size();
}
} // namespace

std::optional<StoredInvoiceQuery::Header> StoredInvoiceQuery::fromWindow(const QString &number)
{
    // Rows before the number are passed over (the file skips them); a row is only ever taken
    // when its number is the one asked for, and "none" only ever comes from the database.
    while (m_windowNext < m_window.size()) {
        Numbered &next = m_window[m_windowNext];
        if (next.number == number) {
            ++m_windowNext;
            ++m_windowUsed;
            return std::move(next.header);
        }
        if (!before(next.number, number))
            break;
        ++m_windowNext;
    }
    return readWindow(number);
}

std::optional<StoredInvoiceQuery::Header> StoredInvoiceQuery::readWindow(const QString &number)
{
    dropWindow();
    FastStatement &find = *m_header;
    find.bind(1, number);
    find.bind(2, m_windowSize);
    std::optional<Header> found;
    for (bool row = find.firstRow(); row; row = find.nextRow()) {
        Header header{find.int64At(1), find.int64At(2), find.textAt(3), find.textAt(4), find.textAt(5),
                      find.int64At(6), find.int64At(7), find.int64At(8), find.int64At(9)};
        QString rowNumber = find.textAt(0);
        // The first row is the number itself when it is stored: nothing is smaller and >= it.
        if (m_window.empty() && !found && rowNumber == number)
            found = std::move(header);
        else
            m_window.push_back({std::move(rowNumber), std::move(header)});
    }
    if (found)
        ++m_windowUsed; // counted with the window it came with
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
