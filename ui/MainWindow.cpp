#include "MainWindow.h"

#include "DatabaseController.h"
#include "MainActions.h"
#include "MenuDialogs.h"
#include "StatusSummary.h"
#include "UndoInView.h"
#include "common/ListOutput.h"
#include "WindowDialogs.h"
#include "bank/BankReconciliationView.h"
#include "common/ScreenFit.h"
#include "common/ViewRefresh.h"
#include "common/Error.h"
#include "common/UiLocale.h"
#include "creditnotes/CreditNoteListView.h"
#include "customers/CustomerListView.h"
#include "customers/DoNotDunEditor.h"
#include "customers/CustomerRepository.h"
#include "customers/CustomerTableModel.h"
#include "dashboard/DashboardView.h"
#include "dashboard/DisputeListLink.h"
#include "database/RecentDatabases.h"
#include "database/RecentDatabasesMenu.h"
#include "demo/DemoDataLoader.h"
#include "disputes/DisputeCaseView.h"
#include "disputes/DisputeEditor.h"
#include "disputes/DisputeListView.h"
#include "disputes/DisputeRepository.h"
#include "disputes/DisputesView.h"
#include "dunning/DunningView.h"
#include "invoices/InvoiceListView.h"
#include "invoices/InvoiceRepository.h"
#include "invoices/InvoiceTableModel.h"
#include "receivables/AgingView.h"
#include "session/Session.h"
#include "settings/AppSettings.h"
#include "storage/DatabaseLocation.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

