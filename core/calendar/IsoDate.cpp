#include "IsoDate.h"

namespace dd {

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
