#pragma once

#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace dd {

class Database;
class FastStatement;
class RowStream;

// Inserts rows into one table, many in each statement (DatabaseCopy): on a server every statement
// is a round trip, and on SQLite one run of a statement for many rows is cheaper too; a target
// that takes a whole table in one stream (PostgreSQL's COPY, SqlDialect::rowStream) gets them so.
// Holds one batch of values at most, never the table. Runs inside the caller's transaction.
class BatchInsert
{
public:
    // `binary`: a column holds bytes, which only Qt SQL binds (FastStatement takes numbers and text).
    BatchInsert(Database &target, const QString &table, const QStringList &columns, bool binary);
    ~BatchInsert();
    BatchInsert(const BatchInsert &) = delete;
    BatchInsert &operator=(const BatchInsert &) = delete;

    // Adds one row's value for the next column; a batch is written when its last row is complete.
    // Throws StorageError when the target refuses rows.
    void add(const QVariant &value);
    // Writes the rows still held.
    void finish();

private:
    void write(int rows);
    QString insertSql(int rows) const;

    Database &m_target;
    QString m_table;
    QStringList m_columns;
    bool m_binary;
    int m_batchRows;
    std::unique_ptr<RowStream> m_stream;   // where the target takes a table in one stream
    std::unique_ptr<FastStatement> m_fast; // for a full batch
    QSqlQuery m_portable;                  // the same for a table with bytes
    QVariantList m_values;
};

} // namespace dd
