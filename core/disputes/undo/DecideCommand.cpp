#include "DecideCommand.h"

#include "disputes/DisputeService.h"

#include <QCoreApplication>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::DecideCommand", text);
}
} // namespace

DecideCommand::DecideCommand(Session &session, const Dispute &dispute, Verdict verdict, const std::optional<Money> &justified, const QString &rationale)
    : DisputeUndoCommand(session, dispute, tr("decide %1: %2").arg(dispute.number, DisputeCodes::verdictName(verdict)))
    , m_verdict(verdict)
    , m_justified(justified)
    , m_rationale(rationale)
{
    undoByStepBack(DisputeStep::Resolve, tr("decision %1").arg(DisputeCodes::verdictName(verdict)));
}

void DecideCommand::apply(DisputeService &service)
{
    service.concludeAndDecide(disputeId(), m_verdict, m_justified, m_rationale);
}

} // namespace dd
