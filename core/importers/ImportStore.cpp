#include "ImportStore.h"

#include "creditnotes/CreditNoteRepository.h"
#include "customers/CustomerRepository.h"
#include "disputes/DisputeRepository.h"
#include "products/ProductRepository.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QSqlRecord>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::ImportStore", text);
}

} // namespace

ImportStore::ImportStore(Database &database)
    : m_database(database)
    , m_invoices(database)
    , m_findCustomer(database)
    , m_stored(database)
{
}

ImportStore::~ImportStore() = default;

bool ImportStore::prepareHeaderBatch()
{
    return m_invoices.prepareHeaderBatch();
}

bool ImportStore::insertNewHeaders(std::vector<Invoice> &invoices)
{
    return m_invoices.insertNewHeaders(invoices);
}

bool ImportStore::insertNew(Invoice &invoice)
{
    return m_invoices.insertNew(invoice);
}

std::optional<ImportStore::CustomerRef> ImportStore::customer(const QString &number)
{
    if (const int place = m_customerKeys.lineOf(number))
        return m_customerRefs[size_t(place - 1)];
    if (m_allCustomersCached)
        return std::nullopt;
    const auto found = m_findCustomer.byNumber(number);
    if (!found)
        return std::nullopt;
    const CustomerRef ref{found->id, found->paymentTermDays};
    cacheCustomer(number, ref);
    return ref;
}

void ImportStore::cacheCustomer(QStringView number, const CustomerRef &ref)
{
    if (m_customerKeys.firstLineOrAdd(number, int(m_customerRefs.size() + 1)) == 0)
        m_customerRefs.push_back(ref);
}

void ImportStore::cacheAllCustomers()
{
    // A failure to read them all throws (StorageError) and ends the import.
    m_findCustomer.readAll([this](QStringView number, const CustomerTermsQuery::Terms &terms) {
        cacheCustomer(number, CustomerRef{terms.id, terms.paymentTermDays});
    });
    m_allCustomersCached = true;
}

void ImportStore::cacheCustomersFor(qint64 records)
{
    if (CustomerRepository(m_database).count() <= records)
        cacheAllCustomers();
}

qint64 ImportStore::productId(const QString &code, const QString &name)
{
    if (code.isEmpty())
        return 0;
    const auto cached = m_products.constFind(code);
    if (cached != m_products.constEnd())
        return *cached;
    ProductRepository products(m_database);
    const std::optional<qint64> existing = products.idOfCode(code);
    const qint64 id = existing ? *existing : products.addNamed(code, name.isEmpty() ? code : name);
    m_products.insert(code, id);
    return id;
}

bool ImportStore::creditNotesExist() const
{
    if (!m_creditNotes) {
        const QSqlRecord record = m_database.connection().record(QStringLiteral("credit_notes"));
        m_creditNotes = record.contains(QStringLiteral("invoice_id"));
    }
    return *m_creditNotes;
}

std::optional<QString> ImportStore::amountLock(qint64 invoiceId, const QString &number) const
{
    const DisputeRepository disputes(m_database);
    if (const auto dispute = disputes.openDisputeOf(invoiceId))
        return tr("invoice %1 is disputed in case %2").arg(number, *dispute);
    if (creditNotesExist() && CreditNoteRepository(m_database).anyFor(invoiceId))
        return tr("invoice %1 has a credit note").arg(number);
    return std::nullopt;
}

ImportStore::Outcome ImportStore::saveInvoice(Invoice &invoice, QString *note)
{
    if (m_allNew) {
        if (!insertNew(invoice))
            throw StorageError(tr("invoice %1 exists already").arg(invoice.number));
        return Outcome::Created;
    }
    const auto stored = m_stored.header(invoice.number);
    if (!stored) {
        m_stored.forgetWindow(); // what was read ahead is read again after any write
        m_invoices.insert(invoice);
        return Outcome::Created;
    }
    invoice.id = stored->id;
    const auto sameDate = [](const QString &text, const Date &date) {
        char16_t iso[10];
        return text == (date.is_special() ? QStringView(IsoDate::format(date)) : InvoiceWriter::isoDate(date, iso));
    };
    const QString &oldCurrency = stored->currency;
    const Money oldTotal(stored->totalInclCents, oldCurrency);
    const qint64 paid = stored->paidCents;
    const bool sameTotals = oldCurrency == invoice.currency && stored->totalExclCents == invoice.totalExclVat.cents()
        && stored->vatCents == invoice.vat.cents() && oldTotal.cents() == invoice.amountDue().cents();
    const bool sameHeader = sameTotals && stored->customerId == invoice.customerId
        && sameDate(stored->issueDate, invoice.issueDate) && sameDate(stored->dueDate, invoice.dueDate);

    // A file of totals only (the accounting package's list) says nothing of the lines: those
    // of an earlier import (a UBL invoice, a file with lines) stay while they still add up to
    // the same totals, and need not be read. With other totals they describe another amount
    // and go.
    const bool keepLines = invoice.lines.isEmpty() && sameTotals;
    if (sameHeader && (keepLines || sameLinesAs(invoice)))
        return Outcome::Unchanged;

    const bool amountChanged = oldCurrency != invoice.currency || oldTotal.cents() != invoice.amountDue().cents();
    if (amountChanged) {
        const Money newTotal = invoice.amountDue();
        if (const auto lock = amountLock(invoice.id, invoice.number)) {
            if (note)
                *note = tr("%1; its amount changed from %2 to %3 and was not overwritten")
                            .arg(*lock, oldTotal.format(NumberStyle::English), newTotal.format(NumberStyle::English));
            return Outcome::Held;
        }
        if (paid > 0 && (oldCurrency != invoice.currency || paid > invoice.amountDue().cents())) {
            if (note)
                *note = tr("invoice %1 is already paid %2, more than its new amount %3; not overwritten")
                            .arg(invoice.number, Money(paid, oldCurrency).format(NumberStyle::English),
                                 newTotal.format(NumberStyle::English));
            return Outcome::Held;
        }
    }
    m_stored.forgetWindow();
    m_invoices.updateHeader(invoice);
    if (!keepLines)
        m_invoices.replaceLines(invoice);
    return Outcome::Updated;
}

void ImportStore::count(Outcome outcome, ImportReport &report)
{
    switch (outcome) {
    case Outcome::Created:
        ++report.created;
        break;
    case Outcome::Updated:
        ++report.updated;
        break;
    case Outcome::Unchanged:
        ++report.unchanged;
        break;
    case Outcome::Held:
        ++report.held;
        break;
    }
}

bool ImportStore::sameLinesAs(const Invoice &invoice)
{
    bool same = true;
    qsizetype index = 0;
    m_stored.forEachLine(invoice.id, [&](const StoredInvoiceQuery::Line &stored) {
        if (index >= invoice.lines.size()) {
            same = false;
            return false;
        }
        const InvoiceLine &line = invoice.lines.at(index++);
        same = stored.productId == line.productId && stored.description == line.description
            && stored.quantityThousandths == line.quantityThousandths && stored.unitPriceCents == line.unitPrice.cents()
            && stored.vatRateBasisPoints == line.vatRateBasisPoints && stored.netCents == line.net.cents()
            && stored.vatCents == line.vat.cents() && stored.vatTreatment == line.vatTreatment;
        return same;
    });
    return same && index == invoice.lines.size();
}

} // namespace dd
