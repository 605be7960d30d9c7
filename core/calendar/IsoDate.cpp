#include "IsoDate.h"

#include <QCoreApplication>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::IsoDate", text);
}
} // namespace

bool IsoDate::inRange(const Date &date)
{
    return !date.is_special() && date.year() >= firstYear && date.year() <= lastYear;
}

QString IsoDate::outOfRangeMessage(const QString &date)
{
    return tr("%1 is outside the dates DisputeDesk accepts (%2 to %3)")
        .arg(date, format(Date(firstYear, 1, 1)), format(Date(lastYear, 12, 31)));
}

std::optional<Date> IsoDate::parse(QStringView text)
{
    if (text.size() != 10 || text.at(4) != u'-' || text.at(7) != u'-')
        return std::nullopt;
    for (qsizetype i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (text.at(i) < u'0' || text.at(i) > u'9')
            return std::nullopt;
    }
    const int year = text.left(4).toInt();
    const int month = text.mid(5, 2).toInt();
    const int day = text.mid(8, 2).toInt();
    if (year < 1400 || month < 1 || month > 12 || day < 1)
        return std::nullopt;
    if (day > boost::gregorian::gregorian_calendar::end_of_month_day(year, month))
        return std::nullopt;
    return Date(year, month, day);
}

std::optional<Date> IsoDate::parseInput(QStringView text, QString *why)
{
    const auto fail = [&](const QString &reason) -> std::optional<Date> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    const auto notADate = [&]() { return fail(tr("\"%1\" is not a date (YYYY-MM-DD)").arg(text)); };
    if (text.size() != 10 || text.at(4) != u'-' || text.at(7) != u'-')
        return notADate();
    for (qsizetype i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (text.at(i) < u'0' || text.at(i) > u'9')
            return notADate();
    }
    const int year = text.left(4).toInt();
    const int month = text.mid(5, 2).toInt();
    const int day = text.mid(8, 2).toInt();
    // Counted here, not by Boost, which throws for a year before 1400.
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    static constexpr int monthDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1 || day > monthDays[month - 1] + (month == 2 && leap ? 1 : 0))
        return notADate();
    if (year < firstYear || year > lastYear)
        return fail(outOfRangeMessage(text.toString()));
    return Date(year, month, day);
}

QString IsoDate::format(const Date &date)
{
    if (date.is_special())
        return QString();
    const auto ymd = date.year_month_day();
    return QStringLiteral("%1-%2-%3")
        .arg(int(ymd.year), 4, 10, QLatin1Char('0'))
        .arg(int(ymd.month), 2, 10, QLatin1Char('0'))
        .arg(int(ymd.day), 2, 10, QLatin1Char('0'));
}

QDate IsoDate::toQDate(const Date &date)
{
    if (date.is_special())
        return QDate();
    const auto ymd = date.year_month_day();
    return QDate(ymd.year, ymd.month, ymd.day);
}

Date IsoDate::fromQDate(const QDate &date)
{
    if (!date.isValid())
        return Date(boost::date_time::not_a_date_time);
    return Date(date.year(), date.month(), date.day());
}

} // namespace dd
