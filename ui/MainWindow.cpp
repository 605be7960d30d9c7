#include "MainWindow.h"

#include "common/UiLocale.h"
#include "creditnotes/CreditNoteListView.h"
#include "creditnotes/IssueCreditNoteDialog.h"
#include "customers/CustomerListView.h"
#include "customers/CustomerRepository.h"
#include "customers/CustomerTableModel.h"
#include "dashboard/DashboardView.h"
#include "dashboard/DisputeListLink.h"
#include "demo/DemoDataLoader.h"
#include "disputes/DisputeCaseView.h"
#include "disputes/DisputeEditor.h"
#include "disputes/DisputeListView.h"
#include "disputes/DisputeRepository.h"
#include "disputes/DisputeRulesDialog.h"
#include "disputes/DisputesView.h"
#include "session/Session.h"
#include "disputes/OpenDisputeDialog.h"
#include "documents/CompanySettingsDialog.h"
#include "documents/LetterDialog.h"
#include "dunning/DunningSettings.h"
#include "dunning/DunningView.h"
#include "invoices/InvoiceDetailDialog.h"
#include "invoices/InvoiceListView.h"
#include "invoices/InvoiceRepository.h"
#include "invoices/InvoiceTableModel.h"
#include "receivables/AgingView.h"
#include "reports/ReportDialog.h"
#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"
#include "importers/ImportWizard.h"
#include "bank/BankReconciliationView.h"
#include "legal/LegalCalculatorWindow.h"
#include "legal/LegalTablesDialog.h"
#include "exchangerates/ExchangeRatesDialog.h"
#include "common/ValidationError.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

#ifndef DISPUTEDESK_VERSION
#define DISPUTEDESK_VERSION "0.0"
#endif

namespace dd {

namespace {
const QString fileFilter()
{
    return MainWindow::tr("DisputeDesk databases (*.sqlite *.db *.disputedesk);;All files (*)");
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_asOf(QDate::currentDate())
    , m_invoiceModel(new InvoiceTableModel(this))
    , m_customerModel(new CustomerTableModel(this))
    , m_tabs(new QTabWidget(this))
    , m_invoiceView(new InvoiceListView(m_invoiceModel, this))
    , m_customerView(new CustomerListView(m_customerModel, this))
    , m_agingView(new AgingView(this))
    , m_dashboardView(new DashboardView(this))
    , m_disputeEditor(new DisputeEditor(this))
    , m_disputesView(new DisputesView(m_disputeEditor, this))
    , m_creditNoteView(new CreditNoteListView(this))
    , m_bankView(new BankReconciliationView(this))
    , m_statusCounts(new QLabel(this))
    , m_statusOpen(new QLabel(this))
    , m_statusFile(new QLabel(this))
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
    m_dunningView = new DunningView(this);
    m_dunningView->setActor(m_disputeEditor->actor());
    m_tabs->addTab(m_dunningView, tr("Dunnin&g"));
    m_tabs->addTab(m_bankView, tr("Ban&k"));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(10, 6, 10, 4);
    layout->addWidget(m_tabs);
    setCentralWidget(central);

    createActions();
    createMenus();
    createStatusBar();

    connect(m_invoiceView, &InvoiceListView::invoiceActivated, this, &MainWindow::showInvoice);
    connect(m_invoiceView, &InvoiceListView::filterApplied, this, [this] {
        updateStatus();
        // The totals need a second pass over the filtered invoices: after the list has painted.
        QTimer::singleShot(0, this, &MainWindow::updateOpenTotals);
    });
    connect(m_customerView, &CustomerListView::filterApplied, this, &MainWindow::updateStatus);
    connect(m_customerView, &CustomerListView::customerActivated, this, &MainWindow::showCustomerInvoices);
    connect(m_invoiceModel, &InvoiceTableModel::loadFailed, this, &MainWindow::reportError);
    connect(m_customerModel, &CustomerTableModel::loadFailed, this, &MainWindow::reportError);
    connect(m_customerView, &CustomerListView::loadFailed, this, &MainWindow::reportError);
    // Names, addresses and payment terms show in the invoice list and the dunning letters.
    connect(m_customerView, &CustomerListView::customerChanged, this, [this] {
        m_invoiceModel->refresh();
        m_dunningView->invalidate();
    });
    connect(m_agingView, &AgingView::loadFailed, this, &MainWindow::reportError);
    connect(m_disputesView, &DisputesView::loadFailed, this, &MainWindow::reportError);
    connect(m_dashboardView, &DashboardView::loadFailed, this, &MainWindow::reportError);
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
    connect(m_creditNoteView, &CreditNoteListView::loadFailed, this, &MainWindow::reportError);
    connect(m_bankView, &BankReconciliationView::loadFailed, this, &MainWindow::reportError);
    connect(m_bankView, &BankReconciliationView::booked, this, &MainWindow::refresh);
    connect(m_creditNoteView, &CreditNoteListView::issueRequested, this, [this] { issueCreditNote(0); });
    connect(m_dunningView, &DunningView::loadFailed, this, &MainWindow::reportError);
    m_customerView->table()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_customerView->table(), &QWidget::customContextMenuRequested, this, &MainWindow::showCustomerContextMenu);

