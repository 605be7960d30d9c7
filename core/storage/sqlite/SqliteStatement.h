#pragma once

#include "storage/FastStatement.h"

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace dd {

class Database;
class StorageError;

// SQLite's fast path of a FastStatement: SQLite's own interface on the connection that Qt's
// driver opened, for work on a million rows, where Qt SQL spends more per statement (QVariant
// values, bound by name, results kept) than SQLite needs for the row itself. The statement is
// released with the object.
class SqliteStatement : public FastStatement
{
public:
    // What insert() hands its row reader: the RETURNING rows of the statement, or (for a one-row
    // INSERT without RETURNING) the new row's id as column 0.
    enum class Returns { Rows, NewRowid };
    // Throws StorageError when the SQL does not compile.
    SqliteStatement(Database &database, const QString &sql, Returns returns = Returns::Rows);
    ~SqliteStatement() override;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    void bind(int position, qint64 value) override;
    void bind(int position, QStringView text) override;
    void bindNull(int position) override;
    Result insert(const std::function<void()> &eachRow = {}) override;
    bool firstRow() override;
    bool nextRow() override { return firstRow(); } // a step either way
    qint64 int64At(int column) const override;
    QString textAt(int column) const override;
    void reset() override;
    // The C interface takes no lock of Qt's: safe from a second thread while the first waits.
    bool runsOnAnyThread() const override { return true; }

private:
    // What went wrong in the last call, as a message for the user (the SQL goes to the log).
    StorageError failure() const;

    QString m_path;
    QString m_sql;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    Returns m_returns = Returns::Rows;
    std::optional<qint64> m_newRowid; // while insert() hands it to its reader

};

} // namespace dd
