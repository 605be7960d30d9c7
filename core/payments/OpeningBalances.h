#pragma once

#include "calendar/IsoDate.h"
#include "payments/OpeningBalanceRepository.h"

#include <QString>

#include <functional>

namespace dd {

class Database;

// The opening balance of an invoice: the part its accounting package says is paid while no
// payment known here explains it (an invoice imported half paid, say). It is a payment of its
// own, marked opening_balance and labelled so in its reference, dated on the invoice's issue date
// (the day it was paid is unknown) and allocated to the invoice, so that its open amount, the
// aging and dunning are right. It also keeps the day the package's figure stood (`asOf`: the
// import of its file).
//
// The one rule for a real payment of such an invoice, the same for the CSV payments import and
// the bank reconciler: a payment dated on or before that day may be one the package counted, and
// takes the opening balance's place (up to its amount) instead of counting twice; a payment dated
// after it cannot have been counted, and pays what is open. Callers hold the transaction.
class OpeningBalances
{
public:
    explicit OpeningBalances(Database &database);

    // The invoice's paid amount per its package, `paidCents`: the opening balance becomes what
    // the real payments leave of it (never below zero, never beyond what is open), and is
    // created, changed or removed. Returns the opening balance now, in cents.
    qint64 setPaid(qint64 invoiceId, qint64 paidCents, const QString &label, const Date &asOf);
    // The opening balance setPaid makes of the package's paid amount, for an invoice of `total`
    // with `credited` and the real payments `real` (all in cents).
    static qint64 openingFor(qint64 paidCents, qint64 total, qint64 credited, qint64 real);
    // Whether any invoice has an opening balance: while none has, replaceBy() and release() have
    // nothing to do (an import of payments, which makes none, asks once instead of once per row).
    bool anyExist() const;
    // Up to `cents` of the invoice's opening balance make way for a credit (which the package's
    // paid amount never included); returns how much did.
    qint64 release(qint64 invoiceId, qint64 cents);
    // How much of the invoice's opening balance a real payment dated `paid` may take the place
    // of (the rule above): all of it, or nothing for a payment after the figure's day.
    qint64 replaceable(qint64 invoiceId, const Date &paid);
    // A real payment dated `paid` of up to `cents` takes the place of the opening balance as far
    // as the rule allows; returns how much of it did (the rest pays what is open).
    qint64 replaceBy(qint64 invoiceId, const Date &paid, qint64 cents);

private:
    // Runs `writes` in the caller's transaction, or in one of its own when there is none.
    qint64 inTransaction(const std::function<qint64()> &writes);

    Database &m_database;
    OpeningBalanceRepository m_rows;
};

} // namespace dd
