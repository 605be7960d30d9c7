#pragma once

#include <QString>
#include <QVariant>

#include <functional>
#include <utility>
#include <vector>

class QSqlQuery;

namespace dd {

class Database;

// Reads what CsvExporter writes, one statement per kind of record, row by row: an export of a
// million invoice lines streams and never holds them all. The columns of each row are listed at
// its method, in order.
class ExportRowsQuery
{
public:
    // The current row of a statement, read column by column.
    class Row
    {
    public:
        QVariant value(int column) const;

    private:
        friend class ExportRowsQuery;
        explicit Row(const QSqlQuery &query)
            : m_query(query)
        {
        }
        const QSqlQuery &m_query;
    };
    using Each = std::function<void(const Row &)>;

    explicit ExportRowsQuery(Database &database);

    // Whether the invoices keep a credited amount, and the package's credit notes a table of their
    // own (a database of an older schema has neither).
    bool invoicesHaveCredited() const;
    bool hasPackageCreditNotes() const;

    // number, name, kind, language, street, postal_code, city, country, vat_id, email,
    // payment_term_days, credit_limit_cents, currency, do_not_dun, peppol_scheme, peppol_id; by number.
    void customers(const Each &each) const;
    // Per invoice line (one row with a NULL line id for an invoice without lines): number, customer
    // number, issue_date, due_date, currency, total_excl_cents, vat_cents, total incl. VAT without
    // rounding and prepaid amount, paid_cents, credited cents (ours only), line id, product code,
    // description, quantity_milli, unit_price_cents, vat_rate_bp, vat_category, vat_exemption_code,
    // vat_exemption_reason, line vat_cents, rounding_cents, prepaid_cents; by number and line.
    void invoiceLines(const Each &each) const;
    // The package's credit notes: number, customer number, issue_date, currency, total_incl_cents,
    // applied_cents, the number of the invoice it corrects (or ''); by number.
    void packageCreditNotes(const Each &each) const;
    // Per allocation (one row with NULL invoice for a payment without any), opening balances left
    // out: payment id, customer number, payment_date, amount_cents, currency, reference, debtor
    // IBAN, invoice number, allocated cents; by date and payment.
    void paymentAllocations(const Each &each) const;
    // Per case: id, number, customer number, reason, channel, step, received_on, promised_on,
    // answered_on (or ''), currency, verdict, justified_cents, goodwill_cents, outcome, closed_on
    // (or ''), contact_person, assignee, story, rationale, credit_decided, unjustified_path,
    // amicable_state, arrangement, lesson_what, lesson_department, lesson_action; by number; with
    // the case's invoices as (number, disputed cents), by number.
    void disputes(const std::function<void(const Row &, const std::vector<std::pair<QString, qint64>> &invoices)> &each) const;
    // Per credit note line: number, series_year, series_no, invoice number, customer number, case
    // number (or ''), issue_date, currency, reason, goodwill, total_excl_cents, vat_cents,
    // total_incl_cents, issued_at, actor, vat_eur_cents, eur_rate_date (or ''), eur_rate_micros,
    // line_no, invoice_line_no (or ''), description, quantity_milli, unit_price_cents, vat_rate_bp,
    // net_cents, vat_cents, vat_category, vat_exemption_code, vat_exemption_reason; in the order
    // of the series.
    void creditNoteLines(const Each &each) const;

private:
    bool hasColumn(const QString &table, const QString &column) const;
    void forEach(const QString &sql, const Each &each) const;

    Database &m_database;
};

} // namespace dd
