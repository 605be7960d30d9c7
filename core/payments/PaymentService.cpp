#include "PaymentService.h"

#include "common/Clock.h"
#include "common/ValidationError.h"
#include "disputes/DisputeRepository.h"
#include "invoices/Invoice.h"
#include "invoices/InvoiceRepository.h"
#include "payments/PaymentRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::PaymentService", text);
}

QString money(const Money &amount)
{
    return amount.format(NumberStyle::English);
}
} // namespace

PaymentService::PaymentService(Database &database, const Clock &clock, QString actor)
    : m_database(database)
    , m_clock(clock)
    , m_actor(std::move(actor))
{
}

Date PaymentService::today() const
{
    return IsoDate::fromQDate(m_clock.now().toLocalTime().date());
}

Invoice PaymentService::invoice(qint64 invoiceId) const
{
    const std::optional<Invoice> found = InvoiceRepository(m_database).findById(invoiceId);
    if (!found)
        throw ValidationError(tr("There is no invoice with id %1.").arg(invoiceId));
    return *found;
}

void PaymentService::checkDate(const Date &date, const Date &earliest, const QString &earliestText) const
{
    if (date.is_special())
        throw ValidationError(tr("Date: a payment needs a date."));
    // Money that has not moved yet is not a payment: a date in the future would make the invoice
    // look paid in every report until then.
    if (date > today())
        throw ValidationError(tr("Date: %1 is in the future; a payment is recorded when the money has moved.").arg(IsoDate::format(date)));
    if (!earliest.is_special() && date < earliest)
        throw ValidationError(tr("Date: %1 is before %2 (%3).").arg(IsoDate::format(date), earliestText, IsoDate::format(earliest)));
}

void PaymentService::noteOnCases(const Payment &payment, const QString &what) const
{
    // A controller working a case sees there that money moved on its invoice: it may settle the
    // case (paid) or reopen what was paid (a reversal).
    DisputeRepository disputes(m_database);
    InvoiceRepository invoices(m_database);
    for (const Allocation &allocation : payment.allocations) {
        const std::optional<QString> number = disputes.openDisputeOf(allocation.invoiceId);
        const std::optional<Dispute> dispute = number ? disputes.findByNumber(*number) : std::nullopt;
        if (!dispute)
            continue;
        AuditEvent event{0, m_clock.now(), m_actor, dispute->step, dispute->step, QStringLiteral("payment"),
                         what.arg(invoices.numberOf(allocation.invoiceId), allocation.amount.format(NumberStyle::English), payment.reference), QString()};
        disputes.appendAudit(dispute->id, event);
    }
}

void PaymentService::stamp(Payment &payment) const
{
    payment.recordedBy = m_actor;
    payment.recordedAt = m_clock.now().toUTC().toString(Qt::ISODate);
}

Money PaymentService::refundOwed(const Invoice &invoice)
{
    const Money open = invoice.openAmount();
    return open.cents() < 0 ? -open : Money::zero(invoice.currency);
}

Money PaymentService::overpayment(qint64 invoiceId, const Money &amount) const
{
    const Invoice paid = invoice(invoiceId);
    if (amount.currency() != paid.currency)
        return Money::zero(paid.currency);
    const qint64 open = std::max<qint64>(paid.openAmount().cents(), 0);
    return Money(std::max<qint64>(amount.cents() - open, 0), paid.currency);
}

Payment PaymentService::receive(qint64 invoiceId, const Money &amount, const Date &date, const QString &reference)
{
    Transaction transaction(m_database, DataChange::Payments | DataChange::Invoices | DataChange::Cases);
    const Invoice paid = invoice(invoiceId);
    if (amount.cents() <= 0)
        throw ValidationError(tr("Amount: a payment received must be more than zero."));
    if (amount.currency() != paid.currency)
        throw ValidationError(tr("Amount: invoice %1 is in %2, not in %3.").arg(paid.number, paid.currency, amount.currency()));
    checkDate(date, paid.issueDate, tr("the invoice date"));
    Payment payment;
    payment.customerId = paid.customerId;
    payment.date = date;
    payment.amount = amount;
    payment.reference = reference.trimmed().left(200);
    payment.allocations = {Allocation{invoiceId, amount}};
    stamp(payment);
    PaymentRepository(m_database).recordOverpaying(payment);
    noteOnCases(payment, tr("payment recorded by hand on invoice %1: %2 (%3)"));
    transaction.commit();
    return payment;
}

