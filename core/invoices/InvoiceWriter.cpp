#include "InvoiceWriter.h"

#include "storage/Database.h"
#include "storage/FastStatement.h"
#include "storage/RowBatch.h"
#include "storage/StorageError.h"

#include <QCoreApplication>

#include <algorithm>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::InvoiceWriter", text);
}

const QString invoiceColumns = QStringLiteral(
    "INSERT INTO invoices (number, customer_id, issue_date, due_date, currency, total_excl_cents, vat_cents, total_incl_cents, "
    "rounding_cents, prepaid_cents, paid_cents) VALUES ");
const QString invoiceValues = QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
constexpr int invoiceBinds = 10; // the ? of invoiceValues
const QString lineInsert = QStringLiteral(
    "INSERT INTO invoice_lines (invoice_id, line_no, product_id, description, quantity_milli, unit_price_cents, "
    "vat_rate_bp, net_cents, vat_cents, vat_category, vat_exemption_code, vat_exemption_reason) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");

// The invoice's columns from `first` on, as invoiceValues has them.
void bindInvoice(FastStatement &insert, int first, const Invoice &invoice)
{
    insert.bind(first, invoice.number);
    insert.bind(first + 1, invoice.customerId);
    if (invoice.issueDate.is_special() || invoice.dueDate.is_special()) {
        insert.bind(first + 2, IsoDate::format(invoice.issueDate));
        insert.bind(first + 3, IsoDate::format(invoice.dueDate));
    } else {
        char16_t issued[10];
        char16_t due[10];
        insert.bind(first + 2, InvoiceWriter::isoDate(invoice.issueDate, issued));
        insert.bind(first + 3, InvoiceWriter::isoDate(invoice.dueDate, due));
    }
    insert.bind(first + 4, invoice.currency);
    insert.bind(first + 5, invoice.totalExclVat.cents());
    insert.bind(first + 6, invoice.vat.cents());
    insert.bind(first + 7, invoice.amountDue().cents());
    insert.bind(first + 8, invoice.payableRounding.cents());
    insert.bind(first + 9, invoice.prepaidNotBooked.cents());
}
} // namespace

InvoiceWriter::InvoiceWriter(Database &database)
    : m_database(database)
{
}

InvoiceWriter::~InvoiceWriter() = default;

QStringView InvoiceWriter::isoDate(const Date &date, char16_t (&out)[10])
{
    const auto ymd = date.year_month_day();
    const int parts[3] = {int(ymd.year), int(ymd.month), int(ymd.day)};
    const int widths[3] = {4, 2, 2};
    char16_t *p = out;
    for (int part = 0; part < 3; ++part) {
        if (part > 0)
            *p++ = u'-';
        for (int digit = widths[part] - 1, value = parts[part]; digit >= 0; --digit, value /= 10)
            p[digit] = char16_t(u'0' + value % 10);
        p += widths[part];
    }
    return QStringView(out, p - out);
}

void InvoiceWriter::prepare()
{
    if (m_prepared)
        return;
    m_prepared = true;
    m_update = m_database.prepare(QStringLiteral(
        "UPDATE invoices SET customer_id = ?, issue_date = ?, due_date = ?, currency = ?, total_excl_cents = ?, "
        "vat_cents = ?, total_incl_cents = ?, rounding_cents = ?, prepaid_cents = ? WHERE id = ?"));
    m_insertLine = m_database.prepare(lineInsert);
    m_deleteLines = m_database.prepare(QStringLiteral("DELETE FROM invoice_lines WHERE invoice_id = ?"));
}

void InvoiceWriter::insert(Invoice &invoice)
{
    // The fast statements serve one invoice as well as a million (an import writes one at a time).
    if (!insertNew(invoice))
        throw StorageError(tr("Invoice number %1 is already in use.").arg(invoice.number));
}

void InvoiceWriter::updateHeader(const Invoice &invoice)
{
    prepare();
    Database::exec(m_update, {invoice.customerId, IsoDate::format(invoice.issueDate), IsoDate::format(invoice.dueDate),
                              invoice.currency, invoice.totalExclVat.cents(), invoice.vat.cents(), invoice.amountDue().cents(),
                              invoice.payableRounding.cents(), invoice.prepaidNotBooked.cents(), invoice.id});
}

