#include "CoreTestSupport.h"

#include "common/ValidationError.h"
#include "legal/CostBenefitAssessment.h"

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
