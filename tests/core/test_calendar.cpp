// The Dutch business calendar, due dates and strict ISO dates. Expected dates are taken from
// published calendars (Easter tables, rijksoverheid.nl holiday lists), not from the code.

#include "CoreTestSupport.h"

#include "calendar/BusinessCalendar.h"
#include "calendar/DueDates.h"
#include "calendar/IsoDate.h"

#include <algorithm>
#include <set>

using namespace dd;
using dd::test::day;

namespace {

Date holidayNamed(int year, const QString &key)
{
    for (const Holiday &h : BusinessCalendar::holidays(year)) {
        if (h.key == key)
            return h.date;
    }
    return Date(boost::date_time::not_a_date_time);
}

bool hasHoliday(int year, const QString &key)
{
    return !holidayNamed(year, key).is_special();
}

} // namespace

TEST_CASE("Easter Sunday matches the published dates", "[calendar][easter]")
{
    struct Case
    {
        int year, month, dayOfMonth;
    };
    const Case known[] = {
        {2019, 4, 21}, {2020, 4, 12}, {2021, 4, 4},  {2022, 4, 17}, {2023, 4, 9},  {2024, 3, 31},
        {2025, 4, 20}, {2026, 4, 5},  {2027, 3, 28}, {2028, 4, 16}, {2029, 4, 1},  {2030, 4, 21},
        {2008, 3, 23}, {2011, 4, 24}, {2038, 4, 25}, {1818, 3, 22}, {2285, 3, 22}, {1943, 4, 25},
    };
    for (const Case &c : known) {
        INFO("year " << c.year);
        CHECK(BusinessCalendar::easterSunday(c.year) == day(c.year, c.month, c.dayOfMonth));
        CHECK(BusinessCalendar::easterSunday(c.year).day_of_week() == boost::date_time::Sunday);
    }
}

TEST_CASE("Dutch public holidays of 2025 (King's Day moved, Liberation Day)", "[calendar][holidays]")
{
    // 27 April 2025 is a Sunday, so King's Day is Saturday 26 April; 2025 is a lustrum year.
    const std::vector<Date> expected = {day(2025, 1, 1),  day(2025, 4, 21), day(2025, 4, 26),
                                        day(2025, 5, 5),  day(2025, 5, 29), day(2025, 6, 9),
                                        day(2025, 12, 25), day(2025, 12, 26)};
    std::vector<Date> actual;
    for (const Holiday &h : BusinessCalendar::holidays(2025))
        actual.push_back(h.date);
    CHECK(actual == expected);
    CHECK(holidayNamed(2025, QStringLiteral("kings-day")) == day(2025, 4, 26));
    CHECK(holidayNamed(2025, QStringLiteral("liberation-day")) == day(2025, 5, 5));
    CHECK(holidayNamed(2025, QStringLiteral("ascension-day")) == day(2025, 5, 29));
    CHECK(holidayNamed(2025, QStringLiteral("whit-monday")) == day(2025, 6, 9));
    CHECK(holidayNamed(2025, QStringLiteral("easter-monday")) == day(2025, 4, 21));
    CHECK_FALSE(BusinessCalendar::isHoliday(day(2025, 4, 27)));
}

TEST_CASE("Dutch public holidays of 2026 (no Liberation Day)", "[calendar][holidays]")
{
    const std::vector<Date> expected = {day(2026, 1, 1),  day(2026, 4, 6),   day(2026, 4, 27), day(2026, 5, 14),
                                        day(2026, 5, 25), day(2026, 12, 25), day(2026, 12, 26)};
    std::vector<Date> actual;
    for (const Holiday &h : BusinessCalendar::holidays(2026))
        actual.push_back(h.date);
    CHECK(actual == expected);
    CHECK_FALSE(hasHoliday(2026, QStringLiteral("liberation-day")));
    CHECK_FALSE(BusinessCalendar::isHoliday(day(2026, 5, 5)));
    CHECK(BusinessCalendar::isBusinessDay(day(2026, 5, 5))); // a Tuesday, a normal working day
}

