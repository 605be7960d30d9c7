#pragma once

#include "calendar/IsoDate.h"

namespace dd {

// When a debtor is in default and statutory interest starts: one rule for letters and the
// cost-benefit assessment alike (DOMAIN-NL.md §3). An invoice's due date is a fixed term for
// payment, a fatal term (art. 6:83 sub a BW): from the day after it the debtor is in default
// without a notice, and statutory interest runs from that day, for a consumer (art. 6:119 BW) as
// for a business (art. 6:119a BW). A 14-day letter is therefore not the notice that starts the
// default; it is the last chance to pay before collection costs (art. 6:96 lid 6 BW).
class LegalDefault
{
public:
    // The first day of default and of statutory interest for an invoice due on `dueDate`.
    static Date from(const Date &dueDate);
};

} // namespace dd
