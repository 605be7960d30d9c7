#pragma once

#include <QString>
#include <QStringView>

#include <functional>

namespace dd {

// One statement run many times, for work on many rows (a bulk import, a look-up per imported
// row): values bound by position from 1, as in the statement's "?"s, and results read by column
// from 0. Made by Database::prepareFast: the backend's own fast path where it has one (SQLite's C
// interface, storage/sqlite/SqliteStatement), else plain Qt SQL (PortableStatement), with the same
// results. Runs inside the caller's transaction; must not outlive its Database.
class FastStatement
{
public:
    enum class Result { Inserted, Duplicate };

    virtual ~FastStatement();

    virtual void bind(int position, qint64 value) = 0;
    virtual void bind(int position, QStringView text) = 0;
    virtual void bindNull(int position) = 0;

    // Runs a write (INSERT, UPDATE) with the bound values. Duplicate when a UNIQUE constraint
    // refused it (nothing was written); any other failure throws StorageError. For an INSERT
    // prepared with Database::prepareFastInsert, `eachRow` is called for each row it returns
    // (its new id first), whose columns are read while it runs.
    virtual Result insert(const std::function<void()> &eachRow = {}) = 0;
    // Runs a write that no UNIQUE constraint is there to refuse (an UPDATE of an amount): any
    // failure throws StorageError, and the caller's transaction is then ended as a whole. Cheaper
    // than insert() where a backend guards that against a refusal (PostgreSQL's savepoint).
    virtual void run();

    // Runs a query with the bound values: true when it gives a row, whose columns are then read
    // until reset(); false (and reset) when there is none. Throws StorageError.
    virtual bool firstRow() = 0;
    // After firstRow() gave a row: moves on to the next, true while there is one; false (and
    // reset) after the last. For a query whose many rows are all read (a report).
    virtual bool nextRow() = 0;
    virtual qint64 int64At(int column) const = 0;
    virtual QString textAt(int column) const = 0;
    virtual void reset() = 0;

    // Whether another thread may run it once prepared (InvoiceBatchWriter), while the preparing
    // thread leaves the connection alone. Qt SQL's objects belong to the thread that made them.
    virtual bool runsOnAnyThread() const = 0;
};

} // namespace dd
