#include "StoredInvoiceQuery.h"

#include "storage/Database.h"
#include "storage/FastStatement.h"

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
