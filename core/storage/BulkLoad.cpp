#include "BulkLoad.h"

#include "Database.h"
#include "SqlDialect.h"
#include "StorageError.h"

namespace dd {

QStringList BulkLoad::settings(const SqlDialect &dialect)
{
    QStringList statements;
    for (const SqlDialect::Setting &setting : dialect.bulkLoadSettings())
        statements << dialect.writeSetting(setting.name, setting.value);
    return statements;
}

BulkLoad::BulkLoad(Database &database, const QStringList &tables)
    : m_database(database)
{
    if (m_database.transactionDepth() == 0)
        throw StorageError(QStringLiteral("BulkLoad needs an open transaction"));
    QStringList names;
    for (const QString &table : tables) {
        QSqlQuery query = m_database.run(m_database.dialect().secondaryIndexes(), {table});
        while (query.next()) {
            names << query.value(0).toString();
            m_createStatements << query.value(1).toString();
        }
    }
    for (const QString &name : names)
        m_database.run(QStringLiteral("DROP INDEX ") + name);

    const SqlDialect &dialect = m_database.dialect();
    for (const QString &table : tables) {
        for (const QString &statement : dialect.suspendTextSearch(table))
            m_database.run(statement);
        m_createStatements << dialect.resumeTextSearch(table);
    }
    for (const SqlDialect::Setting &setting : dialect.bulkLoadSettings()) {
        const QVariant before = m_database.scalar(dialect.readSetting(setting.name));
        try {
            m_database.run(dialect.writeSetting(setting.name, setting.value));
            m_restore.prepend(dialect.writeSetting(setting.name, before.toString()));
        } catch (const StorageError &) {
            // SQLite refuses to move temporary storage once this connection has temporary tables
            // in the transaction; the load is then only slower.
        }
    }
}

BulkLoad::~BulkLoad()
{
    try {
        restoreSettings();
    } catch (const StorageError &) {
        // The settings only tune speed and memory; a destructor must not throw.
    }
}

void BulkLoad::restoreSettings()
{
    const QStringList statements = std::exchange(m_restore, {});
    for (const QString &statement : statements)
        m_database.run(statement);
}

void BulkLoad::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    for (const QString &statement : m_createStatements)
        m_database.run(statement);
    restoreSettings();
}

} // namespace dd
