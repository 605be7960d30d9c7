#pragma once

#include <QPointer>
#include <QWidget>

class QLineEdit;
class QTableView;
class QTimer;

namespace dd {

class CustomerDialog;
class CustomerTableModel;
class Database;

// The customers tab: a debounced filter line over the lazily read customer table. Double-click
// or Enter on a customer opens its details (CustomerDialog).
class CustomerListView : public QWidget
{
    Q_OBJECT
public:
    explicit CustomerListView(CustomerTableModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    void focusFilter();
    void fitColumns();

    // The dialogs edit this database; one still open on another database is closed.
    void setDatabase(Database *database);
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
    void filterApplied();
    void loadFailed(const QString &message);

private:
    void applyFilter();

    CustomerTableModel *m_model;
    QLineEdit *m_filter;
    QTableView *m_table;
    QTimer *m_debounce;
    Database *m_database = nullptr;
    QPointer<CustomerDialog> m_dialog;
};

} // namespace dd
