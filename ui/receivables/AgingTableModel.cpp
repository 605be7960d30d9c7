#include "AgingTableModel.h"

#include "common/UiLocale.h"
#include "storage/StorageError.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>

namespace dd {

AgingTableModel::AgingTableModel(Grouping grouping, QObject *parent)
    : QAbstractTableModel(parent)
    , m_grouping(grouping)
{
}

void AgingTableModel::load(const AgingReport *report, const QDate &asOf)
{
    std::vector<AgingRow> rows;
    if (report && asOf.isValid()) {
        try {
            const Date date = IsoDate::fromQDate(asOf);
            rows = m_grouping == Grouping::ByCurrency ? report->byCurrency(date) : report->byCustomer(date);
        } catch (const StorageError &error) {
            emit loadFailed(error.message());
        }
    }
    setRows(std::move(rows));
}

void AgingTableModel::setRows(std::vector<AgingRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    if (m_sortColumn >= 0)
        sortRows();
    endResetModel();
}

std::vector<int> AgingTableModel::sortRows()
{
    std::vector<int> order(m_rows.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    const int column = m_sortColumn;
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    std::vector<QVariant> keys(m_rows.size());
    for (size_t i = 0; i < m_rows.size(); ++i)
        keys[i] = sortValue(m_rows[i], column);
    std::stable_sort(order.begin(), order.end(), [&keys, descending](int a, int b) {
        const auto ordering = QVariant::compare(keys[size_t(a)], keys[size_t(b)]);
        return descending ? ordering == QPartialOrdering::Greater : ordering == QPartialOrdering::Less;
    });
    std::vector<AgingRow> sorted;
    sorted.reserve(m_rows.size());
    for (int row : order)
        sorted.push_back(std::move(m_rows[size_t(row)]));
    m_rows = std::move(sorted);
    return order;
}

void AgingTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int AgingTableModel::leadingColumns() const
{
    return m_grouping == Grouping::ByCurrency ? 1 : 3;
}

QString AgingTableModel::bucketTitle(int bucket)
{
    switch (bucket) {
    case 0:
        return tr("Not yet due");
    case 1:
        return tr("1–30 days");
    case 2:
        return tr("31–60 days");
    case 3:
        return tr("61–90 days");
    case 4:
        return tr("91–120 days");
    case 5:
        return tr("Over 120 days");
    }
    return QString();
}

int AgingTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AgingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : refundOwedColumn() + 1;
}

QVariant AgingTableModel::sortValue(const AgingRow &row, int column) const
{
    const int lead = leadingColumns();
    if (column < lead) {
        if (m_grouping == Grouping::ByCustomer) {
            if (column == 0)
                return row.customerNumber;
            if (column == 1)
                return row.customerName.toLower();
        }
        return row.currency;
    }
    if (column < totalColumn())
        return row.bucketCents[size_t(column - lead)];
    if (column == totalColumn())
        return row.totalCents;
    if (column == refundOwedColumn())
        return row.refundOwedCents;
    return row.invoiceCount;
}

QVariant AgingTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const AgingRow &row = m_rows[size_t(index.row())];
    const int column = index.column();
    const int lead = leadingColumns();
    const bool isAmount = column >= lead && column <= totalColumn();
    switch (role) {
    case Qt::DisplayRole:
        if (column < lead) {
            if (m_grouping == Grouping::ByCustomer && column == 0)
                return row.customerNumber;
            if (m_grouping == Grouping::ByCustomer && column == 1)
                return row.customerName;
            return row.currency;
        }
        if (column < totalColumn()) {
            const qint64 cents = row.bucketCents[size_t(column - lead)];
            // Empty buckets stay blank so that the eye finds the amounts that matter.
            return cents == 0 ? QVariant() : QVariant(UiLocale::formatMoney(cents, row.currency));
        }
        if (column == totalColumn())
            return UiLocale::formatMoney(row.totalCents, row.currency);
        if (column == refundOwedColumn())
            return row.refundOwedCents == 0 ? QVariant() : QVariant(UiLocale::formatMoney(row.refundOwedCents, row.currency));
        return UiLocale::formatCount(row.invoiceCount);
    case Qt::TextAlignmentRole:
        return column >= lead ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        // Ninety days and more is where collection usually starts: make it stand out.
        if (isAmount && column >= bucketColumn(4) && column < totalColumn() && row.bucketCents[size_t(column - lead)] != 0)
            return QBrush(QColor(0xA6, 0x1B, 0x1B));
        return QVariant();
    case Qt::FontRole:
        if (column == totalColumn()) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return QVariant();
    case SortValueRole:
        return sortValue(row, column);
    case CentsRole:
        if (column == refundOwedColumn())
            return row.refundOwedCents;
        if (!isAmount)
            return QVariant();
        return column == totalColumn() ? row.totalCents : row.bucketCents[size_t(column - lead)];
    default:
        return QVariant();
    }
}

QVariant AgingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QVariant();
    const int lead = leadingColumns();
    if (role == Qt::TextAlignmentRole)
        return section >= lead ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return QVariant();
    if (section < lead) {
        if (m_grouping == Grouping::ByCustomer && section == 0)
            return tr("Customer no.");
        if (m_grouping == Grouping::ByCustomer && section == 1)
            return tr("Customer");
        return tr("Currency");
    }
    if (section < totalColumn())
        return bucketTitle(section - lead);
    if (section == totalColumn())
        return tr("Total open");
    if (section == invoiceCountColumn())
        return tr("Invoices");
    if (section == refundOwedColumn())
        return tr("Refund owed");
    return QVariant();
}

void AgingTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount())
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const std::vector<int> oldRowOf = sortRows();
    std::vector<int> newRowOf(oldRowOf.size());
    for (size_t newRow = 0; newRow < oldRowOf.size(); ++newRow)
        newRowOf[size_t(oldRowOf[newRow])] = int(newRow);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &index : before)
        after.append(this->index(newRowOf[size_t(index.row())], index.column()));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace dd
