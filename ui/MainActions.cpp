#include "MainActions.h"

#include "MainWindow.h"

#include <QAction>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QUndoGroup>

namespace dd {

// The texts are translated under the main window's context, where the catalogues have them.
MainActions::MainActions(QWidget *window, QUndoGroup *undoGroup)
    : QObject(window)
{
    open = make(MainWindow::tr("&Open Database…"), "openAction", MainWindow::tr("Open another DisputeDesk database file"));
    open->setShortcut(QKeySequence::Open);
    newDatabase = make(MainWindow::tr("&New Database…"), "newAction", MainWindow::tr("Create an empty DisputeDesk database file"));
    newDatabase->setShortcut(QKeySequence::New);
    connectServer = make(MainWindow::tr("&Connect to Team Database…"), "connectServerAction",
                         MainWindow::tr("Open a DisputeDesk database on a PostgreSQL server"));
    demo = make(MainWindow::tr("Load &Demo Data…"), "demoAction",
                MainWindow::tr("Fill the empty database with example customers, invoices and payments"));
    import = make(MainWindow::tr("&Import…"), "importAction", MainWindow::tr("Import customers, invoices or payments from a CSV file"));
    bankImport = make(MainWindow::tr("Import &Bank Statement…"), "bankImportAction",
                      MainWindow::tr("Match the credits of a CAMT.053 bank statement to open invoices"));
    exportList = make(MainWindow::tr("&Export List…"), "exportListAction", MainWindow::tr("Save the list in front, as filtered and sorted, as a CSV file"));
    exportList->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    printList = make(MainWindow::tr("&Print List…"), "printListAction", MainWindow::tr("Print the list in front, as filtered and sorted"));
    printList->setShortcut(QKeySequence::Print);
    quit = make(MainWindow::tr("&Quit"), "quitAction");
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    // Undo and Redo act on the active stack of the group; the window sets their texts so they
    // say what they will do (undoing a move is a new, recorded move back).
    undo = undoGroup->createUndoAction(this, MainWindow::tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    redo = undoGroup->createRedoAction(this, MainWindow::tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});

    dashboardTab = makeTab(MainWindow::tr("Dash&board"), "dashboardTabAction", Qt::Key_0);
    invoicesTab = makeTab(MainWindow::tr("&Invoices"), "invoicesTabAction", Qt::Key_1);
    customersTab = makeTab(MainWindow::tr("&Customers"), "customersTabAction", Qt::Key_2);
    agingTab = makeTab(MainWindow::tr("&Aged Receivables"), "agingTabAction", Qt::Key_3);
    disputesTab = makeTab(MainWindow::tr("&Disputes"), "disputesTabAction", Qt::Key_4);
    creditNotesTab = makeTab(MainWindow::tr("Credit &Notes"), "creditNotesTabAction", Qt::Key_5);
    dunningTab = makeTab(MainWindow::tr("Dunnin&g"), "dunningTabAction", Qt::Key_6);
    bankTab = makeTab(MainWindow::tr("Ban&k"), "bankTabAction", Qt::Key_7);
    find = make(MainWindow::tr("&Find"), "findAction", MainWindow::tr("Go to the search field of the list"));
    find->setShortcut(QKeySequence::Find);
    overdue = make(MainWindow::tr("&Overdue Invoices Only"), "overdueAction");
    overdue->setCheckable(true);
    overdue->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    customerCard = make(MainWindow::tr("Open Customer Card…"), "customerCardAction",
                        MainWindow::tr("Details, open items, cases, letters, payments and statement of the customer selected"));
    customerCard->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    refresh = make(MainWindow::tr("&Refresh"), "refreshAction", MainWindow::tr("Read the lists again from the database"));
    refresh->setShortcut(QKeySequence(Qt::Key_F5));

    // The case view's own buttons belong to its owner; these act on the case it shows.
    createLetter = make(MainWindow::tr("Create &Letter…"), "createLetterAction",
                        MainWindow::tr("Compose a letter to the customer of the case shown, with a preview"));
    issueCreditNote = make(MainWindow::tr("Issue &Credit Note…"), "issueCreditNoteAction",
                           MainWindow::tr("Credit an invoice of the case shown, with a preview"));

    disputeReport = make(MainWindow::tr("&Dispute Report…"), "disputeReportAction",
                         MainWindow::tr("Reasons, handling times and outcomes of the disputes of a period, as PDF"));
    agingReport = make(MainWindow::tr("&Aged Receivables…"), "agingReportAction",
                       MainWindow::tr("Aged receivables per customer, disputed and undisputed, with DSO, as PDF"));

    settings = make(MainWindow::tr("&Settings…"), "settingsAction");
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    legalTables = make(MainWindow::tr("Interest Rates and Court &Fees…"), "legalTablesAction",
                       MainWindow::tr("The statutory interest rates and court fees used, and new periods"));
    exchangeRates = make(MainWindow::tr("E&xchange Rates…"), "exchangeRatesAction",
                         MainWindow::tr("The euro reference rates for credit notes in other currencies, and the ECB's rate file"));
    companySettings = make(MainWindow::tr("&Company and Letters…"), "companySettingsAction",
                           MainWindow::tr("The letterhead, credit note numbering and letter templates of this database"));
    disputeRules = make(MainWindow::tr("&Dispute Rules…"), "disputeRulesAction",
                        MainWindow::tr("The response time promised on new cases and when a product's complaints raise a warning"));

    legalCalculator = make(MainWindow::tr("&Legal Calculator…"), "legalCalculatorAction",
                           MainWindow::tr("Collection costs, statutory interest, court fee and limitation of a claim"));

    about = make(MainWindow::tr("&About DisputeDesk"), "aboutAction");
    about->setMenuRole(QAction::AboutRole);
    aboutQt = make(MainWindow::tr("About &Qt"), "aboutQtAction");
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

QAction *MainActions::make(const QString &text, const char *objectName, const QString &statusTip)
{
    auto *action = new QAction(text, this);
    action->setObjectName(QString::fromLatin1(objectName));
    if (!statusTip.isEmpty())
        action->setStatusTip(statusTip);
    return action;
}

QAction *MainActions::makeTab(const QString &text, const char *objectName, int key)
{
    QAction *action = make(text, objectName);
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(key)));
    return action;
}

