#pragma once

#include "IsoDate.h"

namespace dd {

// Payment terms and lateness. Terms are counted in calendar days, as Dutch invoices state them
// ("betaling binnen 30 dagen na factuurdatum").
class DueDates
{
public:
    static Date dueDate(const Date &issued, int paymentTermDays);
    // Days past the due date as of `asOf`: 0 on or before the due date.
    static int daysOverdue(const Date &due, const Date &asOf);
};

} // namespace dd
