#pragma once

#include <QString>

#include <optional>

namespace dd {

class Database;

enum class ExportKind { Customers, Invoices, Payments, Disputes, CreditNotes };

// Writes customers (with their dunning hold), invoices (one row per line, with what is paid and
// credited), payments (with the invoices they are allocated to; opening balances are in the
// invoices' paid amount instead), disputes (with each invoice's disputed part) or our own credit
// notes (one row per line, the note's header on each, numbers and series kept) as CSV per RFC 4180: UTF-8, comma, CRLF, a header row, amounts as 1234.56 and
// dates as YYYY-MM-DD. The headers are the importer's default headers, so an exported file imports
// again as it is. The file is replaced only when it is written completely.
class CsvExporter
{
public:
    explicit CsvExporter(Database &database);
    // The number of data rows written. Throws ValidationError when the file cannot be written.
    qint64 exportTo(ExportKind kind, const QString &path);

    static std::optional<ExportKind> kindFromName(const QString &name);

private:
    Database &m_database;
};

} // namespace dd
