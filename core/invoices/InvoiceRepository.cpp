#include "InvoiceRepository.h"

#include "common/ValidationError.h"
#include "invoices/InvoiceWriter.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::InvoiceRepository", text);
}
} // namespace

InvoiceRepository::InvoiceRepository(Database &database)
    : m_database(database)
{
}

void InvoiceRepository::insert(Invoice &invoice)
{
    if (invoice.number.trimmed().isEmpty())
        throw ValidationError(tr("An invoice needs a number."));
    if (invoice.issueDate.is_special() || invoice.dueDate.is_special())
        throw ValidationError(tr("Invoice %1 needs an issue date and a due date.").arg(invoice.number));
    if (invoice.dueDate < invoice.issueDate)
        throw ValidationError(tr("Invoice %1 is due before it was issued.").arg(invoice.number));
    for (const InvoiceLine &line : invoice.lines) {
        if (line.unitPrice.currency() != invoice.currency)
            throw ValidationError(tr("Line %1 of invoice %2 is in %3, the invoice in %4.")
                                      .arg(line.lineNo)
                                      .arg(invoice.number, line.unitPrice.currency(), invoice.currency));
    }
    invoice.computeTotals();

    Transaction transaction(m_database, DataChange::Invoices);
    if (!m_database.scalar(QStringLiteral("SELECT 1 FROM customers WHERE id = ?"), {invoice.customerId}).isValid())
        throw ValidationError(tr("Invoice %1 names a customer that does not exist.").arg(invoice.number));
    if (m_database.scalar(QStringLiteral("SELECT 1 FROM invoices WHERE number = ?"), {invoice.number}).isValid())
        throw ValidationError(tr("Invoice number %1 is already in use.").arg(invoice.number));
    InvoiceWriter(m_database).insert(invoice);
    invoice.paid = Money::zero(invoice.currency);
    invoice.credited = Money::zero(invoice.currency);
    transaction.commit();
}

std::optional<Invoice> InvoiceRepository::findById(qint64 id) const
{
    return findWhere(QStringLiteral("id"), id);
}

std::optional<Invoice> InvoiceRepository::findByNumber(const QString &number) const
{
    return findWhere(QStringLiteral("number"), number);
}

std::optional<qint64> InvoiceRepository::idOf(const QString &number) const
{
    const QVariant id = m_database.scalar(QStringLiteral("SELECT id FROM invoices WHERE number = ?"), {number});
    return id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt;
}

QString InvoiceRepository::numberOf(qint64 id) const
{
    return m_database.scalar(QStringLiteral("SELECT number FROM invoices WHERE id = ?"), {id}).toString();
}

void InvoiceRepository::setCredited(qint64 id, qint64 cents)
{
    m_database.run(QStringLiteral("UPDATE invoices SET credited_cents = ? WHERE id = ?"), {cents, id});
}

void InvoiceRepository::addCredited(qint64 id, qint64 cents)
{
    m_database.run(QStringLiteral("UPDATE invoices SET credited_cents = credited_cents + ? WHERE id = ?"), {cents, id});
}

qint64 InvoiceRepository::count() const
{
    return m_database.scalar(QStringLiteral("SELECT COUNT(*) FROM invoices")).toLongLong();
}

std::optional<Invoice> InvoiceRepository::findWhere(const QString &column, const QVariant &value) const
{
    QSqlQuery query = m_database.run(
        QStringLiteral("SELECT id, number, customer_id, issue_date, due_date, currency, total_excl_cents, vat_cents, "
                       "total_incl_cents, paid_cents, credited_cents, rounding_cents, prepaid_cents FROM invoices WHERE %1 = ?")
            .arg(column),
        {value});
    if (!query.next())
        return std::nullopt;
    Invoice invoice;
    invoice.id = query.value(0).toLongLong();
    invoice.number = query.value(1).toString();
    invoice.customerId = query.value(2).toLongLong();
    invoice.issueDate = IsoDate::parse(query.value(3).toString()).value_or(Date());
    invoice.dueDate = IsoDate::parse(query.value(4).toString()).value_or(Date());
    invoice.currency = query.value(5).toString();
    invoice.totalExclVat = Money(query.value(6).toLongLong(), invoice.currency);
    invoice.vat = Money(query.value(7).toLongLong(), invoice.currency);
    invoice.payableRounding = Money(query.value(11).toLongLong(), invoice.currency);
    invoice.prepaidNotBooked = Money(query.value(12).toLongLong(), invoice.currency);
    invoice.totalInclVat = Money(query.value(8).toLongLong(), invoice.currency) - invoice.payableRounding + invoice.prepaidNotBooked;
    invoice.paid = Money(query.value(9).toLongLong(), invoice.currency);
    invoice.credited = Money(query.value(10).toLongLong(), invoice.currency);

    QSqlQuery lines = m_database.run(
        QStringLiteral("SELECT l.line_no, l.product_id, COALESCE(p.code, ''), l.description, l.quantity_milli, "
                       "l.unit_price_cents, l.vat_rate_bp, l.net_cents, l.vat_cents, l.vat_category, l.vat_exemption_code, "
                       "l.vat_exemption_reason FROM invoice_lines l "
                       "LEFT JOIN products p ON p.id = l.product_id WHERE l.invoice_id = ? ORDER BY l.line_no"),
        {invoice.id});
    while (lines.next()) {
        InvoiceLine line;
        line.lineNo = lines.value(0).toInt();
        line.productId = lines.value(1).toLongLong();
        line.productCode = lines.value(2).toString();
        line.description = lines.value(3).toString();
        line.quantityThousandths = lines.value(4).toLongLong();
        line.unitPrice = Money(lines.value(5).toLongLong(), invoice.currency);
        line.vatRateBasisPoints = lines.value(6).toInt();
        line.net = Money(lines.value(7).toLongLong(), invoice.currency);
        line.vat = Money(lines.value(8).toLongLong(), invoice.currency);
        line.vatTreatment = VatTreatment{lines.value(9).toString(), lines.value(10).toString(), lines.value(11).toString()};
        invoice.lines.append(line);
    }
    return invoice;
}

} // namespace dd
