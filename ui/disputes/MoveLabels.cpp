#include "MoveLabels.h"

#include "DisputeCaseView.h"

namespace dd {

QString MoveLabels::moveLabel(DisputeMove move)
{
    switch (move) {
    case DisputeMove::StartVerification:
        return DisputeCaseView::tr("Start verification…");
    case DisputeMove::AddFinding:
        return DisputeCaseView::tr("Add finding…");
    case DisputeMove::ConcludeVerification:
        return DisputeCaseView::tr("Conclude verification…");
    case DisputeMove::Decide:
        return DisputeCaseView::tr("Decide…");
    case DisputeMove::Credit:
        return DisputeCaseView::tr("Credit justified part…");
    case DisputeMove::Amicable:
        return DisputeCaseView::tr("Amicable: explain…");
    case DisputeMove::Arrangement:
        return DisputeCaseView::tr("Payment arrangement…");
    case DisputeMove::Paid:
        return DisputeCaseView::tr("Customer paid…");
    case DisputeMove::Legal:
        return DisputeCaseView::tr("Legal collection…");
    case DisputeMove::Goodwill:
        return DisputeCaseView::tr("Goodwill…");
    case DisputeMove::FinishResolution:
        return DisputeCaseView::tr("Resolved: to Learn…");
    case DisputeMove::RecordLessons:
        return DisputeCaseView::tr("Record lessons…");
    case DisputeMove::Close:
        return DisputeCaseView::tr("Close case…");
    case DisputeMove::StepBack:
        return DisputeCaseView::tr("Step back…");
    case DisputeMove::AddContact:
        return DisputeCaseView::tr("Log contact…");
    }
    return QString();
}

QString MoveLabels::actionName(const QString &code)
{
    if (code == u"open")
        return DisputeCaseView::tr("Opened");
    if (code == u"assessment")
        return DisputeCaseView::tr("Cost-benefit assessment");
    if (code == u"reassign")
        return DisputeCaseView::tr("Reassigned");
    if (code == u"payment")
        return DisputeCaseView::tr("Payment");
    if (const auto move = DisputeWorkflow::moveFromCode(code)) {
        QString label = moveLabel(*move);
        if (label.endsWith(QStringLiteral("…")))
            label.chop(1);
        return label;
    }
    return code;
}

} // namespace dd
