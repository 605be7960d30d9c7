#include "BulkLoad.h"

#include "Database.h"
#include "SqliteDialect.h"
#include "StorageError.h"

namespace dd {

BulkLoad::BulkLoad(Database &database, const QStringList &tables)
    : m_database(database)
{
    if (m_database.transactionDepth() == 0)
        throw StorageError(QStringLiteral("BulkLoad needs an open transaction"));
    QStringList names;
    for (const QString &table : tables) {
        QSqlQuery query = m_database.run(SqliteDialect::secondaryIndexes(), {table});
        while (query.next()) {
            names << query.value(0).toString();
            m_createStatements << query.value(1).toString();
        }
    }
    for (const QString &name : names)
        m_database.run(QStringLiteral("DROP INDEX ") + name);
}

void BulkLoad::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    for (const QString &statement : m_createStatements)
        m_database.run(statement);
}

} // namespace dd
