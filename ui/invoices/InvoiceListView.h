#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QToolButton;

namespace dd {

class InvoiceTableModel;
class ListOutput;
class Session;

// The invoices tab: a filter line (debounced), "overdue only", an optional customer filter and
// the lazily read invoice table.
class InvoiceListView : public QWidget
{
    Q_OBJECT
public:
    explicit InvoiceListView(InvoiceTableModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    InvoiceTableModel *model() const { return m_model; }
    ListOutput *output() const { return m_output; }
    // Shows only this customer's invoices, with a button to show all again (0: all customers).
    void showCustomer(qint64 customerId, const QString &label);
    void focusFilter();
    void fitColumns();

    // The list reads again when the session's invoices, payments, credit notes, cases or
    // customers change (open amounts, holds and names show in it).
    void setSession(Session *session);

signals:
    void invoiceActivated(qint64 invoiceId);
    // The context menu's entries that other areas carry out.
    void openDisputeRequested(qint64 invoiceId);
    void showDisputeRequested(const QString &disputeNumber);
    void issueCreditNoteRequested(const QString &invoiceNumber);
    void dunningHistoryRequested(qint64 invoiceId);
    // The model has been filtered (after the debounce, or at once on Enter).
    void filterApplied();

private:
    void applyFilter();
    void showContextMenu(const QPoint &position);

    InvoiceTableModel *m_model;
    QLineEdit *m_filter;
    QCheckBox *m_overdueOnly;
    QLabel *m_customerLabel;
    QToolButton *m_clearCustomer;
    QTableView *m_table;
    QTimer *m_debounce;
    ListOutput *m_output;
    Session *m_session = nullptr;
};

} // namespace dd
