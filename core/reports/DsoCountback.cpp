#include "DsoCountback.h"

#include <algorithm>

namespace dd {

DsoCountback::Result DsoCountback::compute(qint64 receivablesCents, const std::vector<Period> &periods)
{
    Result result;
    qint64 remaining = receivablesCents;
    for (const Period &period : periods) {
        if (remaining <= 0)
            return result;
        if (period.salesCents >= remaining) {
            // days x remaining / sales, in tenths, rounded half up.
            result.tenths += (qint64(period.days) * 20 * remaining + period.salesCents) / (2 * period.salesCents);
            return result;
        }
        result.tenths += qint64(period.days) * 10;
        remaining -= std::max<qint64>(period.salesCents, 0);
    }
    result.capped = remaining > 0;
    return result;
}

} // namespace dd
