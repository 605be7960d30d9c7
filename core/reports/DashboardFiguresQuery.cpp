#include "DashboardFiguresQuery.h"

#include "storage/Database.h"

namespace dd {

DashboardFiguresQuery::DashboardFiguresQuery(Database &database)
    : m_database(database)
{
}

DashboardFiguresQuery::CaseCounts DashboardFiguresQuery::caseCounts(const Date &asOf) const
{
    const QString day = IsoDate::format(asOf);
    QSqlQuery query = m_database.run(
        QStringLiteral("SELECT COUNT(*), SUM(CASE WHEN promised_on < ? AND (answered_on IS NULL OR answered_on > ?) THEN 1 ELSE 0 END) "
                       "FROM disputes WHERE received_on <= ? AND (closed_on IS NULL OR closed_on > ?)"),
        {day, day, day, day});
    CaseCounts counts;
    if (query.next()) {
        counts.open = query.value(0).toInt();
        counts.pastResponseDate = query.value(1).toInt();
    }
    return counts;
}

} // namespace dd
