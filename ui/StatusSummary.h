#pragma once

#include <QObject>

class QLabel;
class QStatusBar;
class QWidget;

namespace dd {

class CustomerTableModel;
class InvoiceTableModel;
class Session;
class ViewRefresh;

// The main window's status bar: how many invoices and customers the lists show of how many
// there are, what is outstanding among the invoices listed, and which file is open. The totals
// are counted again when the session's invoices or customers change.
class StatusSummary : public QObject
{
    Q_OBJECT
public:
    StatusSummary(QStatusBar *bar, InvoiceTableModel *invoices, CustomerTableModel *customers, QWidget *window);

    // Counts the totals of `session` (nullptr: no database open).
    void setSession(Session *session);
    // A database is open and has no customers yet (demo data may be loaded).
    bool isEmptyDatabase() const;

    // The counts and the file, after the lists were filtered or read again.
    void update();
    // The outstanding amounts of the invoices listed (a second pass over them).
    void updateOpenTotals();

signals:
    void loadFailed(const QString &message);
    // The totals were counted again (the window's actions depend on an empty database).
    void totalsCounted();

private:
    void countTotals();

    InvoiceTableModel *m_invoices;
    CustomerTableModel *m_customers;
    Session *m_session = nullptr;
    ViewRefresh *m_refresh;
    qint64 m_totalInvoices = 0;
    qint64 m_totalCustomers = 0;
    QLabel *m_counts;
    QLabel *m_open;
    QLabel *m_file;
};

} // namespace dd