    m_invoiceView->table()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_invoiceView->table(), &QWidget::customContextMenuRequested, this, &MainWindow::showInvoiceContextMenu);
    // A case opened or closed puts its invoices on hold or lifts it: the invoice list shows that.
    connect(m_disputeEditor, &DisputeEditor::changed, this, [this] {
        m_invoiceModel->refresh();
        m_dashboardView->invalidate();
        m_dunningView->invalidate(); // a case puts invoices on dunning hold
        updateStatus();
    });
    connect(m_disputeEditor, &DisputeEditor::failed, this, [this](const QString &message) {
        m_lastError = message;
        statusBar()->showMessage(message, 10000);
    });
    connect(m_disputeEditor->undoGroup(), &QUndoGroup::indexChanged, this, &MainWindow::updateUndoActions);
    connect(m_disputeEditor->undoGroup(), &QUndoGroup::canUndoChanged, this, &MainWindow::updateUndoActions);
    connect(m_disputeEditor->undoGroup(), &QUndoGroup::canRedoChanged, this, &MainWindow::updateUndoActions);
    connect(m_disputeEditor->undoGroup(), &QUndoGroup::activeStackChanged, this, &MainWindow::updateUndoActions);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateStatus);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateCaseActions);

    updateTitle();
    updateActions();
    updateStatus();
    resize(1240, 780);
}

MainWindow::~MainWindow()
{
    // The models read through the database: let go of it before it closes.
    attachDatabase(nullptr);
}

