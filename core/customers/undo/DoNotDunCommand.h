#pragma once

#include <QString>
#include <QUndoCommand>

#include <functional>

namespace dd {

class Session;

// Marks a customer "do not dun" or lifts the mark, through DunningSettings (one transaction
// that tells the session the customers and the dunning run changed). Undo puts back the mark
// the customer had before, redo sets it again: both are the same stored flag, so nothing else
// stays behind.
class DoNotDunCommand : public QUndoCommand
{
public:
    // Told after an undo or redo that the database refused (the command then leaves the stack).
    using Observer = std::function<void(const QString &failure)>;

    // Reads the customer's name and present mark; throws dd::Error when there is no such customer.
    DoNotDunCommand(Session &session, qint64 customerId, bool mark);

    qint64 customerId() const { return m_customerId; }
    bool mark() const { return m_mark; }
    // False when the customer already had the mark: nothing to do, nothing to keep on a stack.
    bool changes() const { return m_mark != m_before; }

    void setObserver(Observer observer) { m_observer = std::move(observer); }

    // Makes the edit the first time; throws dd::Error, having changed nothing, when refused.
    void perform();

    void redo() override;
    void undo() override;

private:
    void attempt(bool mark);
    void store(bool mark);

    Session &m_session;
    const qint64 m_customerId;
    const bool m_mark;
    bool m_before = false;
    bool m_performed = false;
    Observer m_observer;
};

} // namespace dd
