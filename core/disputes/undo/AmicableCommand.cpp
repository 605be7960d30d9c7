#include "AmicableCommand.h"

#include "disputes/DisputeService.h"

#include <QCoreApplication>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::AmicableCommand", text);
}
} // namespace

AmicableCommand::AmicableCommand(Session &session, const Dispute &dispute, const QString &explanation)
    : DisputeUndoCommand(session, dispute, tr("explain %1 amicably").arg(dispute.number))
    , m_explanation(explanation)
{
}

void AmicableCommand::apply(DisputeService &service)
{
    service.amicable(disputeId(), m_explanation);
}

} // namespace dd
