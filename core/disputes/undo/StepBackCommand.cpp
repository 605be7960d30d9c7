#include "StepBackCommand.h"

#include "disputes/DisputeService.h"
#include "disputes/DisputeWorkflow.h"

#include <QCoreApplication>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::StepBackCommand", text);
}
} // namespace

StepBackCommand::StepBackCommand(Session &session, const Dispute &dispute, const QString &reason)
    : DisputeUndoCommand(session, dispute, tr("step %1 back to %2").arg(dispute.number, DisputeCodes::stepName(DisputeWorkflow::previousStep(dispute.step))))
    , m_reason(reason)
{
}

void StepBackCommand::apply(DisputeService &service)
{
    service.stepBack(disputeId(), m_reason);
}

} // namespace dd