TEST_CASE("King's Day and the movable feasts over several years", "[calendar][holidays]")
{
    struct Case
    {
        int year;
        Date kings, easterMonday, ascension, whitMonday;
    };
    const Case cases[] = {
        {2024, day(2024, 4, 27), day(2024, 4, 1), day(2024, 5, 9), day(2024, 5, 20)},
        {2027, day(2027, 4, 27), day(2027, 3, 29), day(2027, 5, 6), day(2027, 5, 17)},
        {2028, day(2028, 4, 27), day(2028, 4, 17), day(2028, 5, 25), day(2028, 6, 5)},
        {2030, day(2030, 4, 27), day(2030, 4, 22), day(2030, 5, 30), day(2030, 6, 10)},
        // 27 April 2031 is a Sunday: King's Day on Saturday the 26th.
        {2031, day(2031, 4, 26), day(2031, 4, 14), day(2031, 5, 22), day(2031, 6, 2)},
    };
    for (const Case &c : cases) {
        INFO("year " << c.year);
        CHECK(holidayNamed(c.year, QStringLiteral("kings-day")) == c.kings);
        CHECK(holidayNamed(c.year, QStringLiteral("easter-monday")) == c.easterMonday);
        CHECK(holidayNamed(c.year, QStringLiteral("ascension-day")) == c.ascension);
        CHECK(holidayNamed(c.year, QStringLiteral("whit-monday")) == c.whitMonday);
        CHECK(c.ascension.day_of_week() == boost::date_time::Thursday);
        CHECK(c.whitMonday.day_of_week() == boost::date_time::Monday);
        CHECK(BusinessCalendar::isHoliday(c.kings));
    }
    // Before 2014 the monarch's day was Queen's Day, 30 April.
    CHECK(holidayNamed(2013, QStringLiteral("queens-day")) == day(2013, 4, 30));
    CHECK_FALSE(hasHoliday(2013, QStringLiteral("kings-day")));
}

TEST_CASE("Liberation Day is a day off only in years divisible by five", "[calendar][holidays]")
{
    for (int year = 2015; year <= 2040; ++year) {
        INFO("year " << year);
        CHECK(hasHoliday(year, QStringLiteral("liberation-day")) == (year % 5 == 0));
        CHECK(BusinessCalendar::isHoliday(day(year, 5, 5)) == (year % 5 == 0 || day(year, 5, 5) == holidayNamed(year, QStringLiteral("ascension-day"))));
    }
}

TEST_CASE("Every year lists its holidays in date order, each within the year", "[calendar][holidays]")
{
    for (int year = 2000; year <= 2060; ++year) {
        INFO("year " << year);
        const auto list = BusinessCalendar::holidays(year);
        CHECK(list.size() == (year % 5 == 0 ? 8u : 7u)); // seven every year, plus Liberation Day
        CHECK(std::is_sorted(list.begin(), list.end(), [](const Holiday &a, const Holiday &b) { return a.date < b.date; }));
        std::set<QString> keys;
        for (const Holiday &h : list) {
            CHECK(int(h.date.year()) == year);
            keys.insert(h.key);
        }
        CHECK(keys.size() == list.size());
        CHECK(holidayNamed(year, QStringLiteral("easter-monday")) == BusinessCalendar::easterSunday(year) + boost::gregorian::days(1));
    }
}

TEST_CASE("Weekends and holidays are not business days", "[calendar][business]")
{
    CHECK(BusinessCalendar::isWeekend(day(2026, 1, 3)));  // Saturday
    CHECK(BusinessCalendar::isWeekend(day(2026, 1, 4)));  // Sunday
    CHECK_FALSE(BusinessCalendar::isWeekend(day(2026, 1, 5)));
    CHECK_FALSE(BusinessCalendar::isBusinessDay(day(2025, 12, 25))); // Thursday, Christmas
    CHECK_FALSE(BusinessCalendar::isBusinessDay(day(2025, 12, 26))); // Friday, Boxing Day
    CHECK_FALSE(BusinessCalendar::isBusinessDay(day(2026, 1, 1)));
    CHECK(BusinessCalendar::isBusinessDay(day(2026, 1, 2)));         // Friday
    CHECK(BusinessCalendar::isBusinessDay(day(2026, 4, 3)));         // Good Friday is not a public holiday
    CHECK_FALSE(BusinessCalendar::isBusinessDay(day(2026, 4, 6)));   // Easter Monday
}

