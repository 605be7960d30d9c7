#include "AddFindingCommand.h"

#include "disputes/DisputeService.h"

#include <QCoreApplication>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::AddFindingCommand", text);
}
} // namespace

AddFindingCommand::AddFindingCommand(Session &session, const Dispute &dispute, const Finding &finding)
    : DisputeUndoCommand(session, dispute, tr("record finding \"%1\" in %2").arg(finding.source, dispute.number))
    , m_finding(finding)
{
}

void AddFindingCommand::apply(DisputeService &service)
{
    service.recordFinding(disputeId(), m_finding);
}

} // namespace dd
