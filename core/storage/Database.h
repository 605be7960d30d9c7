#pragma once

#include "DataChange.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <initializer_list>
#include <memory>

namespace dd {

class FastStatement;
class SqlDialect;

// One open DisputeDesk database. Opening checks that the database is ours and not from a newer
// version before anything is written, then brings an older schema up to date. What the backend
// does its own way comes from its SqlDialect, chosen by the location. A Database belongs to the
// thread that opened it (as its QSqlDatabase connection does); open one per thread.
class Database
{
public:
    // ReadOnly refuses a file that does not exist, is empty or has an older schema; ToRead is for
    // work that only reads: read-only too, except that a file of an older version is brought up
    // to date first, the one change reading makes.
    enum class Mode { ReadWrite, ReadOnly, ToRead };

    // Opens the database at `location` (a file path: SQLite; see SqlDialect::forLocation); for
    // ReadWrite, creating a new database when there is none. Throws StorageError, leaving it
    // untouched, when it is not a DisputeDesk database, is damaged, was written by a newer
    // DisputeDesk, or its kind of location is not supported.
    static std::unique_ptr<Database> open(const QString &location, Mode mode = Mode::ReadWrite);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // The location it was opened from (a file path for SQLite).
    const QString &path() const { return m_path; }
    const SqlDialect &dialect() const { return *m_dialect; }
    QSqlDatabase connection() const;
    int schemaVersion() const { return m_schemaVersion; }
    // Opened ReadOnly (or ToRead of an up-to-date database): every Transaction that says it
    // changes data is refused, whatever the backend lets the connection do.
    bool isReadOnly() const { return m_readOnly; }
    static int currentSchemaVersion();

    // A prepared statement; throws StorageError when the SQL does not compile.
    QSqlQuery prepare(const QString &sql) const;
    // Runs a prepared statement with positional values; throws StorageError on failure.
    static void exec(QSqlQuery &query, std::initializer_list<QVariant> values = {});
    // Prepares and runs in one go; for statements run once.
    QSqlQuery run(const QString &sql, std::initializer_list<QVariant> values = {}) const;
    // An INSERT into a table with an `id` key, prepared so that after Database::exec the new row's
    // id can be read with insertedId. Ids come back from the statement itself (RETURNING), not
    // from a connection-wide "last insert id", which a backend other than SQLite does not have.
    QSqlQuery prepareInsert(const QString &sql) const;
    // The id of the row the last exec of a prepareInsert statement created.
    static qint64 insertedId(QSqlQuery &query);
    // A statement for work on many rows: the backend's fast path where it has one, else Qt SQL
    // (FastStatement). Throws StorageError when the SQL does not compile.
    std::unique_ptr<FastStatement> prepareFast(const QString &sql);
    // The same for an INSERT whose new rows' `returning` columns (the id first) are read back
    // in FastStatement::insert, however the backend numbers them.
    std::unique_ptr<FastStatement> prepareFastInsert(const QString &sql, const QString &returning = QStringLiteral("id"));
    // Off: prepareFast gives Qt SQL's portable statements only (what a backend without a fast
    // path runs), so that the tests can compare the two.
    void setFastPathEnabled(bool enabled) { m_fastPath = enabled; }
    // Makes `query` read its rows forward only, each row once, where the backend lets the
    // connection run other statements meanwhile (SQLite). Qt's PostgreSQL driver reads a
    // forward-only query in libpq's single-row mode, during which the connection can run nothing
    // else: a statement run while reading another's rows would silently end that one early. So
    // there the whole result is fetched first.
    static void readForward(QSqlQuery &query);
    // The first column of the first row, or an invalid QVariant when there is none.
    QVariant scalar(const QString &sql, std::initializer_list<QVariant> values = {}) const;

    // Transaction nesting: the outermost Transaction begins and commits; inner ones join it.
    int transactionDepth() const { return m_transactionDepth; }
    // Called after each outermost commit with what its transactions said they changed; one
    // listener (the Session that owns this database), or none.
    void setChangeListener(std::function<void(DataChanges)> listener) { m_changeListener = std::move(listener); }

private:
    friend class Transaction;
    Database(QString path, QString connectionName, std::unique_ptr<SqlDialect> dialect);
    void configure(Mode mode);
    void migrate();

    QString m_path;
    QString m_connectionName;
    std::unique_ptr<SqlDialect> m_dialect;
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
    bool m_fastPath = true;
    bool m_readOnly = false;
    DataChanges m_pendingChanges;
    std::function<void(DataChanges)> m_changeListener;
};

} // namespace dd
