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

namespace {
// A view can only address int rows; a list longer than that is cut (far beyond any ledger).
int addressable(qint64 count)
{
    return int(std::clamp<qint64>(count, 0, std::numeric_limits<int>::max()));
}
} // namespace

void PagedTableModel::reload()
{
    ++m_reading;
    m_countPending = false;
    m_rowCount = addressable(readOrReport([this] { return requery(); }));
}

quint64 PagedTableModel::countPending()
{
    m_countPending = true;
    return m_reading;
}

void PagedTableModel::countArrived(quint64 ticket, qint64 count)
{
    if (!awaitsCount(ticket))
        return;
    // One reset rather than an insertion of the rows beyond the first page: a table view's header
    // takes 0.75 s to insert ten million rows and 0.09 s to be reset to them. The rows read so
    // far keep their places, so a view can keep its current row (TableViews::keepPlaceWhenCounted).
    emit countAboutToArrive();
    beginResetModel();
    m_countPending = false;
    m_rowCount = addressable(count);
    endResetModel();
    emit counted();
}

} // namespace dd
