#pragma once

#include "storage/FastStatement.h"
#include "storage/RowBatch.h"

#include <QByteArray>
#include <QStringList>

#include <deque>
#include <vector>

struct pg_conn;
struct pg_result;

namespace dd {

class Database;
class StorageError;

// PostgreSQL's way of writing a RowBatch: COPY ... FROM STDIN, through libpq on the connection
// Qt's driver opened, instead of Qt SQL's one EXECUTE of all the values spelled out as SQL text.
// COPY returns no ids, so the rows are copied with their ids, taken in advance from the table's
// identity sequence (a block at a time, in ascending order: the ids follow the rows' order). A
// row that a UNIQUE constraint refuses fails the whole COPY; it runs in a savepoint, so that then
// only the batch is undone and the transaction goes on: the batch is a Duplicate with nothing
// written, as the INSERT of the other backends reports it. Two round trips to the server a batch.
class PostgresBatchInsert : public FastStatement
{
public:
    // Throws StorageError when the connection is not libpq's or the table has no identity `id`.
    PostgresBatchInsert(Database &database, const RowBatch &batch);

    void bind(int position, qint64 value) override;
    void bind(int position, QStringView text) override;
    void bindNull(int position) override;
    Result insert(const std::function<void()> &eachRow = {}) override;
    // Not a query: throws StorageError.
    bool firstRow() override;
    bool nextRow() override { return firstRow(); }
    // The `returning` columns of the new row insert() hands to its row reader: its id, then
    // columns bound.
    qint64 int64At(int column) const override;
    QString textAt(int column) const override;
    void reset() override {}
    // libpq takes no lock of Qt's: safe from a second thread while the first leaves the
    // connection alone (InvoiceBatchWriter).
    bool runsOnAnyThread() const override { return true; }

private:
    // The ids of the batch's rows, from the pool (refilled from the sequence when short).
    std::vector<qint64> takeIds();
    // The rows in COPY's text format, each with its id first.
    QByteArray copyData(const std::vector<qint64> &ids) const;
    // Runs `sql` (no parameters) and returns its result, or throws StorageError for `status`
    // not reached.
    pg_result *exec(const QByteArray &sql, int status);
    StorageError failure(pg_result *result, const QByteArray &sql) const;

    const Database &m_database;
    pg_conn *m_conn = nullptr;
    RowBatch m_batch;
    QByteArray m_nextIds; // a block of ids from the sequence
    QByteArray m_copy;    // the savepoint, the COPY, the savepoint released
    std::deque<qint64> m_pool;
    std::vector<QByteArray> m_values;   // each bound value as a COPY field
    std::vector<int> m_returnedColumns; // for `returning` after the id: the bound column
    std::vector<QString> m_returned;    // their values, row after row
    std::vector<qint64> m_ids;          // of the rows insert() writes
    int m_row = 0;                      // the row insert() hands to its row reader
};

} // namespace dd
