#include "DisputeEditor.h"

#include "DisputeCommand.h"
#include "common/Clock.h"
#include "common/ValidationError.h"
#include "storage/StorageError.h"

#include <QUndoStack>

namespace dd {

DisputeEditor::DisputeEditor(QObject *parent)
    : QObject(parent)
    , m_systemClock(std::make_unique<SystemClock>())
    , m_clock(m_systemClock.get())
    , m_stack(new QUndoStack(this))
{
    m_stack->setObjectName(QStringLiteral("disputeUndoStack"));
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    m_actor = user.isEmpty() ? QStringLiteral("user") : user;
}

DisputeEditor::~DisputeEditor()
{
    // The commands refer to this editor; they go first.
    m_stack->clear();
}

void DisputeEditor::setDatabase(Database *database)
{
    if (database == m_database)
        return;
    m_stack->clear();
    m_database = database;
}

void DisputeEditor::setClock(const Clock *clock)
{
    m_clock = clock ? clock : m_systemClock.get();
}

void DisputeEditor::run(const std::function<void(DisputeService &)> &call)
{
    if (!m_database)
        throw ValidationError(tr("No database is open."));
    DisputeService service(*m_database, *m_clock, m_actor);
    call(service);
}

bool DisputeEditor::perform(DisputeCommand *command)
{
    std::unique_ptr<DisputeCommand> owned(command);
    try {
        command->perform();
    } catch (const ValidationError &error) {
        emit failed(error.message());
        return false;
    } catch (const StorageError &error) {
        emit failed(error.message());
        return false;
    }
    const qint64 disputeId = command->disputeId();
    if (command->isUndoable()) {
        m_stack->push(owned.release());
    } else {
        // The command is obsolete and is not kept. Nothing before a final edit can be undone
        // without contradicting it (a credit note issued, a finding recorded): the history ends here.
        m_stack->clear();
    }
    emit changed(disputeId);
    return true;
}

QString DisputeEditor::undoDescription() const
{
    if (!m_stack->canUndo())
        return QString();
    const auto *command = dynamic_cast<const DisputeCommand *>(m_stack->command(m_stack->index() - 1));
    return command ? command->undoText() : m_stack->undoText();
}

QString DisputeEditor::redoDescription() const
{
    if (!m_stack->canRedo())
        return QString();
    const auto *command = dynamic_cast<const DisputeCommand *>(m_stack->command(m_stack->index()));
    return command ? command->redoText() : m_stack->redoText();
}

} // namespace dd
