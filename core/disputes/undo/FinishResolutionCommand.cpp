#include "FinishResolutionCommand.h"

#include "disputes/DisputeService.h"

#include <QCoreApplication>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::FinishResolutionCommand", text);
}
} // namespace

FinishResolutionCommand::FinishResolutionCommand(Session &session, const Dispute &dispute, const QString &note)
    : DisputeUndoCommand(session, dispute, tr("finish the resolution of %1").arg(dispute.number))
    , m_note(note)
{
    undoByStepBack(DisputeStep::Learn, tr("resolution finished"));
}

void FinishResolutionCommand::apply(DisputeService &service)
{
    service.finishResolution(disputeId(), m_note);
}

} // namespace dd
