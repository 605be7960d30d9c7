#include "ArrangementCommand.h"

#include "disputes/DisputeService.h"

#include <QCoreApplication>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::ArrangementCommand", text);
}
} // namespace

ArrangementCommand::ArrangementCommand(Session &session, const Dispute &dispute, const QString &instalments)
    : DisputeUndoCommand(session, dispute, tr("record a payment arrangement for %1").arg(dispute.number))
    , m_instalments(instalments)
{
}

void ArrangementCommand::apply(DisputeService &service)
{
    service.arrangement(disputeId(), m_instalments);
}

} // namespace dd
