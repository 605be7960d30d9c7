#pragma once

#include "common/ListWalk.h"
#include "common/RowPageCache.h"
#include "common/WorkerFutures.h"
#include "storage/StorageError.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>

#include <functional>
#include <memory>
#include <optional>

namespace dd {

class Session;

// What the long lists (invoices, customers, cases) share: rowCount comes from a COUNT over the
// list's query, rows are read a page at a time (RowPageCache) when the view paints them, and a
// database that cannot be read is reported through loadFailed instead of thrown at the view.
// Filtering and sorting go back to the query (SQL), never through a proxy model. A subclass owns
// its query and page cache and says what a row shows.
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    ~PagedTableModel() override;

    // The model reads through `session` until it is given another one (nullptr: empty list). The
    // session must outlive the model or be replaced first.
    void setSession(Session *session);
    Session *session() const { return m_session; }
    // Reads everything again after the data changed.
    virtual void refresh();

    // False while a long list's rows are still being counted on a worker (InvoiceTableModel on
    // a large database): rowCount() is then the rows read so far, and `counted` follows when the
    // rest have been added.
    bool isCounted() const { return !m_countPending; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // The database could not be read (damaged, locked, gone): the list shows what it has.
    void loadFailed(const QString &message) const;
    // The count that was pending is known and rowCount() is the whole list (see isCounted()).
    // The model is reset in between; the rows shown before are still the list's first rows.
    void countAboutToArrive();
    void counted();

protected:
    PagedTableModel(int columnCount, QObject *parent);

    // Takes the list's query from `session` (adoptQuery); with nullptr, drops it.
    virtual void openQuery(Session *session) = 0;
    // Runs the list's query again: empties the page cache, gives the query the model's filter and
    // sort and returns its row count (0 without a query).
    virtual qint64 requery() = 0;
    // The title of a column's header.
    virtual QVariant columnTitle(int column) const = 0;
    // Numbers (amounts, counts, days) are right-aligned, in the cells and in the header.
    virtual bool isRightAligned(int column) const = 0;

    // Applies `change` (filter, sort, date) and reads the list again, as one model reset.
    void resetWith(const std::function<void()> &change);
    bool isRow(int row) const { return row >= 0 && row < m_rowCount; }
    // For requery(), on a long list whose first page it has read: the count it returns is only
    // those rows, and the whole count and open amounts come from `count`, run on a worker thread
    // with a read-only session of its own on the model's database (it must not touch the model:
    // capture what it needs by value). The list is then reset to that count (counted()).
    void countOnWorker(std::function<ListTotals(Session &reader)> count);
    // What the worker counted for the list as read now; nothing while it counts, or when
    // requery() counted the list itself.
    const std::optional<ListTotals> &workerTotals() const { return m_workerTotals; }
    // Called when the worker's count arrives, before the list is reset to it (the page cache
    // may hold a first page shorter than a page).
    virtual void countArriving() {}
    // The TextAlignmentRole of a cell or header in `column`.
    QVariant alignment(int column) const;

    // Keeps `query` in `held` and hands `cache` a loader that reads pages through it; with
    // nullptr, neither is left.
    template<typename Query, typename Row>
    void adoptQuery(std::unique_ptr<Query> &held, std::unique_ptr<Query> query, RowPageCache<Row> &cache)
    {
        cache.setLoader({});
        held = std::move(query);
        if (!held)
            return;
        Query *reader = held.get();
        cache.setLoader([this, reader](qint64 offset, int limit) {
            return readOrReport([&] { return reader->fetch(offset, limit); });
        });
    }

    // What `read` returns; when the database fails, loadFailed and an empty value instead.
    template<typename Read>
    auto readOrReport(Read read) const -> decltype(read())
    {
        try {
            return read();
        } catch (const StorageError &error) {
            emit loadFailed(error.message());
            return {};
        }
    }

private:
    struct Counted
    {
        quint64 reading = 0;
        ListTotals totals;
        QString error;
    };

    void reload();
    void workerCounted();

    Session *m_session = nullptr;
    int m_columnCount;
    int m_rowCount = 0;
    quint64 m_reading = 0; // counts the readings of the list, to know a late count's
    bool m_countPending = false;
    std::optional<ListTotals> m_workerTotals;
    QFutureWatcher<Counted> m_counting;
    WorkerFutures m_workers;
};

} // namespace dd
