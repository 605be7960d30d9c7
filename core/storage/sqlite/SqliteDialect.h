#pragma once

#include "storage/SqlDialect.h"

namespace dd {

// SQLite: a database is a file; everything only SQLite understands is here.
class SqliteDialect : public SqlDialect
{
public:
    // Written into the file header (PRAGMA application_id) so a DisputeDesk file is recognisable:
    // the bytes "DDsk".
    static constexpr int applicationId = 0x4444736b;

    QString driverName() const override;
    std::optional<int> existingVersion(const QString &location, bool mayCreate) const override;
    void setUpConnection(QSqlDatabase &db, const QString &location, bool readOnly) const override;
    // Durability (WAL + synchronous=FULL, so a crash at any moment leaves a consistent file),
    // referential integrity, and a page cache sized for lists of a million invoices.
    QStringList connectionSettings() const override;
    QStringList markAsDisputeDesk() const override;
    // BEGIN IMMEDIATE takes the write lock at once, so no lock upgrade can deadlock.
    QString beginWrite() const override;
    // The ordinary tables: neither the full-text search tables (virtual) nor the tables FTS5
    // keeps their index in (shadow), which SQLite itself tells apart (PRAGMA table_list).
    QString listTables() const override;
    QString secondaryIndexes() const override;
    QStringList appendOnlyTriggers(const QString &table) const override;
    // A 4 MB page cache (the rows go to the end of the table, so little of it is read again) and
    // index sorts in runs of that size on disk, sorted and merged by a second thread as well: a
    // million invoices' six indexes are built in 2.6 s instead of 3.0 s on two cores. A load of
    // any size then takes the same memory, and building an index from sorted runs of a few
    // megabytes is about twice as fast as one sort of all its entries in memory (what
    // temp_store = MEMORY makes SQLite do).
    // SQLite's LIKE ignores the case of ASCII letters (A-Z), not of others: "é" does not find
    // "É". Its LOWER() lowers only ASCII as well, so lowering both sides would not do more.
    QString containsText(const QString &column, const QString &placeholder) const override;
    // Through the search tables (SqliteTextSearch) when they can serve the text; else containsText.
    QString containsTextIn(const QString &table, const QString &alias, const QStringList &columns, const QString &placeholder,
                           const QString &text) const override;
    QStringList containsTextSearchTables() const override;
    QStringList suspendTextSearch(const QString &table) const override;
    QStringList resumeTextSearch(const QString &table) const override;
    // SQLite numbers an INTEGER PRIMARY KEY max + 1 for each row, and INSERT ... SELECT ...
    // ORDER BY inserts in that order, so the position follows the order without a window
    // function, which costs twice the time.
    QString fillPositions(const QString &table, const QString &rows, const QString &orderBy) const override;
    bool isUniqueViolation(const QSqlError &error) const override;
    StorageError statementFailed(const QString &location, const QSqlError &error, const QString &sql) const override;
    StorageError openFailed(const QString &location, const QSqlError &error) const override;
    // SqliteStatement: SQLite's C interface on the connection Qt's driver opened, when Qt's
    // driver runs the SQLite this program links (the same version); a plugin that bundles its
    // own must not be handed our library's calls, and gets the portable statements instead.
    std::unique_ptr<FastStatement> fastStatement(Database &database, const QString &sql) const override;
    // A one-row INSERT that returns just its id reads it with sqlite3_last_insert_rowid right
    // after its own step: RETURNING makes SQLite build a temporary table on every run, which a
    // payment or invoice written one at a time pays for twice over (issue 16's benchmarks).
    std::unique_ptr<FastStatement> fastInsert(Database &database, const QString &sql, const QString &returning) const override;
    QList<Setting> bulkLoadSettings() const override;
    QList<Setting> largeWriteSettings() const override;
    QString readSetting(const QString &name) const override;
    QString writeSetting(const QString &name, const QString &value) const override;

private:
    // Points `db` at an existing file for a look that must leave no trace: read-only, and, when
    // no write-ahead log is present (no writer is active and none crashed), immutable, so that
    // SQLite does not create -wal and -shm files next to a file we may refuse.
    static void setUpInspection(QSqlDatabase &db, const QString &path);
    // The schema version of an existing, non-empty file; throws StorageError when it is not ours.
    int inspect(const QString &path) const;

    // Whether Qt's driver runs the SQLite this program links (asked once).
    bool driverRunsOurSqlite(Database &database) const;

    mutable std::optional<bool> m_sameLibrary; // Qt's driver and SqliteStatement use one SQLite

};

} // namespace dd
