#pragma once

#include <QString>
#include <QUndoCommand>

#include <functional>

namespace dd {

// An edit of stored data that has a state before and after (a customer's do-not-dun mark, the
// company details, the dispute rules, a legal table period): redo stores the state after, undo
// the state before, each in one transaction of the core service that owns the data, so the
// session tells the views. The first time, perform() makes the edit and throws when it is
// refused, so that a refused edit never reaches a stack; an undo or redo that the database refuses
// later makes the command obsolete (it leaves the stack) and the observer hears why.
class StoredEditCommand : public QUndoCommand
{
public:
    using Observer = std::function<void(const QString &failure)>;

    void setObserver(Observer observer) { m_observer = std::move(observer); }

    // Makes the edit the first time; throws dd::Error, having changed nothing, when refused.
    virtual void perform();

    void redo() override;
    void undo() override;

protected:
    explicit StoredEditCommand(const QString &text);
    // Stores the state after the edit (`after` true) or before it; one transaction; throws dd::Error.
    virtual void store(bool after) = 0;

private:
    void attempt(bool after);

    Observer m_observer;
    bool m_performed = false;
};

} // namespace dd
