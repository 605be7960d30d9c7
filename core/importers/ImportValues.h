#pragma once

#include "calendar/IsoDate.h"
#include "money/Money.h"

#include <QString>

#include <optional>

namespace dd {

// How dates are written in a file. Auto accepts all three, which never overlap (the year comes
// first or last, and months never come before days).
enum class DateFormat { Auto, Iso, DayMonthYearDash, DayMonthYearSlash };

// Parsing of the values in an imported file; each returns nullopt with a reason fit for the user.
class ImportValues
{
public:
    // "YYYY-MM-DD", "DD-MM-YYYY" or "DD/MM/YYYY" (as the format allows); rejects 2026-02-30.
    static std::optional<Date> date(const QString &text, DateFormat format, QString *error);
    // "YYYY-MM-DD", "DD-MM-YYYY", "DD/MM/YYYY" or "auto".
    static std::optional<DateFormat> dateFormatFromName(const QString &name);
    static std::optional<Money> amount(const QString &text, const QString &currency, NumberStyle style, QString *error);
    // A decimal number scaled to whole units of 1/10^decimals, rounded half away from zero:
    // "2,5" with 3 decimals is 2500. Either '.' or ',' is the decimal mark; no thousands marks.
    static std::optional<qint64> scaled(const QString &text, int decimals, QString *error);
    // A VAT rate in percent ("21", "9", "21%", "5.5") as basis points.
    static std::optional<int> vatRate(const QString &text, QString *error);
    // A three-letter ISO 4217 code.
    static bool isCurrencyCode(const QString &text);
};

} // namespace dd