Payment PaymentService::reverse(qint64 paymentId, const Date &date, const QString &reason)
{
    Transaction transaction(m_database, DataChange::Payments | DataChange::Invoices | DataChange::Cases);
    PaymentRepository payments(m_database);
    const std::optional<Payment> original = payments.findById(paymentId);
    // A reversal on a bank statement deletes the payment it undoes (BankReversals): a form opened
    // before that import still names it.
    if (!original)
        throw ValidationError(tr("Payment %1 no longer exists: a reversal on a bank statement may have taken it back already. "
                                 "Nothing was reversed; the invoice shows what is open now.")
                                  .arg(paymentId));
    if (original->kind != PaymentKind::Received)
        throw ValidationError(tr("Payment %1 is itself money going back; only a payment received can be reversed.").arg(paymentId));
    if (original->reversedBy)
        throw ValidationError(tr("Payment %1 was reversed before (by %2).").arg(paymentId).arg(original->reversedBy));
    // An opening balance is the package's figure, not money that moved here: it is corrected by
    // importing the package's figures again (OpeningBalances), not by a reversal.
    if (original->openingBalance)
        throw ValidationError(tr("Payment %1 is an opening balance from the accounting package; import its figures again to correct it.").arg(paymentId));
    checkDate(date, original->date, tr("the payment it reverses"));
    Payment reversal;
    reversal.kind = PaymentKind::Reversal;
    reversal.reverses = paymentId;
    reversal.customerId = original->customerId;
    reversal.date = date;
    reversal.amount = -original->amount;
    reversal.reference = reason.trimmed().isEmpty() ? tr("Reversal of payment %1").arg(paymentId) : reason.trimmed().left(200);
    for (const Allocation &allocation : original->allocations)
        reversal.allocations.append(Allocation{allocation.invoiceId, -allocation.amount});
    // Only what the payment settled is taken back: a part it left unallocated (a bank import's)
    // settled no invoice, and the statement that brought it is where it is resolved.
    Money allocated = Money::zero(original->amount.currency());
    for (const Allocation &allocation : std::as_const(original->allocations))
        allocated += allocation.amount;
    if (allocated != original->amount)
        reversal.amount = -allocated;
    if (reversal.allocations.isEmpty())
        throw ValidationError(tr("Payment %1 settles no invoice; there is nothing to reverse here.").arg(paymentId));
    stamp(reversal);
    payments.recordReturn(reversal);
    noteOnCases(reversal, tr("payment reversed on invoice %1: %2 (%3)"));
    transaction.commit();
    return reversal;
}

Payment PaymentService::payRefund(qint64 invoiceId, const Money &amount, const Date &date, const QString &reference)
{
    Transaction transaction(m_database, DataChange::Payments | DataChange::Invoices);
    const Invoice owed = invoice(invoiceId);
    if (amount.currency() != owed.currency)
        throw ValidationError(tr("Amount: invoice %1 is in %2, not in %3.").arg(owed.number, owed.currency, amount.currency()));
    const Money balance = refundOwed(owed);
    if (balance.isZero())
        throw ValidationError(tr("Invoice %1 has no credit balance; nothing is owed back.").arg(owed.number));
    if (amount.cents() <= 0)
        throw ValidationError(tr("Amount: a refund must be more than zero."));
    if (balance < amount)
        throw ValidationError(tr("Amount: %1 is more than the %2 owed back on invoice %3.").arg(money(amount), money(balance), owed.number));
    checkDate(date, owed.issueDate, tr("the invoice date"));
    Payment refund;
    refund.kind = PaymentKind::Refund;
    refund.customerId = owed.customerId;
    refund.date = date;
    refund.amount = -amount;
    refund.reference = reference.trimmed().isEmpty() ? tr("Refund on invoice %1").arg(owed.number) : reference.trimmed().left(200);
    refund.allocations = {Allocation{invoiceId, -amount}};
    stamp(refund);
    PaymentRepository(m_database).recordReturn(refund);
    transaction.commit();
    return refund;
}

} // namespace dd
