#include "InvoiceFiguresQuery.h"

#include "storage/Database.h"

namespace dd {

InvoiceFiguresQuery::InvoiceFiguresQuery(Database &database)
    : m_byNumber(database.prepare(QStringLiteral(
          "SELECT i.id, i.total_incl_cents, i.paid_cents, i.credited_cents, i.currency, "
          "COALESCE((SELECT a.amount_cents FROM allocations a JOIN payments p ON p.id = a.payment_id "
          "WHERE a.invoice_id = i.id AND p.opening_balance = 1), 0) FROM invoices i WHERE i.number = ?")))
{
}

std::optional<InvoiceFiguresQuery::Figures> InvoiceFiguresQuery::byNumber(const QString &number)
{
    Database::exec(m_byNumber, {number});
    std::optional<Figures> found;
    if (m_byNumber.next()) {
        found = Figures{m_byNumber.value(0).toLongLong(), m_byNumber.value(1).toLongLong(), m_byNumber.value(2).toLongLong(),
                        m_byNumber.value(3).toLongLong(), m_byNumber.value(4).toString(), m_byNumber.value(5).toLongLong()};
    }
    m_byNumber.finish();
    return found;
}

} // namespace dd
