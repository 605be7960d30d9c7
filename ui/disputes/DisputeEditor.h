#pragma once

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>

class QUndoGroup;
class QUndoStack;

namespace dd {

class Clock;
class DisputeCommandFactory;
class DisputeUndoCommand;
class Session;

// The one door through which the GUI changes dispute cases: every edit is a DisputeUndoCommand
// (built by DisputeCommandFactory), performed once through the session's DisputeService (one
// transaction, guard checked, audit written) and then kept on the undo stack of its case. Each
// case has its own stack in the undo group, and the case in view has the active one: an edit of
// one case never undoes, nor wipes the history of, another. An edit that cannot be undone
// truthfully ends its case's history, so that an older command is never undone over it.
class DisputeEditor : public QObject
{
    Q_OBJECT
public:
    explicit DisputeEditor(QObject *parent = nullptr);
    ~DisputeEditor() override;

    // Commands act on the session they were made on: a new one clears every case's history.
    void setSession(Session *session);
    Session *session() const { return m_session; }
    // Tests fix the clock; it is handed to every session set, now and later.
    void setClock(const Clock *clock);
    // The session's clock and acting user; without a session, the system clock and the user by
    // ActingUser's rule.
    const Clock &clock() const;
    QString actor() const;

    // The group the cases' stacks belong to, whose active stack the Edit menu follows. Until one
    // is set the editor keeps its own; the stacks move to a group set later.
    void setUndoGroup(QUndoGroup *group);
    QUndoGroup *undoGroup() const { return m_group; }
    // The case in view: its stack becomes the group's active one. 0: no case.
    void setCurrentCase(qint64 disputeId);
    // The stack of a case, made when first asked for.
    QUndoStack *undoStack(qint64 disputeId);
    QUndoStack *activeStack() const;
    // The stack of the case in view (made when first asked for), or nullptr when none is shown;
    // the main window makes it the active one while the Disputes area is shown.
    QUndoStack *currentStack();

    // Builds the commands; throws ValidationError when no database is open.
    DisputeCommandFactory factory() const;
    // Performs the edit; on success it goes on its case's stack and true is returned. A refused
    // edit (dd::Error) changes nothing: failed() and `failure` carry the reason and false is
    // returned.
    bool perform(std::unique_ptr<DisputeUndoCommand> command, QString *failure = nullptr);
    // The same for the command `make` builds with the factory; a refusal while building it (no
    // database, an evidence file that cannot be read) is reported alike.
    using Make = std::function<std::unique_ptr<DisputeUndoCommand>(const DisputeCommandFactory &)>;
    bool perform(const Make &make, QString *failure = nullptr);
    // The description of what Undo and Redo would do now in the case in view, for the Edit menu.
    QString undoDescription() const;
    QString redoDescription() const;

signals:
    // A case was changed (by an edit, an undo or a redo).
    void changed(qint64 disputeId);
    void failed(const QString &message);

private:
    void clearStacks();

    Session *m_session = nullptr;
    const Clock *m_clock = nullptr;
    std::unique_ptr<Clock> m_systemClock;
    QUndoGroup *m_ownGroup;
    QUndoGroup *m_group;
    QHash<qint64, QUndoStack *> m_stacks;
    qint64 m_currentCase = 0;
};

} // namespace dd
