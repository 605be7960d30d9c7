#include "PaymentRepository.h"

#include "common/ValidationError.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::PaymentRepository", text);
}
} // namespace

PaymentRepository::PaymentRepository(Database &database)
    : m_database(database)
{
}

void PaymentRepository::record(Payment &payment)
{
    if (payment.amount.cents() <= 0)
        throw ValidationError(tr("A payment must be a positive amount."));
    if (payment.date.is_special())
        throw ValidationError(tr("A payment needs a date."));
    Money allocated = Money::zero(payment.amount.currency());
    for (const Allocation &allocation : payment.allocations) {
        if (allocation.amount.cents() <= 0)
            throw ValidationError(tr("An allocation must be a positive amount."));
        if (allocation.amount.currency() != payment.amount.currency())
            throw ValidationError(tr("An allocation is in %1, the payment in %2.")
                                      .arg(allocation.amount.currency(), payment.amount.currency()));
        allocated += allocation.amount;
    }
    if (payment.amount < allocated)
        throw ValidationError(tr("The allocations (%1) exceed the payment (%2).")
                                  .arg(allocated.format(NumberStyle::English), payment.amount.format(NumberStyle::English)));

    Transaction transaction(m_database);
    QSqlQuery query = m_database.run(
        QStringLiteral("INSERT INTO payments (customer_id, payment_date, amount_cents, currency, reference) VALUES (?, ?, ?, ?, ?)"),
        {payment.customerId, IsoDate::format(payment.date), payment.amount.cents(), payment.amount.currency(), payment.reference});
    payment.id = query.lastInsertId().toLongLong();

    QSqlQuery invoiceQuery = m_database.prepare(
        QStringLiteral("SELECT number, customer_id, currency, total_incl_cents - paid_cents - credited_cents FROM invoices WHERE id = ?"));
    QSqlQuery insertAllocation = m_database.prepare(
        QStringLiteral("INSERT INTO allocations (payment_id, invoice_id, amount_cents) VALUES (?, ?, ?)"));
    QSqlQuery updateInvoice = m_database.prepare(
        QStringLiteral("UPDATE invoices SET paid_cents = paid_cents + ? WHERE id = ?"));
    for (const Allocation &allocation : payment.allocations) {
        Database::exec(invoiceQuery, {allocation.invoiceId});
        if (!invoiceQuery.next())
            throw ValidationError(tr("The payment is allocated to an invoice that does not exist."));
        const QString number = invoiceQuery.value(0).toString();
        if (invoiceQuery.value(1).toLongLong() != payment.customerId)
            throw ValidationError(tr("Invoice %1 belongs to another customer than the payment.").arg(number));
        if (invoiceQuery.value(2).toString() != payment.amount.currency())
            throw ValidationError(tr("Invoice %1 is in %2, the payment in %3.")
                                      .arg(number, invoiceQuery.value(2).toString(), payment.amount.currency()));
        const Money open(invoiceQuery.value(3).toLongLong(), payment.amount.currency());
        invoiceQuery.finish();
        if (open < allocation.amount)
            throw ValidationError(tr("Invoice %1 has %2 open; %3 cannot be allocated to it.")
                                      .arg(number, open.format(NumberStyle::English), allocation.amount.format(NumberStyle::English)));
        Database::exec(insertAllocation, {payment.id, allocation.invoiceId, allocation.amount.cents()});
        Database::exec(updateInvoice, {allocation.amount.cents(), allocation.invoiceId});
    }
    transaction.commit();
}

Payment PaymentRepository::undo(qint64 paymentId)
{
    Transaction transaction(m_database);
    QSqlQuery query = m_database.run(
        QStringLiteral("SELECT customer_id, payment_date, amount_cents, currency, reference FROM payments WHERE id = ?"), {paymentId});
    if (!query.next())
        throw ValidationError(tr("There is no payment %1.").arg(paymentId));
    Payment payment;
    payment.id = paymentId;
    payment.customerId = query.value(0).toLongLong();
    payment.date = IsoDate::parse(query.value(1).toString()).value_or(Date());
    payment.amount = Money(query.value(2).toLongLong(), query.value(3).toString());
    payment.reference = query.value(4).toString();
    query.finish();
    QSqlQuery allocations = m_database.run(
        QStringLiteral("SELECT a.invoice_id, a.amount_cents FROM allocations a JOIN invoices i ON i.id = a.invoice_id "
                       "WHERE a.payment_id = ? ORDER BY i.due_date, i.number"),
        {paymentId});
    while (allocations.next())
        payment.allocations.append(Allocation{allocations.value(0).toLongLong(), Money(allocations.value(1).toLongLong(), payment.amount.currency())});
    allocations.finish();
    QSqlQuery updateInvoice = m_database.prepare(QStringLiteral("UPDATE invoices SET paid_cents = paid_cents - ? WHERE id = ?"));
    for (const Allocation &allocation : std::as_const(payment.allocations))
        Database::exec(updateInvoice, {allocation.amount.cents(), allocation.invoiceId});
    m_database.run(QStringLiteral("DELETE FROM allocations WHERE payment_id = ?"), {paymentId});
    m_database.run(QStringLiteral("DELETE FROM payments WHERE id = ?"), {paymentId});
    transaction.commit();
    return payment;
}

QList<Payment> PaymentRepository::forInvoice(qint64 invoiceId) const
{
    QSqlQuery query = m_database.run(
        QStringLiteral("SELECT p.id, p.customer_id, p.payment_date, p.amount_cents, p.currency, p.reference, a.amount_cents "
                       "FROM allocations a JOIN payments p ON p.id = a.payment_id WHERE a.invoice_id = ? "
                       "ORDER BY p.payment_date, p.id"),
        {invoiceId});
    QList<Payment> result;
    while (query.next()) {
        Payment payment;
        payment.id = query.value(0).toLongLong();
        payment.customerId = query.value(1).toLongLong();
        payment.date = IsoDate::parse(query.value(2).toString()).value_or(Date());
        payment.amount = Money(query.value(3).toLongLong(), query.value(4).toString());
        payment.reference = query.value(5).toString();
        payment.allocations.append(Allocation{invoiceId, Money(query.value(6).toLongLong(), payment.amount.currency())});
        result.append(payment);
    }
    return result;
}

} // namespace dd
