#pragma once

#include <QWidget>

class QLineEdit;
class QTableView;
class QTimer;

namespace dd {

class CustomerTableModel;

// The customers tab: a debounced filter line over the lazily read customer table.
class CustomerListView : public QWidget
{
    Q_OBJECT
public:
    explicit CustomerListView(CustomerTableModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    void focusFilter();
    void fitColumns();

signals:
    // Double-click or Enter on a customer: number and name for the label of the invoice filter.
    void customerActivated(qint64 customerId, const QString &label);
    void filterApplied();

private:
    void applyFilter();

    CustomerTableModel *m_model;
    QLineEdit *m_filter;
    QTableView *m_table;
    QTimer *m_debounce;
};

} // namespace dd
