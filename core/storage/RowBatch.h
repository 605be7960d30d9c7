#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace dd {

class Database;
class FastStatement;

// Many new rows of one table written at once (prepare): `rows` rows of
// `columns`, bound by position row after row (row r, column c at r * columns + c + 1), and for
// each new row the `returning` columns read back, its id first. A row that a UNIQUE constraint
// refuses makes the whole batch a duplicate, and none of its rows is written.
class RowBatch
{
public:
    QString table;
    QStringList columns;
    int rows = 0;
    QString returning = QStringLiteral("id");

    // The statement that writes the batch: the backend's own way where it has one
    // (SqlDialect::batchInsert: COPY on PostgreSQL), else the INSERT below through
    // Database::prepareFastInsert. Throws StorageError.
    std::unique_ptr<FastStatement> prepare(Database &database) const;
    // The batch as one INSERT of `rows` VALUES tuples, without RETURNING: what a backend without
    // a way of its own runs.
    QString insertStatement() const;
};

} // namespace dd
