#pragma once

#include "customers/CustomerTermsQuery.h"
#include "importers/ImportKeys.h"
#include "importers/ImportReport.h"
#include "invoices/Invoice.h"
#include "invoices/InvoiceWriter.h"
#include "invoices/StoredInvoiceQuery.h"

#include <QHash>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace dd {

class Database;

// The writes that every importer shares: customers and products looked up by their numbers
// (cached for the length of one import), and invoices inserted or brought up to date by number.
// Invoices are stored with the totals they were sent with (a UBL invoice's document-level charges
// are not in its lines), through InvoiceWriter rather than InvoiceRepository::insert, which
// computes totals from the lines. Callers hold the transaction.
class ImportStore
{
public:
    enum class Outcome { Created, Updated, Unchanged, Held };

    explicit ImportStore(Database &database);
    ~ImportStore();

    struct CustomerRef
    {
        qint64 id = 0;
        int paymentTermDays = 30;
    };
    std::optional<CustomerRef> customer(const QString &number);
    // Reads every customer into the cache with one query, for a file that names at least as many
    // invoices as there are customers: cheaper than looking them up one by one. A number not in
    // the cache is then unknown, and customer() does not touch the database any more.
    void cacheAllCustomers();
    bool allCustomersCached() const { return m_allCustomersCached; }
    // cacheAllCustomers when a file of `records` records may name as many customers as there are.
    void cacheCustomersFor(qint64 records);
    // The product with this code; created (named after the line) when there is none yet.
    qint64 productId(const QString &code, const QString &name);

    // Inserts the invoice or updates the one with its number. Totals and the lines' net and VAT
    // are taken as given; an invoice given without lines keeps the lines it has while its totals
    // stay the same. A changed amount on an invoice that is disputed, credited or paid
    // beyond the new total is not written: the outcome is Held and `note` says why.
    Outcome saveInvoice(Invoice &invoice, QString *note);
    // The stored invoices of these numbers, the next rows' that saveInvoice will be given, read
    // at once rather than one look-up a row (StoredInvoiceQuery::readAhead, which see).
    void readAhead(const QStringList &numbers) { m_stored.readAhead(numbers); }
    // Adds the outcome to the counts of `report`; a held change's note is the caller's to word.
    static void count(Outcome outcome, ImportReport &report);
    // Into a table that was empty when the import began, with the file's numbers checked for
    // duplicates, every invoice is new: saveInvoice then inserts without looking it up first.
    void setAllNew(bool allNew) { m_allNew = allNew; }
    // A bulk load's writes (InvoiceWriter's, which see).
    bool insertNew(Invoice &invoice);
    static constexpr size_t headerBatch = InvoiceWriter::headerBatch;
    bool insertNewHeaders(std::vector<Invoice> &invoices);
    bool prepareHeaderBatch();
    // Why the amount of an existing invoice may not change: its open dispute or credit note.
    std::optional<QString> amountLock(qint64 invoiceId, const QString &number) const;
    // True once the credit notes of issue 9 are in the schema.
    bool creditNotesExist() const;

private:
    Database &m_database;
    InvoiceWriter m_invoices;
    // The customers met so far, by number: their places in m_customerRefs (plus one).
    ImportKeys m_customerKeys;
    std::vector<CustomerRef> m_customerRefs;
    void cacheCustomer(QStringView number, const CustomerRef &ref);
    QHash<QString, qint64> m_products;
    CustomerTermsQuery m_findCustomer;
    StoredInvoiceQuery m_stored; // by number: a re-import looks up every row
    bool m_allNew = false;
    bool m_allCustomersCached = false;
    mutable std::optional<bool> m_creditNotes;
    // Whether the stored lines of the invoice (by its id) are the ones it has now.
    bool sameLinesAs(const Invoice &invoice);
};

} // namespace dd
