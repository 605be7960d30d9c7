#pragma once

#include <QtGlobal>

namespace dd {

// The one place where DisputeDesk rounds money: every division of cents (VAT, rates,
// proportional splits) goes through here, so that amounts agree wherever they are computed.
class Rounding
{
public:
    // numerator / denominator rounded half away from zero (2.5 -> 3, -2.5 -> -3).
    // Intermediate products may exceed 64 bits; the quotient must fit in qint64.
    static qint64 divide(qint64 numerator, qint64 denominator);

    // value * multiplier / divisor without overflowing the intermediate product.
    static qint64 scale(qint64 value, qint64 multiplier, qint64 divisor);
};

} // namespace dd
