#include "OpeningBalanceRepository.h"

#include "storage/Database.h"

namespace dd {

OpeningBalanceRepository::OpeningBalanceRepository(Database &database)
    : m_database(database)
    , m_find(database.prepare(QStringLiteral("SELECT p.id, a.amount_cents, p.opening_as_of FROM allocations a JOIN payments p ON p.id = a.payment_id "
                                             "WHERE a.invoice_id = ? AND p.opening_balance = 1")))
    , m_invoice(database.prepare(QStringLiteral("SELECT customer_id, currency, issue_date, total_incl_cents, paid_cents, "
                                                "credited_cents FROM invoices WHERE id = ?")))
{
}

OpeningBalanceRepository::Opening OpeningBalanceRepository::find(qint64 invoiceId)
{
    Database::exec(m_find, {invoiceId});
    Opening opening;
    if (m_find.next())
        opening = {m_find.value(0).toLongLong(), m_find.value(1).toLongLong(),
                   IsoDate::parse(m_find.value(2).toString()).value_or(Date())};
    m_find.finish();
    return opening;
}

std::optional<OpeningBalanceRepository::InvoiceFigures> OpeningBalanceRepository::invoice(qint64 invoiceId)
{
    Database::exec(m_invoice, {invoiceId});
    std::optional<InvoiceFigures> figures;
    if (m_invoice.next())
        figures = InvoiceFigures{m_invoice.value(0).toLongLong(), m_invoice.value(1).toString(), m_invoice.value(2).toString(),
                                 m_invoice.value(3).toLongLong(), m_invoice.value(4).toLongLong(), m_invoice.value(5).toLongLong()};
    m_invoice.finish();
    return figures;
}

bool OpeningBalanceRepository::anyExist() const
{
    return m_database.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM payments WHERE opening_balance = 1)")).toBool();
}

void OpeningBalanceRepository::add(qint64 invoiceId, const InvoiceFigures &figures, qint64 cents, const QString &label,
                                   const Date &asOf)
{
    QSqlQuery insert = m_database.prepareInsert(
        QStringLiteral("INSERT INTO payments (customer_id, payment_date, amount_cents, currency, reference, opening_balance, opening_as_of) "
                       "VALUES (?, ?, ?, ?, ?, 1, ?)"));
    Database::exec(insert, {figures.customerId, figures.issueDate, cents, figures.currency, label, IsoDate::format(asOf)});
    const qint64 paymentId = Database::insertedId(insert);
    m_database.run(QStringLiteral("INSERT INTO allocations (payment_id, invoice_id, amount_cents) VALUES (?, ?, ?)"),
                   {paymentId, invoiceId, cents});
    m_database.run(QStringLiteral("UPDATE invoices SET paid_cents = paid_cents + ? WHERE id = ?"), {cents, invoiceId});
}

void OpeningBalanceRepository::setAsOf(qint64 paymentId, const Date &asOf)
{
    m_database.run(QStringLiteral("UPDATE payments SET opening_as_of = ? WHERE id = ?"), {IsoDate::format(asOf), paymentId});
}

void OpeningBalanceRepository::change(qint64 invoiceId, const Opening &opening, qint64 cents)
{
    if (cents == 0) {
        m_database.run(QStringLiteral("DELETE FROM allocations WHERE payment_id = ?"), {opening.paymentId});
        m_database.run(QStringLiteral("DELETE FROM payments WHERE id = ?"), {opening.paymentId});
    } else {
        m_database.run(QStringLiteral("UPDATE allocations SET amount_cents = ? WHERE payment_id = ?"), {cents, opening.paymentId});
        m_database.run(QStringLiteral("UPDATE payments SET amount_cents = ? WHERE id = ?"), {cents, opening.paymentId});
    }
    m_database.run(QStringLiteral("UPDATE invoices SET paid_cents = paid_cents + ? WHERE id = ?"), {cents - opening.cents, invoiceId});
}

} // namespace dd
