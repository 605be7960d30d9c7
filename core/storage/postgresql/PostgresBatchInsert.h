#pragma once

#include "storage/FastStatement.h"
#include "storage/RowBatch.h"

#include <QByteArray>
#include <QSqlError>

#include <vector>

struct pg_conn;
struct pg_result;

namespace dd {

class Database;
class StorageError;

// PostgreSQL's way of writing a RowBatch: COPY, through libpq on the connection Qt's driver
// opened, instead of Qt SQL's one EXECUTE of the values spelled out as SQL text. The rows go
// into a temporary staging table (COPY of text, no constraints, no WAL), then into the table with
// one prepared INSERT ... SELECT that empties the staging table, lets the identity number the rows
// in their order and returns the new ids. A row refused by a UNIQUE constraint is skipped there
// (ON CONFLICT DO NOTHING, which leaves the transaction usable, where a failed statement would
// spoil it); when one was, the rows that did go in are deleted again and the batch is a
// Duplicate with nothing written, as the INSERT of the other backends reports it.
class PostgresBatchInsert : public FastStatement
{
public:
    // Makes the staging table and prepares the INSERT; throws StorageError.
    PostgresBatchInsert(Database &database, const RowBatch &batch);
    ~PostgresBatchInsert() override;
    PostgresBatchInsert(const PostgresBatchInsert &) = delete;
    PostgresBatchInsert &operator=(const PostgresBatchInsert &) = delete;

    void bind(int position, qint64 value) override;
    void bind(int position, QStringView text) override;
    void bindNull(int position) override;
    Result insert(const std::function<void()> &eachRow = {}) override;
    // Not a query: throws StorageError.
    bool firstRow() override;
    // The columns of the new row insert() hands to its row reader.
    qint64 int64At(int column) const override;
    QString textAt(int column) const override;
    void reset() override;
    // libpq takes no lock of Qt's: safe from a second thread while the first leaves the
    // connection alone (InvoiceBatchWriter).
    bool runsOnAnyThread() const override { return true; }

private:
    // The COPY text format's field for each value bound (escaped, or \N for NULL).
    QByteArray copyData() const;
    void copyIn();
    // Runs `sql` (no parameters) and returns its result, or throws StorageError for `status`
    // not reached.
    pg_result *exec(const QByteArray &sql, int status);
    pg_result *execPrepared(int status);
    StorageError failure(pg_result *result, const QByteArray &sql) const;

    const Database &m_database;
    pg_conn *m_conn = nullptr;
    RowBatch m_batch;
    QByteArray m_stage;     // the staging table's name
    QByteArray m_copy;      // COPY ... FROM STDIN into it
    QByteArray m_statement; // the prepared INSERT's name
    QByteArray m_insert;    // its SQL, for the log
    std::vector<QByteArray> m_values;
    pg_result *m_rows = nullptr; // the new rows while insert() reads them
    int m_row = 0;
};

} // namespace dd
