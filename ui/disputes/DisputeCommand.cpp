#include "DisputeCommand.h"

#include "DisputeEditor.h"
#include "common/ValidationError.h"
#include "storage/StorageError.h"

namespace dd {

DisputeCommand::DisputeCommand(DisputeEditor &editor, qint64 disputeId, const QString &redoText, Call redo,
                               const QString &undoText, Call undo)
    : QUndoCommand(redoText)
    , m_editor(editor)
    , m_disputeId(disputeId)
    , m_redoText(redoText)
    , m_undoText(undoText)
    , m_redo(std::move(redo))
    , m_undo(std::move(undo))
{
}

void DisputeCommand::perform()
{
    m_editor.run(m_redo);
    m_performed = true;
    // Kept on the stack only when it can be undone truthfully.
    setObsolete(!isUndoable());
}

void DisputeCommand::redo()
{
    // QUndoStack::push calls redo: the edit was made already by perform().
    if (m_performed) {
        m_performed = false;
        return;
    }
    attempt(m_redo);
}

void DisputeCommand::undo()
{
    if (!m_undo) {
        setObsolete(true);
        return;
    }
    attempt(m_undo);
}

void DisputeCommand::attempt(const Call &call)
{
    try {
        m_editor.run(call);
        emit m_editor.changed(m_disputeId);
    } catch (const ValidationError &error) {
        // The case changed since (elsewhere, or by an edit that cannot be undone): this command no
        // longer applies and leaves the stack.
        setObsolete(true);
        emit m_editor.failed(error.message());
        emit m_editor.changed(m_disputeId);
    } catch (const StorageError &error) {
        setObsolete(true);
        emit m_editor.failed(error.message());
    }
}

} // namespace dd
