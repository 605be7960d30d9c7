#include "ImportStore.h"

#include "disputes/DisputeRepository.h"
#include "storage/Database.h"
#include "storage/FastStatement.h"

#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QSqlError>
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

void ImportStore::prepare()
{
    if (m_prepared)
        return;
    m_prepared = true;
    m_findCustomer = m_database.prepare(QStringLiteral("SELECT id, payment_term_days FROM customers WHERE number = ?"));
    m_findLines = m_database.prepare(QStringLiteral(
        "SELECT product_id, description, quantity_milli, unit_price_cents, vat_rate_bp, net_cents, vat_cents, vat_category, "
        "vat_exemption_code, vat_exemption_reason FROM invoice_lines WHERE invoice_id = ? ORDER BY line_no"));
}

std::optional<ImportStore::CustomerRef> ImportStore::customer(const QString &number)
{
    const auto cached = m_customers.constFind(number);
    if (cached != m_customers.constEnd())
        return *cached;
    if (m_allCustomersCached)
        return std::nullopt;
    prepare();
    Database::exec(m_findCustomer, {number});
    if (!m_findCustomer.next()) {
        m_findCustomer.finish();
        return std::nullopt;
    }
    const CustomerRef ref{m_findCustomer.value(0).toLongLong(), m_findCustomer.value(1).toInt()};
    m_findCustomer.finish();
    m_customers.insert(number, ref);
    return ref;
}

void ImportStore::cacheAllCustomers()
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT number, id, payment_term_days FROM customers")))
        return; // looked up one by one instead
    while (query.next())
        m_customers.insert(query.value(0).toString(), CustomerRef{query.value(1).toLongLong(), query.value(2).toInt()});
    m_allCustomersCached = query.lastError().type() == QSqlError::NoError;
}

void ImportStore::cacheCustomersFor(qint64 records)
{
    if (m_database.scalar(QStringLiteral("SELECT COUNT(*) FROM customers")).toLongLong() <= records)
        cacheAllCustomers();
}

qint64 ImportStore::productId(const QString &code, const QString &name)
{
    if (code.isEmpty())
        return 0;
    const auto cached = m_products.constFind(code);
    if (cached != m_products.constEnd())
        return *cached;
    const QVariant existing = m_database.scalar(QStringLiteral("SELECT id FROM products WHERE code = ?"), {code});
    qint64 id = 0;
    if (existing.isValid()) {
        id = existing.toLongLong();
    } else {
        QSqlQuery insert = m_database.prepareInsert(QStringLiteral("INSERT INTO products (code, name) VALUES (?, ?)"));
        Database::exec(insert, {code, name.isEmpty() ? code : name});
        id = Database::insertedId(insert);
    }
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
    if (creditNotesExist()
        && m_database.scalar(QStringLiteral("SELECT COUNT(*) FROM credit_notes WHERE invoice_id = ?"), {invoiceId}).toLongLong() > 0)
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
    prepare();
    if (!m_findInvoice) {
        m_findInvoice = m_database.prepareFast(QStringLiteral("SELECT id, customer_id, issue_date, due_date, currency, total_excl_cents, vat_cents, "
                                       "total_incl_cents, paid_cents FROM invoices WHERE number = ?"));
    }
    FastStatement &find = *m_findInvoice;
    find.bind(1, invoice.number);
    if (!find.firstRow()) {
        m_invoices.insert(invoice);
        return Outcome::Created;
    }
    invoice.id = find.int64At(0);
    const auto sameDate = [&find](int column, const Date &date) {
        char16_t iso[10];
        return find.textAt(column) == (date.is_special() ? QStringView(IsoDate::format(date)) : InvoiceWriter::isoDate(date, iso));
    };
    const QString oldCurrency = find.textAt(4);
    const Money oldTotal(find.int64At(7), oldCurrency);
    const qint64 paid = find.int64At(8);
    const bool sameTotals = oldCurrency == invoice.currency && find.int64At(5) == invoice.totalExclVat.cents()
        && find.int64At(6) == invoice.vat.cents() && oldTotal.cents() == invoice.amountDue().cents();
    const bool sameHeader = sameTotals && find.int64At(1) == invoice.customerId
        && sameDate(2, invoice.issueDate) && sameDate(3, invoice.dueDate);
    find.reset();

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
    Database::exec(m_findLines, {invoice.id});
    qsizetype index = 0;
    while (same && m_findLines.next()) {
        if (index >= invoice.lines.size()) {
            same = false;
            break;
        }
        const InvoiceLine &line = invoice.lines.at(index++);
        same = m_findLines.value(0).toLongLong() == line.productId && m_findLines.value(1).toString() == line.description
            && m_findLines.value(2).toLongLong() == line.quantityThousandths && m_findLines.value(3).toLongLong() == line.unitPrice.cents()
            && m_findLines.value(4).toInt() == line.vatRateBasisPoints && m_findLines.value(5).toLongLong() == line.net.cents()
            && m_findLines.value(6).toLongLong() == line.vat.cents()
            && VatTreatment{m_findLines.value(7).toString(), m_findLines.value(8).toString(), m_findLines.value(9).toString()}
                == line.vatTreatment;
    }
    m_findLines.finish();
    return same && index == invoice.lines.size();
}

} // namespace dd
