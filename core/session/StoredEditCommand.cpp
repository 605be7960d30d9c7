#include "StoredEditCommand.h"

#include "common/Error.h"

namespace dd {

StoredEditCommand::StoredEditCommand(const QString &text)
    : QUndoCommand(text)
{
}

void StoredEditCommand::perform()
{
    store(true);
    m_performed = true;
}

void StoredEditCommand::redo()
{
    // QUndoStack::push calls redo: the edit was made already by perform().
    if (m_performed) {
        m_performed = false;
        return;
    }
    attempt(true);
}

void StoredEditCommand::undo()
{
    attempt(false);
}

void StoredEditCommand::attempt(bool after)
{
    try {
        store(after);
    } catch (const Error &error) {
        // What is stored stays as it is; this step no longer applies and leaves the stack.
        setObsolete(true);
        if (m_observer)
            m_observer(error.message());
    }
}

} // namespace dd
