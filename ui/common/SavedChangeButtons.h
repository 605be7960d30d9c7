#pragma once

#include <QObject>

class QDialogButtonBox;
class QPushButton;
class QUndoStack;

namespace dd {

// Undo and Redo buttons in a settings dialog's button box for the changes it saved before: a save
// reaches everyone using the database at once, so taking one back is a step of its own, named by
// the stack ("Undo: change the dispute rules"). The buttons follow the stack; the dialog reloads
// its fields when the stack moves (QUndoStack::indexChanged).
class SavedChangeButtons : public QObject
{
    Q_OBJECT
public:
    SavedChangeButtons(QDialogButtonBox *box, QUndoStack *stack);

private:
    void update();

    QUndoStack *m_stack;
    QPushButton *m_undo;
    QPushButton *m_redo;
};

} // namespace dd
