#include "BatchedLookUp.h"

#include "Database.h"

#include <algorithm>

namespace dd {

BatchedLookUp::BatchedLookUp(Database &database, const QString &sql)
    : m_database(database)
    , m_sql(sql)
{
}

void BatchedLookUp::run(const QStringList &keys, const std::function<void(const QSqlQuery &)> &row)
{
    if (keys.isEmpty())
        return;
    if (!m_prepared) {
        const QStringList marks(perStatement, QStringLiteral("?"));
        m_query = m_database.prepare(m_sql.arg(marks.join(QStringLiteral(", "))));
        Database::readForward(m_query);
        m_prepared = true;
    }
    for (qsizetype from = 0; from < keys.size(); from += perStatement) {
        for (qsizetype i = 0; i < perStatement; ++i)
            m_query.bindValue(int(i), keys.at(std::min(from + i, keys.size() - 1)));
        Database::exec(m_query);
        while (m_query.next())
            row(m_query);
        m_query.finish();
    }
}

} // namespace dd
