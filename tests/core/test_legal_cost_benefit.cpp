#include "CoreTestSupport.h"

#include "common/ValidationError.h"
#include "legal/CostBenefitAssessment.h"
#include "legal/CostBenefitTable.h"

using namespace dd;
using dd::test::eur;

namespace {

CostBenefitInput baseInput()
{
    CostBenefitInput input;
    input.principal = eur(100000);           // 1,000.00
    input.interestToDate = eur(5000);        //    50.00
    input.collectionCosts = eur(15000);      //   150.00
    input.courtFee = eur(32800);             //   328.00
    input.summonsCosts = eur(11000);         //   110.00
    input.representativeCosts = eur(30000);  //   300.00
    input.recoveryProbabilityBasisPoints = 8000;
    input.monthsToJudgment = 6;
    input.yearlyRevenue = eur(0);
    input.relationshipLossBasisPoints = 2000;
    input.yearlyCostOfCapitalBasisPoints = 800;
    return input;
}

} // namespace

TEST_CASE("cost-benefit: the numbers behind the recommendation", "[legal][cost-benefit]")
{
    // awarded = 1,000 + 50 + 150 + 328 + 110 = 1,638.00
    // expected recovery = 1,638.00 x 80% = 1,310.40
    // waiting = 1,310.40 x 8% x 6 / 12 = 52.416 -> 52.42
    // outlay = 328 + 110 + 300 = 738.00
    // relationship = 0 x 20% = 0
    // net gain of legal = 1,310.40 - 52.42 - 738.00 - 0 = 519.98 -> go to court
    // break-even: 738.00 / (1,638.00 x (1 - 0.08 x 6 / 12)) = 738 / 1,572.48 = 46.93%
    const CostBenefitInput input = baseInput();
    const auto result = CostBenefitAssessment::assess(input);
    CHECK(result.claimAwarded == eur(163800));
    CHECK(result.expectedRecovery == eur(131040));
    CHECK(result.waitingCost == eur(5242));
    CHECK(result.outlay == eur(73800));
    CHECK(result.relationshipLoss == eur(0));
    CHECK(result.netGainOfLegal == eur(51998));
    CHECK(result.goodwillNet == eur(0));
    CHECK(result.breakEvenProbabilityBasisPoints == 4693);
    CHECK(result.recommendation == CostBenefitAssessment::Recommendation::Legal);
    const QString text = CostBenefitAssessment::recommendationText(input, result, NumberStyle::English);
    CHECK(text.startsWith(QStringLiteral("Go to court.")));
    CHECK(text.contains(QStringLiteral("€519.98")));
    CHECK(text.contains(QStringLiteral("46.93%")));
    const QString dutchNumbers = CostBenefitAssessment::recommendationText(input, result, NumberStyle::Dutch);
    CHECK(dutchNumbers.contains(QStringLiteral("€ 519,98")));
}

TEST_CASE("cost-benefit: the recommendation flips with probability and costs", "[legal][cost-benefit]")
{
    SECTION("a low chance of recovery")
    {
        // 1,638.00 x 30% = 491.40; waiting 491.40 x 4% = 19.656 -> 19.66;
        // 491.40 - 19.66 - 738.00 = -266.26 -> goodwill
        CostBenefitInput input = baseInput();
        input.recoveryProbabilityBasisPoints = 3000;
        const auto result = CostBenefitAssessment::assess(input);
        CHECK(result.netGainOfLegal == eur(-26626));
        CHECK(result.recommendation == CostBenefitAssessment::Recommendation::Goodwill);
        CHECK(CostBenefitAssessment::recommendationText(input, result, NumberStyle::English)
                  .startsWith(QStringLiteral("Consider goodwill.")));
        // Just above and just below the break-even point of 46.93%.
        input.recoveryProbabilityBasisPoints = 4700;
        CHECK(CostBenefitAssessment::assess(input).recommendation == CostBenefitAssessment::Recommendation::Legal);
        input.recoveryProbabilityBasisPoints = 4690;
        CHECK(CostBenefitAssessment::assess(input).recommendation == CostBenefitAssessment::Recommendation::Goodwill);
    }
    SECTION("higher representative costs")
    {
        // outlay 328 + 110 + 900 = 1,338.00: 1,310.40 - 52.42 - 1,338.00 = -80.02 -> goodwill
        CostBenefitInput input = baseInput();
        input.representativeCosts = eur(90000);
        const auto result = CostBenefitAssessment::assess(input);
        CHECK(result.netGainOfLegal == eur(-8002));
        CHECK(result.recommendation == CostBenefitAssessment::Recommendation::Goodwill);
    }
    SECTION("a valuable customer relationship")
    {
        // 5,000.00 yearly revenue x 20% = 1,000.00 at stake: 519.98 - 1,000.00 = -480.02
        CostBenefitInput input = baseInput();
        input.yearlyRevenue = eur(500000);
        const auto result = CostBenefitAssessment::assess(input);
        CHECK(result.relationshipLoss == eur(100000));
        CHECK(result.netGainOfLegal == eur(-48002));
        CHECK(result.recommendation == CostBenefitAssessment::Recommendation::Goodwill);
    }
    SECTION("costs that even a certain recovery does not cover")
    {
        CostBenefitInput input = baseInput();
        input.representativeCosts = eur(500000);
        const auto result = CostBenefitAssessment::assess(input);
        CHECK(result.breakEvenProbabilityBasisPoints == -1);
        CHECK(CostBenefitAssessment::recommendationText(input, result, NumberStyle::English)
                  .contains(QStringLiteral("Even a certain recovery")));
    }
}

