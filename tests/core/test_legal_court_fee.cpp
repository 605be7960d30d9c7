#include "CoreTestSupport.h"

#include "TempDir.h"
#include "TestDatabase.h"
#include "common/ValidationError.h"
#include "legal/CourtFeeTable.h"
#include "legal/LegalTableRepository.h"

using namespace dd;
using dd::test::day;
using dd::test::eur;

TEST_CASE("court fee: the 2024 brackets for organisations and persons", "[legal][court-fee]")
{
    const CourtFeeTable table = CourtFeeTable::shipped();
    const Date filed = day(2024, 6, 1);
    struct Case
    {
        qint64 claim;
        qint64 organisation;
        qint64 person;
    };
    // DOMAIN-NL.md §4, each bracket at its upper bound and one cent above it.
    const Case cases[] = {
        {1, 13000, 8700},          {50000, 13000, 8700},      {50001, 32800, 21800},
        {150000, 32800, 21800},    {150001, 37200, 24800},    {250000, 37200, 24800},
        {250001, 49600, 24800},    {500000, 49600, 24800},    {500001, 52400, 24800},
        {1250000, 52400, 24800},   {1250001, 140900, 70600},  {2500000, 140900, 70600},
    };
    for (const Case &c : cases) {
        INFO("claim " << eur(c.claim).toPlain().toStdString());
        CHECK(table.fee(eur(c.claim), CourtFeeParty::Organisation, filed).fee == eur(c.organisation));
        CHECK(table.fee(eur(c.claim), CourtFeeParty::Person, filed).fee == eur(c.person));
    }
    const auto result = table.fee(eur(150001), CourtFeeParty::Person, filed);
    CHECK(result.bracketFromCents == 150000);
    CHECK(result.bracketToCents == 250000);
    CHECK(result.tableFrom == day(2024, 1, 1));
    CHECK(result.toVerify); // the shipped table is marked "to verify"
    CHECK_FALSE(table.fee(eur(1250001), CourtFeeParty::Person, filed).bracketToCents.has_value());
}

TEST_CASE("court fee: dates and claims outside the table", "[legal][court-fee]")
{
    const CourtFeeTable table = CourtFeeTable::shipped();
    CHECK_THROWS_AS(table.fee(eur(10000), CourtFeeParty::Person, day(2023, 12, 31)), ValidationError);
    // Above € 25,000 the rechtbank is competent: not in the kantonrechter table.
    CHECK_THROWS_AS(table.fee(eur(2500001), CourtFeeParty::Person, day(2024, 6, 1)), ValidationError);
    CHECK_THROWS_AS(table.fee(eur(0), CourtFeeParty::Person, day(2024, 6, 1)), ValidationError);
    // 2025 is not known here: the 2024 table applies, marked "to verify".
    const CourtFeeResult in2025 = table.fee(eur(10000), CourtFeeParty::Organisation, day(2025, 6, 1));
    CHECK(in2025.fee == eur(13000));
    CHECK(in2025.toVerify);
}

TEST_CASE("court fee: the 2026 table, to verify, and the claimant with little income", "[legal][court-fee]")
{
    const CourtFeeTable table = CourtFeeTable::shipped();
    // It used to give the 2024 fee of 372.00 for every later date; 2026 is 397.00 (secondary source).
    const CourtFeeResult organisation = table.fee(eur(200000), CourtFeeParty::Organisation, day(2026, 6, 1));
    CHECK(organisation.fee == eur(39700));
    CHECK(organisation.tableFrom == day(2026, 1, 1));
    CHECK(organisation.toVerify);
    CHECK(organisation.source.contains(QStringLiteral("to verify")));
    CHECK(table.fee(eur(50000), CourtFeeParty::Person, day(2026, 6, 1)).fee == eur(9300));
    CHECK(table.fee(eur(1300000), CourtFeeParty::Organisation, day(2026, 6, 1)).fee == eur(150400));
    // A natural person with little income pays the lowest fee whatever the claim: 87.00 in 2024;
    // for 2026 the table does not know it and says so instead of guessing.
    CHECK(table.fee(eur(2000000), CourtFeeParty::LowIncome, day(2024, 6, 1)).fee == eur(8700));
    CHECK_THROWS_WITH(table.fee(eur(2000000), CourtFeeParty::LowIncome, day(2026, 6, 1)), Catch::Contains("little income"));
    CHECK(CourtFeeTable::parseParty(u"low-income") == CourtFeeParty::LowIncome);
    CHECK(CourtFeeTable::partyCode(CourtFeeParty::LowIncome) == QStringLiteral("low-income"));
}

TEST_CASE("court fee: a newer period from the database replaces the shipped one from its date", "[legal][court-fee][storage]")
{
    const dd::test::TempDir dir;
    auto database = Database::open(databaseLocation(dir, QStringLiteral("fees.sqlite")));
    LegalTableRepository repository(*database);
    CourtFeePeriod period;
    period.from = day(2025, 1, 1);
    period.source = QStringLiteral("user");
    period.brackets = {{100000, 14000, 9000}, {std::nullopt, 150000, 75000}};
    repository.addCourtFeePeriod(period);
    REQUIRE(repository.courtFeePeriods().size() == 1);
    CHECK(repository.courtFeePeriods()[0].brackets.size() == 2);

    const CourtFeeTable merged = repository.courtFees();
    CHECK(merged.fee(eur(90000), CourtFeeParty::Person, day(2024, 12, 31)).fee == eur(21800)); // 2024 table
    const auto newer = merged.fee(eur(90000), CourtFeeParty::Person, day(2025, 1, 1));
    CHECK(newer.fee == eur(9000));
    CHECK(newer.source == QStringLiteral("user"));
    CHECK_FALSE(newer.toVerify);
    CHECK(merged.fee(eur(2000000), CourtFeeParty::Organisation, day(2025, 1, 1)).fee == eur(150000));

    CourtFeePeriod unordered = period;
    unordered.brackets = {{100000, 1, 1}, {50000, 2, 2}};
    CHECK_THROWS_AS(repository.addCourtFeePeriod(unordered), ValidationError);
}
