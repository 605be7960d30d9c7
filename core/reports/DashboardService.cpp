#include "DashboardService.h"

#include "receivables/AgingReport.h"
#include "reports/ReceivablesReport.h"
#include "storage/Database.h"

#include <QSqlQuery>

namespace dd {

DashboardService::DashboardService(Database &database)
    : m_database(database)
{
}

DashboardFigures DashboardService::compute(const Date &asOf, const QString &currency) const
{
    DashboardFigures figures;
    figures.asOf = asOf;
    figures.currency = currency;
    for (const AgingRow &row : AgingReport(m_database).byCurrency(asOf)) {
        if (row.currency != currency)
            continue;
        figures.openCents = row.totalCents;
        figures.overdueCents = row.totalCents - row.bucketCents[0];
    }
    const ReceivablesReport receivables(m_database);
    for (const auto &entry : receivables.disputed(asOf, false)) {
        if (entry.currency == currency)
            figures.disputedCents = entry.cents;
    }
    const DsoCountback::Result dso = receivables.dso(asOf, currency, figures.openCents);
    figures.dsoTenths = dso.tenths;
    figures.dsoCapped = dso.capped;

    const QString day = IsoDate::format(asOf);
    QSqlQuery query = m_database.run(
        QStringLiteral("SELECT COUNT(*), SUM(CASE WHEN promised_on < ? AND (answered_on IS NULL OR answered_on > ?) THEN 1 ELSE 0 END) "
                       "FROM disputes WHERE received_on <= ? AND (closed_on IS NULL OR closed_on > ?)"),
        {day, day, day, day});
    if (query.next()) {
        figures.openCases = query.value(0).toInt();
        figures.casesPastResponseDate = query.value(1).toInt();
    }
    return figures;
}

} // namespace dd