namespace dd {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_databases(new DatabaseController(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_invoiceModel(new InvoiceTableModel(this))
    , m_customerModel(new CustomerTableModel(this))
    , m_tabs(new QTabWidget(this))
    , m_invoiceView(new InvoiceListView(m_invoiceModel, this))
    , m_customerView(new CustomerListView(m_customerModel, this))
    , m_agingView(new AgingView(this))
    , m_dashboardView(new DashboardView(this))
    , m_disputeEditor(new DisputeEditor(this))
    , m_disputesView(new DisputesView(m_disputeEditor, this))
    , m_doNotDunEditor(new DoNotDunEditor(this))
    , m_creditNoteView(new CreditNoteListView(this))
    , m_dunningView(new DunningView(this))
    , m_bankView(new BankReconciliationView(this))
    , m_caseReload(new ViewRefresh(m_disputesView, [this] {
        if (m_disputesView->caseView()->disputeId() != 0)
            m_disputesView->caseView()->reload();
    }))
    , m_status(new StatusSummary(statusBar(), m_invoiceModel, m_customerModel, this))
    , m_menuDialogs(new MenuDialogs(this))
    , m_dialogs(new WindowDialogs(this, m_disputeEditor))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_invoiceModel->setObjectName(QStringLiteral("invoiceModel"));
    m_customerModel->setObjectName(QStringLiteral("customerModel"));
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_dashboardView, tr("Dash&board"));
    m_tabs->addTab(m_invoiceView, tr("&Invoices"));
    m_tabs->addTab(m_customerView, tr("C&ustomers"));
    m_tabs->addTab(m_agingView, tr("&Aged receivables"));
    m_tabs->addTab(m_disputesView, tr("&Disputes"));
    m_tabs->addTab(m_creditNoteView, tr("Credit &Notes"));
    m_tabs->addTab(m_dunningView, tr("Dunnin&g"));
    m_tabs->addTab(m_bankView, tr("Ban&k"));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(10, 6, 10, 4);
    layout->addWidget(m_tabs);
    setCentralWidget(central);

    // The case edits' stack; the undo helper gives each case its own (issue 18).
    // Each case's stack lives in the group; the case in view has the active one.
    m_undoInView = new UndoInView(m_undoGroup, m_tabs, {m_disputesView, m_customerView, m_dunningView, m_bankView},
                                  m_disputeEditor, m_doNotDunEditor, this);
    m_dunningView->setDoNotDunEditor(m_doNotDunEditor);
    m_actions = new MainActions(this, m_undoGroup);
    connect(m_actions->fillMenuBar(menuBar()), &QMenu::aboutToShow, this, &MainWindow::updateCaseActions);
    connectActions();
    connectViews();
    m_undoInView->setActions(m_actions->undo, m_actions->redo);

    updateTitle();
    updateActions();
    m_status->update();
    // Room for the lists on a big screen; a laptop gets all it has (ScreenFit bounds it).
    ScreenFit::resize(this, QSize(1720, 1000));
}

MainWindow::~MainWindow()
{
    // The views read through the session: let go of it before it closes.
    attachSession(nullptr);
}

void MainWindow::setInteractive(bool interactive)
{
    m_databases->setInteractive(interactive);
}

bool MainWindow::isInteractive() const
{
    return m_databases->isInteractive();
}

void MainWindow::connectActions()
{
    MainActions &a = *m_actions;
    connect(a.open, &QAction::triggered, this, &MainWindow::chooseDatabaseToOpen);
    connect(a.newDatabase, &QAction::triggered, this, &MainWindow::chooseNewDatabase);
    connect(a.copyDatabase, &QAction::triggered, m_menuDialogs, &MenuDialogs::showCopyDatabase);
    connect(a.connectServer, &QAction::triggered, this, [this] {
        if (const QString location = m_databases->askForServer(); !location.isEmpty())
            openDatabase(location);
    });
    connect(new RecentDatabasesMenu(a.recentMenu), &RecentDatabasesMenu::openRequested, this, &MainWindow::openDatabase);
    connect(a.demo, &QAction::triggered, this, [this] { loadDemoData(DemoDataLoader::defaultOptions(asOf())); });
    connect(a.import, &QAction::triggered, m_menuDialogs, &MenuDialogs::showImportWizard);
    connect(a.bankImport, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_bankView);
        m_bankView->chooseStatement();
    });
    // Export and print reach the list of the tab in front (issue 19).
    connect(a.exportList, &QAction::triggered, this, [this] { listInView() ? listInView()->chooseAndExport() : void(); });
    connect(a.printList, &QAction::triggered, this, [this] { listInView() ? listInView()->chooseAndPrint() : void(); });
    connect(a.quit, &QAction::triggered, this, &QMainWindow::close);

    const QList<std::pair<QAction *, QWidget *>> tabs = {
        {a.dashboardTab, m_dashboardView}, {a.invoicesTab, m_invoiceView},     {a.customersTab, m_customerView},
        {a.agingTab, m_agingView},         {a.disputesTab, m_disputesView},    {a.creditNotesTab, m_creditNoteView},
        {a.dunningTab, m_dunningView},     {a.bankTab, m_bankView},
    };
    for (const auto &[action, tab] : tabs)
        connect(action, &QAction::triggered, this, [this, tab = tab] { m_tabs->setCurrentWidget(tab); });
    connect(a.find, &QAction::triggered, this, &MainWindow::focusFilter);
    if (auto *overdue = m_invoiceView->findChild<QCheckBox *>(QStringLiteral("invoiceOverdueOnly"))) {
        connect(a.overdue, &QAction::toggled, overdue, &QCheckBox::setChecked);
        connect(overdue, &QCheckBox::toggled, a.overdue, &QAction::setChecked);
    }
    connect(a.refresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(a.customerCard, &QAction::triggered, this, [this] {
        const QModelIndex index = m_customerView->table()->currentIndex();
        if (index.isValid())
            m_dialogs->showCustomerCard(m_customerModel->customerIdAt(index.row()));
    });

    connect(a.createLetter, &QAction::triggered, this, [this] { createLetter(currentDisputeId()); });
    connect(a.issueCreditNote, &QAction::triggered, this, [this] { issueCreditNote(currentDisputeId()); });
    connect(a.disputeReport, &QAction::triggered, this, [this] { openReport(true); });
    connect(a.agingReport, &QAction::triggered, this, [this] { openReport(false); });
    connect(a.settings, &QAction::triggered, m_menuDialogs, &MenuDialogs::showSettings);
    connect(a.legalTables, &QAction::triggered, m_menuDialogs, &MenuDialogs::showLegalTables);
    connect(a.exchangeRates, &QAction::triggered, m_menuDialogs, &MenuDialogs::showExchangeRates);
    connect(a.companySettings, &QAction::triggered, this, &MainWindow::showCompanySettings);
    connect(a.disputeRules, &QAction::triggered, this, &MainWindow::showDisputeRules);
    connect(a.legalCalculator, &QAction::triggered, m_menuDialogs, &MenuDialogs::showLegalCalculator);
    connect(a.about, &QAction::triggered, m_menuDialogs, &MenuDialogs::showAbout);
    connect(a.aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

}

void MainWindow::connectViews()
{
    connect(m_databases, &DatabaseController::failed, this, &MainWindow::reportError);
    connect(m_databases, &DatabaseController::openFailed, this, &MainWindow::noteError);
    connect(m_databases, &DatabaseController::notice, this, [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    connect(m_status, &StatusSummary::loadFailed, this, &MainWindow::reportError);
    connect(m_menuDialogs, &MenuDialogs::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_dialogs, &WindowDialogs::failed, this, &MainWindow::reportError);
    connect(m_dialogs, &WindowDialogs::showDisputeRequested, this, &MainWindow::showDispute);
    connect(m_dialogs, &WindowDialogs::showDisputeNumberRequested, this, &MainWindow::showDisputeNumber);
    connect(m_dialogs, &WindowDialogs::creditNoteIssued, this, [this](qint64 creditNoteId) {
        m_creditNoteView->refresh();
        m_creditNoteView->showCreditNote(creditNoteId);
    });
    // The warnings follow the new rules.
    connect(m_menuDialogs, &MenuDialogs::disputeRulesChanged, m_disputesView, &DisputesView::refresh);
    connect(m_status, &StatusSummary::totalsCounted, this, &MainWindow::updateActions);
    connect(m_databases, &DatabaseController::openAnotherRequested, this, &MainWindow::chooseDatabaseToOpen);

    connect(m_invoiceView, &InvoiceListView::invoiceActivated, this, &MainWindow::showInvoice);
    connect(m_invoiceView, &InvoiceListView::openDisputeRequested, this, &MainWindow::openDisputeFor);
    connect(m_invoiceView, &InvoiceListView::showDisputeRequested, this, &MainWindow::showDisputeNumber);
    connect(m_invoiceView, &InvoiceListView::issueCreditNoteRequested, this,
            [this](const QString &invoiceNumber) { issueCreditNote(0, invoiceNumber); });
    connect(m_invoiceView, &InvoiceListView::dunningHistoryRequested, this,
            [this](qint64 invoiceId) { m_dunningView->showHistoryFor(DunningHistoryDialog::Subject::Invoice, invoiceId); });
    connect(m_invoiceView, &InvoiceListView::filterApplied, this, [this] {
        m_status->update();
        // The totals need a second pass over the filtered invoices: after the list has painted.
        QTimer::singleShot(0, m_status, &StatusSummary::updateOpenTotals);
    });
    connect(m_customerView, &CustomerListView::filterApplied, m_status, &StatusSummary::update);
    connect(m_customerView, &CustomerListView::customerActivated, this, &MainWindow::showCustomerInvoices);
    connect(m_customerView, &CustomerListView::dunningHistoryRequested, this,
            [this](qint64 customerId) { m_dunningView->showHistoryFor(DunningHistoryDialog::Subject::Customer, customerId); });
    connect(m_customerView, &CustomerListView::doNotDunRequested, m_dunningView, &DunningView::setDoNotDun);
    for (auto *model : {static_cast<PagedTableModel *>(m_invoiceModel), static_cast<PagedTableModel *>(m_customerModel)})
        connect(model, &PagedTableModel::loadFailed, this, &MainWindow::reportError);
    connect(m_customerView, &CustomerListView::loadFailed, this, &MainWindow::reportError);
    connect(m_agingView, &AgingView::loadFailed, this, &MainWindow::reportError);
    connect(m_disputesView, &DisputesView::loadFailed, this, &MainWindow::reportError);
    connect(m_dashboardView, &DashboardView::loadFailed, this, &MainWindow::reportError);
    connect(m_creditNoteView, &CreditNoteListView::loadFailed, this, &MainWindow::reportError);
    connect(m_bankView, &BankReconciliationView::loadFailed, this, &MainWindow::reportError);
    connect(m_dunningView, &DunningView::loadFailed, this, &MainWindow::reportError);
    // A bar or slice of the dashboard opens the cases behind it. The Pareto counts every case
    // received in the period, open or closed; there is no filter by reason class, so a slice
    // opens all cases.
    const auto showCases = [this](const QString &reason, const QString &step) {
        m_tabs->setCurrentWidget(m_disputesView);
        DisputeListLink::apply(m_disputesView->listView(), reason, step);
    };
    connect(m_dashboardView, &DashboardView::reasonActivated, this, [showCases](const QString &reason) { showCases(reason, {}); });
    connect(m_dashboardView, &DashboardView::reasonClassActivated, this, [showCases] { showCases({}, {}); });
    connect(m_dashboardView, &DashboardView::stepActivated, this, [showCases](const QString &step) { showCases({}, step); });
    connect(m_creditNoteView, &CreditNoteListView::issueRequested, this, [this] { issueCreditNote(0); });
    connect(m_disputeEditor, &DisputeEditor::failed, this, &MainWindow::noteError);
    connect(m_doNotDunEditor, &DoNotDunEditor::failed, this, &MainWindow::noteError);
    m_status->follow(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateCaseActions);
}

bool MainWindow::openDatabase(const QString &path)
{
    std::unique_ptr<Session> session = m_databases->open(path);
    if (!session) {
        emit databaseFailed(m_lastError);
        return false;
    }
    if (m_clock)
        session->setClock(m_clock);
    if (m_fixedAsOf.isValid())
        session->setAsOf(m_fixedAsOf);
    session->setActingUser(AppSettings::displayName());
    closeDialogs();
    m_dialogs->closeDialogs(true);
    attachSession(session.get());
    m_session = std::move(session); // the previous one closes here, after the views let go
    m_lastError.clear();
    RecentDatabases::add(path);
    updateTitle();
    updateActions();
    m_status->update();
    m_status->updateOpenTotals();
    emit databaseOpened(path);
    if (isInteractive() && isEmptyDatabase())
        QTimer::singleShot(0, this, &MainWindow::offerDemoData);
    return true;
}

void MainWindow::attachSession(Session *session)
{
    if (m_session)
        disconnect(m_session.get(), nullptr, this, nullptr);
    if (session) {
        m_invoiceModel->setAsOf(session->asOf());
        m_disputesView->setAsOf(session->asOf());
        connect(session, &Session::asOfChanged, m_disputesView, &DisputesView::setAsOf);
    }
    // The case view shows the notes and letters of its case; the dispute area reads its own edits.
    m_caseReload->follow(session, DataChange::CreditNotes | DataChange::Documents);
    m_invoiceView->setSession(session);
    m_invoiceModel->setSession(session);
    m_customerModel->setSession(session);
    m_customerView->setSession(session);
    m_agingView->setSession(session);
    m_dashboardView->setSession(session);
    m_disputeEditor->setSession(session);
    m_doNotDunEditor->setSession(session);
    m_menuDialogs->setSession(session);
    m_dialogs->setSession(session);
    m_disputesView->setSession(session);
    m_creditNoteView->setSession(session);
    m_dunningView->setSession(session);
    m_bankView->setSession(session);
    m_status->setSession(session);
}

void MainWindow::closeDialogs()
{
    m_menuDialogs->closeDialogs();
    m_dialogs->closeDialogs(false);
}

bool MainWindow::isEmptyDatabase() const
{
    return m_status->isEmptyDatabase();
}

bool MainWindow::loadDemoData(const DemoOptions &options)
{
    if (!m_session)
        return false;
    if (!isEmptyDatabase()) {
        reportError(tr("Demo data can only be loaded into an empty database."));
        return false;
    }
    // The lists must not read a half-written database while the progress dialog runs the
    // event loop.
    Session *session = m_session.get();
    attachSession(nullptr);
    const bool written = m_databases->loadDemoData(*session, options);
    attachSession(session);
    updateActions();
    m_status->update();
    m_status->updateOpenTotals();
    if (written)
        statusBar()->showMessage(tr("Demo data loaded."), 5000);
    return written;
}

void MainWindow::offerDemoData()
{
    const DemoOptions options = DemoDataLoader::defaultOptions(asOf());
    if (isEmptyDatabase() && m_databases->askForDemoData(options))
        loadDemoData(options);
}

void MainWindow::setAsOf(const QDate &asOf)
{
    m_fixedAsOf = asOf;
    if (m_session)
        m_session->setAsOf(asOf);
}

void MainWindow::setClock(const Clock *clock)
{
    m_clock = clock;
    if (m_session)
        m_session->setClock(clock);
    // The dispute area keeps its own clock until it takes the Session (issue 18).
    m_disputeEditor->setClock(clock);
}

QDate MainWindow::asOf() const
{
    return m_session ? m_session->asOf() : m_fixedAsOf;
}

InvoiceDetailDialog *MainWindow::invoiceDetail() const
{
    return m_dialogs->invoiceDetail();
}

void MainWindow::showInvoice(qint64 invoiceId)
{
    m_dialogs->showInvoice(invoiceId);
}

ReportDialog *MainWindow::reportDialog() const
{
    return m_dialogs->reportDialog();
}

void MainWindow::openReport(bool disputes)
{
    m_dialogs->openReport(disputes);
}

OpenDisputeDialog *MainWindow::openDisputeDialog() const
{
    return m_dialogs->openDisputeDialog();
}

void MainWindow::openDisputeFor(qint64 invoiceId)
{
    m_dialogs->openDisputeFor(invoiceId);
}

void MainWindow::showDispute(qint64 disputeId)
{
    m_tabs->setCurrentWidget(m_disputesView);
    m_disputesView->showDispute(disputeId);
}

void MainWindow::showDisputeNumber(const QString &number)
{
    if (!m_session)
        return;
    try {
        if (const auto dispute = m_session->disputeRepository().findByNumber(number)) {
            m_dialogs->closeInvoiceDetail();
            showDispute(dispute->id);
        }
    } catch (const Error &error) {
        reportError(error.message());
    }
}

void MainWindow::showCustomerInvoices(qint64 customerId, const QString &label)
{
    m_invoiceView->showCustomer(customerId, label);
    m_tabs->setCurrentWidget(m_invoiceView);
    m_invoiceView->table()->setFocus();
}

IssueCreditNoteDialog *MainWindow::issueCreditNoteDialog() const
{
    return m_dialogs->issueCreditNoteDialog();
}

LetterDialog *MainWindow::letterDialog() const
{
    return m_dialogs->letterDialog();
}

CompanySettingsDialog *MainWindow::companySettingsDialog() const
{
    return m_menuDialogs->companySettingsDialog();
}

qint64 MainWindow::currentDisputeId() const
{
    return m_tabs->currentWidget() == m_disputesView ? m_disputesView->caseView()->disputeId() : 0;
}

void MainWindow::updateCaseActions()
{
    const bool onCase = m_session && currentDisputeId() != 0;
    m_actions->createLetter->setEnabled(onCase);
    m_actions->issueCreditNote->setEnabled(onCase);
    m_actions->companySettings->setEnabled(m_session != nullptr);
    m_actions->disputeRules->setEnabled(m_session != nullptr);
}

void MainWindow::issueCreditNote(qint64 disputeId, const QString &invoiceNumber)
{
    m_dialogs->issueCreditNote(disputeId, invoiceNumber);
}

void MainWindow::createLetter(qint64 disputeId)
{
    m_dialogs->createLetter(disputeId);
}

void MainWindow::showCompanySettings()
{
    m_menuDialogs->showCompanySettings();
}

void MainWindow::showDisputeRules()
{
    m_menuDialogs->showDisputeRules();
}

void MainWindow::refresh()
{
    if (!m_session)
        return;
    attachSession(m_session.get());
    updateActions();
    m_status->update();
    m_status->updateOpenTotals();
}

void MainWindow::noteError(const QString &message)
{
    m_lastError = message;
    statusBar()->showMessage(message, 10000);
}

void MainWindow::reportError(const QString &message)
{
    noteError(message);
    if (isInteractive())
        QMessageBox::warning(this, tr("DisputeDesk"), message);
}

void MainWindow::updateTitle()
{
    // applicationDisplayName is appended by Qt.
    // A server's location may hold its password: it is never the window's file path.
    setWindowTitle(m_session ? DatabaseLocation::shortName(m_session->location()) : tr("No database"));
    setWindowFilePath(m_session && !DatabaseLocation::isServer(m_session->location()) ? m_session->location() : QString());
}

void MainWindow::updateActions()
{
    const bool open = m_session != nullptr;
    m_actions->demo->setEnabled(isEmptyDatabase());
    m_actions->exportList->setEnabled(open && listInView());
    m_actions->printList->setEnabled(open && listInView());
    for (QAction *action : {m_actions->refresh, m_actions->copyDatabase, m_actions->import, m_actions->bankImport, m_actions->legalTables,
                            m_actions->find, m_actions->overdue, m_actions->disputeReport, m_actions->agingReport,
                            m_actions->customerCard})
        action->setEnabled(open);
    updateCaseActions();
}

ListOutput *MainWindow::listInView() const
{
    return m_tabs->currentWidget() ? m_tabs->currentWidget()->findChild<ListOutput *>() : nullptr;
}

void MainWindow::chooseDatabaseToOpen()
{
    const QString path = m_databases->chooseExisting(m_session ? m_session->location() : QString());
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::chooseNewDatabase()
{
    const QString path = m_databases->chooseNew(m_session ? m_session->location() : QString());
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::focusFilter()
{
    if (m_tabs->currentWidget() == m_customerView) {
        m_customerView->focusFilter();
        return;
    }
    if (m_tabs->currentWidget() == m_disputesView) {
        m_disputesView->listView()->focusFilter();
        return;
    }
    m_tabs->setCurrentWidget(m_invoiceView);
    m_invoiceView->focusFilter();
}

void MainWindow::restoreWindowState()
{
    const QByteArray geometry = AppSettings::mainWindowGeometry();
    if (!geometry.isEmpty()) {
        restoreGeometry(geometry);
        // Saved on a bigger or since unplugged monitor, Qt restores it as it was.
        ScreenFit::keepOnScreen(this);
    }
    const QByteArray state = AppSettings::mainWindowState();
    if (!state.isEmpty())
        restoreState(state);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    AppSettings::setMainWindowGeometry(saveGeometry(), saveState());
    closeDialogs();
    QMainWindow::closeEvent(event);
    event->accept();
}

} // namespace dd
