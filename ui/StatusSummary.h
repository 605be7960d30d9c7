#pragma once

#include <QMap>
#include <QObject>

class QLabel;
class QStatusBar;
class QTabWidget;
class QWidget;

namespace dd {

class CreditNoteTableModel;
class CustomerTableModel;
class DisputeTableModel;
class InvoiceTableModel;
class LedgerOutstanding;
class Session;
class ViewRefresh;

// The main window's status bar: the totals of the list in front (issue 19) and which file is
// open. On the invoice, customer, case and credit note lists: how many rows the filter shows of
// how many there are and what those rows add up to per currency (outstanding, disputed,
// credited); on the other tabs the size of the database and all that is outstanding. The totals are counted again when the
// session's data change.
class StatusSummary : public QObject
{
    Q_OBJECT
public:
    StatusSummary(QStatusBar *bar, InvoiceTableModel *invoices, CustomerTableModel *customers, QWidget *window);

    // Counts the totals of `session` (nullptr: no database open).
    void setSession(Session *session);
    // The totals follow the tab in front of `tabs`.
    void follow(QTabWidget *tabs);
    // A database is open and has no customers yet (demo data may be loaded).
    bool isEmptyDatabase() const;

    // The counts and the file, after the lists were filtered or read again.
    void update();
    // The amounts of the list in front (a second pass over its rows).
    void updateOpenTotals();

signals:
    void loadFailed(const QString &message);
    // The totals were counted again (the window's actions depend on an empty database).
    void totalsCounted();

private:
    enum class List { None, Invoices, Customers, Cases, CreditNotes };

    void countTotals();
    void showTab(QWidget *tab);
    QString countsOf(List list) const;
    static QString amounts(const QMap<QString, qint64> &centsByCurrency);

    InvoiceTableModel *m_invoices;
    CustomerTableModel *m_customers;
    DisputeTableModel *m_cases = nullptr;
    CreditNoteTableModel *m_creditNotes = nullptr;
    List m_list = List::None;
    QMetaObject::Connection m_listReset;
    Session *m_session = nullptr;
    ViewRefresh *m_refresh;
    LedgerOutstanding *m_ledger;
    qint64 m_totalInvoices = 0; // -1 while the invoice list counts on a worker
    qint64 m_totalCustomers = 0; // -1 while the customer list counts on a worker
    qint64 m_totalCases = 0;
    QLabel *m_counts;
    QLabel *m_open;
    QLabel *m_file;
};

} // namespace dd
