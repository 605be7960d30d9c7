#pragma once

#include "calendar/IsoDate.h"
#include "money/Money.h"

#include <QList>
#include <QString>

namespace dd {

// The part of a payment that settles one invoice.
struct Allocation
{
    qint64 invoiceId = 0;
    Money amount;
};

// Money received, or money going back: the reversal of a payment received (a transfer that
// bounced, entered by hand) and a refund paid out of a credit balance are stored as payments of a
// negative amount with negative allocations, so that nothing recorded is ever deleted.
enum class PaymentKind { Received, Reversal, Refund };

// Money received from a customer, allocated to one or more of its invoices.
struct Payment
{
    qint64 id = 0;
    qint64 customerId = 0;
    Date date;
    Money amount;
    QString reference;
    QList<Allocation> allocations;
    QString debtorIban; // the payer's account, when known: it recognises their bank statements later
    PaymentKind kind = PaymentKind::Received;
    qint64 reverses = 0;   // a reversal: the payment it takes back
    qint64 reversedBy = 0; // a payment received that was reversed: its reversal (read, never written)
    QString recordedBy;    // who entered it by hand; empty for an import or a bank statement
    QString recordedAt;    // when, ISO 8601 UTC; empty like recordedBy
    bool openingBalance = false; // the part an accounting package said was paid (OpeningBalances), read only
};

} // namespace dd
