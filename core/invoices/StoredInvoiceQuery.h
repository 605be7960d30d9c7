#pragma once

#include "einvoicing/VatTreatment.h"
#include "storage/BatchedLookUp.h"

#include <QHash>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace dd {

class Database;
class FastStatement;

// An invoice as it is stored, by its number, for an import to tell whether a row changes it:
// its header through the backend's fast path (a re-import looks up every row), or read ahead for
// the next rows at once; its lines one by one in their order. The statements are prepared at
// their first use.
class StoredInvoiceQuery
{
public:
    explicit StoredInvoiceQuery(Database &database);
    ~StoredInvoiceQuery();
    StoredInvoiceQuery(const StoredInvoiceQuery &) = delete;
    StoredInvoiceQuery &operator=(const StoredInvoiceQuery &) = delete;

    struct Header
    {
        qint64 id = 0;
        qint64 customerId = 0;
        QString issueDate; // ISO, as stored
        QString dueDate;
        QString currency;
        qint64 totalExclCents = 0;
        qint64 vatCents = 0;
        qint64 totalInclCents = 0;
        qint64 paidCents = 0;
    };
    std::optional<Header> header(const QString &number);
    // To be called before the caller writes any invoice (not only the one just handed out): the
    // headers read ahead of the numbers asked for (a window, on a file) may be about to change,
    // and are read again. ImportStore::saveInvoice does; an import that changed other invoices
    // while its rows are looked up would have to as well.
    void forgetWindow();
    // Reads the headers of these numbers (the rows an import is about to write) a few hundred to
    // a statement, for header() to hand out: on a server each look-up of its own is a round trip
    // (a re-import of a million rows spent nearly all its time on them). What was read ahead
    // before is forgotten, so memory holds one batch. Each number read ahead is handed out once;
    // header() asks the database again after that, so the caller need only see to it that the
    // invoices of these numbers do not change before their own header() call.
    void readAhead(const QStringList &numbers);

    // A stored line's columns that an import writes.
    struct Line
    {
        qint64 productId = 0;
        QString description;
        qint64 quantityThousandths = 0;
        qint64 unitPriceCents = 0;
        int vatRateBasisPoints = 0;
        qint64 netCents = 0;
        qint64 vatCents = 0;
        VatTreatment vatTreatment;
    };
    // Hands the invoice's lines, in their order, to `line` until it returns false.
    void forEachLine(qint64 invoiceId, const std::function<bool(const Line &)> &line);

private:
    // On a file, a stored invoice is read with the ones stored after it (by id, which walks the
    // table without a look-up a row), up to m_windowSize: invoices come into the table in the
    // order of their numbers as a rule, so a file sorted by number (the usual export) then finds
    // its next rows here. Each is handed out once. The size follows how many of the last window
    // were used, so that a file in another order, or of new invoices, reads one row a look-up.
    std::optional<Header> lookUp(const QString &number);
    // The header in the row's columns from `first` on (id, customer_id, ... as headerColumns lists them).
    static Header headerAt(const FastStatement &row, int first);
    std::optional<Header> fromWindow(const QString &number);
    std::optional<Header> readWindow(const QString &number);
    void dropWindow();
    struct Numbered
    {
        QString number;
        Header header;
    };
    std::vector<Numbered> m_window;
    size_t m_windowNext = 0;  // the first not handed out or passed over
    size_t m_windowUsed = 0;  // how many were handed out
    qint64 m_windowSize = 8;
    static constexpr size_t passOver = 16; // window rows a file may leave out between two of its own
    bool m_windows = false;   // read in windows (a file; a server reads ahead instead)

    Database &m_database;
    std::unique_ptr<FastStatement> m_header;
    std::unique_ptr<FastStatement> m_after; // the window after a stored invoice
    BatchedLookUp m_ahead;
    // The numbers read ahead and not handed out yet, each with its header (none: no such invoice).
    QHash<QString, std::optional<Header>> m_readAhead;
    QSqlQuery m_lines;
    bool m_linesPrepared = false;
};

} // namespace dd
