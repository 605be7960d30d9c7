#pragma once

#include <QPointer>
#include <QWidget>

class QLineEdit;
class QTableView;
class QTimer;

namespace dd {

class CustomerDialog;
class CustomerTableModel;
class ListOutput;
class Session;

// The customers tab: a debounced filter line over the lazily read customer table. Double-click
// or Enter on a customer opens its details (CustomerDialog).
class CustomerListView : public QWidget
{
    Q_OBJECT
public:
    explicit CustomerListView(CustomerTableModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    CustomerTableModel *model() const { return m_model; }
    ListOutput *output() const { return m_output; }
    void focusFilter();
    void fitColumns();

    // The dialogs edit the session's database; one still open on another database is closed.
    // The list reads again when the session's customers change.
    void setSession(Session *session);
    // Opens the customer's details; one dialog at a time.
    void editCustomer(qint64 customerId);
    CustomerDialog *customerDialog() const;
    // "D1001 Bakkerij De Zon", the label of the invoice filter.
    QString labelAt(int row) const;

signals:
    // "Show Invoices" on a customer: number and name for the label of the invoice filter.
    void customerActivated(qint64 customerId, const QString &label);
    // A customer's details were saved.
    void customerChanged(qint64 customerId);
    // The context menu's "Dunning History…" and "Do Not Dun" (the dunning area does both).
    void dunningHistoryRequested(qint64 customerId);
    void doNotDunRequested(qint64 customerId, bool doNotDun);
    void filterApplied();
    void loadFailed(const QString &message);

private:
    void applyFilter();
    void showContextMenu(const QPoint &position);

    CustomerTableModel *m_model;
    QLineEdit *m_filter;
    QTableView *m_table;
    QTimer *m_debounce;
    ListOutput *m_output;
    Session *m_session = nullptr;
    QPointer<CustomerDialog> m_dialog;
};

} // namespace dd
