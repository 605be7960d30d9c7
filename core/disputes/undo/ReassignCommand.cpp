#include "ReassignCommand.h"

#include "common/ValidationError.h"
#include "disputes/DisputeService.h"

#include <QCoreApplication>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::ReassignCommand", text);
}
} // namespace

ReassignCommand::ReassignCommand(Session &session, const Dispute &dispute, const QString &assignee)
    : DisputeUndoCommand(session, dispute, tr("reassign %1 to %2").arg(dispute.number, assignee.simplified()))
    , m_to(assignee.simplified())
{
    // A case that had nobody cannot be handed back to nobody: that reassignment stays.
    if (!dispute.assignee.isEmpty())
        setUndoText(tr("reassign %1 back to %2").arg(dispute.number, dispute.assignee));
}

void ReassignCommand::apply(DisputeService &service)
{
    service.reassign(disputeId(), m_to);
}

void ReassignCommand::revert(DisputeService &service)
{
    // Someone else may have taken the case since: then it is not ours to hand back.
    const std::optional<Dispute> now = service.repository().find(disputeId());
    if (!now || now->assignee != m_to)
        throw ValidationError(tr("Case %1 is no longer assigned to %2.").arg(number(), m_to));
    service.reassign(disputeId(), before().assignee);
}

} // namespace dd
