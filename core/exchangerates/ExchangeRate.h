#pragma once

#include "calendar/IsoDate.h"
#include "money/Money.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace dd {

// A euro reference rate: how many units of `currency` one euro buys on `date`, quoted the way the
// ECB publishes its reference rates (1 EUR = 0.8613 GBP). Kept as an exact decimal in millionths:
// the ECB quotes at most five significant digits, so six decimals hold every published rate
// without rounding, and conversions stay integer arithmetic.
struct ExchangeRate
{
    static constexpr qint64 microsPerUnit = 1000000;

    QString currency;
    Date date;
    qint64 perEurMicros = 0; // 0.8613 GBP per euro: 861300
    QString source;          // "ECB" for imported reference rates, enteredSource() for one typed in

    // The stored source of a rate typed in: a code, the same in every language of the interface
    // (shown translated), so that the data does not depend on the language it was entered in.
    static QString enteredSource() { return QStringLiteral("entered"); }

    // `amount` (in this rate's currency) in euros, rounded half away from zero to the cent.
    Money toEur(const Money &amount) const;
    // `euros` in this rate's currency, rounded the same way.
    Money fromEur(const Money &euros) const;

    // "0.8613" / "0,8613": the rate as quoted, without trailing zeros but with at least 4 decimals.
    QString rateText(NumberStyle style) const;

    // "0.86130" or "0,8613" (a comma is a decimal comma here: rates have no thousands) into
    // millionths; none for anything else, zero, or more than six decimals.
    static std::optional<qint64> parseRate(QStringView text);
};

} // namespace dd
