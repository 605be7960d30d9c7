#pragma once

#include <QObject>

class QUndoGroup;
class QUndoStack;

namespace dd {

class Session;

// The "do not dun" mark of customers, set from the Customers list or the Dunning area: each
// change is a DoNotDunCommand on one stack, in the main window's QUndoGroup, so Edit ▸ Undo
// takes it back while one of those areas is in view (issue 18).
class DoNotDunEditor : public QObject
{
    Q_OBJECT
public:
    explicit DoNotDunEditor(QObject *parent = nullptr);

    void setUndoGroup(QUndoGroup *group);
    // The stack is of one database: another session starts it empty.
    void setSession(Session *session);
    QUndoStack *undoStack() const { return m_stack; }

    // Marks the customer or lifts the mark, as an undoable step. Throws dd::Error, having
    // changed nothing, when the customer is unknown or the database refuses.
    void setDoNotDun(qint64 customerId, bool mark);

signals:
    // An undo or redo the database refused: the step left the stack.
    void failed(const QString &message);

private:
    Session *m_session = nullptr;
    QUndoStack *m_stack;
};

} // namespace dd
