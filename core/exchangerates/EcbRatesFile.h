#pragma once

#include "exchangerates/ExchangeRate.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace dd {

// The euro foreign exchange reference rates as the ECB offers them for download
// (https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/):
// eurofxref.csv holds one day ("Date, USD, JPY, ...," then "4 December 2026, 1.0823, ..."),
// eurofxref-hist.csv every day since 1999 ("Date,USD,..." then "2026-12-04,1.0823,...", with N/A
// where a currency was not quoted). Each quoted figure is the units of that currency per euro.
class EcbRatesFile
{
public:
    // Every rate in the file, source "ECB". Throws ValidationError naming the file, line and
    // field for anything that is not such a file: nothing is taken from a file that is partly wrong.
    static QList<ExchangeRate> parse(const QByteArray &content, const QString &fileName);
};

} // namespace dd
