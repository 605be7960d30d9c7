#include "SqlDialect.h"

#include "FastStatement.h"
#include "RowStream.h"
#include "StorageError.h"
#include "postgresql/PostgresDialect.h"
#include "DatabaseLocation.h"
#include "sqlite/SqliteDialect.h"


namespace dd {

SqlDialect::~SqlDialect() = default;

std::unique_ptr<FastStatement> SqlDialect::fastInsert(Database &database, const QString &sql, const QString &returning) const
{
    return fastStatement(database, sql + QStringLiteral(" RETURNING ") + returning);
}

QString SqlDialect::containsText(const QString &column, const QString &placeholder) const
{
    return QStringLiteral("LOWER(%1) LIKE LOWER(%2) ESCAPE '\\'").arg(column, placeholder);
}

QString SqlDialect::containsTextIn(const QString &, const QString &alias, const QStringList &columns, const QString &placeholder,
                                   const QString &) const
{
    QStringList conditions;
    for (const QString &column : columns)
        conditions << containsText(alias.isEmpty() ? column : alias + u'.' + column, placeholder);
    return conditions.size() == 1 ? conditions.constFirst() : u'(' + conditions.join(QStringLiteral(" OR ")) + u')';
}

QString SqlDialect::isAmong(const QString &column, const QString &subquery) const
{
    return QStringLiteral("%1 IN (%2)").arg(column, subquery);
}

QString SqlDialect::fillPositions(const QString &table, const QString &rows, const QString &orderBy) const
{
    return QStringLiteral("INSERT INTO %1 (position, invoice_id) SELECT ROW_NUMBER() OVER (ORDER BY %3), id FROM (%2) AS listed")
        .arg(table, rows, orderBy);
}

std::unique_ptr<FastStatement> SqlDialect::fastStatement(Database &, const QString &) const
{
    return nullptr;
}

std::unique_ptr<FastStatement> SqlDialect::batchInsert(Database &, const RowBatch &) const
{
    return nullptr;
}

std::unique_ptr<RowStream> SqlDialect::rowStream(Database &, const QString &, const QStringList &) const
{
    return nullptr;
}

std::unique_ptr<SqlDialect> SqlDialect::forLocation(const QString &location)
{
    if (DatabaseLocation::isServer(location))
        return std::make_unique<PostgresDialect>();
    return std::make_unique<SqliteDialect>();
}

} // namespace dd
