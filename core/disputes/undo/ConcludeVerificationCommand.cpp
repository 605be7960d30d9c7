#include "ConcludeVerificationCommand.h"

#include "disputes/DisputeService.h"

#include <QCoreApplication>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::ConcludeVerificationCommand", text);
}
} // namespace

ConcludeVerificationCommand::ConcludeVerificationCommand(Session &session, const Dispute &dispute, const QString &note)
    : DisputeUndoCommand(session, dispute, tr("conclude verification of %1").arg(dispute.number))
    , m_note(note)
{
    undoByStepBack(DisputeStep::Decide, tr("conclude verification"));
}

void ConcludeVerificationCommand::apply(DisputeService &service)
{
    service.concludeVerification(disputeId(), m_note);
}

} // namespace dd