TEST_CASE("cost-benefit: refused input", "[legal][cost-benefit]")
{
    CostBenefitInput input = baseInput();
    input.recoveryProbabilityBasisPoints = 10001;
    CHECK_THROWS_AS(CostBenefitAssessment::assess(input), ValidationError);
    input = baseInput();
    input.courtFee = Money(32800, QStringLiteral("USD"));
    CHECK_THROWS_AS(CostBenefitAssessment::assess(input), ValidationError);
    input = baseInput();
    input.summonsCosts = eur(-1);
    CHECK_THROWS_AS(CostBenefitAssessment::assess(input), ValidationError);
    input = baseInput();
    input.monthsToJudgment = -1;
    CHECK_THROWS_AS(CostBenefitAssessment::assess(input), ValidationError);
}

TEST_CASE("cost-benefit: the default probability from the payment history", "[legal][cost-benefit]")
{
    CHECK(CostBenefitAssessment::defaultProbabilityBasisPoints(0, 0) == 5000);          // no history
    CHECK(CostBenefitAssessment::defaultProbabilityBasisPoints(300000, 240000) == 8000); // paid 2,400 of 3,000
    CHECK(CostBenefitAssessment::defaultProbabilityBasisPoints(300000, 100000) == 3333); // 33.333% -> 33.33%
    CHECK(CostBenefitAssessment::defaultProbabilityBasisPoints(300000, 300000) == 9500); // never certain
    CHECK(CostBenefitAssessment::defaultProbabilityBasisPoints(300000, 0) == 500);
}

namespace {

// The items of each block of the table, summed in cents, against the line that closes the block.
void checkTableAddsUp(const QList<CostBenefitTable::Line> &lines)
{
    using Kind = CostBenefitTable::Line::Kind;
    qint64 block = 0;
    int closed = 0;
    for (const CostBenefitTable::Line &line : lines) {
        if (line.kind == Kind::Item) {
            block += line.amount.cents();
            continue;
        }
        INFO(line.code.toStdString());
        CHECK(line.amount.cents() == block);
        block = 0;
        ++closed;
    }
    CHECK(closed == 2);
    CHECK(lines.constLast().kind == Kind::Total);
}

qint64 amountOf(const QList<CostBenefitTable::Line> &lines, const QString &code)
{
    for (const CostBenefitTable::Line &line : lines) {
        if (line.code == code)
            return line.amount.cents();
    }
    FAIL("no line " << code.toStdString());
    return 0;
}

} // namespace

TEST_CASE("cost-benefit table: the rows on screen add up to the result, in cents", "[legal][cost-benefit][issue19]")
{
    // Before issue 19 the waiting, representative and relationship figures were only in the text:
    // the table's rows did not add up to the net result it showed.
    CostBenefitInput input = baseInput();
    input.yearlyRevenue = eur(1234567); // 12,345.67 x 20% = 2,469.134 -> 2,469.13
    input.recoveryProbabilityBasisPoints = 3333; // 1,638.00 x 33.33% = 545.9454 -> 545.95
    const auto result = CostBenefitAssessment::assess(input);
    const auto lines = CostBenefitTable::lines(input, result, NumberStyle::English);
    checkTableAddsUp(lines);
    CHECK(amountOf(lines, QStringLiteral("claim_awarded")) == 163800);
    CHECK(amountOf(lines, QStringLiteral("expected_recovery")) == 54595);
    // 545.95 x 8% x 6 / 12 = 21.838 -> 21.84
    CHECK(amountOf(lines, QStringLiteral("waiting")) == -2184);
    CHECK(amountOf(lines, QStringLiteral("representative")) == -30000);
    CHECK(amountOf(lines, QStringLiteral("relationship")) == -246913);
    // 545.95 - 21.84 - 328 - 110 - 300 - 2,469.13 = -2,683.02
    CHECK(amountOf(lines, QStringLiteral("net_gain")) == -268302);
    CHECK(result.netGainOfLegal == eur(-268302));
    CHECK(lines.at(6).label == QStringLiteral("Expected recovery: 33.33% of €1,638.00"));
    // "month(s)" becomes "months" through the English catalogue's plural forms, not loaded here.
    CHECK(lines.at(7).label.startsWith(QStringLiteral("Waiting 6 month")));
    CHECK(lines.at(7).label.endsWith(QStringLiteral(" at 8% cost of capital a year")));
}

TEST_CASE("cost-benefit table: a case in another currency stays in it", "[legal][cost-benefit][issue19]")
{
    CostBenefitInput input;
    const QString usd = QStringLiteral("USD");
    input.principal = Money(77777, usd);
    input.interestToDate = Money(1111, usd);
    input.collectionCosts = Money(11667, usd);
    input.courtFee = Money(13301, usd);
    input.summonsCosts = Money(12101, usd);
    input.representativeCosts = Money(27501, usd);
    input.yearlyRevenue = Money(999999, usd);
    input.recoveryProbabilityBasisPoints = 6667;
    input.monthsToJudgment = 7;
    const auto result = CostBenefitAssessment::assess(input);
    const auto lines = CostBenefitTable::lines(input, result, NumberStyle::English);
    checkTableAddsUp(lines);
    for (const CostBenefitTable::Line &line : lines)
        CHECK(line.amount.currency() == usd);
}
