#pragma once

#include <QSqlQuery>
#include <QString>

namespace dd {

class Database;

// The opening balance of an invoice: the part its accounting package says is paid while no
// payment known here explains it (an invoice imported half paid, say). It is a payment of its
// own, marked opening_balance and labelled so in its reference, dated on the invoice's issue date
// (the day it is known to have been paid by at the latest is unknown) and allocated to the
// invoice, so that its open amount, the aging and dunning are right. A real payment allocated to
// the invoice later takes its place (release), so nothing is counted twice. Callers hold the
// transaction.
class OpeningBalances
{
public:
    explicit OpeningBalances(Database &database);

    // The invoice's paid amount per its package, `paidCents`: the opening balance becomes what
    // the real payments leave of it (never below zero, never beyond what is open), and is
    // created, changed or removed. Returns the opening balance now, in cents.
    qint64 setPaid(qint64 invoiceId, qint64 paidCents, const QString &label);
    // The opening balance setPaid makes of the package's paid amount, for an invoice of `total`
    // with `credited` and the real payments `real` (all in cents).
    static qint64 openingFor(qint64 paidCents, qint64 total, qint64 credited, qint64 real);
    // Whether any invoice has an opening balance: while none has, release() has nothing to do
    // (an import of payments, which makes none, asks once instead of once per invoice).
    bool anyExist() const;
    // The invoice's opening balance in cents; 0 when it has none.
    qint64 centsOf(qint64 invoiceId) { return find(invoiceId).cents; }
    // Up to `cents` of the invoice's opening balance make way for a real payment or a credit;
    // returns how much did.
    qint64 release(qint64 invoiceId, qint64 cents);

private:
    struct Opening
    {
        qint64 paymentId = 0;
        qint64 cents = 0;
    };
    Opening find(qint64 invoiceId);
    // The opening payment of the invoice set to `cents` (0 removes it); its paid amount follows.
    void change(qint64 invoiceId, const Opening &opening, qint64 cents);

    Database &m_database;
    QSqlQuery m_find;
    QSqlQuery m_invoice;
};

} // namespace dd
