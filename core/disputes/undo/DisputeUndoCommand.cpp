#include "DisputeUndoCommand.h"

#include "common/Error.h"
#include "disputes/DisputeCodes.h"
#include "disputes/DisputeService.h"
#include "session/Session.h"

#include <QCoreApplication>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::DisputeUndoCommand", text);
}
} // namespace

DisputeUndoCommand::DisputeUndoCommand(Session &session, const Dispute &dispute, const QString &text)
    : QUndoCommand(text)
    , m_session(session)
    , m_before(dispute)
    , m_disputeId(dispute.id)
    , m_reached(dispute.step)
{
}

void DisputeUndoCommand::undoByStepBack(DisputeStep reached, const QString &what)
{
    m_reached = reached;
    m_undoNote = tr("Undo: %1").arg(what);
    m_undoText = reached == DisputeStep::Closed
                     ? tr("reopen %1 (step back to %2)").arg(number(), DisputeCodes::stepName(m_before.step))
                     : tr("step %1 back from %2 to %3")
                           .arg(number(), DisputeCodes::stepName(reached), DisputeCodes::stepName(m_before.step));
}

void DisputeUndoCommand::revert(DisputeService &service)
{
    if (!m_undoNote.isEmpty())
        service.stepBackTo(disputeId(), m_reached, m_before.step, m_undoNote);
}

void DisputeUndoCommand::perform()
{
    apply(m_session.disputes());
    m_performed = true;
    // Kept on the stack only when it can be undone truthfully.
    setObsolete(!isUndoable());
}

void DisputeUndoCommand::redo()
{
    // QUndoStack::push calls redo: the edit was made already by perform().
    if (m_performed) {
        m_performed = false;
        return;
    }
    attempt(true);
}

void DisputeUndoCommand::undo()
{
    if (!isUndoable()) {
        setObsolete(true);
        return;
    }
    attempt(false);
}

void DisputeUndoCommand::attempt(bool forward)
{
    QString failure;
    try {
        DisputeService &service = m_session.disputes();
        if (forward)
            apply(service);
        else
            revert(service);
    } catch (const Error &error) {
        // The case changed since (elsewhere, or by an edit that cannot be undone): this command
        // no longer applies and leaves the stack.
        setObsolete(true);
        failure = error.message();
    }
    if (m_observer)
        m_observer(disputeId(), failure);
}

} // namespace dd