void InvoiceWriter::replaceLines(Invoice &invoice)
{
    prepare();
    Database::exec(m_deleteLines, {invoice.id});
    int lineNo = 0;
    for (InvoiceLine &line : invoice.lines) {
        line.lineNo = ++lineNo;
        Database::exec(m_insertLine, {invoice.id, line.lineNo, line.productId ? QVariant(line.productId) : QVariant(),
                                      line.description, line.quantityThousandths, line.unitPrice.cents(), line.vatRateBasisPoints,
                                      line.net.cents(), line.vat.cents(), line.vatTreatment.category,
                                      line.vatTreatment.exemptionCode, line.vatTreatment.exemptionReason});
    }
}

bool InvoiceWriter::prepareHeaderBatch()
{
    if (!m_bulkHeaders) {
        // paid_cents is left to its default, 0, as invoiceValues writes it.
        RowBatch batch;
        batch.table = QStringLiteral("invoices");
        batch.columns = QStringList{QStringLiteral("number"), QStringLiteral("customer_id"), QStringLiteral("issue_date"),
                                    QStringLiteral("due_date"), QStringLiteral("currency"), QStringLiteral("total_excl_cents"),
                                    QStringLiteral("vat_cents"), QStringLiteral("total_incl_cents"), QStringLiteral("rounding_cents"),
                                    QStringLiteral("prepaid_cents")};
        Q_ASSERT(batch.columns.size() == invoiceBinds);
        batch.rows = int(headerBatch);
        batch.returning = QStringLiteral("id, number");
        m_bulkHeaders = batch.prepare(m_database);
    }
    return m_bulkHeaders->runsOnAnyThread();
}

bool InvoiceWriter::insertNewHeaders(std::vector<Invoice> &invoices)
{
    Q_ASSERT(invoices.size() == headerBatch);
    prepareHeaderBatch();
    for (size_t i = 0; i < invoices.size(); ++i)
        bindInvoice(*m_bulkHeaders, int(i) * invoiceBinds + 1, invoices[i]);
    // The rows come back with their numbers, in no promised order (SQLite's RETURNING and
    // PostgreSQL's batch give them in the order inserted, which the first guess takes).
    FastStatement &insert = *m_bulkHeaders;
    size_t next = 0;
    size_t identified = 0;
    const auto identify = [&] {
        const QString number = insert.textAt(1);
        if (next >= invoices.size() || invoices[next].number != number) {
            const auto found = std::find_if(invoices.begin(), invoices.end(), [&](const Invoice &i) { return i.number == number; });
            next = size_t(found - invoices.begin());
        }
        if (next < invoices.size()) {
            invoices[next++].id = insert.int64At(0);
            ++identified;
        }
    };
    if (insert.insert(identify) == FastStatement::Result::Duplicate)
        return false;
    if (identified != invoices.size())
        throw StorageError(tr("The database did not report the new invoices."));
    return true;
}

bool InvoiceWriter::insertNew(Invoice &invoice)
{
    if (!m_bulkInvoice) {
        m_bulkInvoice = m_database.prepareFastInsert(invoiceColumns + invoiceValues);
        m_bulkLine = m_database.prepareFast(lineInsert);
    }
    FastStatement &insert = *m_bulkInvoice;
    bindInvoice(insert, 1, invoice);
    if (insert.insert([&] { invoice.id = insert.int64At(0); }) == FastStatement::Result::Duplicate)
        return false;
    FastStatement &line = *m_bulkLine;
    int lineNo = 0;
    for (InvoiceLine &l : invoice.lines) {
        l.lineNo = ++lineNo;
        line.bind(1, invoice.id);
        line.bind(2, l.lineNo);
        if (l.productId)
            line.bind(3, l.productId);
        else
            line.bindNull(3);
        line.bind(4, l.description);
        line.bind(5, l.quantityThousandths);
        line.bind(6, l.unitPrice.cents());
        line.bind(7, l.vatRateBasisPoints);
        line.bind(8, l.net.cents());
        line.bind(9, l.vat.cents());
        line.bind(10, l.vatTreatment.category);
        line.bind(11, l.vatTreatment.exemptionCode);
        line.bind(12, l.vatTreatment.exemptionReason);
        line.insert();
    }
    return true;
}

} // namespace dd
