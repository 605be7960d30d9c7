#include "OpeningBalances.h"

#include "storage/Database.h"
#include "storage/Transaction.h"

#include <algorithm>

namespace dd {

OpeningBalances::OpeningBalances(Database &database)
    : m_database(database)
    , m_rows(database)
{
}

qint64 OpeningBalances::setPaid(qint64 invoiceId, qint64 paidCents, const QString &label, const Date &asOf)
{
    return inTransaction([&]() -> qint64 {
        const std::optional<OpeningBalanceRepository::InvoiceFigures> invoice = m_rows.invoice(invoiceId);
        if (!invoice)
            return 0;
        const OpeningBalanceRepository::Opening opening = m_rows.find(invoiceId);
        const qint64 real = invoice->paidCents - opening.cents;
        const qint64 wanted = openingFor(paidCents, invoice->totalCents, invoice->creditedCents, real);
        // Unchanged, the figure's day stays: no payment came in between that the package counted.
        if (wanted == opening.cents)
            return wanted;
        if (opening.paymentId) {
            // The package's newer figure counts the payments up to its own day.
            if (wanted > 0)
                m_rows.setAsOf(opening.paymentId, asOf);
            m_rows.change(invoiceId, opening, wanted);
            return wanted;
        }
        m_rows.add(invoiceId, *invoice, wanted, label, asOf);
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
    return m_rows.anyExist();
}

qint64 OpeningBalances::release(qint64 invoiceId, qint64 cents)
{
    return inTransaction([&] {
        const OpeningBalanceRepository::Opening opening = m_rows.find(invoiceId);
        const qint64 given = std::min(opening.cents, std::max<qint64>(cents, 0));
        if (given > 0)
            m_rows.change(invoiceId, opening, opening.cents - given);
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
    const OpeningBalanceRepository::Opening opening = m_rows.find(invoiceId);
    // An opening balance of unknown day (none) stands for nothing a payment could be.
    if (opening.cents == 0 || opening.asOf.is_special() || paid.is_special() || paid > opening.asOf)
        return 0;
    return opening.cents;
}

qint64 OpeningBalances::replaceBy(qint64 invoiceId, const Date &paid, qint64 cents)
{
    return replaceable(invoiceId, paid) > 0 ? release(invoiceId, cents) : 0;
}

} // namespace dd