void MainWindow::createActions()
{
    m_openAction = new QAction(tr("&Open Database…"), this);
    m_openAction->setObjectName(QStringLiteral("openAction"));
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open another DisputeDesk database file"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseDatabaseToOpen);

    m_newAction = new QAction(tr("&New Database…"), this);
    m_newAction->setObjectName(QStringLiteral("newAction"));
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setStatusTip(tr("Create an empty DisputeDesk database file"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::chooseNewDatabase);

    m_demoAction = new QAction(tr("Load &Demo Data…"), this);
    m_demoAction->setObjectName(QStringLiteral("demoAction"));
    m_demoAction->setStatusTip(tr("Fill the empty database with example customers, invoices and payments"));
    connect(m_demoAction, &QAction::triggered, this, [this] { loadDemoData(DemoDataLoader::defaultOptions()); });

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QMainWindow::close);

    m_dashboardTabAction = makeTabAction(tr("Dash&board"), QStringLiteral("dashboardTabAction"), Qt::Key_0, m_dashboardView);
    m_disputeReportAction = new QAction(tr("&Dispute Report…"), this);
    m_disputeReportAction->setObjectName(QStringLiteral("disputeReportAction"));
    m_disputeReportAction->setStatusTip(tr("Reasons, handling times and outcomes of the disputes of a period, as PDF"));
    connect(m_disputeReportAction, &QAction::triggered, this, [this] { openReport(true); });
    m_agingReportAction = new QAction(tr("&Aged Receivables…"), this);
    m_agingReportAction->setObjectName(QStringLiteral("agingReportAction"));
    m_agingReportAction->setStatusTip(tr("Aged receivables per customer, disputed and undisputed, with DSO, as PDF"));
    connect(m_agingReportAction, &QAction::triggered, this, [this] { openReport(false); });

    m_invoicesTabAction = makeTabAction(tr("&Invoices"), QStringLiteral("invoicesTabAction"), Qt::Key_1, m_invoiceView);
    m_customersTabAction = makeTabAction(tr("&Customers"), QStringLiteral("customersTabAction"), Qt::Key_2, m_customerView);
    m_agingTabAction = makeTabAction(tr("&Aged Receivables"), QStringLiteral("agingTabAction"), Qt::Key_3, m_agingView);
    m_disputesTabAction = makeTabAction(tr("&Disputes"), QStringLiteral("disputesTabAction"), Qt::Key_4, m_disputesView);
    m_creditNotesTabAction = makeTabAction(tr("Credit &Notes"), QStringLiteral("creditNotesTabAction"), Qt::Key_5, m_creditNoteView);
    m_dunningTabAction = makeTabAction(tr("Dunnin&g"), QStringLiteral("dunningTabAction"), Qt::Key_6, m_dunningView);
    m_bankTabAction = makeTabAction(tr("Ban&k"), QStringLiteral("bankTabAction"), Qt::Key_7, m_bankView);

    // The case view's own buttons belong to its owner; these act on the case it shows.
    m_createLetterAction = new QAction(tr("Create &Letter…"), this);
    m_createLetterAction->setObjectName(QStringLiteral("createLetterAction"));
    m_createLetterAction->setStatusTip(tr("Compose a letter to the customer of the case shown, with a preview"));
    connect(m_createLetterAction, &QAction::triggered, this, [this] { createLetter(currentDisputeId()); });
    m_issueCreditNoteAction = new QAction(tr("Issue &Credit Note…"), this);
    m_issueCreditNoteAction->setObjectName(QStringLiteral("issueCreditNoteAction"));
    m_issueCreditNoteAction->setStatusTip(tr("Credit an invoice of the case shown, with a preview"));
    connect(m_issueCreditNoteAction, &QAction::triggered, this, [this] { issueCreditNote(currentDisputeId()); });

    // Undo and Redo say what they will do: undoing a move is a new, recorded move back.
    m_undoAction = new QAction(tr("&Undo"), this);
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    connect(m_undoAction, &QAction::triggered, m_disputeEditor->undoGroup(), &QUndoGroup::undo);
    m_redoAction = new QAction(tr("&Redo"), this);
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    connect(m_redoAction, &QAction::triggered, m_disputeEditor->undoGroup(), &QUndoGroup::redo);
    updateUndoActions();

    m_findAction = new QAction(tr("&Find"), this);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setStatusTip(tr("Go to the search field of the list"));
    connect(m_findAction, &QAction::triggered, this, &MainWindow::focusFilter);

    m_overdueAction = new QAction(tr("&Overdue Invoices Only"), this);
    m_overdueAction->setObjectName(QStringLiteral("overdueAction"));
    m_overdueAction->setCheckable(true);
    m_overdueAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    if (auto *overdue = m_invoiceView->findChild<QCheckBox *>(QStringLiteral("invoiceOverdueOnly"))) {
        connect(m_overdueAction, &QAction::toggled, overdue, &QCheckBox::setChecked);
        connect(overdue, &QCheckBox::toggled, m_overdueAction, &QAction::setChecked);
    }

    m_refreshAction = new QAction(tr("&Refresh"), this);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_refreshAction->setStatusTip(tr("Read the lists again from the database"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_settingsAction = new QAction(tr("&Settings…"), this);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);

    m_legalCalculatorAction = new QAction(tr("&Legal Calculator…"), this);
    m_legalCalculatorAction->setObjectName(QStringLiteral("legalCalculatorAction"));
    m_legalCalculatorAction->setStatusTip(tr("Collection costs, statutory interest, court fee and limitation of a claim"));
    connect(m_legalCalculatorAction, &QAction::triggered, this, &MainWindow::showLegalCalculator);
    m_importAction = new QAction(tr("&Import…"), this);
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setStatusTip(tr("Import customers, invoices or payments from a CSV file"));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::showImportWizard);
    m_bankImportAction = new QAction(tr("Import &Bank Statement…"), this);
    m_bankImportAction->setObjectName(QStringLiteral("bankImportAction"));
    m_bankImportAction->setStatusTip(tr("Match the credits of a CAMT.053 bank statement to open invoices"));
    connect(m_bankImportAction, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_bankView);
        m_bankView->chooseStatement();
    });
    m_legalTablesAction = new QAction(tr("Interest Rates and Court &Fees…"), this);
    m_legalTablesAction->setObjectName(QStringLiteral("legalTablesAction"));
    m_legalTablesAction->setStatusTip(tr("The statutory interest rates and court fees used, and new periods"));
    connect(m_legalTablesAction, &QAction::triggered, this, &MainWindow::showLegalTables);
    m_exchangeRatesAction = new QAction(tr("E&xchange Rates…"), this);
    m_exchangeRatesAction->setObjectName(QStringLiteral("exchangeRatesAction"));
    m_exchangeRatesAction->setStatusTip(tr("The euro reference rates for credit notes in other currencies, and the ECB's rate file"));
    connect(m_exchangeRatesAction, &QAction::triggered, this, &MainWindow::showExchangeRates);

    m_aboutAction = new QAction(tr("&About DisputeDesk"), this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setObjectName(QStringLiteral("aboutQtAction"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);

    m_companySettingsAction = new QAction(tr("&Company and Letters…"), this);
    m_companySettingsAction->setObjectName(QStringLiteral("companySettingsAction"));
    m_companySettingsAction->setStatusTip(tr("The letterhead, credit note numbering and letter templates of this database"));
    connect(m_companySettingsAction, &QAction::triggered, this, &MainWindow::showCompanySettings);
    m_disputeRulesAction = new QAction(tr("&Dispute Rules…"), this);
    m_disputeRulesAction->setObjectName(QStringLiteral("disputeRulesAction"));
    m_disputeRulesAction->setStatusTip(tr("The response time promised on new cases and when a product's complaints raise a warning"));
    connect(m_disputeRulesAction, &QAction::triggered, this, &MainWindow::showDisputeRules);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

QAction *MainWindow::makeTabAction(const QString &text, const QString &objectName, Qt::Key key, QWidget *tab)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setShortcut(QKeySequence(Qt::CTRL | key));
    connect(action, &QAction::triggered, this, [this, tab] { m_tabs->setCurrentWidget(tab); });
    return action;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_openAction);
    file->addAction(m_newAction);
    file->addSeparator();
    file->addAction(m_demoAction);
    file->addAction(m_importAction);
    file->addAction(m_bankImportAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(m_dashboardTabAction);
    view->addAction(m_invoicesTabAction);
    view->addAction(m_customersTabAction);
    view->addAction(m_agingTabAction);
    view->addAction(m_disputesTabAction);
    view->addAction(m_creditNotesTabAction);
    view->addAction(m_dunningTabAction);
    view->addAction(m_bankTabAction);
    view->addSeparator();
    view->addAction(m_findAction);
    view->addAction(m_overdueAction);
    view->addSeparator();
    view->addAction(m_refreshAction);

    QMenu *caseMenu = menuBar()->addMenu(tr("&Case"));
    caseMenu->setObjectName(QStringLiteral("caseMenu"));
    caseMenu->addAction(m_createLetterAction);
    caseMenu->addAction(m_issueCreditNoteAction);
    connect(caseMenu, &QMenu::aboutToShow, this, &MainWindow::updateCaseActions);

    QMenu *reports = menuBar()->addMenu(tr("&Reports"));
    reports->setObjectName(QStringLiteral("reportsMenu"));
    reports->addAction(m_disputeReportAction);
    reports->addAction(m_agingReportAction);

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    settings->setObjectName(QStringLiteral("settingsMenu"));
    settings->addAction(m_settingsAction);
    settings->addAction(m_legalTablesAction);
    settings->addAction(m_exchangeRatesAction);
    settings->addAction(m_companySettingsAction);
    settings->addAction(m_disputeRulesAction);

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->setObjectName(QStringLiteral("toolsMenu"));
    tools->addAction(m_legalCalculatorAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
}

void MainWindow::createStatusBar()
{
    m_statusCounts->setObjectName(QStringLiteral("statusCounts"));
    m_statusOpen->setObjectName(QStringLiteral("statusOpen"));
    m_statusFile->setObjectName(QStringLiteral("statusFile"));
    m_statusFile->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_statusCounts);
    statusBar()->addWidget(m_statusOpen, 1);
    statusBar()->addPermanentWidget(m_statusFile);
}

bool MainWindow::openDatabase(const QString &path)
{
    std::unique_ptr<Database> database;
    try {
        database = Database::open(path);
    } catch (const StorageError &error) {
        m_lastError = error.message();
        emit databaseFailed(m_lastError);
        if (m_interactive) {
            QMessageBox box(QMessageBox::Warning, tr("Cannot Open Database"), m_lastError, QMessageBox::NoButton, this);
            box.setObjectName(QStringLiteral("openErrorBox"));
            QPushButton *other = box.addButton(tr("Open Another…"), QMessageBox::AcceptRole);
            box.addButton(QMessageBox::Close);
            box.exec();
            if (box.clickedButton() == other)
                chooseDatabaseToOpen();
        }
        return false;
    }
    if (m_detail)
        m_detail->close();
    if (m_openDispute)
        m_openDispute->close();
    if (m_issueCreditNote)
        m_issueCreditNote->close();
    if (m_letter)
        m_letter->close();
    if (m_companySettings)
        m_companySettings->close();
    if (m_report)
        m_report->close();
    auto session = std::make_unique<Session>(std::move(database));
    attachDatabase(session.get());
    m_session = std::move(session); // the previous one closes here, after the models let go
    m_database = &m_session->database();
    m_lastError.clear();
    AppSettings::setLastDatabase(QFileInfo(path).absoluteFilePath());
    updateTitle();
    updateActions();
    updateStatus();
    updateOpenTotals();
    emit databaseOpened(path);
    if (m_interactive && isEmptyDatabase())
        QTimer::singleShot(0, this, &MainWindow::offerDemoData);
    return true;
}

void MainWindow::attachDatabase(Session *session)
{
    Database *database = session ? &session->database() : nullptr;
    try {
        m_totalInvoices = database ? InvoiceRepository(*database).count() : 0;
        m_totalCustomers = database ? CustomerRepository(*database).count() : 0;
    } catch (const StorageError &error) {
        reportError(error.message());
    }
    m_invoiceModel->setDatabase(database);
    m_customerModel->setDatabase(database);
    m_customerView->setDatabase(database);
    m_agingView->setDatabase(database);
    m_dashboardView->setDatabase(database);
    m_disputeEditor->setSession(session);
    delete m_legalCalculator.data(); // it reads the old database's tables and cases
    m_disputesView->setSession(session);
    m_creditNoteView->setDatabase(database);
    m_dunningView->setDatabase(database);
    m_bankView->setDatabase(database);
}

bool MainWindow::isEmptyDatabase() const
{
    return m_database && m_totalCustomers == 0;
}

bool MainWindow::loadDemoData(const DemoOptions &options)
{
    if (!m_database)
        return false;
    if (!isEmptyDatabase()) {
        reportError(tr("Demo data can only be loaded into an empty database."));
        return false;
    }
    // The lists must not read a half-written database while the progress dialog runs the
    // event loop.
    Database *database = m_database;
    attachDatabase(nullptr);
    bool written = false;
    try {
        written = DemoDataLoader::run(*database, options, m_interactive ? this : nullptr);
    } catch (const StorageError &error) {
        reportError(error.message());
    } catch (const ValidationError &error) {
        reportError(error.message());
    }
    attachDatabase(m_session.get());
    updateActions();
    updateStatus();
    updateOpenTotals();
    if (written)
        statusBar()->showMessage(tr("Demo data loaded."), 5000);
    return written;
}

void MainWindow::offerDemoData()
{
    if (!isEmptyDatabase())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Empty Database"),
        tr("This database has no customers or invoices yet.\n\nLoad demo data (%1 customers, %2 invoices) to try DisputeDesk?")
            .arg(UiLocale::formatCount(DemoDataLoader::defaultOptions().customers),
                 UiLocale::formatCount(DemoDataLoader::defaultOptions().invoices)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        loadDemoData(DemoDataLoader::defaultOptions());
}

void MainWindow::setAsOf(const QDate &asOf)
{
    m_asOf = asOf;
    m_invoiceModel->setAsOf(asOf);
    m_agingView->setAsOf(asOf);
    m_dashboardView->setAsOf(asOf);
    m_disputesView->setAsOf(asOf);
    m_dunningView->setAsOf(asOf);
}

InvoiceDetailDialog *MainWindow::invoiceDetail() const
{
    return m_detail.data();
}

void MainWindow::showInvoice(qint64 invoiceId)
{
    if (!m_database)
        return;
    try {
        auto *dialog = new InvoiceDetailDialog(*m_database, invoiceId, IsoDate::fromQDate(m_asOf), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &InvoiceDetailDialog::openDisputeRequested, this, &MainWindow::openDisputeFor);
        connect(dialog, &InvoiceDetailDialog::showDisputeRequested, this, &MainWindow::showDisputeNumber);
        if (m_detail)
            m_detail->close();
        m_detail = dialog;
        dialog->show();
    } catch (const StorageError &error) {
        reportError(error.message());
    }
}

ReportDialog *MainWindow::reportDialog() const
{
    return m_report.data();
}

void MainWindow::openReport(bool disputes)
{
    if (!m_database)
        return;
    if (m_report)
        m_report->close();
    auto *dialog = new ReportDialog(*m_database, disputes ? ReportDialog::Kind::Disputes : ReportDialog::Kind::Receivables, m_asOf, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_report = dialog;
    dialog->show();
    dialog->updatePreview();
}

OpenDisputeDialog *MainWindow::openDisputeDialog() const
{
    return m_openDispute.data();
}

void MainWindow::openDisputeFor(qint64 invoiceId)
{
    if (!m_database)
        return;
    try {
        auto *dialog = new OpenDisputeDialog(*m_database, m_disputeEditor, invoiceId, m_asOf, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &OpenDisputeDialog::showDisputeRequested, this, &MainWindow::showDispute);
        connect(dialog, &OpenDisputeDialog::disputeOpened, this, [this](qint64) {
            // The detail read before the case existed: its hold line is out of date.
            if (m_detail)
                m_detail->close();
        });
        if (m_openDispute)
            m_openDispute->close();
        m_openDispute = dialog;
        dialog->show();
    } catch (const StorageError &error) {
        reportError(error.message());
    }
}

void MainWindow::showDispute(qint64 disputeId)
{
    m_tabs->setCurrentWidget(m_disputesView);
    m_disputesView->showDispute(disputeId);
}

void MainWindow::showDisputeNumber(const QString &number)
{
    if (!m_database)
        return;
    try {
        if (const auto dispute = DisputeRepository(*m_database).findByNumber(number)) {
            if (m_detail)
                m_detail->close();
            showDispute(dispute->id);
        }
    } catch (const StorageError &error) {
        reportError(error.message());
    }
}

void MainWindow::showInvoiceContextMenu(const QPoint &position)
{
    QTableView *table = m_invoiceView->table();
    const QModelIndex index = table->indexAt(position);
    if (!index.isValid())
        return;
    table->setCurrentIndex(index);
    const qint64 invoiceId = m_invoiceModel->invoiceIdAt(index.row());
    const QString openCase = m_invoiceModel->openDisputeAt(index.row());
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("invoiceContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction *show = menu->addAction(tr("Show Invoice"));
    show->setObjectName(QStringLiteral("showInvoiceAction"));
    connect(show, &QAction::triggered, this, [this, invoiceId] { showInvoice(invoiceId); });
    menu->addSeparator();
    if (openCase.isEmpty()) {
        QAction *open = menu->addAction(tr("Open Dispute…"));
        open->setObjectName(QStringLiteral("openDisputeAction"));
        connect(open, &QAction::triggered, this, [this, invoiceId] { openDisputeFor(invoiceId); });
    } else {
        QAction *open = menu->addAction(tr("Show Dispute %1").arg(openCase));
        open->setObjectName(QStringLiteral("showDisputeAction"));
        connect(open, &QAction::triggered, this, [this, openCase] { showDisputeNumber(openCase); });
    }
    const QString invoiceNumber = index.siblingAtColumn(InvoiceTableModel::Number).data().toString();
    QAction *credit = menu->addAction(tr("Issue Credit Note…"));
    credit->setObjectName(QStringLiteral("invoiceIssueCreditNoteAction"));
    connect(credit, &QAction::triggered, this, [this, invoiceNumber] { issueCreditNote(0, invoiceNumber); });
    QAction *dunning = menu->addAction(tr("Dunning History…"));
    dunning->setObjectName(QStringLiteral("invoiceDunningHistoryAction"));
    connect(dunning, &QAction::triggered, this,
            [this, invoiceId] { m_dunningView->showHistoryFor(DunningHistoryDialog::Subject::Invoice, invoiceId); });
    // popup, not exec: no nested event loop (tests drive the menu like a user).
    menu->popup(table->viewport()->mapToGlobal(position));
}

void MainWindow::showCustomerContextMenu(const QPoint &position)
{
    QTableView *table = m_customerView->table();
    const QModelIndex index = table->indexAt(position);
    if (!index.isValid() || !m_database)
        return;
    table->setCurrentIndex(index);
    const qint64 customerId = m_customerModel->customerIdAt(index.row());
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("customerContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction *edit = menu->addAction(tr("&Edit Customer…"));
    edit->setObjectName(QStringLiteral("customerEditAction"));
    menu->setDefaultAction(edit); // what double-click and Enter do
    connect(edit, &QAction::triggered, this, [this, customerId] { m_customerView->editCustomer(customerId); });
    QAction *invoices = menu->addAction(tr("Show &Invoices"));
    invoices->setObjectName(QStringLiteral("customerShowInvoicesAction"));
    const QString label = m_customerView->labelAt(index.row());
    connect(invoices, &QAction::triggered, this, [this, customerId, label] { showCustomerInvoices(customerId, label); });
    menu->addSeparator();
    QAction *history = menu->addAction(tr("Dunning History…"));
    history->setObjectName(QStringLiteral("customerDunningHistoryAction"));
    connect(history, &QAction::triggered, this,
            [this, customerId] { m_dunningView->showHistoryFor(DunningHistoryDialog::Subject::Customer, customerId); });
    QAction *doNotDun = menu->addAction(tr("Do Not Dun"));
    doNotDun->setObjectName(QStringLiteral("customerDoNotDunAction"));
    doNotDun->setCheckable(true);
    doNotDun->setChecked(DunningSettings(*m_database).doNotDun(customerId));
    connect(doNotDun, &QAction::toggled, this, [this, customerId](bool on) { m_dunningView->setDoNotDun(customerId, on); });
    menu->popup(table->viewport()->mapToGlobal(position));
}

void MainWindow::showCustomerInvoices(qint64 customerId, const QString &label)
{
    m_invoiceView->showCustomer(customerId, label);
    m_tabs->setCurrentWidget(m_invoiceView);
    m_invoiceView->table()->setFocus();
}

IssueCreditNoteDialog *MainWindow::issueCreditNoteDialog() const
{
    return m_issueCreditNote.data();
}

LetterDialog *MainWindow::letterDialog() const
{
    return m_letter.data();
}

CompanySettingsDialog *MainWindow::companySettingsDialog() const
{
    return m_companySettings.data();
}

qint64 MainWindow::currentDisputeId() const
{
    return m_tabs->currentWidget() == m_disputesView ? m_disputesView->caseView()->disputeId() : 0;
}

void MainWindow::updateCaseActions()
{
    const bool onCase = m_database && currentDisputeId() != 0;
    m_createLetterAction->setEnabled(onCase);
    m_issueCreditNoteAction->setEnabled(onCase);
    m_companySettingsAction->setEnabled(m_database != nullptr);
    m_disputeRulesAction->setEnabled(m_database != nullptr);
}

void MainWindow::issueCreditNote(qint64 disputeId, const QString &invoiceNumber)
{
    if (!m_database)
        return;
    auto *dialog = new IssueCreditNoteDialog(*m_database, m_disputeEditor->clock(), m_disputeEditor->actor(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setDispute(disputeId);
    if (!invoiceNumber.isEmpty())
        dialog->setInvoiceNumber(invoiceNumber);
    connect(dialog, &IssueCreditNoteDialog::creditNoteIssued, this, [this, disputeId](qint64 creditNoteId, qint64) {
        // The invoice's open amount and status changed; the case may now send its "justified" letter.
        m_creditNoteView->refresh();
        m_creditNoteView->showCreditNote(creditNoteId);
        m_invoiceModel->refresh();
        if (disputeId != 0 && m_disputesView->caseView()->disputeId() == disputeId)
            m_disputesView->caseView()->reload();
        updateStatus();
        updateOpenTotals();
    });
    if (m_issueCreditNote)
        m_issueCreditNote->close();
    m_issueCreditNote = dialog;
    dialog->show();
}

void MainWindow::createLetter(qint64 disputeId)
{
    if (!m_database || disputeId == 0)
        return;
    auto *dialog = new LetterDialog(*m_database, m_disputeEditor->clock(), m_disputeEditor->actor(), disputeId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LetterDialog::letterRecorded, this, [this](qint64 recordedDisputeId) {
        // The contact log of the case has the letter now.
        if (m_disputesView->caseView()->disputeId() == recordedDisputeId)
            m_disputesView->caseView()->reload();
    });
    if (m_letter)
        m_letter->close();
    m_letter = dialog;
    dialog->show();
}

void MainWindow::showCompanySettings()
{
    if (!m_database)
        return;
    if (m_companySettings) {
        m_companySettings->raise();
        m_companySettings->activateWindow();
        return;
    }
    auto *dialog = new CompanySettingsDialog(*m_database, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_companySettings = dialog;
    dialog->show();
}

void MainWindow::showDisputeRules()
{
    if (!m_database)
        return;
    DisputeRulesDialog dialog(*m_database, this);
    if (dialog.exec() == QDialog::Accepted)
        m_disputesView->refresh(); // the warnings follow the new rules
}

void MainWindow::updateUndoActions()
{
    const QString undo = m_disputeEditor->undoDescription();
    const QString redo = m_disputeEditor->redoDescription();
    m_undoAction->setEnabled(!undo.isEmpty());
    m_undoAction->setText(undo.isEmpty() ? tr("&Undo") : tr("&Undo: %1").arg(undo));
    m_redoAction->setEnabled(!redo.isEmpty());
    m_redoAction->setText(redo.isEmpty() ? tr("&Redo") : tr("&Redo: %1").arg(redo));
}

void MainWindow::refresh()
{
    if (!m_database)
        return;
    attachDatabase(m_session.get());
    updateActions();
    updateStatus();
    updateOpenTotals();
}

void MainWindow::reportError(const QString &message)
{
    m_lastError = message;
    statusBar()->showMessage(message, 10000);
    if (m_interactive)
        QMessageBox::warning(this, tr("DisputeDesk"), message);
}

void MainWindow::updateTitle()
{
    // applicationDisplayName is appended by Qt.
    setWindowTitle(m_database ? QFileInfo(m_database->path()).fileName() : tr("No database"));
    setWindowFilePath(m_database ? m_database->path() : QString());
}

void MainWindow::updateActions()
{
    const bool open = m_database != nullptr;
    m_demoAction->setEnabled(isEmptyDatabase());
    m_refreshAction->setEnabled(open);
    m_importAction->setEnabled(open);
    m_bankImportAction->setEnabled(open);
    m_legalTablesAction->setEnabled(open);
    m_findAction->setEnabled(open);
    m_overdueAction->setEnabled(open);
    m_disputeReportAction->setEnabled(open);
    m_agingReportAction->setEnabled(open);
    updateCaseActions();
}

void MainWindow::updateStatus()
{
    if (!m_database) {
        m_statusCounts->setText(tr("No database open"));
        m_statusOpen->clear();
        m_statusFile->clear();
        return;
    }
    const bool invoicesFiltered = m_invoiceModel->rowCount() != m_totalInvoices;
    const bool customersFiltered = m_customerModel->rowCount() != m_totalCustomers;
    const QString invoices = invoicesFiltered ? tr("Invoices: %1 of %2")
                                                    .arg(UiLocale::formatCount(m_invoiceModel->rowCount()),
                                                         UiLocale::formatCount(m_totalInvoices))
                                              : tr("Invoices: %1").arg(UiLocale::formatCount(m_totalInvoices));
    const QString customers = customersFiltered ? tr("Customers: %1 of %2")
                                                      .arg(UiLocale::formatCount(m_customerModel->rowCount()),
                                                           UiLocale::formatCount(m_totalCustomers))
                                                : tr("Customers: %1").arg(UiLocale::formatCount(m_totalCustomers));
    m_statusCounts->setText(invoices + QStringLiteral("   ·   ") + customers);
    m_statusFile->setText(QDir::toNativeSeparators(m_database->path()));
}

void MainWindow::updateOpenTotals()
{
    if (!m_database) {
        m_statusOpen->clear();
        return;
    }
    const QMap<QString, qint64> open = m_invoiceModel->openCentsByCurrency();
    QStringList amounts;
    for (auto it = open.cbegin(); it != open.cend(); ++it)
        amounts << UiLocale::formatMoney(it.value(), it.key());
    const QString text = amounts.isEmpty() ? tr("Nothing outstanding") : amounts.join(QStringLiteral("  ·  "));
    m_statusOpen->setText(QStringLiteral("   ·   ") + tr("Outstanding: %1").arg(text));
}

void MainWindow::chooseDatabaseToOpen()
{
    const QString start = m_database ? QFileInfo(m_database->path()).absolutePath() : QString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Database"), start, fileFilter());
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::chooseNewDatabase()
{
    const QString start = m_database ? QFileInfo(m_database->path()).absolutePath() : QString();
    QString path = QFileDialog::getSaveFileName(this, tr("New Database"), start, fileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    const QFileInfo info(path);
    if (info.exists() && info.size() > 0) {
        // Never overwrite: a database holds a company's ledger.
        reportError(tr("%1 already exists. Use Open Database to open it.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    openDatabase(path);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted && dialog.languageChanged())
        statusBar()->showMessage(tr("The new language takes effect when DisputeDesk is started again."), 8000);
}

void MainWindow::showLegalCalculator()
{
    if (!m_legalCalculator)
        m_legalCalculator = new LegalCalculatorWindow(m_database, this);
    m_legalCalculator->show();
    m_legalCalculator->raise();
    m_legalCalculator->activateWindow();
}

void MainWindow::showImportWizard()
{
    if (!m_database)
        return;
    ImportWizard wizard(*m_database, this);
    connect(&wizard, &ImportWizard::imported, this, [this](const ImportReport &report) {
        if (report.committed)
            refresh();
    });
    wizard.exec();
}

void MainWindow::showLegalTables()
{
    if (!m_database)
        return;
    LegalTablesDialog dialog(m_database, this);
    dialog.exec();
}

void MainWindow::showExchangeRates()
{
    if (!m_database)
        return;
    ExchangeRatesDialog dialog(*m_database, m_asOf, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About DisputeDesk"),
        tr("<h3>DisputeDesk %1</h3>"
           "<p>Credit control for the invoices customers do not pay because they disagree: "
           "invoices, payments, aged receivables and, step by step, every dispute to its end.</p>"
           "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
            .arg(QStringLiteral(DISPUTEDESK_VERSION)));
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
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = AppSettings::mainWindowState();
    if (!state.isEmpty())
        restoreState(state);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    AppSettings::setMainWindowGeometry(saveGeometry(), saveState());
    if (m_detail)
        m_detail->close();
    if (m_openDispute)
        m_openDispute->close();
    if (m_issueCreditNote)
        m_issueCreditNote->close();
    if (m_letter)
        m_letter->close();
    if (m_companySettings)
        m_companySettings->close();
    QMainWindow::closeEvent(event);
    event->accept();
}

} // namespace dd
