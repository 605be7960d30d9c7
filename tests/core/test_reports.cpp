// Report figures on the hand-made data set of test_reports_fixture.h; every expected value is
// worked out by hand in the comments.

#include "CoreTestSupport.h"
#include "test_reports_fixture.h"

#include "common/ValidationError.h"
#include "reports/DashboardService.h"
#include "reports/DisputeReport.h"
#include "reports/DsoCountback.h"
#include "reports/ReceivablesReport.h"

using namespace dd;
using namespace dd::test;

namespace {

const DisputeReportData::StepRow &stepRow(const DisputeReportData &data, const QString &step)
{
    for (const auto &row : data.openBySteps) {
        if (row.step == step)
            return row;
    }
    FAIL("no step " << step.toStdString());
    return data.openBySteps.front();
}

const DisputeReportData::OutcomeRow &outcomeRow(const DisputeReportData &data, const QString &outcome)
{
    for (const auto &row : data.outcomes) {
        if (row.outcome == outcome)
            return row;
    }
    FAIL("no outcome " << outcome.toStdString());
    return data.outcomes.front();
}

const ReceivablesRow &customerRow(const ReceivablesReportData &data, const QString &number)
{
    for (const auto &row : data.customers) {
        if (row.customerNumber == number)
            return row;
    }
    FAIL("no customer " << number.toStdString());
    return data.customers.front();
}

} // namespace

