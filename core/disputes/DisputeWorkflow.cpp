#include "DisputeWorkflow.h"

#include <QCoreApplication>

namespace dd {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dd::DisputeWorkflow", text);
}

GuardResult refuse(const QString &reason)
{
    return {false, reason};
}

GuardResult requireStep(const Dispute &dispute, DisputeStep step)
{
    if (dispute.step == step)
        return {};
    return refuse(tr("Case %1 is in step %2; this can only be done in step %3.")
                      .arg(dispute.number, DisputeCodes::stepName(dispute.step), DisputeCodes::stepName(step)));
}

bool hasJustifiedPart(const Dispute &dispute)
{
    return dispute.verdict == Verdict::Justified || dispute.verdict == Verdict::PartlyJustified;
}

bool hasUnjustifiedPart(const Dispute &dispute)
{
    return dispute.verdict == Verdict::Unjustified || dispute.verdict == Verdict::PartlyJustified;
}

GuardResult requireUnjustifiedPart(const Dispute &dispute)
{
    if (hasUnjustifiedPart(dispute))
        return {};
    return refuse(tr("Case %1 was found justified in full: nothing is left to collect; credit it instead.").arg(dispute.number));
}

} // namespace

bool DisputeWorkflow::resolutionComplete(const Dispute &dispute)
{
    if (hasJustifiedPart(dispute) && !dispute.creditDecided)
        return false;
    if (!hasUnjustifiedPart(dispute))
        return dispute.verdict != Verdict::None;
    switch (dispute.path) {
    case UnjustifiedPath::Legal:
    case UnjustifiedPath::Goodwill:
        return true;
    case UnjustifiedPath::Amicable:
        return dispute.amicable == AmicableState::Arrangement || dispute.amicable == AmicableState::Paid;
    case UnjustifiedPath::None:
        break;
    }
    return false;
}

GuardResult DisputeWorkflow::check(const Dispute &dispute, DisputeMove move, const WorkflowFacts &facts)
{
    if (!dispute.isOpen() && move != DisputeMove::StepBack)
        return refuse(tr("Case %1 is closed; reopen it (step back) to change it.").arg(dispute.number));

    switch (move) {
    case DisputeMove::StartVerification:
        return requireStep(dispute, DisputeStep::Hear);
    case DisputeMove::AddFinding:
        return requireStep(dispute, DisputeStep::Verify);
    case DisputeMove::ConcludeVerification:
        if (auto step = requireStep(dispute, DisputeStep::Verify); !step)
            return step;
        if (facts.findings < 1)
            return refuse(tr("Case %1 has no findings yet: a conclusion needs at least one established fact.").arg(dispute.number));
        return {};
    case DisputeMove::Decide:
        return requireStep(dispute, DisputeStep::Decide);
    case DisputeMove::Credit:
        if (auto step = requireStep(dispute, DisputeStep::Resolve); !step)
            return step;
        if (!hasJustifiedPart(dispute))
            return refuse(tr("Case %1 was found unjustified: there is nothing to credit.").arg(dispute.number));
        if (dispute.creditDecided)
            return refuse(tr("The justified part of case %1 has already been credited.").arg(dispute.number));
        return {};
    case DisputeMove::Amicable:
        if (auto step = requireStep(dispute, DisputeStep::Resolve); !step)
            return step;
        if (auto part = requireUnjustifiedPart(dispute); !part)
            return part;
        if (dispute.path != UnjustifiedPath::None)
            return refuse(tr("Case %1 already follows a path for the unjustified part.").arg(dispute.number));
        return {};
    case DisputeMove::Arrangement:
        if (auto step = requireStep(dispute, DisputeStep::Resolve); !step)
            return step;
        if (dispute.path != UnjustifiedPath::Amicable || dispute.amicable != AmicableState::Explained)
            return refuse(tr("A payment arrangement follows the amicable explanation of case %1.").arg(dispute.number));
        return {};
    case DisputeMove::Paid:
        if (auto step = requireStep(dispute, DisputeStep::Resolve); !step)
            return step;
        if (dispute.path != UnjustifiedPath::Amicable
            || (dispute.amicable != AmicableState::Explained && dispute.amicable != AmicableState::Arrangement))
            return refuse(tr("Payment after explanation is recorded on the amicable path of case %1.").arg(dispute.number));
        return {};
    case DisputeMove::Legal:
        if (auto step = requireStep(dispute, DisputeStep::Resolve); !step)
            return step;
        if (auto part = requireUnjustifiedPart(dispute); !part)
            return part;
        if (dispute.path != UnjustifiedPath::Amicable)
            return refuse(tr("Legal collection of case %1 comes only after an amicable attempt.").arg(dispute.number));
        if (dispute.amicable == AmicableState::Paid)
            return refuse(tr("The customer of case %1 has paid; there is nothing to collect.").arg(dispute.number));
        if (!facts.hasAssessment)
            return refuse(tr("Record a cost-benefit assessment for case %1 before choosing legal collection.").arg(dispute.number));
        // Art. 6:96 lid 6 BW: a consumer owes collection costs only after a valid 14-day letter.
        if (facts.customerKind == CustomerKind::Consumer && !facts.fourteenDayLetterSent)
            return refuse(tr("The customer of case %1 is a consumer: the statutory 14-day letter must be sent before legal collection.")
                              .arg(dispute.number));
        return {};
    case DisputeMove::Goodwill:
        if (auto step = requireStep(dispute, DisputeStep::Resolve); !step)
            return step;
        if (auto part = requireUnjustifiedPart(dispute); !part)
            return part;
        if (dispute.path == UnjustifiedPath::Legal || dispute.path == UnjustifiedPath::Goodwill)
            return refuse(tr("Case %1 already follows the %2 path.").arg(dispute.number, DisputeCodes::path(dispute.path)));
        if (dispute.amicable == AmicableState::Paid)
            return refuse(tr("The customer of case %1 has paid; there is nothing to write off.").arg(dispute.number));
        return {};
    case DisputeMove::FinishResolution:
        if (auto step = requireStep(dispute, DisputeStep::Resolve); !step)
            return step;
        if (!resolutionComplete(dispute))
            return refuse(tr("Case %1 is not resolved yet: %2")
                              .arg(dispute.number,
                                   hasJustifiedPart(dispute) && !dispute.creditDecided
                                       ? tr("the justified part still has to be credited.")
                                       : tr("the unjustified part still needs payment, an arrangement, legal collection or goodwill.")));
        return {};
    case DisputeMove::RecordLessons:
        return requireStep(dispute, DisputeStep::Learn);
    case DisputeMove::Close:
        if (auto step = requireStep(dispute, DisputeStep::Learn); !step)
            return step;
        if (hasJustifiedPart(dispute)
            && (dispute.lessonWhat.trimmed().isEmpty() || dispute.lessonDepartment.trimmed().isEmpty()
                || dispute.lessonAction.trimmed().isEmpty()))
            return refuse(tr("Case %1 was (partly) justified: record what went wrong, the department and the preventive action before closing.")
                              .arg(dispute.number));
        return {};
    case DisputeMove::StepBack:
        if (dispute.step == DisputeStep::Hear)
            return refuse(tr("Case %1 is at its first step; there is no step to go back to.").arg(dispute.number));
        return {};
    case DisputeMove::AddContact:
        return {};
    }
    return {};
}

