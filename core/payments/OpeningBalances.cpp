#include "OpeningBalances.h"

#include "storage/Database.h"
#include "storage/Transaction.h"

#include <algorithm>

namespace dd {

OpeningBalances::OpeningBalances(Database &database)
    : m_database(database)
    , m_find(database.prepare(QStringLiteral("SELECT p.id, a.amount_cents, p.opening_as_of FROM allocations a JOIN payments p ON p.id = a.payment_id "
                                             "WHERE a.invoice_id = ? AND p.opening_balance = 1")))
    , m_invoice(database.prepare(QStringLiteral("SELECT customer_id, currency, issue_date, total_incl_cents, paid_cents, "
                                                "credited_cents FROM invoices WHERE id = ?")))
{
}

OpeningBalances::Opening OpeningBalances::find(qint64 invoiceId)
{
    Database::exec(m_find, {invoiceId});
    Opening opening;
    if (m_find.next())
        opening = {m_find.value(0).toLongLong(), m_find.value(1).toLongLong(),
                   IsoDate::parse(m_find.value(2).toString()).value_or(Date())};
    m_find.finish();
    return opening;
}

qint64 OpeningBalances::setPaid(qint64 invoiceId, qint64 paidCents, const QString &label, const Date &asOf)
{
    return inTransaction([&]() -> qint64 {
        Database::exec(m_invoice, {invoiceId});
        if (!m_invoice.next())
            return 0;
        const qint64 customerId = m_invoice.value(0).toLongLong();
        const QString currency = m_invoice.value(1).toString();
        const QString issueDate = m_invoice.value(2).toString();
        const qint64 total = m_invoice.value(3).toLongLong();
        const qint64 paid = m_invoice.value(4).toLongLong();
        const qint64 credited = m_invoice.value(5).toLongLong();
        m_invoice.finish();

        const Opening opening = find(invoiceId);
        const qint64 real = paid - opening.cents;
        const qint64 wanted = openingFor(paidCents, total, credited, real);
        // Unchanged, the figure's day stays: no payment came in between that the package counted.
        if (wanted == opening.cents)
            return wanted;
        if (opening.paymentId) {
            // The package's newer figure counts the payments up to its own day.
            if (wanted > 0)
                m_database.run(QStringLiteral("UPDATE payments SET opening_as_of = ? WHERE id = ?"), {IsoDate::format(asOf), opening.paymentId});
            change(invoiceId, opening, wanted);
            return wanted;
        }
        QSqlQuery insert = m_database.prepareInsert(
            QStringLiteral("INSERT INTO payments (customer_id, payment_date, amount_cents, currency, reference, opening_balance, opening_as_of) "
                           "VALUES (?, ?, ?, ?, ?, 1, ?)"));
        Database::exec(insert, {customerId, issueDate, wanted, currency, label, IsoDate::format(asOf)});
        const qint64 paymentId = Database::insertedId(insert);
        m_database.run(QStringLiteral("INSERT INTO allocations (payment_id, invoice_id, amount_cents) VALUES (?, ?, ?)"),
                       {paymentId, invoiceId, wanted});
        m_database.run(QStringLiteral("UPDATE invoices SET paid_cents = paid_cents + ? WHERE id = ?"), {wanted, invoiceId});
        return wanted;
    });
}

qint64 OpeningBalances::openingFor(qint64 paidCents, qint64 total, qint64 credited, qint64 real)
{
    // Never below zero (the real payments already say more), never beyond what is open.
    return std::clamp(paidCents - real, qint64(0), std::max<qint64>(total - credited - real, 0));
}

bool OpeningBalances::anyExist() const
{
    return m_database.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM payments WHERE opening_balance = 1)")).toBool();
}

qint64 OpeningBalances::release(qint64 invoiceId, qint64 cents)
{
    return inTransaction([&] {
        const Opening opening = find(invoiceId);
        const qint64 given = std::min(opening.cents, std::max<qint64>(cents, 0));
        if (given > 0)
            change(invoiceId, opening, opening.cents - given);
        return given;
    });
}

qint64 OpeningBalances::inTransaction(const std::function<qint64()> &writes)
{
    // Inside the caller's transaction (an import, a booking) the writes need no savepoint of
    // their own; alone, they are one.
    if (m_database.transactionDepth() > 0)
        return writes();
    Transaction transaction(m_database, DataChange::Payments | DataChange::Invoices);
    const qint64 result = writes();
    transaction.commit();
    return result;
}

qint64 OpeningBalances::replaceable(qint64 invoiceId, const Date &paid)
{
    const Opening opening = find(invoiceId);
    // An opening balance of unknown day (none) stands for nothing a payment could be.
    if (opening.cents == 0 || opening.asOf.is_special() || paid.is_special() || paid > opening.asOf)
        return 0;
    return opening.cents;
}

qint64 OpeningBalances::replaceBy(qint64 invoiceId, const Date &paid, qint64 cents)
{
    return replaceable(invoiceId, paid) > 0 ? release(invoiceId, cents) : 0;
}

void OpeningBalances::change(qint64 invoiceId, const Opening &opening, qint64 cents)
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
