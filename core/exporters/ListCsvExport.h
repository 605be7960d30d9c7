#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace dd {

class CreditNoteRepository;
class CustomerListQuery;
class CustomerRepository;
class DisputeListQuery;
class InvoiceListQuery;

// Writes a list as the user has it in front of him (the query's filter and sort) to a CSV file:
// every row that passes the filter, not only the window the GUI has read, in the list's order.
// The same columns as the CLI's `invoices`/`disputes --format csv`, so a file from the GUI and
// one from the CLI read alike; and as core's other exports: UTF-8, comma, CRLF, a header row,
// amounts as 1234.56 next to their currency, dates as YYYY-MM-DD, codes instead of translated
// names. The rows are read a page at a time, so a million invoices never are in memory at once.
// The file is replaced only when it is written completely.
class ListCsvExport
{
public:
    // Called after every page with the rows written so far and the length of the list; false
    // stops the export and leaves the file as it was.
    using Progress = std::function<bool(qint64 written, qint64 total)>;

    // Rows read per query window: the unfiltered lists page with OFFSET, whose cost grows with
    // the depth, so a large window keeps a million invoices to about a minute.
    static constexpr int defaultPageSize = 25000;

    explicit ListCsvExport(const QString &path, Progress progress = {}, int pageSize = defaultPageSize);

    // Each returns the number of data rows written (0 when cancelled). Throws ValidationError
    // when the file cannot be written, StorageError when the database cannot be read.
    qint64 write(const InvoiceListQuery &query);
    qint64 write(const CustomerListQuery &query);
    qint64 write(const DisputeListQuery &query);
    // Every credit note issued, in the order of their numbers as the Credit notes list shows them.
    qint64 writeCreditNotes(const CreditNoteRepository &notes, const CustomerRepository &customers);

    // The last write was stopped by the progress callback; nothing was written.
    bool cancelled() const { return m_cancelled; }

private:
    // `page(offset, limit)` returns the cells of up to `limit` rows from `offset` on.
    qint64 writeRows(const QStringList &header, qint64 total,
                     const std::function<std::vector<QStringList>(qint64 offset, int limit)> &page);

    QString m_path;
    Progress m_progress;
    int m_pageSize;
    bool m_cancelled = false;
};

} // namespace dd
