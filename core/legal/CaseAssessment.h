#pragma once

#include "legal/CostBenefitAssessment.h"
#include "legal/CourtFeeTable.h"
#include "legal/StatutoryInterest.h"

#include <QStringList>

#include <optional>

namespace dd {

class Database;
struct Dispute;

// What the controller may override when assessing a case; everything else is computed.
struct CaseAssessmentOptions
{
    Date asOf;
    // Default: the estimate set on the case (DisputeService::setRecoveryProbability), else from
    // the customer's payment history.
    std::optional<qint64> probabilityBasisPoints;
    std::optional<Money> interest;                // default: statutory interest to asOf
    Money summonsCosts = Money(11000, QStringLiteral("EUR"));         // bailiff, typically € 100–120
    Money representativeCosts = Money(25000, QStringLiteral("EUR"));  // lawyer or agency, not awarded
    int monthsToJudgment = 6;
};

struct CaseAssessmentResult
{
    CostBenefitInput input;
    CostBenefitResult result;
    QStringList notes; // how each figure was arrived at, for the user and the audit trail
    // A figure came from a table row marked "to verify" (a secondary source): shown beside it,
    // wherever it is used, so that nobody takes it for an official figure.
    bool courtFeeToVerify = false;
    bool interestToVerify = false;
    // The probability is the controller's estimate, not the one derived from the payment history.
    bool probabilityEstimated = false;
};

// The cost-benefit assessment of one dispute case (issue: legal path of the decision tree): takes
// the unjustified part of the claim, the customer's kind and history, and the legal tables, and
// fills in CostBenefitAssessment. One place for GUI and CLI.
class CaseAssessment
{
public:
    CaseAssessment(Database &database, InterestRateTable rates, CourtFeeTable fees);

    // Throws ValidationError when the case has nothing left to collect or a table does not
    // cover the dates.
    CaseAssessmentResult assess(const Dispute &dispute, const CaseAssessmentOptions &options) const;
    // The assessment as JSON text, stored with the case when the controller confirms it.
    static QString details(const CaseAssessmentResult &assessment);

private:
    Database &m_database;
    InterestRateTable m_rates;
    CourtFeeTable m_fees;
};

} // namespace dd
