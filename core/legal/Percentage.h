#pragma once

#include "money/Money.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace dd {

// Rates in the legal tables are basis points (1/100 of a percent): 12.25% is 1225. Text with at
// most two decimals converts exactly, so a rate never passes through a double.
class Percentage
{
public:
    // "12.25", "12,25", "8" (a percentage, at most two decimals, not negative) -> basis points.
    static std::optional<qint64> parseBasisPoints(QStringView text);
    // 1225 -> "12.25" (English) or "12,25" (Dutch); whole percentages print without decimals.
    static QString format(qint64 basisPoints, NumberStyle style = NumberStyle::English);
};

} // namespace dd
