#pragma once

#include "demo/DemoDataGenerator.h"

#include <QDate>
#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;
class QTabWidget;
class QUndoGroup;
class QUndoStack;

namespace dd {

class AgingView;
class Clock;
class BankReconciliationView;
class DashboardView;
class DatabaseController;
class ViewRefresh;
class ReportDialog;
class CompanySettingsDialog;
class CreditNoteListView;
class IssueCreditNoteDialog;
class LetterDialog;
class CustomerListView;
class DisputeEditor;
class DisputesView;
class DoNotDunEditor;
class DunningView;
class MainActions;
class MenuDialogs;
class WindowDialogs;
class OpenDisputeDialog;
class CustomerTableModel;
class InvoiceDetailDialog;
class InvoiceListView;
class InvoiceTableModel;
class Session;
class ListOutput;
class StatusSummary;
class UndoInView;

// The main window: invoices, customers, the aged receivables and the dispute cases of one open
// database, the menus and the status bar. It owns the Session of the open database and hands it
// to the views, which refresh themselves when it announces a change; a new session is handed
// out before the old one closes.
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

    void setInteractive(bool interactive);
    bool isInteractive() const;

    // Opens `path` (a file, created when it does not exist, or a postgresql:// server) and shows
    // its data. On failure the window keeps the session it had.
    bool openDatabase(const QString &path);
    // The open database's session; nullptr when none is open.
    Session *session() const { return m_session.get(); }
    QString lastError() const { return m_lastError; }

    // Fills the open, empty database with demo data; interactive, with a cancellable progress
    // dialog. Returns true when data was written.
    bool loadDemoData(const DemoOptions &options);
    // Interactive only: on an empty database, asks whether to load demo data and does so.
    void offerDemoData();

    // The date lists and detail use for "overdue": the session's as-of date, today by its clock
    // unless fixed here (tests fix it, also before a database is open).
    void setAsOf(const QDate &asOf);
    QDate asOf() const;
    // Tests fix "now" (the time credit notes, letters and case edits are recorded with); every
    // session opened takes it. `clock` must outlive the window; nullptr: the system clock.
    void setClock(const Clock *clock);

    // Edit ▸ Undo/Redo act on the active stack of this group: the one of what is in view, none
    // where nothing can be undone.
    QUndoGroup *undoGroup() const { return m_undoGroup; }

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
    // Every edit of a dispute case goes through it; its undo stack is in undoGroup().
    DisputeEditor *disputeEditor() const { return m_disputeEditor; }
    // The customers' "do not dun" marks; its stack is active on the Customers and Dunning tabs.
    DoNotDunEditor *doNotDunEditor() const { return m_doNotDunEditor; }
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
    // Reads every list again (View ▸ Refresh; changes made through the session need no call).
    void refresh();
    void restoreWindowState();

signals:
    void databaseOpened(const QString &path);
    void databaseFailed(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void connectActions();
    void connectViews();
    // Hands `session` (nullptr: none) to every view and dialog that reads the database.
    void attachSession(Session *session);
    void closeDialogs();
    void updateTitle();
    void updateActions();
    // Keeps the message as lastError() and shows it in the status bar, for failures already
    // shown where they happened (the case editor's form, the open-failure box).
    void noteError(const QString &message);
    void reportError(const QString &message);
    void chooseDatabaseToOpen();
    void chooseNewDatabase();
    void focusFilter();
    bool isEmptyDatabase() const;
    void showCustomerInvoices(qint64 customerId, const QString &label);
    void updateCaseActions();
    // Export and print of the tab in front; nullptr on a tab without a list.
    ListOutput *listInView() const;
    qint64 currentDisputeId() const;

    std::unique_ptr<Session> m_session;
    DatabaseController *m_databases;
    QString m_lastError;
    // Fixed by setAsOf; every session opened takes it.
    QDate m_fixedAsOf;
    const Clock *m_clock = nullptr;

    QUndoGroup *m_undoGroup;
    UndoInView *m_undoInView;
    InvoiceTableModel *m_invoiceModel;
    CustomerTableModel *m_customerModel;
    QTabWidget *m_tabs;
    InvoiceListView *m_invoiceView;
    CustomerListView *m_customerView;
    AgingView *m_agingView;
    DashboardView *m_dashboardView;
    DisputeEditor *m_disputeEditor;
    DisputesView *m_disputesView;
    DoNotDunEditor *m_doNotDunEditor;
    CreditNoteListView *m_creditNoteView;
    DunningView *m_dunningView;
    BankReconciliationView *m_bankView;
    // The case shown, read again after a credit note or letter recorded elsewhere.
    ViewRefresh *m_caseReload;
    StatusSummary *m_status;
    MenuDialogs *m_menuDialogs;
    WindowDialogs *m_dialogs;


    MainActions *m_actions = nullptr;
};

} // namespace dd
