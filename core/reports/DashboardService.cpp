#include "DashboardService.h"

#include "receivables/AgingReport.h"
#include "reports/DashboardFiguresQuery.h"
#include "reports/ReceivablesReport.h"

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

    const DashboardFiguresQuery::CaseCounts cases = DashboardFiguresQuery(m_database).caseCounts(asOf);
    figures.openCases = cases.open;
    figures.casesPastResponseDate = cases.pastResponseDate;
    return figures;
}

} // namespace dd
