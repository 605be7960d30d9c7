#include "CreditNote.h"

#include <map>
#include <tuple>

namespace dd {

QList<VatSubtotal> CreditNote::vatSubtotals() const
{
    // Keyed on (-rate, category, reason) so that the highest rate comes first.
    std::map<std::tuple<int, QString, QString, QString>, VatSubtotal> byRate;
    for (const CreditNoteLine &line : lines) {
        VatTreatment treatment = line.vatTreatment;
        treatment.category = treatment.categoryFor(line.vatRateBasisPoints);
        auto [it, added] = byRate.try_emplace({-line.vatRateBasisPoints, treatment.category, treatment.exemptionCode,
                                               treatment.exemptionReason});
        if (added)
            it->second = VatSubtotal{line.vatRateBasisPoints, treatment, Money::zero(currency), Money::zero(currency)};
        it->second.taxable += line.net;
        it->second.vat += line.vat;
    }
    QList<VatSubtotal> result;
    for (const auto &entry : byRate)
        result << entry.second;
    return result;
}

} // namespace dd
