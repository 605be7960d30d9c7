#include "LegalCalendar.h"

namespace dd {

Date LegalCalendar::addYears(const Date &date, int years)
{
    const int year = date.year() + years;
    const int month = date.month();
    int day = date.day();
    if (month == 2 && day == 29 && !boost::gregorian::gregorian_calendar::is_leap_year(year))
        day = 28;
    return Date(year, month, day);
}

} // namespace dd
