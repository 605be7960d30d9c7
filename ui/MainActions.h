#pragma once

#include <QObject>

class QAction;
class QMenu;
class QMenuBar;
class QUndoGroup;
class QWidget;

namespace dd {

// Every action of the main window's menus, with its text, shortcut, object name (tests find
// them by it) and status tip, made in one place; the window connects them to what they do.
// Undo and Redo come from the window's QUndoGroup, so they act on the stack of what is in view.
class MainActions : public QObject
{
    Q_OBJECT
public:
    MainActions(QWidget *window, QUndoGroup *undoGroup);

    // The menus, in the order of the menu bar; returns the Case menu (its actions depend on
    // the case shown, so the window updates them when it opens).
    QMenu *fillMenuBar(QMenuBar *bar);

    QAction *open;
    QAction *newDatabase;
    QAction *connectServer; // a team database (issue 20)
    QMenu *recentMenu = nullptr; // File ▸ Open Recent, made by fillMenuBar
    QAction *demo;
    QAction *import;
    QAction *bankImport;
    QAction *exportList; // the list in front, as filtered and sorted (issue 19)
    QAction *printList;
    QAction *quit;

    QAction *undo;
    QAction *redo;

    // View ▸ the areas, Ctrl+0 … Ctrl+7.
    QAction *dashboardTab;
    QAction *invoicesTab;
    QAction *customersTab;
    QAction *agingTab;
    QAction *disputesTab;
    QAction *creditNotesTab;
    QAction *dunningTab;
    QAction *bankTab;
    QAction *find;
    QAction *overdue;
    QAction *refresh;

    QAction *createLetter;
    QAction *issueCreditNote;

    QAction *disputeReport;
    QAction *agingReport;

    QAction *settings;
    QAction *legalTables;
    QAction *exchangeRates;
    QAction *companySettings;
    QAction *disputeRules;

    QAction *legalCalculator;
    QAction *customerCard;

    QAction *about;
    QAction *aboutQt;

private:
    QAction *make(const QString &text, const char *objectName, const QString &statusTip = QString());
    QAction *makeTab(const QString &text, const char *objectName, int key);
};

} // namespace dd
