#include "CostBenefitTable.h"

#include "legal/CaseAssessment.h"
#include "legal/Percentage.h"

#include <QCoreApplication>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::CostBenefitTable", text);
}
} // namespace

QList<CostBenefitTable::Line> CostBenefitTable::lines(const CaseAssessmentResult &assessment, NumberStyle style)
{
    return lines(assessment.input, assessment.result, style, assessment.interestToVerify, assessment.courtFeeToVerify);
}

QList<CostBenefitTable::Line> CostBenefitTable::lines(const CostBenefitInput &in, const CostBenefitResult &r,
                                                      NumberStyle style, bool interestToVerify, bool courtFeeToVerify)
{
    using Kind = Line::Kind;
    const auto percent = [style](qint64 basisPoints) { return Percentage::format(basisPoints, style); };
    return {
        {Kind::Item, QStringLiteral("principal"), tr("Claim (unjustified part)"), in.principal, false},
        {Kind::Item, QStringLiteral("interest"), tr("Statutory interest to date"), in.interestToDate, interestToVerify},
        {Kind::Item, QStringLiteral("collection_costs"), tr("Collection costs"), in.collectionCosts, false},
        {Kind::Item, QStringLiteral("court_fee_awarded"), tr("Court fee, awarded"), in.courtFee, courtFeeToVerify},
        {Kind::Item, QStringLiteral("summons_awarded"), tr("Summons costs, awarded"), in.summonsCosts, false},
        {Kind::Subtotal, QStringLiteral("claim_awarded"), tr("Claim awarded by the court"), r.claimAwarded, false},

        {Kind::Item, QStringLiteral("expected_recovery"),
         tr("Expected recovery: %1% of %2").arg(percent(in.recoveryProbabilityBasisPoints), r.claimAwarded.format(style)),
         r.expectedRecovery, false},
        {Kind::Item, QStringLiteral("waiting"),
         QCoreApplication::translate("dd::CostBenefitTable", "Waiting %n month(s) at %1% cost of capital a year", "",
                                     in.monthsToJudgment)
             .arg(percent(in.yearlyCostOfCapitalBasisPoints)),
         -r.waitingCost, false},
        {Kind::Item, QStringLiteral("court_fee_paid"), tr("Court fee, paid up front"), -in.courtFee, courtFeeToVerify},
        {Kind::Item, QStringLiteral("summons_paid"), tr("Summons costs, paid up front"), -in.summonsCosts, false},
        {Kind::Item, QStringLiteral("representative"), tr("Lawyer or agency, not awarded"), -in.representativeCosts, false},
        {Kind::Item, QStringLiteral("relationship"),
         tr("Customer relationship at stake: %1% of %2 yearly revenue")
             .arg(percent(in.relationshipLossBasisPoints), in.yearlyRevenue.format(style)),
         -r.relationshipLoss, false},
        // Goodwill writes the claim off and is the zero line: the net result is the gain over it.
        {Kind::Total, QStringLiteral("net_gain"), tr("Gain of legal collection over goodwill"), r.netGainOfLegal, false},
    };
}

} // namespace dd
