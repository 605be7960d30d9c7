#pragma once

#include "IsoDate.h"

#include <QString>

#include <vector>

namespace dd {

// One public holiday: its date and a stable key ("kings-day") that the GUI translates.
struct Holiday
{
    Date date;
    QString key;
};

// Working days in the Netherlands: weekends and the Dutch public holidays are not business days.
// Used for response deadlines (a promised answer "within 5 business days") and letter deadlines.
class BusinessCalendar
{
public:
    // Gregorian Easter Sunday (anonymous Gregorian algorithm).
    static Date easterSunday(int year);

    // The public holidays of a year in date order: New Year's Day, Easter Monday, King's Day
    // (27 April, 26 April when the 27th is a Sunday; Queen's Day 30 April before 2014),
    // Liberation Day (5 May, a day off every fifth year: 2020, 2025, ...), Ascension Day,
    // Whit Monday, Christmas Day and Boxing Day.
    static std::vector<Holiday> holidays(int year);

    static bool isWeekend(const Date &date);
    static bool isHoliday(const Date &date);
    static bool isBusinessDay(const Date &date);

    // The date `count` business days after `from` (count >= 0; 0 gives `from` moved forward to
    // the first business day on or after it).
    static Date addBusinessDays(const Date &from, int count);

    // Business days after `from` up to and including `to` (0 when to <= from).
    static int businessDaysBetween(const Date &from, const Date &to);
};

} // namespace dd
