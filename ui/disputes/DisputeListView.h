#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTableView;
class QTimer;

namespace dd {

class DisputeTableModel;
class ListOutput;

// The case list of the Disputes area: a search line (debounced), filters by step, reason,
// assignee and late answer, and the lazily read table.
class DisputeListView : public QWidget
{
    Q_OBJECT
public:
    explicit DisputeListView(DisputeTableModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    DisputeTableModel *model() const { return m_model; }
    ListOutput *output() const { return m_output; }
    void setDefaultAssignee(const QString &assignee);
    void focusFilter();

signals:
    void disputeSelected(qint64 disputeId);
    void filterApplied();

private:
    void applyFilter();
    void showContextMenu(const QPoint &position);

    DisputeTableModel *m_model;
    QLineEdit *m_filter;
    QComboBox *m_step;
    QComboBox *m_reason;
    QComboBox *m_assignee;
    QCheckBox *m_overdue;
    QTableView *m_table;
    QTimer *m_debounce;
    ListOutput *m_output;
};

} // namespace dd
