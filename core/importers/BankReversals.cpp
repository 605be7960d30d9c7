#include "BankReversals.h"

#include "payments/PaymentRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::BankReversals", text);
}

// A credit taken back once is not taken back again, nor is a reversal.
const char *const takenBack = "b.reversal = 0 AND b.reversed_by IS NULL";
} // namespace

BankReversals::BankReversals(Database &database)
    : m_database(database)
{
}

void BankReversals::collect(QSqlQuery &query, QList<Candidate> &into)
{
    while (query.next()) {
        const Candidate found{query.value(0).toLongLong(), query.value(1).toLongLong()};
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
    QSqlQuery query = m_database.run(QStringLiteral("SELECT COALESCE(b.payment_id, 0), b.id FROM bank_entries b WHERE b.end_to_end_id = ? "
                                                    "AND b.amount_cents = ? AND b.currency = ? AND b.booking_date <= ? AND %1")
                                         .arg(QLatin1String(takenBack)),
                                     {t.endToEndId, t.amount.cents(), t.amount.currency(), IsoDate::format(t.bookingDate)});
    collect(query, found);
    return found;
}

QList<BankReversals::Candidate> BankReversals::byReference(const BankTransaction &t) const
{
    QList<Candidate> found;
    // A booked credit's payment carries its remittance, else its EndToEndId (BankReconciler::bookOne).
    for (const QString &reference : {t.remittance.left(200), t.endToEndId}) {
        if (reference.isEmpty())
            continue;
        QSqlQuery payments = m_database.run(
            QStringLiteral("SELECT p.id, COALESCE((SELECT b.id FROM bank_entries b WHERE b.payment_id = p.id), 0) FROM payments p "
                           "WHERE p.reference = ? AND p.amount_cents = ? AND p.currency = ? AND p.payment_date <= ?"),
            {reference, t.amount.cents(), t.amount.currency(), IsoDate::format(t.bookingDate)});
        collect(payments, found);
        QSqlQuery unbooked = m_database.run(QStringLiteral("SELECT 0, b.id FROM bank_entries b WHERE b.payment_id IS NULL AND b.remittance = ? "
                                                           "AND b.amount_cents = ? AND b.currency = ? AND b.booking_date <= ? AND %1")
                                                .arg(QLatin1String(takenBack)),
                                            {reference, t.amount.cents(), t.amount.currency(), IsoDate::format(t.bookingDate)});
        collect(unbooked, found);
    }
    return found;
}

QList<BankReversals::Candidate> BankReversals::byInvoice(const BankTransaction &t) const
{
    QList<Candidate> found;
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT DISTINCT p.id, COALESCE((SELECT b.id FROM bank_entries b WHERE b.payment_id = p.id), 0) FROM payments p "
                       "JOIN allocations a ON a.payment_id = p.id JOIN invoices i ON i.id = a.invoice_id "
                       "WHERE (i.number = ? OR i.number = ?) AND p.amount_cents = ? AND p.currency = ? AND p.payment_date <= ?"));
    for (const QString &token : BankReconciler::invoiceCandidates(t)) {
        Database::exec(query, {token, token.toUpper(), t.amount.cents(), t.amount.currency(), IsoDate::format(t.bookingDate)});
        collect(query, found);
    }
    return found;
}

void BankReversals::undo(const Candidate &candidate, qint64 entryId, BankMatch &match)
{
    if (candidate.entryId) {
        m_database.run(QStringLiteral("UPDATE bank_entries SET payment_id = NULL, reversed_by = ? WHERE id = ?"), {entryId, candidate.entryId});
    }
    QString undone;
    if (candidate.paymentId) {
        QSqlQuery numbers = m_database.prepare(QStringLiteral("SELECT number FROM invoices WHERE id = ?"));
        const Payment payment = PaymentRepository(m_database).undo(candidate.paymentId);
        QStringList parts;
        for (const Allocation &allocation : payment.allocations) {
            Database::exec(numbers, {allocation.invoiceId});
            const QString number = numbers.next() ? numbers.value(0).toString() : QString();
            numbers.finish();
            match.allocations.append({allocation.invoiceId, number, allocation.amount});
            parts << number + u' ' + allocation.amount.toPlain();
        }
        match.customerId = payment.customerId;
        match.customerNumber = m_database.scalar(QStringLiteral("SELECT number FROM customers WHERE id = ?"), {payment.customerId}).toString();
        match.paymentId = payment.id;
        undone = tr("payment %1 of %2 undone; open again: %3").arg(payment.id).arg(IsoDate::format(payment.date), parts.join(QStringLiteral(", ")));
    } else {
        const QString credit = m_database.scalar(QStringLiteral("SELECT statement_id || '/' || entry_ref FROM bank_entries WHERE id = ?"),
                                                 {candidate.entryId})
                                   .toString();
        undone = tr("the credit %1 (not booked) is taken back; it is no longer proposed").arg(credit);
    }
    m_database.run(QStringLiteral("UPDATE bank_entries SET undone = ? WHERE id = ?"), {undone, entryId});
    match.state = BankMatch::State::Reversed;
    match.reason = undone;
}

BankMatch BankReversals::apply(const BankTransaction &t, qint64 entryId)
{
    BankMatch match;
    match.transaction = t;
    match.entryId = entryId;
    const QString before = m_database.scalar(QStringLiteral("SELECT undone FROM bank_entries WHERE id = ?"), {entryId}).toString();
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
            undo(found.constFirst(), entryId, match);
            return match;
        }
        if (found.size() > 1) {
            match.reason = tr("%1 earlier credits fit this reversal; none was undone: check which one it takes back").arg(found.size());
            return match;
        }
    }
    const qint64 sameAmount = m_database
                                  .scalar(QStringLiteral("SELECT COUNT(*) FROM payments WHERE amount_cents = ? AND currency = ? AND payment_date <= ?"),
                                          {t.amount.cents(), t.amount.currency(), IsoDate::format(t.bookingDate)})
                                  .toLongLong();
    match.reason = tr("no earlier credit with this EndToEndId, reference or invoice; nothing was undone: check which of the %1 payment(s) of this amount it takes back")
                       .arg(sameAmount);
    return match;
}

} // namespace dd
