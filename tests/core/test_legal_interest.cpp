#include "CoreTestSupport.h"

#include "TempDir.h"
#include "TestDatabase.h"
#include "common/ValidationError.h"
#include "legal/LegalTableRepository.h"
#include "legal/Percentage.h"
#include "legal/StatutoryInterest.h"

using namespace dd;
using dd::test::day;
using dd::test::eur;

namespace {

InterestResult interest(InterestKind kind, qint64 cents, const Date &from, const Date &to)
{
    return StatutoryInterest(InterestRateTable::shipped()).compute(kind, eur(cents), from, to);
}

void checkLine(const InterestPeriodLine &line, const Date &from, const Date &to, int days, int yearDays, qint64 rate,
               qint64 principal, qint64 interestCents)
{
    CHECK(line.from == from);
    CHECK(line.to == to);
    CHECK(line.days == days);
    CHECK(line.yearDays == yearDays);
    CHECK(line.rateBasisPoints == rate);
    CHECK(line.principal == eur(principal));
    CHECK(line.interest == eur(interestCents));
}

} // namespace

TEST_CASE("rate table: the shipped rates of DOMAIN-NL.md", "[legal][interest]")
{
    const InterestRateTable table = InterestRateTable::shipped();
    const auto &commercial = table.periods(InterestKind::Commercial);
    const auto &consumer = table.periods(InterestKind::Consumer);
    REQUIRE(commercial.size() == 8);
    REQUIRE(consumer.size() == 8);
    CHECK(commercial.front().from == day(2020, 1, 1));
    CHECK(commercial.front().until == day(2022, 12, 31));
    CHECK(commercial.front().rateBasisPoints == 800);
    CHECK(consumer.front().rateBasisPoints == 200);
    CHECK(table.periodAt(InterestKind::Commercial, day(2024, 7, 1)).rateBasisPoints == 1225);
    CHECK(table.periodAt(InterestKind::Commercial, day(2025, 3, 1)).rateBasisPoints == 1115);
    CHECK(table.periodAt(InterestKind::Consumer, day(2023, 6, 30)).rateBasisPoints == 400);
    CHECK(table.periodAt(InterestKind::Consumer, day(2023, 7, 1)).rateBasisPoints == 600);
    CHECK_FALSE(table.periodAt(InterestKind::Consumer, day(2025, 6, 30)).toVerify);
    CHECK(table.periodAt(InterestKind::Consumer, day(2025, 7, 1)).toVerify);
    // By the published method (Stb. 2014, 491): ECB 2.40% at the end of April 2025 + 2.25 = 4.65: 5%, not 6%.
    CHECK(table.periodAt(InterestKind::Consumer, day(2025, 7, 1)).rateBasisPoints == 500);
    CHECK(table.periodAt(InterestKind::Consumer, day(2026, 1, 1)).rateBasisPoints == 400);
    CHECK(commercial.back().until == day(2026, 6, 30));
    CHECK_THROWS_AS(table.periodAt(InterestKind::Commercial, day(2019, 12, 31)), ValidationError);
    CHECK_THROWS_AS(table.periodAt(InterestKind::Commercial, day(2026, 7, 1)), ValidationError);
    try {
        table.periodAt(InterestKind::Commercial, day(2026, 7, 1));
    } catch (const ValidationError &error) {
        CHECK(error.message().contains(QStringLiteral("2026-07-01")));
        CHECK(error.message().contains(QStringLiteral("2026-06-30")));
    }
}

