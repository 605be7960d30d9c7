#include "CloseCommand.h"

#include "disputes/DisputeService.h"

#include <QCoreApplication>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::CloseCommand", text);
}
} // namespace

CloseCommand::CloseCommand(Session &session, const Dispute &dispute, Outcome outcome, const QString &note)
    : DisputeUndoCommand(session, dispute, tr("close %1: %2").arg(dispute.number, DisputeCodes::outcomeName(outcome)))
    , m_outcome(outcome)
    , m_note(note)
{
    setIrreversible(notice(dispute));
    if (irreversible().isEmpty())
        undoByStepBack(DisputeStep::Closed, tr("close"));
}

QString CloseCommand::notice(const Dispute &dispute)
{
    if (!dispute.creditDecided && dispute.goodwill.cents() <= 0)
        return QString();
    return tr("The case is closed with its credit notes issued, which cannot be taken back: closing it cannot be undone.");
}

void CloseCommand::apply(DisputeService &service)
{
    service.finishAndClose(disputeId(), m_outcome, m_note);
}

} // namespace dd
