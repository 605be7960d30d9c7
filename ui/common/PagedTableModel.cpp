#include "PagedTableModel.h"

#include <algorithm>
#include <limits>

namespace dd {

PagedTableModel::PagedTableModel(int columnCount, QObject *parent)
    : QAbstractTableModel(parent)
    , m_columnCount(columnCount)
{
}

PagedTableModel::~PagedTableModel() = default;

void PagedTableModel::setSession(Session *session)
{
    m_session = session;
    resetWith([this, session] { openQuery(session); });
}

void PagedTableModel::refresh()
{
    resetWith({});
}

int PagedTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int PagedTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columnCount;
}

QVariant PagedTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QVariant();
    if (role == Qt::TextAlignmentRole)
        return alignment(section);
    if (role != Qt::DisplayRole)
        return QVariant();
    return columnTitle(section);
}

QVariant PagedTableModel::alignment(int column) const
{
    if (isRightAligned(column))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
}

void PagedTableModel::resetWith(const std::function<void()> &change)
{
    beginResetModel();
    if (change)
        change();
    reload();
    endResetModel();
}

void PagedTableModel::reload()
{
    const qint64 count = readOrReport([this] { return requery(); });
    // A view can only address int rows; a list longer than that is cut (far beyond any ledger).
    m_rowCount = int(std::min<qint64>(count, std::numeric_limits<int>::max()));
}

} // namespace dd
