#pragma once

#include "exchangerates/ExchangeRate.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dd {

class Database;

// The euro reference rates the user entered or imported (exchange_rates). Rates are facts of a
// day: a later entry for the same currency and day replaces the earlier one.
class ExchangeRateRepository
{
public:
    explicit ExchangeRateRepository(Database &database);

    // Stores every rate in one transaction. Throws ValidationError (nothing stored) for a rate
    // for the euro itself, a currency that is not three letters, or a rate of zero or less.
    void save(const QList<ExchangeRate> &rates);

    // The rate of `currency` on `date`, or the latest before it: reference rates are published on
    // working days only, and a letter dated on Monday uses Friday's rate.
    std::optional<ExchangeRate> onOrBefore(const QString &currency, const Date &date) const;

    // Newest first; every currency when `currency` is empty.
    QList<ExchangeRate> list(const QString &currency = QString()) const;
    // The newest rate of each currency, alphabetically: the overview, without reading the whole
    // history (the ECB's file since 1999 holds some 200,000 rates).
    QList<ExchangeRate> latest() const;
    // The currencies that have a rate, alphabetically.
    QStringList currencies() const;

private:
    Database &m_database;
};

} // namespace dd
