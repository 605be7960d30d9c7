#pragma once

#include "storage/SqlDialect.h"

struct pg_conn;

namespace dd {

// PostgreSQL: a team database on a server, reached through Qt's QPSQL driver at a libpq URI
// (PostgresLocation). The migrations are written once, in the SQL both backends read; this
// dialect maps the few type names that differ (schemaStatement).
class PostgresDialect : public SqlDialect
{
public:
    // The key of the advisory lock every write holds until it commits (the bytes "DDsk").
    static constexpr int writerLockKey = 0x4444736b;

    QString driverName() const override;
    QString displayLocation(const QString &location) const override;
    std::optional<int> existingVersion(const QString &location, bool mayCreate) const override;
    // A read-only connection is not made read-only on the server: PostgreSQL forbids temporary
    // tables in a read-only transaction, and the filtered lists sort into one. The program
    // itself writes nothing through it; what a login may do is the server's roles' business.
    void setUpConnection(QSqlDatabase &db, const QString &location, bool readOnly) const override;
    // The server's notices (a WARNING as it shuts down under the connection, say) go to the
    // storage log: libpq would print them on stderr, which carries only the program's own messages.
    void connectionOpened(QSqlDatabase &db) const override;
    QStringList connectionSettings() const override;
    // A comment on schema_info, written once the migrations made it: a database that has tables
    // but not this comment belongs to another program and is refused.
    QStringList markAsDisputeDesk() const override;
    QString beginWrite() const override;
    // Writers take turns, as they do on an SQLite file: the code that numbers credit notes or
    // picks the next dunning level reads, then writes, and was built for one writer at a time.
    // Readers are never blocked by it.
    QString writerLock() const override;
    QString listTables() const override;
    QString secondaryIndexes() const override;
    QStringList appendOnlyTriggers(const QString &table) const override;
    // INTEGER is 32 bits here, so every integer (cents above all) becomes BIGINT; an INTEGER
    // PRIMARY KEY, which SQLite numbers by itself, becomes an identity column; the columns that
    // hold a calendar date (ISO text in SQLite) become DATE, those that hold a moment TIMESTAMPTZ.
    QString schemaStatement(const QString &statement) const override;
    bool momentsAsText() const override;
    QStringList typeMomentColumns() const override;
    QStringList restartIdentity(const QString &table) const override;
    // session_user: the login that connected, which SET ROLE does not change.
    QStringList recordLogin(const QString &table, const QString &column) const override;
    bool batchesLookUps() const override { return true; }
    bool writesInWith() const override { return true; }
    bool isUniqueViolation(const QSqlError &error) const override;
    // PostgresStatement: Qt SQL, with an INSERT refused as a duplicate leaving the transaction usable.
    std::unique_ptr<FastStatement> fastStatement(Database &database, const QString &sql) const override;
    // PostgresBatchInsert: COPY through libpq.
    std::unique_ptr<FastStatement> batchInsert(Database &database, const RowBatch &batch) const override;
    QString isAmong(const QString &column, const QString &subquery) const override;
    std::unique_ptr<RowStream> rowStream(Database &database, const QString &table, const QStringList &columns) const override;
    // pg_trgm's GIN indexes on the lowered text, which serve LOWER(x) LIKE '%...%' (containsText).
    QStringList containsTextIndexes() const override;
    StorageError statementFailed(const QString &location, const QSqlError &error, const QString &sql) const override;
    StorageError openFailed(const QString &location, const QSqlError &error) const override;
    QString readSetting(const QString &name) const override;
    QString writeSetting(const QString &name, const QString &value) const override;

    // libpq's connection under an open connection of Qt's driver; null for another driver.
    static pg_conn *libpqConnection(const QSqlDatabase &db);
};

} // namespace dd
