#pragma once

#include "StorageError.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace dd {

// Everything that one database backend does its own way, so that Database, Transaction, the
// migrations and the repositories stay with standard SQL (KMyMoney's MyMoneyDbDriver is the
// model). One subclass per backend (storage/sqlite/SqliteDialect, storage/postgresql/PostgresDialect);
// forLocation picks it from the database's location: a file path, or a postgresql:// URL.
class Database;
class FastStatement;
class RowStream;
class RowBatch;
class SqlDialect
{
public:
    virtual ~SqlDialect();

    // The dialect of the database at `location`.
    static std::unique_ptr<SqlDialect> forLocation(const QString &location);

    // The Qt SQL driver that talks to this backend.
    virtual QString driverName() const = 0;
    // The location as messages and titles show it: a server's without its password.
    virtual QString displayLocation(const QString &location) const { return location; }

    // What is at `location` before it is opened: std::nullopt when there is no database yet (one
    // is created when `mayCreate`), else the schema version of the DisputeDesk database there.
    // Throws StorageError, leaving the location untouched, for anything else: not ours, damaged,
    // missing while it may not be created.
    virtual std::optional<int> existingVersion(const QString &location, bool mayCreate) const = 0;
    // Points `db` at `location`, read-only or not, before it is opened.
    virtual void setUpConnection(QSqlDatabase &db, const QString &location, bool readOnly) const = 0;
    // Called on every connection once it is open, reading ones too, for what is set on the client
    // side rather than by a statement.
    virtual void connectionOpened(QSqlDatabase &) const { }
    // Run on every connection opened for writing (durability, integrity, caches).
    virtual QStringList connectionSettings() const = 0;
    // Run once when a new database is created, after the migrations built its schema.
    virtual QStringList markAsDisputeDesk() const = 0;
    // A migration's statement as this backend runs it (the migrations are written with SQLite's
    // type names; another backend maps them to its own).
    virtual QString schemaStatement(const QString &statement) const { return statement; }

    // Begins the outermost transaction of a write, so that two writers never deadlock.
    virtual QString beginWrite() const = 0;
    // Run right after beginWrite, when not empty: a lock that lets writers in one at a time, for
    // a backend whose BEGIN does not already do that.
    virtual QString writerLock() const { return QString(); }
    // The names of the tables that hold the data (one column), not those a backend keeps for an
    // index of its own (SQLite's full-text search tables).
    virtual QString listTables() const = 0;
    // Name and CREATE statement of each secondary index of a table (bound parameter: the table),
    // leaving out those that the backend makes for UNIQUE and PRIMARY KEY constraints.
    virtual QString secondaryIndexes() const = 0;
    // Statements that make the database refuse any UPDATE or DELETE on the table.
    virtual QStringList appendOnlyTriggers(const QString &table) const = 0;
    // Statements that make the column default to the login of the connection that inserts the
    // row; nothing where the backend has no logins.
    virtual QStringList recordLogin(const QString &, const QString &) const { return {}; }
    // Statements that move the table's id numbering past its highest id, after rows were
    // written with their ids given (a copy); nothing where the backend numbers from the table.
    virtual QStringList restartIdentity(const QString &) const { return {}; }

    // A condition: `column` contains the text bound to `placeholder` (a LikePattern::contains
    // pattern, escaped with a backslash), in upper or lower case alike. By default both sides
    // are lowered; a backend whose LIKE ignores case says so more cheaply (an index can serve).
    virtual QString containsText(const QString &column, const QString &placeholder) const;
    // A condition: one of `columns` of `table` (named `alias` in the query, or by its own name
    // when `alias` is empty; its key is `id`) contains the text bound to `placeholder`, as
    // containsText says. `text` is the user's trimmed text the pattern was made of, so that a
    // backend can pick its way by it. By default the columns' containsText joined by OR.
    virtual QString containsTextIn(const QString &table, const QString &alias, const QStringList &columns, const QString &placeholder,
                                   const QString &text) const;
    // A condition: `column` is one of the ids `subquery` selects (such as the customers a list
    // filter found). By default `column IN (subquery)`.
    virtual QString isAmong(const QString &column, const QString &subquery) const;
    // Fills `table` (position, invoice_id) from `rows` (columns k and id) so that position
    // counts 1, 2, 3... in the order of `orderBy`: a list sorted once and read a page at a time.
    // By default the position is the row's number in that order (ROW_NUMBER).
    virtual QString fillPositions(const QString &table, const QString &rows, const QString &orderBy) const;

