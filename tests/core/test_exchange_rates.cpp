// Euro reference rates (issue 15): exact decimals, conversions rounded once to the cent, the rate
// of a day or the latest before it, and the ECB's download files read or refused as a whole.

#include "CoreTestSupport.h"
#include "TempDir.h"
#include "TestDatabase.h"
#include "common/ValidationError.h"
#include "exchangerates/EcbRatesFile.h"
#include "exchangerates/ExchangeRateRepository.h"

using namespace dd;
using dd::test::day;
using dd::test::TempDir;

namespace {

ExchangeRate gbp(qint64 micros, const Date &date = day(2026, 12, 4))
{
    return ExchangeRate{QStringLiteral("GBP"), date, micros, QStringLiteral("ECB")};
}

} // namespace

TEST_CASE("exchange rates: a quoted rate is kept exactly, in millionths", "[exchange-rates]")
{
    CHECK(ExchangeRate::parseRate(u"0.8613") == 861300);
    CHECK(ExchangeRate::parseRate(u"0,86130") == 861300);
    CHECK(ExchangeRate::parseRate(u"162.54") == 162540000);
    CHECK(ExchangeRate::parseRate(u"25.213") == 25213000);
    CHECK(ExchangeRate::parseRate(u" 1 ") == 1000000);
    CHECK(ExchangeRate::parseRate(u"0.123456") == 123456);
    CHECK_FALSE(ExchangeRate::parseRate(u"0.1234567")); // more decimals than we keep: refused, not rounded
    CHECK_FALSE(ExchangeRate::parseRate(u"0"));
    CHECK_FALSE(ExchangeRate::parseRate(u"-0.86"));
    CHECK_FALSE(ExchangeRate::parseRate(u"1.086.1"));
    CHECK_FALSE(ExchangeRate::parseRate(u"N/A"));
    CHECK_FALSE(ExchangeRate::parseRate(u""));
    CHECK(gbp(861300).rateText(NumberStyle::English) == u"0.8613");
    CHECK(gbp(861300).rateText(NumberStyle::Dutch) == u"0,8613");
    CHECK(gbp(162540000).rateText(NumberStyle::English) == u"162.5400");
    CHECK(gbp(123456).rateText(NumberStyle::English) == u"0.123456");
}

TEST_CASE("exchange rates: conversions to and from euros round once, half away from zero", "[exchange-rates]")
{
    const ExchangeRate rate = gbp(861300);
    // £ 2,297.77 / 0.8613 = € 2,667.7928...: € 2,667.79.
    CHECK(rate.toEur(Money(229777, QStringLiteral("GBP"))) == Money(266779, QStringLiteral("EUR")));
    // £ 1,000.00 / 0.8613 = € 1,161.0356...: € 1,161.04.
    CHECK(rate.toEur(Money(100000, QStringLiteral("GBP"))) == Money(116104, QStringLiteral("EUR")));
    // € 391.78 * 0.8613 = £ 337.4401...: £ 337.44.
    CHECK(rate.fromEur(Money(39178, QStringLiteral("EUR"))) == Money(33744, QStringLiteral("GBP")));
    // A half cent rounds away from zero: 0.5 GBP-cent per euro-cent: 1 EUR = 0.005 GBP.
    CHECK(gbp(5000).fromEur(Money(1, QStringLiteral("EUR"))) == Money(0, QStringLiteral("GBP")));
    CHECK(gbp(500000).fromEur(Money(1, QStringLiteral("EUR"))) == Money(1, QStringLiteral("GBP"))); // 0.5 -> 1
    // Large amounts do not overflow the intermediate product.
    CHECK(gbp(162540000).toEur(Money(9000000000000000LL, QStringLiteral("GBP"))).cents() == 55370985603544LL);
}

TEST_CASE("exchange rates: the rate of the day or the latest before it, entered again, replaced", "[exchange-rates]")
{
    TempDir dir;
    auto db = Database::open(databaseLocation(dir, QStringLiteral("rates.sqlite")));
    ExchangeRateRepository rates(*db);
    CHECK_FALSE(rates.onOrBefore(QStringLiteral("GBP"), day(2026, 12, 7)));
    rates.save({gbp(861300, day(2026, 12, 4)), gbp(860000, day(2026, 12, 3)),
                ExchangeRate{QStringLiteral("USD"), day(2026, 12, 7), 1082300, QStringLiteral("ECB")}});
    // Monday 7 December has no GBP rate: Friday's is used, never a later one.
    REQUIRE(rates.onOrBefore(QStringLiteral("GBP"), day(2026, 12, 7)));
    CHECK(rates.onOrBefore(QStringLiteral("GBP"), day(2026, 12, 7))->perEurMicros == 861300);
    CHECK(rates.onOrBefore(QStringLiteral("GBP"), day(2026, 12, 7))->date == day(2026, 12, 4));
    CHECK(rates.onOrBefore(QStringLiteral("GBP"), day(2026, 12, 3))->perEurMicros == 860000);
    CHECK_FALSE(rates.onOrBefore(QStringLiteral("GBP"), day(2026, 12, 2)));
    CHECK_FALSE(rates.onOrBefore(QStringLiteral("CHF"), day(2026, 12, 7)));
    rates.save({ExchangeRate{QStringLiteral("GBP"), day(2026, 12, 4), 862000, QStringLiteral("entered")}});
    CHECK(rates.onOrBefore(QStringLiteral("GBP"), day(2026, 12, 4))->perEurMicros == 862000);
    CHECK(rates.list(QStringLiteral("GBP")).size() == 2);
    CHECK(rates.list().size() == 3);

    // One bad rate stores none of the batch.
    CHECK_THROWS_AS(rates.save({gbp(870000, day(2026, 12, 8)), ExchangeRate{QStringLiteral("EUR"), day(2026, 12, 8), 1000000, {}}}),
                    ValidationError);
    CHECK_THROWS_AS(rates.save({ExchangeRate{QStringLiteral("gbp"), day(2026, 12, 8), 870000, {}}}), ValidationError);
    CHECK_THROWS_AS(rates.save({gbp(0, day(2026, 12, 8))}), ValidationError);
    CHECK(rates.list().size() == 3);
}

