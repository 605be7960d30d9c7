#include "VatCalculator.h"

#include "Rounding.h"

namespace dd {

LineAmounts VatCalculator::line(qint64 quantityThousandths, const Money &unitPrice, int rateBasisPoints)
{
    const Money net(Rounding::scale(unitPrice.cents(), quantityThousandths, 1000), unitPrice.currency());
    const Money vat = vatOf(net, rateBasisPoints);
    return {net, vat, net + vat};
}

Money VatCalculator::vatOf(const Money &net, int rateBasisPoints)
{
    return net.scaled(rateBasisPoints, 10000);
}

} // namespace dd
