#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <optional>

namespace dd {

using Date = boost::gregorian::date;

// Conversions between the core's boost dates, ISO 8601 text (as stored in the database) and
// QDate (as the GUI shows it).
class IsoDate
{
public:
    // The dates DisputeDesk accepts anywhere: in files, on the command line, in the database.
    // Boost's dates end at 1400 and 9999, and the rules add days, months and years to a date
    // (a due date, a limitation period of twenty years); a date well inside both ends keeps that
    // arithmetic from ever leaving Boost's range, and no invoice of a living business is outside it.
    static constexpr int firstYear = 1900;
    static constexpr int lastYear = 2199;
    static bool inRange(const Date &date);
    // "2300-01-01 is outside the dates DisputeDesk accepts (1900-01-01 to 2199-12-31)", for the
    // date as the user wrote it.
    static QString outOfRangeMessage(const QString &date);

    // Strict "YYYY-MM-DD"; nullopt for anything else or an impossible date (2026-02-30). For
    // dates as stored, which may lie a little past the range (a due date 30 days after the last day).
    static std::optional<Date> parse(QStringView text);
    // A date a user gives (an option, a field of a file): strict "YYYY-MM-DD" within the accepted
    // range, or nullopt with the reason: not a date, or outside the range.
    static std::optional<Date> parseInput(QStringView text, QString *why);
    static QString format(const Date &date);
    static QDate toQDate(const Date &date);
    static Date fromQDate(const QDate &date);
};

} // namespace dd
