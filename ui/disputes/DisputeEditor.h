#pragma once

#include "disputes/DisputeService.h"

#include <QObject>

#include <functional>
#include <memory>

class QUndoStack;

namespace dd {

class Clock;
class Database;
class DisputeCommand;

// The one door through which the GUI changes dispute cases: every edit is a DisputeCommand,
// performed once through DisputeService (one transaction, guard checked, audit written) and then
// kept on the undo stack. An edit that cannot be undone truthfully ends the undo history, so that
// an older command is never undone over it.
class DisputeEditor : public QObject
{
    Q_OBJECT
public:
    explicit DisputeEditor(QObject *parent = nullptr);
    ~DisputeEditor() override;

    // Commands refer to the database they were made on: a new one clears the history.
    void setDatabase(Database *database);
    Database *database() const { return m_database; }
    // Tests fix the clock; the program uses the system clock.
    void setClock(const Clock *clock);
    const Clock &clock() const { return *m_clock; }
    QString actor() const { return m_actor; }
    void setActor(const QString &actor) { m_actor = actor; }

    QUndoStack *undoStack() const { return m_stack; }

    // Performs the edit; on success it goes on the undo stack and true is returned. A refused
    // edit (ValidationError) changes nothing: failed() carries the reason and false is returned.
    bool perform(DisputeCommand *command);
    // The description of what Undo and Redo would do now, for the Edit menu.
    QString undoDescription() const;
    QString redoDescription() const;

    // Runs `call` with a service on the open database; used by the commands.
    void run(const std::function<void(DisputeService &)> &call);

signals:
    // A case was changed (by an edit, an undo or a redo): views read it again.
    void changed(qint64 disputeId);
    void failed(const QString &message);

private:
    Database *m_database = nullptr;
    std::unique_ptr<Clock> m_systemClock;
    const Clock *m_clock;
    QString m_actor;
    QUndoStack *m_stack;
};

} // namespace dd
