#include "InvoiceStatuses.h"

namespace dd {

InvoiceStatus InvoiceStatuses::derive(qint64 totalCents, qint64 paidCents, qint64 creditedCents)
{
    if (paidCents + creditedCents >= totalCents)
        return creditedCents > 0 && paidCents == 0 ? InvoiceStatus::Credited : InvoiceStatus::Paid;
    if (paidCents != 0)
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
