#pragma once

#include <QtGlobal>

#include <vector>

namespace dd {

// Days sales outstanding by the countback method: starting with the most recent month, the open
// receivables are "used up" by each month's sales (invoiced incl. VAT); every month fully used
// adds its days, the month that uses up the rest adds its days in proportion. Unlike
// receivables / sales x days it is not distorted by seasonal sales.
//
// Example: receivables 150, months (most recent first) of 30 days with sales 100, 31 days with
// sales 100: the first month is used up (30 days, 50 left), the second adds 31 x 50/100 = 15.5,
// so DSO = 45.5 days.
class DsoCountback
{
public:
    struct Period
    {
        int days = 0;
        qint64 salesCents = 0;
    };
    struct Result
    {
        qint64 tenths = 0;    // DSO in tenths of a day, rounded half up
        bool capped = false;  // the receivables exceed all sales of the periods given
    };

    // `periods` most recent first.
    static Result compute(qint64 receivablesCents, const std::vector<Period> &periods);
};

} // namespace dd
