#pragma once

#include "money/Money.h"

#include <QString>

namespace dd {

// What the controller knows and estimates about one unjustified claim. All amounts in one currency.
struct CostBenefitInput
{
    Money principal;           // the unpaid amount in dispute
    Money interestToDate;      // statutory interest so far
    Money collectionCosts;     // statutory collection costs (art. 6:96 BW)
    Money courtFee;            // griffierecht, paid up front by the creditor
    Money summonsCosts;        // bailiff's summons (dagvaarding), paid up front
    Money representativeCosts; // lawyer / collection agency, paid up front, not awarded
    qint64 recoveryProbabilityBasisPoints = 5000; // chance of actually getting the money: 0..10000
    int monthsToJudgment = 6;
    Money yearlyRevenue;       // what the customer buys from us in a year

    // Assumptions the user can change (settings), shown with every result:
    // the share of the yearly revenue counted as lost when the customer is taken to court
    // (margin on the revenue x the chance the customer leaves), and the yearly cost of waiting
    // for the money (cost of capital).
    qint64 relationshipLossBasisPoints = 2000;
    qint64 yearlyCostOfCapitalBasisPoints = 800;
};

struct CostBenefitResult
{
    enum class Recommendation { Legal, Goodwill };

    Money claimAwarded;     // principal + interest + collection costs + court fee + summons costs
    Money expectedRecovery; // claimAwarded x probability
    Money waitingCost;      // expectedRecovery x cost of capital x months / 12
    Money outlay;           // court fee + summons + representative costs: spent whatever happens
    Money relationshipLoss; // yearly revenue x relationship loss share
    Money legalNet;         // expectedRecovery - waitingCost - outlay - relationshipLoss
    Money goodwillNet;      // 0: the principal is written off and the customer kept
    Money netGainOfLegal;   // legalNet - goodwillNet
    // The recovery probability at which both paths are worth the same; above it, court pays.
    // -1 when no probability makes court pay (the costs exceed even a certain recovery).
    qint64 breakEvenProbabilityBasisPoints = 0;
    Recommendation recommendation = Recommendation::Goodwill;
};

// The cost-benefit assessment that the legal path of the decision tree requires (DESIGN.md §3,
// step 4): is going to court worth more than writing the claim off as goodwill?
//
// Model (every figure is shown to the user): a judgment awards the principal, the statutory
// interest (art. 6:119/6:119a BW), the collection costs (art. 6:96 BW) and the court fee and summons
// costs (art. 237 and 239 Rv); the creditor gets that times the recovery probability, later by
// the months to judgment. The court fee, summons and representative costs are spent up front in
// any case (the representative's fees are counted as not recovered: the court awards only a fixed
// tariff). Taking a customer to court usually ends the relationship: a share of its yearly revenue
// is counted as lost. Goodwill writes the principal off and keeps the customer, so it is the zero
// line: the principal is lost on that path and only recovered, with the rest, on the legal one.
class CostBenefitAssessment
{
public:
    using Recommendation = CostBenefitResult::Recommendation;

    // Throws ValidationError for amounts in different currencies, negative amounts, a probability
    // outside 0..100% or negative months.
    static CostBenefitResult assess(const CostBenefitInput &input);

    // A few sentences for the controller, in the UI language (tr), amounts in `style`.
    static QString recommendationText(const CostBenefitInput &input, const CostBenefitResult &result,
                                      NumberStyle style);
    static QString recommendationCode(Recommendation recommendation);

    // The default recovery probability, from the customer's payment history: the share of what
    // fell due in the past (`dueCents`, invoices due before the as-of date, excluding the disputed
    // ones) that it paid (`paidCents`), kept within 5%..95% because history is no certainty. With no
    // history: 50%. The user's own estimate always wins over this default.
    static qint64 defaultProbabilityBasisPoints(qint64 dueCents, qint64 paidCents);
};

} // namespace dd
