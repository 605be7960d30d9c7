#pragma once

#include "customers/Customer.h"
#include "disputes/Dispute.h"

#include <QList>
#include <QString>

#include <optional>

namespace dd {

// Everything a user can do to a case.
enum class DisputeMove {
    StartVerification, // Hear -> Verify
    AddFinding,
    ConcludeVerification, // Verify -> Decide
    Decide,               // Decide -> Resolve, with the verdict
    Credit,
    Amicable,
    Arrangement,
    Paid,
    Legal,
    Goodwill,
    FinishResolution, // Resolve -> Learn
    RecordLessons,
    Close,    // Learn -> Closed
    StepBack, // back one step, to correct a wrong move (recorded like any other)
    AddContact,
};

// Facts from outside the case row that guards depend on.
struct WorkflowFacts
{
    int findings = 0;
    bool hasAssessment = false;         // a cost-benefit assessment was recorded
    bool fourteenDayLetterSent = false; // art. 6:96 lid 6 BW
    CustomerKind customerKind = CustomerKind::Business;
};

// Allowed, or not and why, in words for the user.
struct GuardResult
{
    bool allowed = true;
    QString reason;
    explicit operator bool() const { return allowed; }
};

// The decision tree of DESIGN.md §3 as a state machine: which moves a case allows in its current
// state. Pure rules, no storage: DisputeService asks before every change.
class DisputeWorkflow
{
public:
    static GuardResult check(const Dispute &dispute, DisputeMove move, const WorkflowFacts &facts);
    static QList<DisputeMove> allowedMoves(const Dispute &dispute, const WorkflowFacts &facts);

    // Every part of the claim has been dealt with: the justified part credited, the rest paid,
    // arranged, handed to legal collection or written off as goodwill.
    static bool resolutionComplete(const Dispute &dispute);
    static DisputeStep previousStep(DisputeStep step);
    static DisputeStep nextStep(DisputeStep step);

    static QString moveCode(DisputeMove move);
    static std::optional<DisputeMove> moveFromCode(QStringView code);
    static QList<DisputeMove> allMoves();
};

} // namespace dd