TEST_CASE("interest: split at a rate change", "[legal][interest]")
{
    // Commercial, € 10,000.00, 2023-01-01 .. 2023-12-31 (365 days, not a leap year):
    //   2023-01-01..2023-06-30: 181 days at 10.5%: 10,000 x 0.105 x 181 / 365 = 520.6849 -> 520.68
    //   2023-07-01..2023-12-31: 184 days at 12%:   10,000 x 0.12  x 184 / 365 = 604.9315 -> 604.93
    //   total 1,125.61; the anniversary 2024-01-01 is after the last day: nothing compounded.
    const auto result = interest(InterestKind::Commercial, 1000000, day(2023, 1, 1), day(2023, 12, 31));
    REQUIRE(result.periods.size() == 2);
    checkLine(result.periods[0], day(2023, 1, 1), day(2023, 6, 30), 181, 365, 1050, 1000000, 52068);
    checkLine(result.periods[1], day(2023, 7, 1), day(2023, 12, 31), 184, 365, 1200, 1000000, 60493);
    CHECK(result.interest == eur(112561));
    CHECK(result.total == eur(1112561));
    CHECK(result.days == 365);
    CHECK(result.compoundedOn.empty());
    CHECK_FALSE(result.ratesToVerify);
}

TEST_CASE("interest: a leap year counts 366 days", "[legal][interest]")
{
    // Consumer, € 10,000.00, all of 2024 (leap year) at 7%:
    //   2024-01-01..2024-06-30: 182 days: 10,000 x 0.07 x 182 / 366 = 348.0874 -> 348.09
    //   2024-07-01..2024-12-31: 184 days: 10,000 x 0.07 x 184 / 366 = 351.9126 -> 351.91
    //   total 700.00: a full leap year is exactly one year of interest.
    const auto year = interest(InterestKind::Consumer, 1000000, day(2024, 1, 1), day(2024, 12, 31));
    REQUIRE(year.periods.size() == 2);
    checkLine(year.periods[0], day(2024, 1, 1), day(2024, 6, 30), 182, 366, 700, 1000000, 34809);
    checkLine(year.periods[1], day(2024, 7, 1), day(2024, 12, 31), 184, 366, 700, 1000000, 35191);
    CHECK(year.interest == eur(70000));

    // Across New Year into the leap year, commercial € 1,000.00, 2023-12-01 .. 2024-01-31:
    //   2023-12-01..2023-12-31: 31 days at 12%   / 365: 1,000 x 0.12  x 31 / 365 = 10.1918 -> 10.19
    //   2024-01-01..2024-01-31: 31 days at 12.5% / 366: 1,000 x 0.125 x 31 / 366 = 10.5874 -> 10.59
    //   total 20.78
    const auto across = interest(InterestKind::Commercial, 100000, day(2023, 12, 1), day(2024, 1, 31));
    REQUIRE(across.periods.size() == 2);
    checkLine(across.periods[0], day(2023, 12, 1), day(2023, 12, 31), 31, 365, 1200, 100000, 1019);
    checkLine(across.periods[1], day(2024, 1, 1), day(2024, 1, 31), 31, 366, 1250, 100000, 1059);
    CHECK(across.interest == eur(2078));
}

