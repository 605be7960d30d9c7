#include "CsvImporter.h"

#include "importers/CsvCreditNoteImport.h"
#include "importers/CsvCustomerImport.h"
#include "importers/CsvDisputeImport.h"
#include "importers/CsvInvoiceImport.h"
#include "importers/CsvPaymentImport.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <memory>

namespace dd {

CsvImporter::CsvImporter(Database &database)
    : m_database(database)
{
}

QString CsvImporter::rejectsPathFor(const QString &path)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().isEmpty() ? QStringLiteral("csv") : info.suffix();
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".rejected.") + suffix);
}

ImportReport CsvImporter::importFile(const QString &path, const CsvImportOptions &options)
{
    ImportReport report;
    report.source = path;
    std::unique_ptr<CsvImportRun> run;
    switch (options.kind) {
    case ImportKind::Customers:
        run = std::make_unique<CsvCustomerImport>(m_database, path, options, report);
        break;
    case ImportKind::Invoices:
        run = std::make_unique<CsvInvoiceImport>(m_database, path, options, report);
        break;
    case ImportKind::Payments:
        run = std::make_unique<CsvPaymentImport>(m_database, path, options, report);
        break;
    case ImportKind::Disputes:
        run = std::make_unique<CsvDisputeImport>(m_database, path, options, report);
        break;
    case ImportKind::CreditNotes:
        run = std::make_unique<CsvCreditNoteImport>(m_database, path, options, report);
        break;
    }
    run->execute();
    std::sort(report.errors.begin(), report.errors.end(),
              [](const ImportIssue &a, const ImportIssue &b) { return std::tie(a.line, a.column) < std::tie(b.line, b.column); });
    return report;
}

} // namespace dd
