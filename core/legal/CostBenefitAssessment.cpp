#include "CostBenefitAssessment.h"

#include "common/ValidationError.h"
#include "legal/Percentage.h"
#include "money/Rounding.h"

#include <QCoreApplication>

#include <algorithm>

namespace dd {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dd::CostBenefitAssessment", text);
}

void check(const CostBenefitInput &input)
{
    const QString &currency = input.principal.currency();
    for (const Money *amount : {&input.principal, &input.interestToDate, &input.collectionCosts, &input.courtFee,
                                &input.summonsCosts, &input.representativeCosts, &input.yearlyRevenue}) {
        if (amount->currency() != currency)
            throw ValidationError(tr("all amounts of a cost-benefit assessment must be in one currency"));
        if (amount->isNegative())
            throw ValidationError(tr("the amounts of a cost-benefit assessment cannot be negative"));
    }
    if (input.recoveryProbabilityBasisPoints < 0 || input.recoveryProbabilityBasisPoints > 10000)
        throw ValidationError(tr("the recovery probability must be from 0% to 100%"));
    if (input.monthsToJudgment < 0)
        throw ValidationError(tr("the months to judgment cannot be negative"));
    if (input.relationshipLossBasisPoints < 0 || input.relationshipLossBasisPoints > 10000)
        throw ValidationError(tr("the relationship loss must be from 0% to 100%"));
    if (input.yearlyCostOfCapitalBasisPoints < 0)
        throw ValidationError(tr("the cost of capital cannot be negative"));
}

} // namespace

CostBenefitResult CostBenefitAssessment::assess(const CostBenefitInput &input)
{
    check(input);
    const QString &currency = input.principal.currency();
    CostBenefitResult result;
    result.claimAwarded =
        input.principal + input.interestToDate + input.collectionCosts + input.courtFee + input.summonsCosts;
    result.expectedRecovery =
        Money(Rounding::scale(result.claimAwarded.cents(), input.recoveryProbabilityBasisPoints, 10000), currency);
    result.waitingCost = Money(Rounding::scale(result.expectedRecovery.cents(),
                                               input.yearlyCostOfCapitalBasisPoints * input.monthsToJudgment,
                                               qint64(10000) * 12),
                               currency);
    result.outlay = input.courtFee + input.summonsCosts + input.representativeCosts;
    result.relationshipLoss =
        Money(Rounding::scale(input.yearlyRevenue.cents(), input.relationshipLossBasisPoints, 10000), currency);
    result.legalNet = result.expectedRecovery - result.waitingCost - result.outlay - result.relationshipLoss;
    result.goodwillNet = Money::zero(currency);
    result.netGainOfLegal = result.legalNet - result.goodwillNet;
    result.recommendation = result.netGainOfLegal.cents() > 0 ? Recommendation::Legal : Recommendation::Goodwill;

    // Break-even: claim x p x (1 - capital x months / 12) = outlay + relationship loss.
    // In basis points: p = (outlay + loss) x 10000 / (claim x (120000 - capital x months) / 120000).
    const qint64 keptPer120000 = qint64(120000) - input.yearlyCostOfCapitalBasisPoints * input.monthsToJudgment;
    const qint64 costs = result.outlay.cents() + result.relationshipLoss.cents();
    if (result.claimAwarded.cents() <= 0 || keptPer120000 <= 0) {
        result.breakEvenProbabilityBasisPoints = costs == 0 ? 0 : -1;
    } else {
        const qint64 effectiveClaim = Rounding::scale(result.claimAwarded.cents(), keptPer120000, 120000);
        const qint64 breakEven = effectiveClaim > 0 ? Rounding::scale(costs, 10000, effectiveClaim) : -1;
        result.breakEvenProbabilityBasisPoints = breakEven > 10000 ? -1 : breakEven;
    }
    return result;
}

QString CostBenefitAssessment::recommendationText(const CostBenefitInput &input, const CostBenefitResult &result,
                                                  NumberStyle style)
{
    const QString probability = Percentage::format(input.recoveryProbabilityBasisPoints, style);
    QString text;
    if (result.recommendation == Recommendation::Legal) {
        text = tr("Go to court. With a %1% chance of recovery, collecting through the court is expected to bring %2 "
                  "more than writing the claim off as goodwill: %3 expected back, minus %4 in court, summons and "
                  "representative costs, %5 for waiting %6 months and %7 of customer relationship at stake.")
                   .arg(probability, result.netGainOfLegal.format(style), result.expectedRecovery.format(style),
                        result.outlay.format(style), result.waitingCost.format(style))
                   .arg(input.monthsToJudgment)
                   .arg(result.relationshipLoss.format(style));
    } else {
        text = tr("Consider goodwill. With a %1% chance of recovery, going to court is expected to cost %2 more than "
                  "writing off the %3 claim: %4 expected back, minus %5 in court, summons and representative costs, "
                  "%6 for waiting %7 months and %8 of customer relationship at stake.")
                   .arg(probability, (-result.netGainOfLegal).format(style), input.principal.format(style),
                        result.expectedRecovery.format(style), result.outlay.format(style),
                        result.waitingCost.format(style))
                   .arg(input.monthsToJudgment)
                   .arg(result.relationshipLoss.format(style));
    }
    if (result.breakEvenProbabilityBasisPoints >= 0)
        text += u' '
            + tr("Court pays off above a %1% chance of recovery.")
                  .arg(Percentage::format(result.breakEvenProbabilityBasisPoints, style));
    else
        text += u' ' + tr("Even a certain recovery would not cover the costs of court.");
    return text;
}

qint64 CostBenefitAssessment::defaultProbabilityBasisPoints(qint64 dueCents, qint64 paidCents)
{
    if (dueCents <= 0)
        return 5000;
    const qint64 share = Rounding::scale(std::clamp<qint64>(paidCents, 0, dueCents), 10000, dueCents);
    return std::clamp<qint64>(share, 500, 9500);
}

QString CostBenefitAssessment::recommendationCode(Recommendation recommendation)
{
    return recommendation == Recommendation::Legal ? QStringLiteral("legal") : QStringLiteral("goodwill");
}

} // namespace dd