TEST_CASE("Dispute report for March 2026", "[reports]")
{
    ReportFixture f;
    const auto data = DisputeReport(*f.db).compute(day(2026, 3, 1), day(2026, 3, 31), day(2026, 3, 31));

    // Received in March: D1, D2, D3, D5, D6 (D4 in January, D7 in February).
    CHECK(data.opened == 5);
    // EUR amounts: 400 + 500 + 100 + 50; D6 is in USD: counted, amount left out.
    CHECK(data.openedAmountCents == 105000);
    CHECK(data.otherCurrencyCases == 1);
    // Closed in March: D1 (03-20), D5 (03-30); D7 closed in February.
    CHECK(data.closed == 2);

    SECTION("open cases per step and age on 03-31")
    {
        // D2 resolve, 21 days; D3 hear, 6 days; D4 verify, 75 days; D6 decide, 19 days.
        CHECK(data.openOnAsOf == 4);
        REQUIRE(data.openBySteps.size() == 5);
        CHECK(data.openBySteps[0].step == QStringLiteral("hear"));
        CHECK(data.openBySteps[4].step == QStringLiteral("learn"));
        CHECK(stepRow(data, QStringLiteral("hear")).byAge == std::array<int, 5>{1, 0, 0, 0, 0});
        CHECK(stepRow(data, QStringLiteral("verify")).byAge == std::array<int, 5>{0, 0, 0, 1, 0});
        CHECK(stepRow(data, QStringLiteral("decide")).byAge == std::array<int, 5>{0, 1, 0, 0, 0});
        CHECK(stepRow(data, QStringLiteral("resolve")).byAge == std::array<int, 5>{0, 1, 0, 0, 0});
        CHECK(stepRow(data, QStringLiteral("learn")).total == 0);
        // Only D4 is unanswered past its promised date (01-22); D3's is 04-01.
        CHECK(data.pastPromisedDate == 1);
        // Answered in March after the promise: D2 (03-20 > 03-17).
        CHECK(data.answeredLate == 1);
    }

    SECTION("days to first response and to close")
    {
        // Answered in March: D1 3 days, D2 10, D5 1, D6 0 -> average 14/4 = 3.5, median (1+3)/2 = 2.
        CHECK(data.firstResponse.cases == 4);
        CHECK(data.firstResponse.averageTenths == 35);
        CHECK(data.firstResponse.medianTenths == 20);
        // Closed in March: D1 18 days, D5 15 -> average and median 16.5.
        CHECK(data.toClose.cases == 2);
        CHECK(data.toClose.averageTenths == 165);
        CHECK(data.toClose.medianTenths == 165);
    }

    SECTION("reasons as a Pareto")
    {
        // invoice-error 3 cases (400 + 500 EUR), then quality and delivery with one case each:
        // the tie is broken by amount, quality (100) before delivery (50).
        REQUIRE(data.pareto.size() == 3);
        CHECK(data.pareto[0].reason == QStringLiteral("invoice-error"));
        CHECK(data.pareto[0].cases == 3);
        CHECK(data.pareto[0].amountCents == 90000);
        CHECK(data.pareto[1].reason == QStringLiteral("quality"));
        CHECK(data.pareto[2].reason == QStringLiteral("delivery"));
        // Shares of 5 cases: 60%, 20%, 20%; cumulative 60%, 80%, 100%.
        CHECK(data.pareto[0].shareBp == 6000);
        CHECK(data.pareto[1].shareBp == 2000);
        CHECK(data.pareto[0].cumulativeBp == 6000);
        CHECK(data.pareto[1].cumulativeBp == 8000);
        CHECK(data.pareto[2].cumulativeBp == 10000);
        // Amount shares of 1050: 900 -> 85.714% = 8571 bp, 100 -> 952 bp (cumulative 1000/1050 = 9524),
        // 50 -> 476 bp (cumulative 10000).
        CHECK(data.pareto[0].amountShareBp == 8571);
        CHECK(data.pareto[1].amountShareBp == 952);
        CHECK(data.pareto[1].cumulativeAmountBp == 9524);
        CHECK(data.pareto[2].amountShareBp == 476);
        CHECK(data.pareto[2].cumulativeAmountBp == 10000);
        for (size_t i = 1; i < data.pareto.size(); ++i)
            CHECK(data.pareto[i - 1].cases >= data.pareto[i].cases);
    }

    SECTION("organisational vs product-technical")
    {
        // Organisational: invoice-error 3 + delivery 1 = 4 (80%); product-technical: quality 1 (20%).
        REQUIRE(data.classes.size() == 2);
        CHECK(data.classes[0].reasonClass == QStringLiteral("organisational"));
        CHECK(data.classes[0].cases == 4);
        CHECK(data.classes[0].shareBp == 8000);
        CHECK(data.classes[0].referenceBp == 9600);
        CHECK(data.classes[0].amountCents == 95000);
        CHECK(data.classes[1].cases == 1);
        CHECK(data.classes[1].shareBp == 2000);
        CHECK(data.classes[1].referenceBp == 400);
        CHECK(data.classes[1].amountCents == 10000);
    }

    SECTION("outcomes with amounts")
    {
        REQUIRE(data.outcomes.size() == 5);
        const auto &credited = outcomeRow(data, QStringLiteral("credited"));
        CHECK(credited.cases == 1);
        CHECK(credited.disputedCents == 40000);
        CHECK(credited.creditedCents == 20000);
        const auto &goodwill = outcomeRow(data, QStringLiteral("written-off"));
        CHECK(goodwill.cases == 1);
        CHECK(goodwill.goodwillCents == 5000);
        CHECK(outcomeRow(data, QStringLiteral("paid")).cases == 0); // D7 closed in February
        CHECK(outcomeRow(data, QStringLiteral("collected")).cases == 0);
        CHECK(outcomeRow(data, QStringLiteral("lost")).cases == 0);
    }

    SECTION("top customers, products, lessons, months")
    {
        // Bravo 500 (D2; D6 is USD), Alfa 400 + 50, Charlie 100.
        REQUIRE(data.topCustomers.size() == 3);
        CHECK(data.topCustomers[0].number == QStringLiteral("C2"));
        CHECK(data.topCustomers[0].cases == 2);
        CHECK(data.topCustomers[0].disputedCents == 50000);
        CHECK(data.topCustomers[1].number == QStringLiteral("C1"));
        CHECK(data.topCustomers[1].disputedCents == 45000);
        CHECK(data.topCustomers[2].number == QStringLiteral("C3"));
        // Pump A: complaints from C1, C2 and C3 in March.
        REQUIRE(data.repeatedProducts.size() == 1);
        CHECK(data.repeatedProducts[0].productCode == QStringLiteral("PA"));
        CHECK(data.repeatedProducts[0].complainingCustomers == 3);
        // Lessons recorded in March: D1 (Sales, 03-18), D5 (Logistics, 03-29); D7's was in February.
        REQUIRE(data.lessons.size() == 2);
        CHECK(data.lessons[0].department == QStringLiteral("Logistics"));
        CHECK(data.lessons[0].caseNumber == QStringLiteral("D5"));
        CHECK(data.lessons[0].recordedOn == day(2026, 3, 29));
        CHECK(data.lessons[1].caseNumber == QStringLiteral("D1"));
        REQUIRE(data.lessonsByDepartment.size() == 2);
        CHECK(data.lessonsByDepartment[0].lessons == 1);
        REQUIRE(data.months.size() == 1);
        CHECK(data.months[0].opened == 5);
        CHECK(data.months[0].closed == 2);
    }
}