TEST_CASE("interest: compounded on each anniversary of the start of default", "[legal][interest]")
{
    SECTION("commercial, start 2023-07-01, to 2024-12-31")
    {
        // Year 1 (2023-07-01 .. 2024-06-30) on 10,000.00:
        //   2023-07-01..2023-12-31: 184 d at 12%    / 365: 10,000 x 0.12  x 184 / 365 = 604.9315 -> 604.93
        //   2024-01-01..2024-06-30: 182 d at 12.5%  / 366: 10,000 x 0.125 x 182 / 366 = 621.5847 -> 621.58
        //   year 1 interest 1,226.51 joins the principal on 2024-07-01: 11,226.51
        // Year 2:
        //   2024-07-01..2024-12-31: 184 d at 12.25% / 366: 11,226.51 x 0.1225 x 184 / 366 = 691.3812 -> 691.38
        // total 604.93 + 621.58 + 691.38 = 1,917.89
        const auto result = interest(InterestKind::Commercial, 1000000, day(2023, 7, 1), day(2024, 12, 31));
        REQUIRE(result.periods.size() == 3);
        checkLine(result.periods[0], day(2023, 7, 1), day(2023, 12, 31), 184, 365, 1200, 1000000, 60493);
        checkLine(result.periods[1], day(2024, 1, 1), day(2024, 6, 30), 182, 366, 1250, 1000000, 62158);
        checkLine(result.periods[2], day(2024, 7, 1), day(2024, 12, 31), 184, 366, 1225, 1122651, 69138);
        REQUIRE(result.compoundedOn.size() == 1);
        CHECK(result.compoundedOn[0] == day(2024, 7, 1));
        CHECK(result.interest == eur(191789));
    }
    SECTION("consumer, two full years from 2023-01-01")
    {
        // Year 1 on 5,000.00:
        //   2023-01-01..2023-06-30: 181 d at 4% / 365: 5,000 x 0.04 x 181 / 365 =  99.1781 ->  99.18
        //   2023-07-01..2023-12-31: 184 d at 6% / 365: 5,000 x 0.06 x 184 / 365 = 151.2329 -> 151.23
        //   principal from 2024-01-01: 5,000 + 250.41 = 5,250.41
        // Year 2 (leap):
        //   2024-01-01..2024-06-30: 182 d at 7% / 366: 5,250.41 x 0.07 x 182 / 366 = 182.7602 -> 182.76
        //   2024-07-01..2024-12-31: 184 d at 7% / 366: 5,250.41 x 0.07 x 184 / 366 = 184.7685 -> 184.77
        // total 99.18 + 151.23 + 182.76 + 184.77 = 617.94
        const auto result = interest(InterestKind::Consumer, 500000, day(2023, 1, 1), day(2024, 12, 31));
        REQUIRE(result.periods.size() == 4);
        checkLine(result.periods[0], day(2023, 1, 1), day(2023, 6, 30), 181, 365, 400, 500000, 9918);
        checkLine(result.periods[1], day(2023, 7, 1), day(2023, 12, 31), 184, 365, 600, 500000, 15123);
        checkLine(result.periods[2], day(2024, 1, 1), day(2024, 6, 30), 182, 366, 700, 525041, 18276);
        checkLine(result.periods[3], day(2024, 7, 1), day(2024, 12, 31), 184, 366, 700, 525041, 18477);
        CHECK(result.interest == eur(61794));
        // The second anniversary (2025-01-01) is after the last day: not compounded.
        REQUIRE(result.compoundedOn.size() == 1);
        CHECK(result.compoundedOn[0] == day(2024, 1, 1));
    }
    SECTION("an anniversary inside a rate period splits it")
    {
        // Commercial, 2,000.00 from 2024-03-15 to 2025-03-20:
        //   2024-03-15..2024-06-30: 108 d at 12.5%  / 366: 2,000 x 0.125  x 108 / 366 =  73.7705 ->  73.77
        //   2024-07-01..2024-12-31: 184 d at 12.25% / 366: 2,000 x 0.1225 x 184 / 366 = 123.1694 -> 123.17
        //   2025-01-01..2025-03-14:  73 d at 11.15% / 365: 2,000 x 0.1115 x  73 / 365 =  44.60   ->  44.60
        //   2025-03-15: principal 2,000 + 241.54 = 2,241.54
        //   2025-03-15..2025-03-20:   6 d at 11.15% / 365: 2,241.54 x 0.1115 x 6 / 365 = 4.1085 -> 4.11
        // total 245.65
        const auto result = interest(InterestKind::Commercial, 200000, day(2024, 3, 15), day(2025, 3, 20));
        REQUIRE(result.periods.size() == 4);
        checkLine(result.periods[0], day(2024, 3, 15), day(2024, 6, 30), 108, 366, 1250, 200000, 7377);
        checkLine(result.periods[1], day(2024, 7, 1), day(2024, 12, 31), 184, 366, 1225, 200000, 12317);
        checkLine(result.periods[2], day(2025, 1, 1), day(2025, 3, 14), 73, 365, 1115, 200000, 4460);
        checkLine(result.periods[3], day(2025, 3, 15), day(2025, 3, 20), 6, 365, 1115, 224154, 411);
        CHECK(result.interest == eur(24565));
    }
    SECTION("a year of default from 29 February ends on 28 February and compounds on 1 March")
    {
        // Commercial, 1,000.00 from 2024-02-29 to 2025-03-31. Year 1 is 2024-02-29 .. 2025-02-28:
        //   2024-02-29..2024-06-30: 123 d at 12.5%  / 366: 1,000 x 0.125  x 123 / 366 = 42.0082 -> 42.01
        //   2024-07-01..2024-12-31: 184 d at 12.25% / 366: 1,000 x 0.1225 x 184 / 366 = 61.5847 -> 61.58
        //   2025-01-01..2025-02-28:  59 d at 11.15% / 365: 1,000 x 0.1115 x  59 / 365 = 18.0233 -> 18.02
        //   2025-03-01: principal 1,000 + 121.61 = 1,121.61
        //   2025-03-01..2025-03-31:  31 d at 11.15% / 365: 1,121.61 x 0.1115 x 31 / 365 = 10.6215 -> 10.62
        // total 132.23 (compounding on 28 February instead would give 132.27)
        const auto result = interest(InterestKind::Commercial, 100000, day(2024, 2, 29), day(2025, 3, 31));
        REQUIRE(result.periods.size() == 4);
        checkLine(result.periods[0], day(2024, 2, 29), day(2024, 6, 30), 123, 366, 1250, 100000, 4201);
        checkLine(result.periods[1], day(2024, 7, 1), day(2024, 12, 31), 184, 366, 1225, 100000, 6158);
        checkLine(result.periods[2], day(2025, 1, 1), day(2025, 2, 28), 59, 365, 1115, 100000, 1802);
        checkLine(result.periods[3], day(2025, 3, 1), day(2025, 3, 31), 31, 365, 1115, 112161, 1062);
        REQUIRE(result.compoundedOn.size() == 1);
        CHECK(result.compoundedOn[0] == day(2025, 3, 1));
        CHECK(result.interest == eur(13223));
    }
}

