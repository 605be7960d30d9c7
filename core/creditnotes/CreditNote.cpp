#include "CreditNote.h"

#include <map>

namespace dd {

QList<VatSubtotal> CreditNote::vatSubtotals() const
{
    std::map<int, VatSubtotal, std::greater<int>> byRate;
    for (const CreditNoteLine &line : lines) {
        auto [it, added] = byRate.try_emplace(line.vatRateBasisPoints);
        if (added)
            it->second = VatSubtotal{line.vatRateBasisPoints, Money::zero(currency), Money::zero(currency)};
        it->second.taxable += line.net;
        it->second.vat += line.vat;
    }
    QList<VatSubtotal> result;
    for (const auto &entry : byRate)
        result << entry.second;
    return result;
}

} // namespace dd
