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
};

} // namespace dd
