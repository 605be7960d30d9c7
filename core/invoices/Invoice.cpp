#include "Invoice.h"

#include "calendar/DueDates.h"
#include "money/VatCalculator.h"

namespace dd {

Money Invoice::amountDue() const
{
    // In cents: the two UBL amounts are default-constructed (no currency) on other invoices.
    return Money(totalInclVat.cents() + payableRounding.cents() - prepaidNotBooked.cents(), totalInclVat.currency());
}

int Invoice::daysOverdue(const Date &asOf) const
{
    return openAmount().cents() > 0 ? DueDates::daysOverdue(dueDate, asOf) : 0;
}

void Invoice::computeTotals()
{
    totalExclVat = Money::zero(currency);
    vat = Money::zero(currency);
    for (InvoiceLine &line : lines) {
        const LineAmounts amounts = VatCalculator::line(line.quantityThousandths, line.unitPrice, line.vatRateBasisPoints);
        line.net = amounts.net;
        line.vat = amounts.vat;
        totalExclVat += amounts.net;
        vat += amounts.vat;
    }
    totalInclVat = totalExclVat + vat;
    if (paid.currency() != currency)
        paid = Money::zero(currency);
    if (credited.currency() != currency)
        credited = Money::zero(currency);
}

} // namespace dd
