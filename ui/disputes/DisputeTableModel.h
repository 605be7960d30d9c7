#pragma once

#include "common/PagedTableModel.h"
#include "common/RowPageCache.h"
#include "disputes/DisputeListQuery.h"

#include <QDate>

#include <memory>

namespace dd {

// The case list of the Disputes area over DisputeListQuery, read a page at a time like the
// invoice list. Filtering and sorting go back to the query (SQL). Cases whose promised answer is
// late are marked (red, bold promised date, OverdueRole).
class DisputeTableModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column { Number, Customer, Reason, Step, Received, Promised, Disputed, Assignee, ColumnCount };
    enum Role { DisputeIdRole = Qt::UserRole + 1, OverdueRole, StepCodeRole };

    explicit DisputeTableModel(QObject *parent = nullptr);
    ~DisputeTableModel() override;

    // Synchronous: when it returns, rowCount() is the filtered count. asOf in the filter is
    // replaced by the model's own date.
    void setFilter(const DisputeFilter &filter);
    const DisputeFilter &filter() const { return m_filter; }
    // What the list is sorted by, for a query of its own (the export).
    DisputeSort sortKey() const { return m_sort; }
    bool sortDescending() const { return m_descending; }
    void setAsOf(const QDate &asOf);
    QDate asOf() const { return m_asOf; }

    qint64 disputeIdAt(int row) const;
    // The disputed amounts of the cases that pass the filter, per currency.
    QMap<QString, qint64> disputedCentsByCurrency() const;
    static bool isSortable(int column);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void openQuery(Session *session) override;
    qint64 requery() override;
    QVariant columnTitle(int column) const override;
    bool isRightAligned(int column) const override;
    const DisputeListRow *rowAt(int row) const;
    bool isOverdue(const DisputeListRow &row) const;

    std::unique_ptr<DisputeListQuery> m_query;
    DisputeFilter m_filter;
    DisputeSort m_sort = DisputeSort::Number;
    bool m_descending = true;
    QDate m_asOf;
    mutable RowPageCache<DisputeListRow> m_cache;
};

} // namespace dd