TEST_CASE("interest: start of default per kind, and refused input", "[legal][interest]")
{
    // Art. 6:119a BW: the day after the due date; without an agreed date 30 days after receipt.
    CHECK(StatutoryInterest::commercialStart(day(2024, 2, 28)) == day(2024, 2, 29));
    CHECK(StatutoryInterest::commercialStartWithoutAgreedDate(day(2024, 1, 10)) == day(2024, 2, 10));
    // Art. 6:119 BW: the day after the deadline of the notice of default.
    CHECK(StatutoryInterest::consumerStart(day(2024, 12, 31)) == day(2025, 1, 1));

    const StatutoryInterest calculator(InterestRateTable::shipped());
    CHECK_THROWS_AS(calculator.compute(InterestKind::Consumer, eur(-1), day(2024, 1, 1), day(2024, 2, 1)),
                    ValidationError);
    CHECK_THROWS_AS(calculator.compute(InterestKind::Consumer, eur(100), day(2024, 2, 1), day(2024, 1, 1)),
                    ValidationError);
    CHECK_THROWS_AS(calculator.compute(InterestKind::Consumer, eur(100), day(2019, 12, 1), day(2020, 1, 31)),
                    ValidationError);
    CHECK_THROWS_AS(calculator.compute(InterestKind::Commercial, eur(100), day(2026, 6, 1), day(2026, 7, 1)),
                    ValidationError);
    // One day: the first day is the last.
    const auto oneDay = calculator.compute(InterestKind::Commercial, eur(36500000), day(2023, 3, 1), day(2023, 3, 1));
    CHECK(oneDay.days == 1);
    CHECK(oneDay.interest == eur(10500)); // 365,000 x 0.105 / 365 = 105.00
    CHECK(oneDay.ratesToVerify == false);
    CHECK(calculator.compute(InterestKind::Commercial, eur(100000), day(2025, 7, 1), day(2025, 7, 2)).ratesToVerify);
}

