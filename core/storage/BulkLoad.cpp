#include "BulkLoad.h"

#include "Database.h"
#include "SqlDialect.h"
#include "StorageError.h"

namespace dd {

QStringList BulkLoad::settings(const SqlDialect &dialect)
{
    return SettingsScope::statements(dialect, dialect.bulkLoadSettings());
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
    m_settings.emplace(m_database, dialect.bulkLoadSettings());
}

BulkLoad::~BulkLoad() = default;

void BulkLoad::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    for (const QString &statement : m_createStatements)
        m_database.run(statement);
    m_settings->restore();
}

} // namespace dd
