#pragma once

#include "calendar/IsoDate.h"
#include "importers/ColumnMapping.h"
#include "importers/ImportProgress.h"
#include "importers/ImportReport.h"

#include <optional>

namespace dd {

class Database;

struct CsvImportOptions
{
    ImportKind kind = ImportKind::Invoices;
    ColumnMapping mapping;
    // Override the mapping; without either, dates are detected and the decimal mark follows
    // the separator (semicolon files are Dutch: 1.234,56).
    std::optional<DateFormat> dateFormat;
    std::optional<NumberStyle> numberStyle;
    // Import the good rows and write the rejected ones to `rejectsPathFor(source)`; otherwise any
    // error imports nothing.
    bool validRowsOnly = false;
    // The day the accounting package's open/paid figures stood (OpeningBalances); none: today.
    std::optional<Date> asOf;
    // Steps: every row is checked, then written; cancelling rolls the whole import back.
    ImportProgress progress;
    // Whether the look-ups of the next rows are read at once; none: where the database is a
    // server (SqlDialect::batchesLookUps). The tests set it to run that path on SQLite too.
    std::optional<bool> readAhead;
};

// Imports customers, invoices (with or without lines, credit notes and what the accounting package
// says is paid), payments, dispute cases or our own credit notes from a CSV file in one transaction; each kind's rows are
// read by its own class (CsvCustomerImport, CsvInvoiceImport, CsvPaymentImport, CsvDisputeImport, CsvCreditNoteImport)
// on what CsvImportRun shares. Rows are keyed on the customer, invoice or case number, so importing
// a file again updates instead of duplicating; payments count as the same when customer, date,
// amount and reference agree. Every problem is reported with file, line and column; a file with problems
// changes nothing unless the valid rows are asked for.
class CsvImporter
{
public:
    explicit CsvImporter(Database &database);
    ImportReport importFile(const QString &path, const CsvImportOptions &options);
    // "invoices.csv" -> "invoices.rejected.csv" in the same folder.
    static QString rejectsPathFor(const QString &path);

private:
    Database &m_database;
};

} // namespace dd
