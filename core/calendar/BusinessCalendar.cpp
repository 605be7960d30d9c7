#include "BusinessCalendar.h"

#include <algorithm>

namespace dd {

using boost::gregorian::date_duration;

Date BusinessCalendar::easterSunday(int year)
{
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return Date(year, month, day);
}

std::vector<Holiday> BusinessCalendar::holidays(int year)
{
    const Date easter = easterSunday(year);
    std::vector<Holiday> result;
    result.push_back({Date(year, 1, 1), QStringLiteral("new-year")});
    result.push_back({easter + date_duration(1), QStringLiteral("easter-monday")});
    if (year >= 2014) {
        const Date kingsDay(year, 4, 27);
        const bool sunday = kingsDay.day_of_week() == boost::date_time::Sunday;
        result.push_back({sunday ? Date(year, 4, 26) : kingsDay, QStringLiteral("kings-day")});
    } else {
        const Date queensDay(year, 4, 30);
        const bool sunday = queensDay.day_of_week() == boost::date_time::Sunday;
        result.push_back({sunday ? Date(year, 4, 29) : queensDay, QStringLiteral("queens-day")});
    }
    if (year % 5 == 0)
        result.push_back({Date(year, 5, 5), QStringLiteral("liberation-day")});
    result.push_back({easter + date_duration(39), QStringLiteral("ascension-day")});
    result.push_back({easter + date_duration(50), QStringLiteral("whit-monday")});
    result.push_back({Date(year, 12, 25), QStringLiteral("christmas-day")});
    result.push_back({Date(year, 12, 26), QStringLiteral("boxing-day")});
    std::stable_sort(result.begin(), result.end(), [](const Holiday &x, const Holiday &y) { return x.date < y.date; });
    return result;
}

bool BusinessCalendar::isWeekend(const Date &date)
{
    const auto dow = date.day_of_week();
    return dow == boost::date_time::Saturday || dow == boost::date_time::Sunday;
}

bool BusinessCalendar::isHoliday(const Date &date)
{
    const auto list = holidays(date.year());
    return std::any_of(list.begin(), list.end(), [&](const Holiday &h) { return h.date == date; });
}

bool BusinessCalendar::isBusinessDay(const Date &date)
{
    return !isWeekend(date) && !isHoliday(date);
}

Date BusinessCalendar::addBusinessDays(const Date &from, int count)
{
    Date day = from;
    while (!isBusinessDay(day))
        day += date_duration(1);
    while (count > 0) {
        day += date_duration(1);
        if (isBusinessDay(day))
            --count;
    }
    return day;
}

int BusinessCalendar::businessDaysBetween(const Date &from, const Date &to)
{
    int count = 0;
    for (Date day = from + date_duration(1); day <= to; day += date_duration(1)) {
        if (isBusinessDay(day))
            ++count;
    }
    return count;
}

} // namespace dd
