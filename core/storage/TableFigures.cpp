#include "TableFigures.h"

#include "Database.h"
#include "StorageError.h"

#include <QCoreApplication>
#include <QSqlRecord>

namespace dd {

QStringList TableFigures::columns(const Database &database, const QString &table)
{
    // The statement's own description of its result: the same on every backend, no catalogue query.
    QSqlQuery query = database.run(QStringLiteral("SELECT * FROM %1 WHERE 1 = 0").arg(table));
    const QSqlRecord record = query.record();
    QStringList names;
    for (int i = 0; i < record.count(); ++i)
        names << record.fieldName(i);
    return names;
}

QStringList TableFigures::moneyColumns(const QStringList &columns)
{
    QStringList money;
    for (const QString &column : columns) {
        if (column.endsWith(QLatin1String("_cents")))
            money << column;
    }
    return money;
}

TableFigures TableFigures::of(const Database &database, const QString &table)
{
    TableFigures figures;
    figures.table = table;
    const QStringList money = moneyColumns(columns(database, table));
    QStringList selected{QStringLiteral("COUNT(*)")};
    for (const QString &column : money)
        selected << QStringLiteral("COALESCE(SUM(%1), 0)").arg(column);
    QSqlQuery query = database.prepare(QStringLiteral("SELECT %1 FROM %2").arg(selected.join(QStringLiteral(", ")), table));
    // PostgreSQL sums BIGINTs as NUMERIC; read as text it stays exact, never a double.
    query.setNumericalPrecisionPolicy(QSql::HighPrecision);
    Database::exec(query);
    if (!query.next())
        throw StorageError(QCoreApplication::translate("dd::TableFigures", "The rows of table %1 could not be counted.").arg(table));
    figures.rows = query.value(0).toLongLong();
    for (int i = 0; i < money.size(); ++i) {
        bool ok = false;
        const qint64 cents = query.value(i + 1).toString().toLongLong(&ok);
        if (!ok)
            throw StorageError(QCoreApplication::translate("dd::TableFigures", "The sum of %1 in table %2 (%3) is out of range.")
                                   .arg(money.at(i), table, query.value(i + 1).toString()));
        figures.sums.append({money.at(i), cents});
    }
    return figures;
}

QString TableFigures::describe() const
{
    QStringList parts{QStringLiteral("rows %1").arg(rows)};
    for (const Sum &sum : sums)
        parts << QStringLiteral("%1 %2").arg(sum.column).arg(sum.cents);
    return parts.join(QStringLiteral(", "));
}

} // namespace dd
