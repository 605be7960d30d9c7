#pragma once

#include <QObject>

class QAction;
class QTabWidget;
class QUndoGroup;
class QUndoStack;
class QWidget;

namespace dd {

class BankReconciliationView;
class DisputeEditor;
class DoNotDunEditor;

// Ctrl+Z acts on what is in view: a case's moves only while the Disputes area is shown, the
// "do not dun" marks on the Customers and Dunning tabs (both set them), the ticks and matches
// before booking on the Bank tab, elsewhere nothing. Follows the tab in front, keeps the group's
// active stack on it, and words the Undo and Redo actions.
class UndoInView : public QObject
{
    Q_OBJECT
public:
    struct Areas
    {
        QWidget *disputes = nullptr;
        QWidget *customers = nullptr;
        QWidget *dunning = nullptr;
        BankReconciliationView *bank = nullptr;
    };

    UndoInView(QUndoGroup *group, QTabWidget *tabs, const Areas &areas, DisputeEditor *disputeEditor,
               DoNotDunEditor *doNotDunEditor, QObject *parent);

    // The actions whose texts say what the step will do, made by MainActions from the group; from
    // here on the active stack follows the tab in front.
    void setActions(QAction *undo, QAction *redo);
    QUndoStack *stackInView() const;

private:
    // Makes the stack of the area in front the active one.
    void follow();
    void updateTexts();

    QUndoGroup *m_group;
    QTabWidget *m_tabs;
    Areas m_areas;
    DisputeEditor *m_disputeEditor;
    DoNotDunEditor *m_doNotDunEditor;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
};

} // namespace dd
