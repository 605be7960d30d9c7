#include "StoredInvoiceQuery.h"

#include "storage/Database.h"
#include "storage/FastStatement.h"

#include <algorithm>

namespace dd {

namespace {
const QString headerColumns =
    QStringLiteral("id, customer_id, issue_date, due_date, currency, total_excl_cents, vat_cents, total_incl_cents, paid_cents");
// Numbers to a statement when reading ahead: within the 999 bound parameters of an older SQLite,
// and few enough statements (two thousand for a million rows) that their round trips do not count.
constexpr qsizetype aheadPerStatement = 500;
} // namespace

StoredInvoiceQuery::StoredInvoiceQuery(Database &database)
    : m_database(database)
{
}

StoredInvoiceQuery::~StoredInvoiceQuery() = default;

std::optional<StoredInvoiceQuery::Header> StoredInvoiceQuery::header(const QString &number)
{
    if (!m_header) {
        m_header = m_database.prepareFast(QStringLiteral("SELECT %1 FROM invoices WHERE number = ?").arg(headerColumns));
    }
    const auto ahead = m_readAhead.find(number);
    if (ahead != m_readAhead.end()) {
        const std::optional<Header> header = std::move(*ahead);
        m_readAhead.erase(ahead);
        return header;
    }
    FastStatement &find = *m_header;
    find.bind(1, number);
    if (!find.firstRow())
        return std::nullopt;
    const Header header{find.int64At(0), find.int64At(1), find.textAt(2), find.textAt(3), find.textAt(4),
                        find.int64At(5), find.int64At(6), find.int64At(7), find.int64At(8)};
    find.reset();
    return header;
}

void StoredInvoiceQuery::readAhead(const QStringList &numbers)
{
    m_readAhead.clear();
    if (numbers.isEmpty())
        return;
    if (!m_aheadPrepared) {
        // One statement of a fixed size, prepared once; a short batch repeats its last number.
        const QStringList marks(aheadPerStatement, QStringLiteral("?"));
        m_ahead = m_database.prepare(
            QStringLiteral("SELECT number, %1 FROM invoices WHERE number IN (%2)").arg(headerColumns, marks.join(QStringLiteral(", "))));
        Database::readForward(m_ahead);
        m_aheadPrepared = true;
    }
    m_readAhead.reserve(numbers.size());
    for (qsizetype from = 0; from < numbers.size(); from += aheadPerStatement) {
        for (qsizetype i = 0; i < aheadPerStatement; ++i)
            m_ahead.bindValue(int(i), numbers.at(std::min(from + i, numbers.size() - 1)));
        Database::exec(m_ahead);
        while (m_ahead.next()) {
            m_readAhead.insert(m_ahead.value(0).toString(),
                               Header{m_ahead.value(1).toLongLong(), m_ahead.value(2).toLongLong(), m_ahead.value(3).toString(),
                                      m_ahead.value(4).toString(), m_ahead.value(5).toString(), m_ahead.value(6).toLongLong(),
                                      m_ahead.value(7).toLongLong(), m_ahead.value(8).toLongLong(), m_ahead.value(9).toLongLong()});
        }
        m_ahead.finish();
    }
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
