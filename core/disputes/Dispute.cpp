#include "Dispute.h"

namespace dd {

Money Dispute::disputedTotal() const
{
    Money total = Money::zero(currency());
    for (const DisputedInvoice &invoice : invoices)
        total += invoice.disputed;
    return total;
}

Money Dispute::unjustifiedPart() const
{
    switch (verdict) {
    case Verdict::Unjustified:
        return disputedTotal();
    case Verdict::PartlyJustified:
        return disputedTotal() - justified;
    case Verdict::Justified:
    case Verdict::None:
        break;
    }
    return Money::zero(currency());
}

bool Dispute::isResponseOverdue(const Date &asOf) const
{
    return answeredOn.is_special() && !promisedOn.is_special() && asOf > promisedOn && isOpen();
}

} // namespace dd
