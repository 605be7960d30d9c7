#pragma once

#include "invoices/Invoice.h"

#include <QSqlQuery>
#include <QStringView>

#include <memory>
#include <vector>

namespace dd {

class Database;
class FastStatement;

// The one place that writes invoice rows and their lines (issue 18): InvoiceRepository, the
// importers (through ImportStore) and their bulk loads all go through it, so a column of invoices
// is written in one place. Totals are stored as the invoice has them (an imported invoice keeps
// the totals it was sent with), with nothing paid. Callers hold the transaction.
class InvoiceWriter
{
public:
    explicit InvoiceWriter(Database &database);
    ~InvoiceWriter();
    InvoiceWriter(const InvoiceWriter &) = delete;
    InvoiceWriter &operator=(const InvoiceWriter &) = delete;

    // Inserts the invoice and its lines (numbered from 1 in their order), setting its id.
    void insert(Invoice &invoice);
    // Writes the invoice's customer, dates, currency and totals over the row with its id.
    void updateHeader(const Invoice &invoice);
    // Replaces the lines of the invoice (by its id) with its lines, numbered from 1.
    void replaceLines(Invoice &invoice);

    // insert through the backend's fast path (a bulk load); false, writing nothing, when an
    // invoice with its number exists already.
    bool insertNew(Invoice &invoice);
    // insertNew for `headerBatch` invoices without lines at once, in one statement; false,
    // writing none of them, when one of their numbers exists already (or comes twice). Each
    // invoice's id is the one the database reports for its number.
    static constexpr size_t headerBatch = 64;
    bool insertNewHeaders(std::vector<Invoice> &invoices);
    // Compiles the statement of insertNewHeaders now, so that a second thread can run it
    // (InvoiceBatchWriter) without reaching the connection through Qt SQL; false when the
    // backend's statement may not run on another thread (then none may).
    bool prepareHeaderBatch();

    // An ISO date written straight into `out`: IsoDate::format builds it through QString::arg,
    // which a million invoices notice.
    static QStringView isoDate(const Date &date, char16_t (&out)[10]);

private:
    void prepare();

    Database &m_database;
    QSqlQuery m_update;
    QSqlQuery m_insertLine;
    QSqlQuery m_deleteLines;
    std::unique_ptr<FastStatement> m_bulkInvoice;
    std::unique_ptr<FastStatement> m_bulkLine;
    std::unique_ptr<FastStatement> m_bulkHeaders;
    bool m_prepared = false;
};

} // namespace dd
