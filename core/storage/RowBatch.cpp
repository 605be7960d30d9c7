#include "RowBatch.h"

#include "Database.h"
#include "FastStatement.h"
#include "SqlDialect.h"

namespace dd {

std::unique_ptr<FastStatement> RowBatch::prepare(Database &database) const
{
    if (std::unique_ptr<FastStatement> own = database.dialect().batchInsert(database, *this))
        return own;
    return database.prepareFastInsert(insertStatement(), returning);
}

QString RowBatch::insertStatement() const
{
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    const QString tuple = QLatin1Char('(') + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
    QStringList tuples;
    for (int r = 0; r < rows; ++r)
        tuples << tuple;
    return QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, columns.join(QStringLiteral(", "))) + tuples.join(QStringLiteral(", "));
}

} // namespace dd