TEST_CASE("Adding business days skips Christmas, New Year and Easter", "[calendar][business]")
{
    // Wed 24 Dec 2025 + 1: Thu 25, Fri 26 holidays, weekend -> Mon 29 Dec.
    CHECK(BusinessCalendar::addBusinessDays(day(2025, 12, 24), 1) == day(2025, 12, 29));
    // + 5: 29, 30, 31 Dec, (1 Jan holiday), Fri 2 Jan, Mon 5 Jan.
    CHECK(BusinessCalendar::addBusinessDays(day(2025, 12, 24), 5) == day(2026, 1, 5));
    // 0 moves a non-business day to the next business day, and keeps a business day.
    CHECK(BusinessCalendar::addBusinessDays(day(2025, 12, 25), 0) == day(2025, 12, 29));
    CHECK(BusinessCalendar::addBusinessDays(day(2025, 12, 24), 0) == day(2025, 12, 24));
    // Starting on a holiday: Thu 25 Dec -> first business day Mon 29, + 1 = Tue 30.
    CHECK(BusinessCalendar::addBusinessDays(day(2025, 12, 25), 1) == day(2025, 12, 30));
    // Easter 2026: Thu 2 Apr + 1 = Good Friday 3 Apr; Fri 3 Apr + 1 = Tue 7 Apr.
    CHECK(BusinessCalendar::addBusinessDays(day(2026, 4, 2), 1) == day(2026, 4, 3));
    CHECK(BusinessCalendar::addBusinessDays(day(2026, 4, 3), 1) == day(2026, 4, 7));
    // Ascension 2026 (Thu 14 May): Wed 13 + 1 = Fri 15.
    CHECK(BusinessCalendar::addBusinessDays(day(2026, 5, 13), 1) == day(2026, 5, 15));
    // A plain week: Mon 12 Jan 2026 + 10 = Mon 26 Jan.
    CHECK(BusinessCalendar::addBusinessDays(day(2026, 1, 12), 10) == day(2026, 1, 26));
}

TEST_CASE("Counting business days between two dates", "[calendar][business]")
{
    // After 24 Dec up to and including 5 Jan: 29, 30, 31 Dec, 2 and 5 Jan.
    CHECK(BusinessCalendar::businessDaysBetween(day(2025, 12, 24), day(2026, 1, 5)) == 5);
    CHECK(BusinessCalendar::businessDaysBetween(day(2026, 4, 2), day(2026, 4, 7)) == 2); // 3 and 7 Apr
    CHECK(BusinessCalendar::businessDaysBetween(day(2026, 3, 2), day(2026, 3, 2)) == 0);
    CHECK(BusinessCalendar::businessDaysBetween(day(2026, 3, 9), day(2026, 3, 2)) == 0);
    // The whole of 2026: 261 weekdays minus the 6 holidays on a weekday (New Year, Easter Monday,
    // King's Day, Ascension, Whit Monday, Christmas; Boxing Day is a Saturday).
    CHECK(BusinessCalendar::businessDaysBetween(day(2025, 12, 31), day(2026, 12, 31)) == 255);
}

TEST_CASE("Adding and counting business days agree", "[calendar][business]")
{
    for (Date from = day(2024, 12, 1); from <= day(2026, 1, 31); from += boost::gregorian::days(3)) {
        for (int n : {0, 1, 2, 5, 10, 23}) {
            const Date to = BusinessCalendar::addBusinessDays(from, n);
            INFO("from " << IsoDate::format(from).toStdString() << " + " << n);
            CHECK(BusinessCalendar::isBusinessDay(to));
            const Date start = BusinessCalendar::addBusinessDays(from, 0);
            CHECK(BusinessCalendar::businessDaysBetween(start, to) == n);
        }
    }
}

