#pragma once

#include "receivables/AgingReport.h"

#include <QAbstractTableModel>
#include <QDate>

#include <vector>

namespace dd {

// Aged receivables as a table: one row per currency or per customer, a column per bucket. The
// report is small (at most one row per customer with something open) and computed in one query,
// so it is held in memory and sorted there.
class AgingTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Grouping { ByCurrency, ByCustomer };
    enum Role { SortValueRole = Qt::UserRole + 1, CentsRole };

    explicit AgingTableModel(Grouping grouping, QObject *parent = nullptr);

    Grouping grouping() const { return m_grouping; }
    // Runs `report` as of `asOf`; nullptr empties the table.
    void load(const AgingReport *report, const QDate &asOf);
    // Shows rows computed elsewhere (on a worker thread), in the table's sort order.
    void setRows(std::vector<AgingRow> rows);
    void clear();
    const std::vector<AgingRow> &rows() const { return m_rows; }

    // Columns: the leading ones (currency; or customer number, name, currency), then the
    // buckets, then total, invoice count and refund owed.
    int leadingColumns() const;
    int bucketColumn(int bucket) const { return leadingColumns() + bucket; }
    int totalColumn() const { return leadingColumns() + AgingRow::bucketCount; }
    int invoiceCountColumn() const { return totalColumn() + 1; }
    // What is owed back to the customers (credit balances), apart from what they owe.
    int refundOwedColumn() const { return invoiceCountColumn() + 1; }
    static QString bucketTitle(int bucket);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void loadFailed(const QString &message);

private:
    QVariant sortValue(const AgingRow &row, int column) const;
    // Sorts by m_sortColumn; returns, for each new row, the row it came from.
    std::vector<int> sortRows();

    Grouping m_grouping;
    std::vector<AgingRow> m_rows;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace dd
