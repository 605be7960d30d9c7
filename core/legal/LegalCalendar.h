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
    // The first day of the next year of a period counted in years from `first`, after `years`
    // years: the same calendar day `years` later. A period from 29 February ends on 28 February in
    // a common year, so the next year begins on 1 March (not on 28 February, which still belongs
    // to the year before).
    static Date yearsLater(const Date &first, int years);
};

} // namespace dd