TEST_CASE("exchange rates: the ECB's daily and history files", "[exchange-rates]")
{
    SECTION("the daily file (eurofxref.csv): day in words, trailing commas")
    {
        const QByteArray daily = "Date, USD, JPY, GBP, CHF, \n04 December 2026, 1.0823, 162.54, 0.8613, 0.9376, \n";
        const QList<ExchangeRate> rates = EcbRatesFile::parse(daily, QStringLiteral("eurofxref.csv"));
        REQUIRE(rates.size() == 4);
        CHECK(rates[2].currency == u"GBP");
        CHECK(rates[2].date == day(2026, 12, 4));
        CHECK(rates[2].perEurMicros == 861300);
        CHECK(rates[2].source == u"ECB");
        CHECK(rates[1].perEurMicros == 162540000);
    }
    SECTION("the history file (eurofxref-hist.csv): ISO dates, N/A where a currency was not quoted")
    {
        const QByteArray history = "Date,USD,CYP,GBP,\r\n2026-12-04,1.0823,N/A,0.8613,\r\n2026-12-03,1.0801,N/A,0.8600,\r\n";
        const QList<ExchangeRate> rates = EcbRatesFile::parse(history, QStringLiteral("eurofxref-hist.csv"));
        REQUIRE(rates.size() == 4);
        CHECK(rates[3].currency == u"GBP");
        CHECK(rates[3].date == day(2026, 12, 3));
        CHECK(rates[3].perEurMicros == 860000);
    }
    SECTION("anything else is refused, naming file, line and field")
    {
        try {
            EcbRatesFile::parse("Date,USD,GBP\n2026-12-04,1.0823,0.86x\n", QStringLiteral("rates.csv"));
            FAIL("accepted a bad rate");
        } catch (const ValidationError &error) {
            CHECK(error.message().contains(QStringLiteral("rates.csv, line 2, field GBP")));
        }
        try {
            EcbRatesFile::parse("Date,USD\n4-12-2026,1.0823\n", QStringLiteral("rates.csv"));
            FAIL("accepted a bad date");
        } catch (const ValidationError &error) {
            CHECK(error.message().contains(QStringLiteral("line 2, field Date")));
        }
        CHECK_THROWS_AS(EcbRatesFile::parse("Number;Customer\n1;2\n", QStringLiteral("invoices.csv")), ValidationError);
        CHECK_THROWS_AS(EcbRatesFile::parse("Date,USD\n2026-12-04,1.08,1.09\n", QStringLiteral("rates.csv")), ValidationError);
        CHECK_THROWS_AS(EcbRatesFile::parse("", QStringLiteral("empty.csv")), ValidationError);
    }
}

TEST_CASE("exchange rates: the overview holds the newest rate of each currency", "[exchange-rates]")
{
    TempDir dir;
    auto db = Database::open(databaseLocation(dir, QStringLiteral("rates.sqlite")));
    ExchangeRateRepository rates(*db);
    CHECK(rates.latest().isEmpty());
    rates.save({gbp(860000, day(2026, 12, 3)), gbp(861300, day(2026, 12, 4)), gbp(850000, day(2026, 11, 30)),
                ExchangeRate{QStringLiteral("USD"), day(2026, 12, 1), 1082300, QStringLiteral("ECB")}});
    const QList<ExchangeRate> newest = rates.latest();
    REQUIRE(newest.size() == 2);
    CHECK(newest.at(0).currency == QStringLiteral("GBP"));
    CHECK(newest.at(0).date == day(2026, 12, 4));
    CHECK(newest.at(0).perEurMicros == 861300);
    CHECK(newest.at(1).currency == QStringLiteral("USD"));
    CHECK(newest.at(1).perEurMicros == 1082300);
    CHECK(rates.currencies() == QStringList{QStringLiteral("GBP"), QStringLiteral("USD")});
}