TEST_CASE("Due dates and days overdue count calendar days", "[calendar][due]")
{
    CHECK(DueDates::dueDate(day(2026, 1, 31), 30) == day(2026, 3, 2));
    CHECK(DueDates::dueDate(day(2024, 1, 31), 30) == day(2024, 3, 1)); // leap year
    CHECK(DueDates::dueDate(day(2025, 12, 15), 30) == day(2026, 1, 14));
    CHECK(DueDates::dueDate(day(2026, 3, 10), 0) == day(2026, 3, 10));
    CHECK(DueDates::dueDate(day(2026, 3, 10), 14) == day(2026, 3, 24));

    const Date due = day(2025, 12, 31);
    CHECK(DueDates::daysOverdue(due, due) == 0);
    CHECK(DueDates::daysOverdue(due, day(2026, 1, 1)) == 1);
    CHECK(DueDates::daysOverdue(due, day(2025, 12, 20)) == 0);
    CHECK(DueDates::daysOverdue(due, day(2026, 3, 1)) == 60);
    CHECK(DueDates::daysOverdue(day(2024, 2, 1), day(2024, 3, 1)) == 29);
}

TEST_CASE("ISO dates are parsed strictly", "[calendar][isodate]")
{
    CHECK(IsoDate::parse(u"2024-02-29") == std::optional<Date>(day(2024, 2, 29)));
    CHECK(IsoDate::parse(u"2000-02-29") == std::optional<Date>(day(2000, 2, 29)));
    CHECK(IsoDate::parse(u"2026-12-31") == std::optional<Date>(day(2026, 12, 31)));
    CHECK(IsoDate::parse(u"2026-01-05") == std::optional<Date>(day(2026, 1, 5)));
    const char16_t *invalid[] = {
        u"2026-02-29", u"1900-02-29", u"2026-04-31", u"2026-13-01", u"2026-00-10", u"2026-04-00",
        u"2026-1-5", u"2026-01-5", u"26-01-05", u"2026/01/05", u"2026-01-05 ", u" 2026-01-05",
        u"2026-01-05T00:00", u"20260105", u"", u"abcd-ef-gh", u"+026-01-05", u"2026-0a-05",
        u"\uFF12\uFF10\uFF12\uFF16-01-05", u"0999-01-01",
    };
    for (const char16_t *text : invalid) {
        INFO("text '" << QString::fromUtf16(text).toStdString() << "'");
        CHECK_FALSE(IsoDate::parse(QString::fromUtf16(text)).has_value());
    }
}

TEST_CASE("ISO dates format and convert both ways", "[calendar][isodate]")
{
    CHECK(IsoDate::format(day(2026, 3, 7)) == QStringLiteral("2026-03-07"));
    CHECK(IsoDate::format(Date(boost::date_time::not_a_date_time)).isEmpty());
    CHECK(IsoDate::toQDate(day(2024, 2, 29)) == QDate(2024, 2, 29));
    CHECK_FALSE(IsoDate::toQDate(Date(boost::date_time::not_a_date_time)).isValid());
    CHECK(IsoDate::fromQDate(QDate(2031, 4, 26)) == day(2031, 4, 26));
    CHECK(IsoDate::fromQDate(QDate()).is_special());
    for (Date d = day(2023, 12, 25); d <= day(2024, 3, 5); d += boost::gregorian::days(1)) {
        CHECK(IsoDate::parse(IsoDate::format(d)) == std::optional<Date>(d));
        CHECK(IsoDate::fromQDate(IsoDate::toQDate(d)) == d);
        CHECK(IsoDate::toQDate(d).toString(Qt::ISODate) == IsoDate::format(d));
    }
}
