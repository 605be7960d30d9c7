#pragma once

#include "reports/DisputeReport.h"
#include "reports/ReceivablesReport.h"
#include "reports/ReportDocument.h"
#include "reports/ReportLocale.h"

namespace dd {

// Lays the report figures out as printable documents: sections, tables and charts, in the
// report's language. The same tables are what `--csv DIR` writes.
class ReportDocuments
{
public:
    static ReportDocument disputes(const DisputeReportData &data, const ReportLocale &locale, const QString &company);
    static ReportDocument receivables(const ReceivablesReportData &data, const ReportLocale &locale, const QString &company);

    // Plain forms for CSV: basis points "96.00", tenths "12.5".
    static QString plainBasisPoints(int basisPoints);
    static QString plainTenths(qint64 tenths);
};

} // namespace dd
