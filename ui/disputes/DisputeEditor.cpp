#include "DisputeEditor.h"

#include "common/Clock.h"
#include "common/ValidationError.h"
#include "disputes/undo/DisputeCommandFactory.h"
#include "session/ActingUser.h"
#include "session/Session.h"

#include <QUndoGroup>
#include <QUndoStack>

namespace dd {

DisputeEditor::DisputeEditor(QObject *parent)
    : QObject(parent)
    , m_systemClock(std::make_unique<SystemClock>())
    , m_ownGroup(new QUndoGroup(this))
    , m_group(m_ownGroup)
{
}

DisputeEditor::~DisputeEditor()
{
    // The commands refer to the session; they go first, also from a group someone else owns.
    clearStacks();
}

void DisputeEditor::clearStacks()
{
    for (QUndoStack *stack : std::as_const(m_stacks))
        delete stack;
    m_stacks.clear();
}

void DisputeEditor::setSession(Session *session)
{
    if (session == m_session)
        return;
    clearStacks();
    m_session = session;
    if (m_session && m_clock)
        m_session->setClock(m_clock);
    setCurrentCase(0);
}

void DisputeEditor::setClock(const Clock *clock)
{
    m_clock = clock;
    if (m_session)
        m_session->setClock(clock);
}

const Clock &DisputeEditor::clock() const
{
    if (m_session)
        return m_session->clock();
    return m_clock ? *m_clock : *m_systemClock;
}

QString DisputeEditor::actor() const
{
    return m_session ? m_session->actingUser() : ActingUser::resolve();
}

void DisputeEditor::setUndoGroup(QUndoGroup *group)
{
    if (!group)
        group = m_ownGroup;
    if (group == m_group)
        return;
    m_group = group;
    for (QUndoStack *stack : std::as_const(m_stacks))
        m_group->addStack(stack);
    setCurrentCase(m_currentCase);
}

void DisputeEditor::setCurrentCase(qint64 disputeId)
{
    m_currentCase = disputeId;
    m_group->setActiveStack(disputeId == 0 ? nullptr : undoStack(disputeId));
}

QUndoStack *DisputeEditor::undoStack(qint64 disputeId)
{
    QUndoStack *&stack = m_stacks[disputeId];
    if (!stack) {
        stack = new QUndoStack(this);
        stack->setObjectName(QStringLiteral("disputeUndoStack-%1").arg(disputeId));
        m_group->addStack(stack);
    }
    return stack;
}

QUndoStack *DisputeEditor::currentStack()
{
    return m_currentCase == 0 ? nullptr : undoStack(m_currentCase);
}

QUndoStack *DisputeEditor::activeStack() const
{
    return m_group->activeStack();
}

DisputeCommandFactory DisputeEditor::factory() const
{
    if (!m_session)
        throw ValidationError(tr("No database is open."));
    return DisputeCommandFactory(*m_session);
}

bool DisputeEditor::perform(std::unique_ptr<DisputeUndoCommand> command, QString *failure)
{
    if (!command)
        return false;
    try {
        command->perform();
    } catch (const Error &error) {
        if (failure)
            *failure = error.message();
        emit failed(error.message());
        return false;
    }
    const qint64 disputeId = command->disputeId();
    QUndoStack *stack = undoStack(disputeId);
    if (command->isUndoable()) {
        command->setObserver([this](qint64 id, const QString &refusal) {
            if (!refusal.isEmpty())
                emit failed(refusal);
            emit changed(id);
        });
        stack->push(command.release());
    } else {
        // Nothing before a final edit of this case can be undone without contradicting it (a
        // credit note issued, a finding recorded): the case's history ends here. Other cases
        // keep theirs.
        stack->clear();
    }
    emit changed(disputeId);
    return true;
}

bool DisputeEditor::perform(const Make &make, QString *failure)
{
    std::unique_ptr<DisputeUndoCommand> command;
    try {
        command = make(factory());
    } catch (const Error &error) {
        if (failure)
            *failure = error.message();
        emit failed(error.message());
        return false;
    }
    return perform(std::move(command), failure);
}

QString DisputeEditor::undoDescription() const
{
    const QUndoStack *stack = activeStack();
    if (!stack || !stack->canUndo())
        return QString();
    const auto *command = dynamic_cast<const DisputeUndoCommand *>(stack->command(stack->index() - 1));
    return command ? command->undoText() : stack->undoText();
}

QString DisputeEditor::redoDescription() const
{
    const QUndoStack *stack = activeStack();
    if (!stack || !stack->canRedo())
        return QString();
    const auto *command = dynamic_cast<const DisputeUndoCommand *>(stack->command(stack->index()));
    return command ? command->redoText() : stack->redoText();
}

} // namespace dd
