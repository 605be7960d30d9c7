#include "SetRecoveryProbabilityCommand.h"

#include "disputes/DisputeService.h"
#include "legal/Percentage.h"
#include "session/Session.h"

#include <QCoreApplication>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::SetRecoveryProbabilityCommand", text);
}

QString describe(std::optional<qint64> basisPoints)
{
    return basisPoints ? QStringLiteral("%1%").arg(Percentage::format(*basisPoints)) : tr("the payment history's");
}
} // namespace

SetRecoveryProbabilityCommand::SetRecoveryProbabilityCommand(Session &session, const Dispute &dispute,
                                                             std::optional<qint64> basisPoints)
    : DisputeUndoCommand(session, dispute,
                         tr("set the recovery probability of %1 to %2").arg(dispute.number, describe(basisPoints)))
    , m_after(basisPoints)
    , m_before(session.disputes().repository().recoveryProbability(dispute.id))
{
    setUndoText(tr("set the recovery probability of %1 back to %2").arg(dispute.number, describe(m_before)));
}

void SetRecoveryProbabilityCommand::apply(DisputeService &service)
{
    service.setRecoveryProbability(disputeId(), m_after);
}

void SetRecoveryProbabilityCommand::revert(DisputeService &service)
{
    service.setRecoveryProbability(disputeId(), m_before);
}

} // namespace dd