TEST_CASE("Dispute report: steps as the audit trail had them on an earlier as-of date", "[reports]")
{
    ReportFixture f;
    // On 03-16: D2 had been moved to decide (03-15) but not yet to resolve (03-20); D1 was in hear.
    const auto data = DisputeReport(*f.db).compute(day(2026, 3, 1), day(2026, 3, 16), day(2026, 3, 16));
    CHECK(stepRow(data, QStringLiteral("decide")).total == 2); // D2 (audit), D6 (no audit: its step)
    CHECK(stepRow(data, QStringLiteral("hear")).total == 1);   // D1
    CHECK(stepRow(data, QStringLiteral("resolve")).total == 0);
    // Open on 03-16: D1, D2, D4, D5 (closed 03-30), D6.
    CHECK(data.openOnAsOf == 5);
    // Two months touched: 2026-03 only; the period 03-01..03-16 gives one row.
    CHECK(data.months.size() == 1);
}

TEST_CASE("Dispute report: an empty period", "[reports]")
{
    ReportFixture f;
    const auto data = DisputeReport(*f.db).compute(day(2025, 6, 1), day(2025, 7, 31), day(2025, 7, 31));
    CHECK(data.opened == 0);
    CHECK(data.closed == 0);
    CHECK(data.openOnAsOf == 0);
    CHECK(data.pareto.empty());
    CHECK(data.classes[0].shareBp == 0);
    CHECK(data.classes[1].shareBp == 0);
    CHECK(data.firstResponse.cases == 0);
    CHECK(data.firstResponse.averageTenths == 0);
    CHECK(data.toClose.medianTenths == 0);
    CHECK(data.outcomes.size() == 5);
    CHECK(data.openBySteps.size() == 5);
    CHECK(data.topCustomers.empty());
    CHECK(data.lessons.empty());
    CHECK(data.repeatedProducts.empty());
    REQUIRE(data.months.size() == 2); // June and July
    CHECK(data.months[1].month == 7);
    CHECK(data.months[1].opened == 0);
}

TEST_CASE("Dispute report: a period with a single case", "[reports]")
{
    ReportFixture f;
    // 2026-01-01..2026-01-31: only D4 was received (01-15), and nothing else happened.
    const auto data = DisputeReport(*f.db).compute(day(2026, 1, 1), day(2026, 1, 31), day(2026, 1, 31));
    CHECK(data.opened == 1);
    REQUIRE(data.pareto.size() == 1);
    CHECK(data.pareto[0].reason == QStringLiteral("price-too-high"));
    CHECK(data.pareto[0].shareBp == 10000);
    CHECK(data.pareto[0].cumulativeBp == 10000);
    CHECK(data.pareto[0].amountCents == 20000);
    CHECK(data.pareto[0].cumulativeAmountBp == 10000);
    CHECK(data.classes[0].shareBp == 10000);
    CHECK(data.classes[1].shareBp == 0);
    CHECK(data.openOnAsOf == 1);
    CHECK(stepRow(data, QStringLiteral("verify")).byAge == std::array<int, 5>{0, 1, 0, 0, 0}); // 16 days
    CHECK(data.pastPromisedDate == 1); // promised 01-22, unanswered on 01-31
    CHECK(data.firstResponse.cases == 0);
    REQUIRE(data.topCustomers.size() == 1);
    CHECK(data.topCustomers[0].number == QStringLiteral("C4"));
}

TEST_CASE("Dispute report refuses a period that ends before it starts", "[reports]")
{
    ReportFixture f;
    CHECK_THROWS_AS(DisputeReport(*f.db).compute(day(2026, 3, 31), day(2026, 3, 1), day(2026, 3, 31)), ValidationError);
}

TEST_CASE("Duration statistics: average half up, median of an even count", "[reports]")
{
    CHECK(DisputeReport::durationStats({}).cases == 0);
    const auto one = DisputeReport::durationStats({7});
    CHECK(one.averageTenths == 70);
    CHECK(one.medianTenths == 70);
    // 1, 2, 2 -> average 5/3 = 1.666.. -> 1.7; median 2.
    const auto three = DisputeReport::durationStats({2, 1, 2});
    CHECK(three.averageTenths == 17);
    CHECK(three.medianTenths == 20);
    // 1, 2 -> 1.5 (a half rounds up at the next decimal only: 15 tenths exactly).
    CHECK(DisputeReport::durationStats({2, 1}).medianTenths == 15);
}

