#include "InvoiceStatuses.h"

namespace dd {

InvoiceStatus InvoiceStatuses::derive(qint64 totalCents, qint64 paidCents, qint64 creditedCents)
{
    if (paidCents + creditedCents >= totalCents)
        return creditedCents > 0 && paidCents <= 0 ? InvoiceStatus::Credited : InvoiceStatus::Paid;
    // Net paid is below zero when more went back (a refund, a reversal) than came in: nothing of the
    // invoice is paid, so it reads "open", never "partly paid" beside a negative paid amount.
    if (paidCents > 0)
        return InvoiceStatus::PartlyPaid;
    return InvoiceStatus::Open;
}

QString InvoiceStatuses::code(InvoiceStatus status)
{
    switch (status) {
    case InvoiceStatus::Open:
        return QStringLiteral("open");
    case InvoiceStatus::PartlyPaid:
        return QStringLiteral("partly-paid");
    case InvoiceStatus::Paid:
        return QStringLiteral("paid");
    case InvoiceStatus::Credited:
        return QStringLiteral("credited");
    }
    return QString();
}

} // namespace dd
