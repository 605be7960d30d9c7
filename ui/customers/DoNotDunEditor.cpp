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
    // A mark the customer had already is no edit: nothing is written, nothing kept on the stack.
    if (!command->changes())
        return;
    command->setObserver([this](const QString &failure) { emit failed(failure); });
    command->perform();
    m_stack->push(command.release());
}

} // namespace dd
