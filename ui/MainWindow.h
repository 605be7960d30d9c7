#pragma once

#include "demo/DemoDataGenerator.h"

#include <QDate>
#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QLabel;
class QTabWidget;

namespace dd {

class AgingView;
class BankReconciliationView;
class LegalCalculatorWindow;
class DashboardView;
class ReportDialog;
class CompanySettingsDialog;
class CreditNoteListView;
class IssueCreditNoteDialog;
class LetterDialog;
class CustomerListView;
class DisputeEditor;
class DisputesView;
class DunningView;
class OpenDisputeDialog;
class CustomerTableModel;
class Database;
class Session;
class InvoiceDetailDialog;
class InvoiceListView;
class InvoiceTableModel;

// The main window: invoices, customers, the aged receivables and the dispute cases of one open
// database, the menus and the status bar. It owns the Database; the models read through it and are given a new one
// before the old one closes.
//
// Interactive (the real program), failures and questions are shown in message boxes. Not
// interactive (tests, benchmarks), nothing blocks: failures are returned, kept in lastError()
// and sent as databaseFailed().
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void setInteractive(bool interactive) { m_interactive = interactive; }
    bool isInteractive() const { return m_interactive; }

    // Opens `path` (creating it when it does not exist) and shows its data. On failure the
    // window keeps the database it had.
    bool openDatabase(const QString &path);
    Database *database() const { return m_database; }
    QString lastError() const { return m_lastError; }

    // Fills the open, empty database with demo data; interactive, with a cancellable progress
    // dialog. Returns true when data was written.
    bool loadDemoData(const DemoOptions &options);
    // Interactive only: on an empty database, asks whether to load demo data and does so.
    void offerDemoData();

    // The date lists and detail use for "overdue"; today unless set (tests fix it).
    void setAsOf(const QDate &asOf);
    QDate asOf() const { return m_asOf; }

    InvoiceTableModel *invoiceModel() const { return m_invoiceModel; }
    CustomerTableModel *customerModel() const { return m_customerModel; }
    InvoiceListView *invoiceView() const { return m_invoiceView; }
    CustomerListView *customerView() const { return m_customerView; }
    AgingView *agingView() const { return m_agingView; }
    BankReconciliationView *bankView() const { return m_bankView; }
    DashboardView *dashboardView() const { return m_dashboardView; }
    // The report dialog opened last (Reports menu), while it is open.
    ReportDialog *reportDialog() const;
    // Reports ▸ Dispute report… / Aged receivables…: opens the dialog (not modal).
    void openReport(bool disputes);
    DisputesView *disputesView() const { return m_disputesView; }
    // Every edit of a dispute case goes through it; its undo stack is Edit ▸ Undo/Redo.
    DisputeEditor *disputeEditor() const { return m_disputeEditor; }
    // The detail window opened last, while it is open.
    InvoiceDetailDialog *invoiceDetail() const;
    // The "Open dispute" dialog opened last, while it is open.
    OpenDisputeDialog *openDisputeDialog() const;
    CreditNoteListView *creditNoteView() const { return m_creditNoteView; }
    DunningView *dunningView() const { return m_dunningView; }
    // The dialogs opened last, while they are open.
    IssueCreditNoteDialog *issueCreditNoteDialog() const;
    LetterDialog *letterDialog() const;
    CompanySettingsDialog *companySettingsDialog() const;

    void showInvoice(qint64 invoiceId);
    // Opens the dialog that starts a dispute case about the invoice (step 1, Hear).
    void openDisputeFor(qint64 invoiceId);
    // Shows the case in the Disputes area.
    void showDispute(qint64 disputeId);
    void showDisputeNumber(const QString &number);
    // Opens the dialog that issues a credit note, with a preview before confirming; from a case
    // (disputeId) or for an invoice (invoiceNumber), or empty.
    void issueCreditNote(qint64 disputeId, const QString &invoiceNumber = QString());
    // Opens the dialog that composes a case letter, with a preview before it is recorded as sent.
    void createLetter(qint64 disputeId);
    // Company details and letter templates (stored in the database, shared by its users).
    void showCompanySettings();
    void showDisputeRules();
    void refresh();
    void restoreWindowState();

signals:
    void databaseOpened(const QString &path);
    void databaseFailed(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    // A View menu action that brings `tab` to the front with Ctrl+`key`.
    QAction *makeTabAction(const QString &text, const QString &objectName, Qt::Key key, QWidget *tab);
    void createMenus();
    void createStatusBar();
    void attachDatabase(Session *session);
    void updateTitle();
    void updateActions();
    void updateStatus();
    void updateOpenTotals();
    void reportError(const QString &message);
    void chooseDatabaseToOpen();
    void chooseNewDatabase();
    void showSettings();
    // Tools ▸ Legal calculator, File ▸ Import, Settings ▸ Interest rates and court fees.
    void showLegalCalculator();
    void showImportWizard();
    void showLegalTables();
    void showExchangeRates();
    void showAbout();
    void focusFilter();
    bool isEmptyDatabase() const;
    void showInvoiceContextMenu(const QPoint &position);
    void showCustomerContextMenu(const QPoint &position);
    void showCustomerInvoices(qint64 customerId, const QString &label);
    void updateUndoActions();
    void updateCaseActions();
    qint64 currentDisputeId() const;

    std::unique_ptr<Session> m_session;
    Database *m_database = nullptr; // the session's
    bool m_interactive = false;
    QString m_lastError;
    QDate m_asOf;
    qint64 m_totalInvoices = 0;
    qint64 m_totalCustomers = 0;

    InvoiceTableModel *m_invoiceModel;
    CustomerTableModel *m_customerModel;
    QTabWidget *m_tabs;
    InvoiceListView *m_invoiceView;
    CustomerListView *m_customerView;
    AgingView *m_agingView;
    DashboardView *m_dashboardView;
    QPointer<ReportDialog> m_report;
    DisputeEditor *m_disputeEditor;
    DisputesView *m_disputesView;
    CreditNoteListView *m_creditNoteView;
    DunningView *m_dunningView = nullptr;
    QPointer<IssueCreditNoteDialog> m_issueCreditNote;
    QPointer<LetterDialog> m_letter;
    QPointer<CompanySettingsDialog> m_companySettings;
    QPointer<InvoiceDetailDialog> m_detail;
    QPointer<OpenDisputeDialog> m_openDispute;
    BankReconciliationView *m_bankView;

    QLabel *m_statusCounts;
    QLabel *m_statusOpen;
    QLabel *m_statusFile;

    QAction *m_openAction = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_overdueAction = nullptr;
    QAction *m_dashboardTabAction = nullptr;
    QAction *m_disputeReportAction = nullptr;
    QAction *m_agingReportAction = nullptr;
    QAction *m_invoicesTabAction = nullptr;
    QAction *m_customersTabAction = nullptr;
    QAction *m_agingTabAction = nullptr;
    QAction *m_disputesTabAction = nullptr;
    QAction *m_creditNotesTabAction = nullptr;
    QAction *m_dunningTabAction = nullptr;
    QAction *m_bankTabAction = nullptr;
    QAction *m_createLetterAction = nullptr;
    QAction *m_issueCreditNoteAction = nullptr;
    QAction *m_companySettingsAction = nullptr;
    QAction *m_disputeRulesAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_legalCalculatorAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_bankImportAction = nullptr;
    QAction *m_exchangeRatesAction = nullptr;
    QAction *m_legalTablesAction = nullptr;
    QPointer<LegalCalculatorWindow> m_legalCalculator;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};

} // namespace dd
