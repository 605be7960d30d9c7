#include "ExportRowsQuery.h"

#include "storage/Database.h"

#include <QSqlRecord>

namespace dd {

QVariant ExportRowsQuery::Row::value(int column) const
{
    return m_query.value(column);
}

ExportRowsQuery::ExportRowsQuery(Database &database)
    : m_database(database)
{
}

bool ExportRowsQuery::hasColumn(const QString &table, const QString &column) const
{
    return m_database.connection().record(table).contains(column);
}

bool ExportRowsQuery::invoicesHaveCredited() const
{
    return hasColumn(QStringLiteral("invoices"), QStringLiteral("credited_cents"));
}

bool ExportRowsQuery::hasPackageCreditNotes() const
{
    return m_database.connection().tables().contains(QStringLiteral("imported_credit_notes"));
}

void ExportRowsQuery::forEach(const QString &sql, const Each &each) const
{
    QSqlQuery query = m_database.run(sql);
    const Row row(query);
    while (query.next())
        each(row);
}

void ExportRowsQuery::customers(const Each &each) const
{
    const bool dunHold = hasColumn(QStringLiteral("customers"), QStringLiteral("do_not_dun"));
    forEach(QStringLiteral("SELECT number, name, kind, language, street, postal_code, city, country, vat_id, email, payment_term_days, "
                           "credit_limit_cents, currency, %1, peppol_scheme, peppol_id FROM customers ORDER BY number")
                .arg(dunHold ? QStringLiteral("do_not_dun") : QStringLiteral("0")),
            each);
}

void ExportRowsQuery::invoiceLines(const Each &each) const
{
    const bool credited = invoicesHaveCredited();
    // The invoice's own `credited` leaves out what the package's credit notes applied to it: the
    // export lists those notes apart, and an import would count that part twice.
    const bool packageCredits = hasPackageCreditNotes();
    // total_incl_cents is what the customer owes; total_incl is written as net + VAT, the
    // rounding and prepaid amount apart (InvoiceRepository reads them so too).
    forEach(QStringLiteral("SELECT i.number, c.number, i.issue_date, i.due_date, i.currency, i.total_excl_cents, i.vat_cents, "
                           "i.total_incl_cents - i.rounding_cents + i.prepaid_cents, i.paid_cents, %1, l.id, COALESCE(p.code, ''), "
                           "l.description, l.quantity_milli, l.unit_price_cents, l.vat_rate_bp, l.vat_category, "
                           "l.vat_exemption_code, l.vat_exemption_reason, l.vat_cents, i.rounding_cents, i.prepaid_cents "
                           "FROM invoices i JOIN customers c ON c.id = i.customer_id "
                           "LEFT JOIN invoice_lines l ON l.invoice_id = i.id LEFT JOIN products p ON p.id = l.product_id "
                           "ORDER BY i.number, l.line_no")
                .arg(!credited         ? QStringLiteral("0")
                         : packageCredits ? QStringLiteral("i.credited_cents - (SELECT COALESCE(SUM(n.applied_cents), 0) "
                                                           "FROM imported_credit_notes n WHERE n.invoice_id = i.id)")
                                          : QStringLiteral("i.credited_cents")),
            each);
}

void ExportRowsQuery::packageCreditNotes(const Each &each) const
{
    forEach(QStringLiteral(
                "SELECT n.number, c.number, n.issue_date, n.currency, n.total_incl_cents, n.applied_cents, COALESCE(i.number, '') "
                "FROM imported_credit_notes n JOIN customers c ON c.id = n.customer_id LEFT JOIN invoices i ON i.id = n.invoice_id "
                "ORDER BY n.number"),
            each);
}

void ExportRowsQuery::paymentAllocations(const Each &each) const
{
    const bool iban = hasColumn(QStringLiteral("payments"), QStringLiteral("debtor_iban"));
    // An opening balance is no payment anyone made on a day: the invoices' "paid" carries it.
    const bool openings = hasColumn(QStringLiteral("payments"), QStringLiteral("opening_balance"));
    forEach(QStringLiteral("SELECT p.id, c.number, p.payment_date, p.amount_cents, p.currency, p.reference, %1, i.number, "
                           "a.amount_cents FROM payments p JOIN customers c ON c.id = p.customer_id "
                           "LEFT JOIN allocations a ON a.payment_id = p.id LEFT JOIN invoices i ON i.id = a.invoice_id "
                           "WHERE %2 ORDER BY p.payment_date, p.id, i.due_date, i.number")
                .arg(iban ? QStringLiteral("p.debtor_iban") : QStringLiteral("''"),
                     openings ? QStringLiteral("p.opening_balance = 0") : QStringLiteral("1")),
            each);
}

void ExportRowsQuery::disputes(
    const std::function<void(const Row &, const std::vector<std::pair<QString, qint64>> &invoices)> &each) const
{
    QSqlQuery invoices = m_database.prepare(QStringLiteral(
        "SELECT i.number, di.disputed_cents FROM dispute_invoices di JOIN invoices i ON i.id = di.invoice_id "
        "WHERE di.dispute_id = ? ORDER BY i.number"));
    std::vector<std::pair<QString, qint64>> parts;
    forEach(QStringLiteral(
                "SELECT d.id, d.number, c.number, d.reason, d.channel, d.step, d.received_on, d.promised_on, "
                "COALESCE(CAST(d.answered_on AS TEXT), ''), d.currency, d.verdict, d.justified_cents, d.goodwill_cents, d.outcome, "
                "COALESCE(CAST(d.closed_on AS TEXT), ''), d.contact_person, d.assignee, d.story, d.rationale, d.credit_decided, d.unjustified_path, "
                "d.amicable_state, d.arrangement, d.lesson_what, d.lesson_department, d.lesson_action "
                "FROM disputes d JOIN customers c ON c.id = d.customer_id ORDER BY d.number"),
            [&](const Row &dispute) {
                Database::exec(invoices, {dispute.value(0)});
                parts.clear();
                while (invoices.next())
                    parts.emplace_back(invoices.value(0).toString(), invoices.value(1).toLongLong());
                invoices.finish();
                each(dispute, parts);
            });
}

void ExportRowsQuery::creditNoteLines(const Each &each) const
{
    forEach(QStringLiteral(
                "SELECT n.number, n.series_year, n.series_no, i.number, c.number, COALESCE(d.number, ''), n.issue_date, n.currency, "
                "n.reason, n.goodwill, n.total_excl_cents, n.vat_cents, n.total_incl_cents, n.issued_at, n.actor, n.vat_eur_cents, "
                "COALESCE(CAST(n.eur_rate_date AS TEXT), ''), n.eur_rate_micros, l.line_no, COALESCE(CAST(l.invoice_line_no AS TEXT), ''), l.description, "
                "l.quantity_milli, l.unit_price_cents, l.vat_rate_bp, l.net_cents, l.vat_cents, l.vat_category, l.vat_exemption_code, "
                "l.vat_exemption_reason FROM credit_notes n JOIN credit_note_lines l ON l.credit_note_id = n.id "
                "JOIN invoices i ON i.id = n.invoice_id JOIN customers c ON c.id = n.customer_id "
                "LEFT JOIN disputes d ON d.id = n.dispute_id ORDER BY n.series_year, n.series_no, l.line_no"),
            each);
}

} // namespace dd