    // True where every statement is a round trip to a server, so that an import's look-ups for
    // its next rows are cheaper read in one statement (CsvImportOptions::readAhead). SQLite reads in
    // the program: its fast path a row at a time beats Qt SQL reading a batch.
    virtual bool batchesLookUps() const { return false; }
    // True where one statement's WITH may hold INSERTs and UPDATEs, which then see each other's
    // rows (RETURNING): related writes go to the server as one statement instead of one each.
    virtual bool writesInWith() const { return false; }

    // True when `error` is a UNIQUE (or primary key) constraint refusing a row.
    virtual bool isUniqueViolation(const QSqlError &error) const = 0;
    // The error a user sees when a statement (or BEGIN, COMMIT) on `location` failed: what
    // happened and what to do, never the SQL or the backend's own text (those go to the log).
    virtual StorageError statementFailed(const QString &location, const QSqlError &error, const QString &sql) const = 0;
    // The same when the connection to `location` could not be opened at all.
    virtual StorageError openFailed(const QString &location, const QSqlError &error) const = 0;
    // The backend's own fast path for a statement run many times (see FastStatement), or null
    // when it has none and Qt SQL serves (PortableStatement).
    virtual std::unique_ptr<FastStatement> fastStatement(Database &database, const QString &sql) const;
    // The same for an INSERT whose new rows' `returning` columns are read back (by default the
    // INSERT with RETURNING), or null.
    virtual std::unique_ptr<FastStatement> fastInsert(Database &database, const QString &sql, const QString &returning) const;
    // The backend's own way of writing a RowBatch (see there), or null: then its INSERT runs.
    virtual std::unique_ptr<FastStatement> batchInsert(Database &database, const RowBatch &batch) const;
    // The backend's way of taking a whole table's rows in one stream (see RowStream), or null:
    // then batches of INSERT carry them.
    virtual std::unique_ptr<RowStream> rowStream(Database &database, const QString &table, const QStringList &columns) const;
    // Statements that build the indexes a containsText condition on the list filters' columns
    // can use, where the backend has such indexes (migration 20); none by default.
    virtual QStringList containsTextIndexes() const { return {}; }
    // Statements that build, fill and keep up to date the search tables that serve
    // containsTextIn where the backend has no index for it (migration 23); none by default.
    virtual QStringList containsTextSearchTables() const { return {}; }
    // For a bulk load into `table` (BulkLoad): statements that stop keeping its search table up
    // to date row by row, and those that fill it from the table's rows and keep it up to date
    // again at the load's end; none where there is none.
    virtual QStringList suspendTextSearch(const QString &) const { return {}; }
    virtual QStringList resumeTextSearch(const QString &) const { return {}; }
    // True where the moment columns (StoredMoment) are ISO 8601 text, the empty text saying that
    // none was recorded; false where they have the backend's own type, and NULL says it.
    virtual bool momentsAsText() const { return true; }
    // Statements that give the moment columns of a database made before version 22, still text,
    // the backend's own type (migration 22); none where moments stay text.
    virtual QStringList typeMomentColumns() const { return {}; }

    // A connection setting a bulk load changes for its length (BulkLoad).
    struct Setting
    {
        QString name;
        QString value;
    };
    // What a bulk load of many rows runs under; none by default.
    virtual QList<Setting> bulkLoadSettings() const { return {}; }
    // What a large import into a filled database runs under (its writes reach pages all over
    // the file); none by default.
    virtual QList<Setting> largeWriteSettings() const { return {}; }
    // Reads a connection setting's value (one row, one column) and sets it.
    virtual QString readSetting(const QString &name) const = 0;
    virtual QString writeSetting(const QString &name, const QString &value) const = 0;
};

} // namespace dd