TEST_CASE("DSO by the countback method", "[reports]")
{
    // Receivables 150, most recent month 30 days with sales 100, the one before 31 days with sales
    // 100: the first month is used up (30 days, 50 left), the second adds 31 x 50/100 = 15.5 days:
    // DSO = 45.5 days.
    CHECK(DsoCountback::compute(15000, {{30, 10000}, {31, 10000}}).tenths == 455);
    // Less open than the last month's sales: 30 x 25/100 = 7.5.
    CHECK(DsoCountback::compute(2500, {{30, 10000}}).tenths == 75);
    // A month without sales counts in full.
    CHECK(DsoCountback::compute(5000, {{31, 0}, {28, 10000}}).tenths == 310 + 140);
    // Nothing open: 0; more open than all sales: the days of every month, capped.
    CHECK(DsoCountback::compute(0, {{30, 100}}).tenths == 0);
    const auto capped = DsoCountback::compute(50000, {{30, 100}, {31, 100}});
    CHECK(capped.capped);
    CHECK(capped.tenths == 610);
}

TEST_CASE("Receivables report as of 2026-03-31", "[reports]")
{
    ReportFixture f;
    const ReceivablesReport report(*f.db);
    const auto data = report.compute(day(2026, 3, 31));

    // Alfa: I1 1000 - 300 = 700 due 03-03 (28 days: 1-30), I5 100 not due; I7 paid. No open dispute
    // (D1 and D5 are closed). Days to pay over the year: P1 300 after 52 days, P4 200 after 20:
    // (300 x 52 + 200 x 20) / 500 = 39.2.
    const auto &alfa = customerRow(data, QStringLiteral("C1"));
    CHECK(alfa.openCents == 80000);
    CHECK(alfa.bucketCents[0] == 10000);
    CHECK(alfa.bucketCents[1] == 70000);
    CHECK(alfa.disputedCents == 0);
    CHECK(alfa.undisputedCents == 80000);
    REQUIRE(alfa.averageDaysToPayTenths.has_value());
    CHECK(*alfa.averageDaysToPayTenths == 392);
    // Bravo: I2 500 (1-30), all of it in D2.
    const auto &bravo = customerRow(data, QStringLiteral("C2"));
    CHECK(bravo.currency == QStringLiteral("EUR"));
    CHECK(bravo.openCents == 50000);
    CHECK(bravo.disputedCents == 50000);
    CHECK(bravo.undisputedCents == 0);
    CHECK_FALSE(bravo.averageDaysToPayTenths.has_value());
    // Charlie: I3 300 still open on 03-31 (paid 04-05), 100 of it in D3.
    const auto &charlie = customerRow(data, QStringLiteral("C3"));
    CHECK(charlie.openCents == 30000);
    CHECK(charlie.disputedCents == 10000);
    CHECK(charlie.undisputedCents == 20000);
    // Delta: I4 200 - 50 = 150 (55 days: 31-60); D4 disputes 200, capped at the 150 open.
    const auto &delta = customerRow(data, QStringLiteral("C4"));
    CHECK(delta.bucketCents[2] == 15000);
    CHECK(delta.disputedCents == 15000);
    CHECK(delta.undisputedCents == 0);
    CHECK(*delta.averageDaysToPayTenths == 640); // P2: 01-05 to 03-10

    REQUIRE(data.totals.size() == 2);
    const auto &eur = data.totals[0];
    CHECK(eur.currency == QStringLiteral("EUR"));
    CHECK(eur.openCents == 175000);
    CHECK(eur.overdueCents == 135000);
    CHECK(eur.disputedCents == 75000);
    CHECK(eur.undisputedCents == 100000);
    // Countback: March (31 days) sales I3 + I5 = 400 of 1750 open -> 31 days, 1350 left;
    // February (28 days) sales I1 + I2 = 1500 -> 28 x 1350/1500 = 25.2. DSO = 56.2.
    CHECK(eur.dso.tenths == 562);
    CHECK_FALSE(eur.dso.capped);
    const auto &usd = data.totals[1];
    CHECK(usd.currency == QStringLiteral("USD"));
    CHECK(usd.disputedCents == 7000);
    CHECK(usd.dso.tenths == 310); // 70 open of 70 sold in March: all 31 days
}

TEST_CASE("Dashboard figures", "[reports]")
{
    ReportFixture f;
    const auto figures = DashboardService(*f.db).compute(day(2026, 3, 31));
    CHECK(figures.currency == QStringLiteral("EUR"));
    CHECK(figures.openCents == 175000);
    CHECK(figures.overdueCents == 135000);
    CHECK(figures.disputedCents == 75000);
    CHECK(figures.dsoTenths == 562);
    CHECK(figures.openCases == 4);
    CHECK(figures.casesPastResponseDate == 1);

    // Before anything happened: all zero.
    const auto early = DashboardService(*f.db).compute(day(2025, 1, 1));
    CHECK(early.openCents == 0);
    CHECK(early.dsoTenths == 0);
    CHECK(early.openCases == 0);
}
