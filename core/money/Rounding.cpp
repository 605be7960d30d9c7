#include "Rounding.h"

#include <limits>
#include <stdexcept>

namespace dd {

namespace {
__extension__ typedef __int128 Wide;

qint64 divideWide(Wide numerator, Wide denominator)
{
    if (denominator == 0)
        throw std::invalid_argument("Rounding: division by zero");
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    const bool negative = numerator < 0;
    const Wide magnitude = negative ? -numerator : numerator;
    // Adding floor(d/2) before truncating rounds a remainder of exactly half upwards, i.e. away
    // from zero once the sign is put back; for an odd d an exact half cannot occur.
    const Wide quotient = (magnitude + denominator / 2) / denominator;
    const Wide result = negative ? -quotient : quotient;
    if (result > Wide(std::numeric_limits<qint64>::max()) || result < Wide(std::numeric_limits<qint64>::min()))
        throw std::overflow_error("Rounding: result does not fit in 64 bits");
    return static_cast<qint64>(result);
}
} // namespace

qint64 Rounding::divide(qint64 numerator, qint64 denominator)
{
    return divideWide(numerator, denominator);
}

qint64 Rounding::scale(qint64 value, qint64 multiplier, qint64 divisor)
{
    return divideWide(Wide(value) * Wide(multiplier), divisor);
}

} // namespace dd
