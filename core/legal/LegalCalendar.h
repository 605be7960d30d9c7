#pragma once

#include "calendar/IsoDate.h"

namespace dd {

// Date arithmetic of the legal rules that the business calendar does not cover.
class LegalCalendar
{
public:
    // The same calendar day `years` later; 29 February becomes 28 February in a common year.
    // (boost's years() would move 28 February to 29 February in a leap year, as it keeps the
    // end of the month: wrong for an anniversary.)
    static Date addYears(const Date &date, int years);
};

} // namespace dd
