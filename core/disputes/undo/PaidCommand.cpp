#include "PaidCommand.h"

#include "disputes/DisputeService.h"

#include <QCoreApplication>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::PaidCommand", text);
}
} // namespace

PaidCommand::PaidCommand(Session &session, const Dispute &dispute, const QString &note)
    : DisputeUndoCommand(session, dispute, tr("record that %1 was paid").arg(dispute.number))
    , m_note(note)
{
}

void PaidCommand::apply(DisputeService &service)
{
    service.paid(disputeId(), m_note);
}

} // namespace dd
