#include "BankReversals.h"

#include "customers/CustomerRepository.h"
#include "invoices/InvoiceRepository.h"
#include "payments/PaymentRepository.h"

#include <QCoreApplication>

namespace dd {

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("dd::BankReversals", text, disambiguation, n);
}
} // namespace

BankReversals::BankReversals(Database &database)
    : m_database(database)
    , m_entries(database)
{
}

void BankReversals::collect(const BankEntryRepository::Candidates &rows, QList<Candidate> &into)
{
    for (const auto &[paymentId, entryId] : rows) {
        const Candidate found{paymentId, entryId};
        const bool seen = std::any_of(into.begin(), into.end(), [&](const Candidate &c) {
            return (found.paymentId && c.paymentId == found.paymentId) || (found.entryId && c.entryId == found.entryId);
        });
        if (!seen)
            into << found;
    }
}

QList<BankReversals::Candidate> BankReversals::byEndToEndId(const BankTransaction &t) const
{
    QList<Candidate> found;
    if (t.endToEndId.isEmpty())
        return found;
    collect(m_entries.creditsByEndToEndId(t.endToEndId, t.amount, IsoDate::format(t.bookingDate)), found);
    return found;
}

QList<BankReversals::Candidate> BankReversals::byReference(const BankTransaction &t) const
{
    QList<Candidate> found;
    // A booked credit's payment carries its remittance, else its EndToEndId (BankReconciler::bookOne).
    for (const QString &reference : {t.remittance.left(200), t.endToEndId}) {
        if (reference.isEmpty())
            continue;
        collect(m_entries.paymentsByReference(reference, t.amount, IsoDate::format(t.bookingDate)), found);
        collect(m_entries.unbookedByRemittance(reference, t.amount, IsoDate::format(t.bookingDate)), found);
    }
    return found;
}

QList<BankReversals::Candidate> BankReversals::byInvoice(const BankTransaction &t) const
{
    QList<Candidate> found;
    collect(m_entries.paymentsByInvoiceNumbers(BankReconciler::invoiceCandidates(t), t.amount, IsoDate::format(t.bookingDate)), found);
    return found;
}

void BankReversals::undo(const Candidate &candidate, qint64 entryId, BankMatch &match)
{
    if (candidate.entryId)
        m_entries.markReversed(candidate.entryId, entryId);
    QString undone;
    if (candidate.paymentId) {
        const InvoiceRepository invoices(m_database);
        const Payment payment = PaymentRepository(m_database).undo(candidate.paymentId);
        QStringList parts;
        for (const Allocation &allocation : payment.allocations) {
            const QString number = invoices.numberOf(allocation.invoiceId);
            match.allocations.append({allocation.invoiceId, number, allocation.amount});
            parts << number + u' ' + allocation.amount.toPlain();
        }
        match.customerId = payment.customerId;
        match.customerNumber = CustomerRepository(m_database).numberOf(payment.customerId);
        match.paymentId = payment.id;
        undone = tr("payment %1 of %2 undone; open again: %3").arg(payment.id).arg(IsoDate::format(payment.date), parts.join(QStringLiteral(", ")));
    } else {
        undone = tr("the credit %1 (not booked) is taken back; it is no longer proposed").arg(m_entries.label(candidate.entryId));
    }
    m_entries.setUndone(entryId, undone);
    match.state = BankMatch::State::Reversed;
    match.reason = undone;
}

bool BankReversals::reversedByHand(const Candidate &candidate, BankMatch &match) const
{
    if (!candidate.paymentId)
        return false;
    const PaymentRepository payments(m_database);
    const std::optional<Payment> payment = payments.findById(candidate.paymentId);
    const std::optional<Payment> reversal = payment && payment->reversedBy ? payments.findById(payment->reversedBy) : std::nullopt;
    if (!reversal)
        return false;
    // The money went back once already (PaymentService::reverse): undoing the payment as well would
    // take it back twice, and its reversal still points at it. The user decides which one stands;
    // nothing is marked applied, so the next import lists it again until then.
    match.customerId = payment->customerId;
    match.customerNumber = CustomerRepository(m_database).numberOf(payment->customerId);
    match.paymentId = payment->id;
    match.reason = tr("payment %1 of %2 was already reversed by hand on %3 by %4; nothing was undone: check that the bank's reversal is the same money")
                       .arg(payment->id)
                       .arg(IsoDate::format(payment->date), IsoDate::format(reversal->date), reversal->recordedBy);
    return true;
}

BankMatch BankReversals::apply(const BankTransaction &t, qint64 entryId)
{
    BankMatch match;
    match.transaction = t;
    match.entryId = entryId;
    const QString before = m_entries.undone(entryId);
    if (!before.isEmpty()) {
        match.state = BankMatch::State::Reversed;
        match.reason = tr("applied before: %1").arg(before);
        return match;
    }
    match.state = BankMatch::State::ReversalUnmatched;
    // The strongest sign decides: several credits with the same EndToEndId are not settled by a
    // weaker one picking among them.
    for (auto find : {&BankReversals::byEndToEndId, &BankReversals::byReference, &BankReversals::byInvoice}) {
        const QList<Candidate> found = (this->*find)(t);
        if (found.size() == 1) {
            if (!reversedByHand(found.constFirst(), match))
                undo(found.constFirst(), entryId, match);
            return match;
        }
        if (found.size() > 1) {
            match.reason = tr("%1 earlier credits fit this reversal; none was undone: check which one it takes back").arg(found.size());
            return match;
        }
    }
    const qint64 sameAmount = PaymentRepository(m_database).countOfAmountUntil(t.amount, IsoDate::format(t.bookingDate));
    match.reason = tr("no earlier credit with this EndToEndId, reference or invoice; nothing was undone: check which of the %n payment(s) of this amount it takes back",
                      nullptr, int(sameAmount));
    return match;
}

} // namespace dd
