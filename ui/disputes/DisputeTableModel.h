#pragma once

#include "common/RowPageCache.h"
#include "disputes/DisputeListQuery.h"

#include <QAbstractTableModel>
#include <QDate>

#include <memory>

namespace dd {

class Database;

// The case list of the Disputes area over DisputeListQuery, read a page at a time like the
// invoice list. Filtering and sorting go back to the query (SQL). Cases whose promised answer is
// late are marked (red, bold promised date, OverdueRole).
class DisputeTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Number, Customer, Reason, Step, Received, Promised, Disputed, Assignee, ColumnCount };
    enum Role { DisputeIdRole = Qt::UserRole + 1, OverdueRole, StepCodeRole };

    explicit DisputeTableModel(QObject *parent = nullptr);
    ~DisputeTableModel() override;

    // Reads from `database` until given another one (nullptr: empty list).
    void setDatabase(Database *database);
    // Synchronous: when it returns, rowCount() is the filtered count. asOf in the filter is
    // replaced by the model's own date.
    void setFilter(const DisputeFilter &filter);
    const DisputeFilter &filter() const { return m_filter; }
    void setAsOf(const QDate &asOf);
    QDate asOf() const { return m_asOf; }
    void refresh();

    qint64 disputeIdAt(int row) const;
    static bool isSortable(int column);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void loadFailed(const QString &message) const;

private:
    void reload();
    const DisputeListRow *rowAt(int row) const;
    bool isOverdue(const DisputeListRow &row) const;

    std::unique_ptr<DisputeListQuery> m_query;
    DisputeFilter m_filter;
    DisputeSort m_sort = DisputeSort::Number;
    bool m_descending = true;
    QDate m_asOf;
    int m_rowCount = 0;
    mutable RowPageCache<DisputeListRow> m_cache;
};

} // namespace dd