QMenu *MainActions::fillMenuBar(QMenuBar *bar)
{
    const auto addMenu = [bar](const QString &title, const char *objectName, std::initializer_list<QAction *> actions) {
        QMenu *menu = bar->addMenu(title);
        menu->setObjectName(QString::fromLatin1(objectName));
        for (QAction *action : actions) {
            if (action)
                menu->addAction(action);
            else
                menu->addSeparator();
        }
        return menu;
    };
    recentMenu = new QMenu(MainWindow::tr("Open &Recent"), bar);
    recentMenu->setObjectName(QStringLiteral("recentMenu"));
    // nullptr: a separator.
    addMenu(MainWindow::tr("&File"), "fileMenu", {open, recentMenu->menuAction(), newDatabase, connectServer, nullptr, demo, import, bankImport, nullptr, exportList, printList, nullptr, quit});
    addMenu(MainWindow::tr("&Edit"), "editMenu", {undo, redo});
    addMenu(MainWindow::tr("&View"), "viewMenu",
            {dashboardTab, invoicesTab, customersTab, agingTab, disputesTab, creditNotesTab, dunningTab, bankTab, nullptr,
             find, overdue, customerCard, nullptr, refresh});
    QMenu *caseMenu = addMenu(MainWindow::tr("&Case"), "caseMenu", {createLetter, issueCreditNote});
    addMenu(MainWindow::tr("&Reports"), "reportsMenu", {disputeReport, agingReport});
    addMenu(MainWindow::tr("&Settings"), "settingsMenu", {settings, legalTables, exchangeRates, companySettings, disputeRules});
    addMenu(MainWindow::tr("&Tools"), "toolsMenu", {legalCalculator});
    addMenu(MainWindow::tr("&Help"), "helpMenu", {about, aboutQt});
    return caseMenu;
}

} // namespace dd