TEST_CASE("rate table: a user period laid over the shipped table", "[legal][interest]")
{
    InterestRateTable table = InterestRateTable::shipped();
    InterestRatePeriod period;
    period.from = day(2026, 7, 1);
    period.until = day(2026, 12, 31);
    period.rateBasisPoints = 1000;
    period.userAdded = true;
    table.addPeriod(InterestKind::Commercial, period);
    CHECK(table.periodAt(InterestKind::Commercial, day(2026, 8, 1)).rateBasisPoints == 1000);
    CHECK_THROWS_AS(table.periodAt(InterestKind::Consumer, day(2026, 8, 1)), ValidationError);

    // Correcting a "to verify" period inside the table splits the shipped one around it.
    InterestRatePeriod correction;
    correction.from = day(2025, 7, 1);
    correction.until = day(2025, 9, 30);
    correction.rateBasisPoints = 1015;
    table.addPeriod(InterestKind::Consumer, correction);
    CHECK(table.periodAt(InterestKind::Consumer, day(2025, 6, 30)).rateBasisPoints == 600);
    CHECK(table.periodAt(InterestKind::Consumer, day(2025, 8, 1)).rateBasisPoints == 1015);
    CHECK(table.periodAt(InterestKind::Consumer, day(2025, 10, 1)).rateBasisPoints == 500);
    CHECK(table.periodAt(InterestKind::Consumer, day(2025, 10, 1)).toVerify);

    InterestRatePeriod backwards;
    backwards.from = day(2027, 1, 2);
    backwards.until = day(2027, 1, 1);
    CHECK_THROWS_AS(table.addPeriod(InterestKind::Consumer, backwards), ValidationError);
}

TEST_CASE("rate table: user periods are stored in the database and merged", "[legal][interest][storage]")
{
    const dd::test::TempDir dir;
    auto database = Database::open(databaseLocation(dir, QStringLiteral("legal.sqlite")));
    LegalTableRepository repository(*database);
    CHECK(repository.interestPeriods().empty());

    InterestRatePeriod period;
    period.from = day(2026, 7, 1);
    period.until = day(2026, 12, 31);
    period.rateBasisPoints = 1015;
    period.source = QStringLiteral("Staatscourant 2026");
    repository.addInterestPeriod(InterestKind::Commercial, period);
    period.rateBasisPoints = 1025; // the same first day again replaces the earlier entry
    repository.addInterestPeriod(InterestKind::Commercial, period);
    REQUIRE(repository.interestPeriods().size() == 1);
    CHECK(repository.interestPeriods()[0].second.userAdded);

    const InterestRateTable merged = repository.interestRates();
    const auto &found = merged.periodAt(InterestKind::Commercial, day(2026, 9, 1));
    CHECK(found.rateBasisPoints == 1025);
    CHECK(found.source == QStringLiteral("Staatscourant 2026"));
    CHECK(found.userAdded);

    // Reopened: still there.
    database.reset();
    database = Database::open(databaseLocation(dir, QStringLiteral("legal.sqlite")));
    CHECK(LegalTableRepository(*database).interestRates().periodAt(InterestKind::Commercial, day(2026, 12, 31)).rateBasisPoints
          == 1025);

    InterestRatePeriod invalid = period;
    invalid.rateBasisPoints = -5;
    CHECK_THROWS_AS(LegalTableRepository(*database).addInterestPeriod(InterestKind::Consumer, invalid), ValidationError);
}

TEST_CASE("percentages convert exactly", "[legal]")
{
    CHECK(Percentage::parseBasisPoints(u"12.25") == 1225);
    CHECK(Percentage::parseBasisPoints(u"10,5") == 1050);
    CHECK(Percentage::parseBasisPoints(u"8") == 800);
    CHECK(Percentage::parseBasisPoints(u"0.5%") == 50);
    CHECK_FALSE(Percentage::parseBasisPoints(u"1.234").has_value());
    CHECK_FALSE(Percentage::parseBasisPoints(u"-1").has_value());
    CHECK_FALSE(Percentage::parseBasisPoints(u"").has_value());
    CHECK(Percentage::format(1225) == QStringLiteral("12.25"));
    CHECK(Percentage::format(1050, NumberStyle::Dutch) == QStringLiteral("10,5"));
    CHECK(Percentage::format(800) == QStringLiteral("8"));
}
