#pragma once

// A report of one long table ("Row 1" … "Row n" with an amount each), for the tests of what
// happens to a table longer than a page or a preview.

#include "reports/ReportDocument.h"

namespace dd::test {

inline ReportDocument longReportDocument(int rows)
{
    ReportDocument document;
    document.title = QStringLiteral("Long");
    document.pageText = QStringLiteral("Page %1 of %2");
    ReportTable table;
    table.id = QStringLiteral("long");
    table.title = QStringLiteral("Many rows");
    table.column(QStringLiteral("Customer"), QStringLiteral("customer"));
    table.column(QStringLiteral("Amount"), QStringLiteral("amount"), true);
    for (int i = 1; i <= rows; ++i)
        table.row({{QStringLiteral("Row %1").arg(i), QString::number(i)}, {QString::number(i * 10), QString::number(i * 10)}});
    document.table(table);
    return document;
}

} // namespace dd::test
