#include "StartVerificationCommand.h"

#include "disputes/DisputeService.h"

#include <QCoreApplication>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::StartVerificationCommand", text);
}
} // namespace

StartVerificationCommand::StartVerificationCommand(Session &session, const Dispute &dispute, const QString &note)
    : DisputeUndoCommand(session, dispute, tr("start verification of %1").arg(dispute.number))
    , m_note(note)
{
    undoByStepBack(DisputeStep::Verify, tr("start verification"));
}

void StartVerificationCommand::apply(DisputeService &service)
{
    service.startVerification(disputeId(), m_note);
}

} // namespace dd
