#pragma once

#include "calendar/IsoDate.h"
#include "money/Money.h"

#include <QString>

#include <optional>

namespace dd {

// How dates are written in a file. Auto accepts all four, which never overlap (the year comes
// first or last, and months never come before days). Day-first dates may have a two-digit year
// (ImportValues::twoDigitYearPivot), and any date may carry a time of day, which is ignored.
enum class DateFormat { Auto, Iso, DayMonthYearDash, DayMonthYearSlash, DayMonthYearDot };

// Parsing of the values in an imported file; each returns nullopt with a reason fit for the user.
class ImportValues
{
public:
    // A two-digit year below this is 20YY, from it 19YY ("01-03-26" is 2026-03-01, "31.12.85"
    // 1985-12-31): the window POSIX strptime's %y uses, wide enough for invoices either way.
    static constexpr int twoDigitYearPivot = 70;
    // "YYYY-MM-DD", "DD-MM-YYYY", "DD/MM/YYYY" or "DD.MM.YYYY" (as the format allows; YY for
    // YYYY after a day and month), optionally followed by a time ("2026-03-01 00:00:00",
    // "01.03.2026 14:30", "2026-03-01T00:00"); rejects 2026-02-30.
    static std::optional<Date> date(QStringView text, DateFormat format, QString *error);
    // "YYYY-MM-DD", "DD-MM-YYYY", "DD/MM/YYYY", "DD.MM.YYYY" or "auto".
    static std::optional<DateFormat> dateFormatFromName(const QString &name);
    static QString dateFormatName(DateFormat format);
    // Also "100,00-" (a trailing minus, as SAP and some Exact reports write a credit).
    static std::optional<Money> amount(QStringView text, const QString &currency, NumberStyle style, QString *error);
    // A decimal number scaled to whole units of 1/10^decimals, rounded half away from zero:
    // "2,5" with 3 decimals is 2500. Either '.' or ',' is the decimal mark; no thousands marks.
    static std::optional<qint64> scaled(const QString &text, int decimals, QString *error);
    // A VAT rate in percent ("21", "9", "21%", "5.5") as basis points.
    static std::optional<int> vatRate(const QString &text, QString *error);
    // A three-letter ISO 4217 code.
    static bool isCurrencyCode(const QString &text);
    // An ISO 3166 two-letter code as given, or the code of a country named in English, in its own
    // language (QLocale: "Deutschland", "België") or in Dutch ("Duitsland").
    static std::optional<QString> countryCode(const QString &text, QString *error);
    // yes/no as packages write it: 1/0, yes/no, true/false, ja/nee, y/n, j/n; empty is no.
    static std::optional<bool> flag(const QString &text, QString *error);
};

} // namespace dd
