#include "exchangerates/ExchangeRateRepository.h"

#include "common/ValidationError.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dd {

namespace {

ExchangeRate rateFrom(const QSqlQuery &query)
{
    ExchangeRate rate;
    rate.currency = query.value(0).toString();
    rate.date = IsoDate::parse(query.value(1).toString()).value_or(Date());
    rate.perEurMicros = query.value(2).toLongLong();
    rate.source = query.value(3).toString();
    return rate;
}

} // namespace

ExchangeRateRepository::ExchangeRateRepository(Database &database)
    : m_database(database)
{
}

void ExchangeRateRepository::save(const QList<ExchangeRate> &rates)
{
    static const QRegularExpression code(QStringLiteral("^[A-Z]{3}$"));
    for (const ExchangeRate &rate : rates) {
        if (!code.match(rate.currency).hasMatch() || rate.currency == QLatin1String("EUR") || rate.perEurMicros <= 0
            || rate.date.is_special())
            throw ValidationError(QCoreApplication::translate("dd::ExchangeRateRepository",
                                                              "A euro rate needs a currency other than EUR (three capital "
                                                              "letters), a date and a rate above zero: %1 %2 %3")
                                      .arg(rate.currency, rate.date.is_special() ? QString() : IsoDate::format(rate.date),
                                           rate.rateText(NumberStyle::English)));
    }
    Transaction transaction(m_database, DataChange::ReferenceData);
    QSqlQuery query = m_database.prepare(QStringLiteral(
        "INSERT INTO exchange_rates (currency, rate_date, per_eur_micros, source) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (currency, rate_date) DO UPDATE SET per_eur_micros = excluded.per_eur_micros, source = excluded.source"));
    for (const ExchangeRate &rate : rates)
        Database::exec(query, {rate.currency, IsoDate::format(rate.date), rate.perEurMicros, rate.source});
    transaction.commit();
}

std::optional<ExchangeRate> ExchangeRateRepository::onOrBefore(const QString &currency, const Date &date) const
{
    QSqlQuery query = m_database.run(QStringLiteral("SELECT currency, rate_date, per_eur_micros, source FROM exchange_rates "
                                                    "WHERE currency = ? AND rate_date <= ? ORDER BY rate_date DESC LIMIT 1"),
                                     {currency, IsoDate::format(date)});
    if (!query.next())
        return std::nullopt;
    return rateFrom(query);
}

QList<ExchangeRate> ExchangeRateRepository::list(const QString &currency) const
{
    QSqlQuery query = m_database.run(QStringLiteral("SELECT currency, rate_date, per_eur_micros, source FROM exchange_rates "
                                                    "WHERE ? = '' OR currency = ? ORDER BY rate_date DESC, currency"),
                                     {currency, currency});
    QList<ExchangeRate> result;
    while (query.next())
        result << rateFrom(query);
    return result;
}

QList<ExchangeRate> ExchangeRateRepository::latest() const
{
    // The grouped maximum is read from the primary key (currency, rate_date), one step per currency.
    QSqlQuery query = m_database.run(QStringLiteral(
        "SELECT r.currency, r.rate_date, r.per_eur_micros, r.source FROM exchange_rates r "
        "JOIN (SELECT currency, MAX(rate_date) AS newest FROM exchange_rates GROUP BY currency) n "
        "ON n.currency = r.currency AND n.newest = r.rate_date ORDER BY r.currency"));
    QList<ExchangeRate> result;
    while (query.next())
        result << rateFrom(query);
    return result;
}

QStringList ExchangeRateRepository::currencies() const
{
    QSqlQuery query = m_database.run(QStringLiteral("SELECT DISTINCT currency FROM exchange_rates ORDER BY currency"));
    QStringList result;
    while (query.next())
        result << query.value(0).toString();
    return result;
}

} // namespace dd
