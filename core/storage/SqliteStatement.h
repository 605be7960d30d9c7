#pragma once

#include <QString>
#include <QStringView>

struct sqlite3;
struct sqlite3_stmt;

namespace dd {

class Database;
class StorageError;

// One statement run many times through SQLite's own interface on the connection of a Database,
// for work on a million rows: Qt SQL spends more per statement (QVariant values, bound by name,
// results kept) than SQLite needs for the row itself. Values are bound by position from 1, as in
// the statement's "?"s. Runs inside the caller's transaction; the statement is released with the
// object, which must not outlive the Database.
class SqliteStatement
{
public:
    enum class Result { Inserted, Duplicate };

    // Throws StorageError when the SQL does not compile.
    SqliteStatement(Database &database, const QString &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    void bind(int position, qint64 value);
    void bind(int position, QStringView text);
    void bindNull(int position);
    // Inserts the bound row. Duplicate when a UNIQUE constraint refused it (nothing was written);
    // any other failure throws StorageError.
    Result insert();
    qint64 lastInsertId() const;

    // Runs a query with the bound values: true when it gives a row, whose columns (from 0) are
    // then read until reset(); false (and reset) when there is none. Throws StorageError.
    bool firstRow();
    qint64 int64At(int column) const;
    QString textAt(int column) const;
    void reset();

private:
    // What went wrong in the last call, as a message for the user (the SQL goes to the log).
    StorageError failure() const;

    QString m_path;
    QString m_sql;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace dd
