#include "DoNotDunEditor.h"

#include "customers/undo/DoNotDunCommand.h"

#include <QUndoGroup>
#include <QUndoStack>

#include <memory>

namespace dd {

DoNotDunEditor::DoNotDunEditor(QObject *parent)
    : QObject(parent)
    , m_stack(new QUndoStack(this))
{
    m_stack->setObjectName(QStringLiteral("doNotDunUndoStack"));
}

void DoNotDunEditor::setUndoGroup(QUndoGroup *group)
{
    group->addStack(m_stack);
}

void DoNotDunEditor::setSession(Session *session)
{
    if (session != m_session)
        m_stack->clear();
    m_session = session;
}

void DoNotDunEditor::setDoNotDun(qint64 customerId, bool mark)
{
    if (!m_session)
        return;
    auto command = std::make_unique<DoNotDunCommand>(*m_session, customerId, mark);
    command->setObserver([this](const QString &failure) { emit failed(failure); });
    command->perform();
    // An obsolete command (the mark was there already) is dropped by the stack.
    m_stack->push(command.release());
}

} // namespace dd
