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
    // Strict "YYYY-MM-DD"; nullopt for anything else or an impossible date (2026-02-30).
    static std::optional<Date> parse(QStringView text);
    static QString format(const Date &date);
    static QDate toQDate(const Date &date);
    static Date fromQDate(const QDate &date);
};

} // namespace dd
