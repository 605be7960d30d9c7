#include "PagedTableModel.h"

#include "common/DatabaseWorkers.h"
#include "common/Error.h"
#include "session/Session.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <limits>

namespace dd {

PagedTableModel::PagedTableModel(int columnCount, QObject *parent)
    : QAbstractTableModel(parent)
    , m_columnCount(columnCount)
{
    connect(&m_counting, &QFutureWatcherBase::finished, this, &PagedTableModel::workerCounted);
}

PagedTableModel::~PagedTableModel()
{
    // No worker may read the database once the list is gone (the file may be removed next).
    m_workers.waitForAll();
}

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
    m_workerTotals.reset();
    m_rowCount = addressable(readOrReport([this] { return requery(); }));
}

void PagedTableModel::countOnWorker(std::function<ListTotals(Session &reader)> count)
{
    m_countPending = true;
    m_counting.setFuture(m_workers.add(QtConcurrent::run(
        DatabaseWorkers::pool(), [reading = m_reading, location = m_session->location(), count = std::move(count)] {
            Counted result;
            result.reading = reading;
            try {
                const auto reader = Session::open(location, Session::Access::ReadOnly);
                result.totals = count(*reader);
            } catch (const Error &error) {
                result.error = error.message();
            }
            return result;
        })));
}

void PagedTableModel::workerCounted()
{
    const Counted result = m_counting.result();
    if (!m_countPending || result.reading != m_reading)
        return; // the list was read again since
    if (!result.error.isEmpty())
        emit loadFailed(result.error); // what was read stays shown
    else
        m_workerTotals = result.totals;
    countArriving();
    // One reset rather than an insertion of the rows beyond the first page: a table view's header
    // takes 0.75 s to insert ten million rows and 0.09 s to be reset to them. The rows read so
    // far keep their places, so a view can keep its current row (TableViews::keepPlaceWhenCounted).
    emit countAboutToArrive();
    beginResetModel();
    m_countPending = false;
    if (result.error.isEmpty())
        m_rowCount = addressable(result.totals.count);
    endResetModel();
    emit counted();
}

} // namespace dd