QList<DisputeMove> DisputeWorkflow::allowedMoves(const Dispute &dispute, const WorkflowFacts &facts)
{
    QList<DisputeMove> result;
    for (DisputeMove move : allMoves()) {
        if (check(dispute, move, facts))
            result << move;
    }
    return result;
}

DisputeStep DisputeWorkflow::previousStep(DisputeStep step)
{
    switch (step) {
    case DisputeStep::Hear:
    case DisputeStep::Verify:
        return DisputeStep::Hear;
    case DisputeStep::Decide:
        return DisputeStep::Verify;
    case DisputeStep::Resolve:
        return DisputeStep::Decide;
    case DisputeStep::Learn:
        return DisputeStep::Resolve;
    case DisputeStep::Closed:
        return DisputeStep::Learn;
    }
    return DisputeStep::Hear;
}

DisputeStep DisputeWorkflow::nextStep(DisputeStep step)
{
    switch (step) {
    case DisputeStep::Hear:
        return DisputeStep::Verify;
    case DisputeStep::Verify:
        return DisputeStep::Decide;
    case DisputeStep::Decide:
        return DisputeStep::Resolve;
    case DisputeStep::Resolve:
        return DisputeStep::Learn;
    case DisputeStep::Learn:
    case DisputeStep::Closed:
        return DisputeStep::Closed;
    }
    return DisputeStep::Closed;
}

QList<DisputeMove> DisputeWorkflow::allMoves()
{
    return {DisputeMove::StartVerification, DisputeMove::AddFinding, DisputeMove::ConcludeVerification,
            DisputeMove::Decide, DisputeMove::Credit, DisputeMove::Amicable, DisputeMove::Arrangement,
            DisputeMove::Paid, DisputeMove::Legal, DisputeMove::Goodwill, DisputeMove::FinishResolution,
            DisputeMove::RecordLessons, DisputeMove::Close, DisputeMove::StepBack, DisputeMove::AddContact};
}

QString DisputeWorkflow::moveCode(DisputeMove move)
{
    switch (move) {
    case DisputeMove::StartVerification:
        return QStringLiteral("verify");
    case DisputeMove::AddFinding:
        return QStringLiteral("finding");
    case DisputeMove::ConcludeVerification:
        return QStringLiteral("conclude");
    case DisputeMove::Decide:
        return QStringLiteral("decide");
    case DisputeMove::Credit:
        return QStringLiteral("credit");
    case DisputeMove::Amicable:
        return QStringLiteral("amicable");
    case DisputeMove::Arrangement:
        return QStringLiteral("arrangement");
    case DisputeMove::Paid:
        return QStringLiteral("paid");
    case DisputeMove::Legal:
        return QStringLiteral("legal");
    case DisputeMove::Goodwill:
        return QStringLiteral("goodwill");
    case DisputeMove::FinishResolution:
        return QStringLiteral("to-learn");
    case DisputeMove::RecordLessons:
        return QStringLiteral("lessons");
    case DisputeMove::Close:
        return QStringLiteral("close");
    case DisputeMove::StepBack:
        return QStringLiteral("step-back");
    case DisputeMove::AddContact:
        return QStringLiteral("contact");
    }
    return QString();
}

std::optional<DisputeMove> DisputeWorkflow::moveFromCode(QStringView code)
{
    for (DisputeMove move : allMoves()) {
        if (moveCode(move) == code)
            return move;
    }
    return std::nullopt;
}

} // namespace dd
