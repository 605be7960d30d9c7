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

Date LegalCalendar::yearsLater(const Date &first, int years)
{
    const int year = first.year() + years;
    if (first.month() == 2 && first.day() == 29 && !boost::gregorian::gregorian_calendar::is_leap_year(year))
        return Date(year, 3, 1);
    return Date(year, first.month(), first.day());
}

} // namespace dd
