#include "MigrationsFirstWave.h"

#include "SqlDialect.h"

namespace dd {

// Version 1: customers, products, invoices, payments. Amounts are integer cents; dates are ISO
// 8601 text, which sorts and compares correctly as text in every SQL dialect.
QStringList MigrationsFirstWave::version1()
{
    return {
        QStringLiteral("CREATE TABLE schema_info (version INTEGER NOT NULL)"),
        QStringLiteral("INSERT INTO schema_info (version) VALUES (0)"),
        QStringLiteral(R"(CREATE TABLE customers (
            id INTEGER PRIMARY KEY,
            number TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('consumer', 'business')),
            language TEXT NOT NULL CHECK (language IN ('nl', 'en')),
            street TEXT NOT NULL DEFAULT '',
            postal_code TEXT NOT NULL DEFAULT '',
            city TEXT NOT NULL DEFAULT '',
            country TEXT NOT NULL DEFAULT 'NL',
            vat_id TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            payment_term_days INTEGER NOT NULL DEFAULT 30 CHECK (payment_term_days >= 0),
            credit_limit_cents INTEGER NOT NULL DEFAULT 0,
            currency TEXT NOT NULL DEFAULT 'EUR'))"),
        QStringLiteral("CREATE INDEX customers_name ON customers (name)"),
        QStringLiteral(R"(CREATE TABLE contacts (
            id INTEGER PRIMARY KEY,
            customer_id INTEGER NOT NULL REFERENCES customers (id),
            name TEXT NOT NULL,
            role TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX contacts_customer ON contacts (customer_id)"),
        QStringLiteral(R"(CREATE TABLE products (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            list_price_cents INTEGER NOT NULL DEFAULT 0,
            currency TEXT NOT NULL DEFAULT 'EUR',
            vat_rate_bp INTEGER NOT NULL DEFAULT 2100))"),
        QStringLiteral(R"(CREATE TABLE invoices (
            id INTEGER PRIMARY KEY,
            number TEXT NOT NULL UNIQUE,
            customer_id INTEGER NOT NULL REFERENCES customers (id),
            issue_date TEXT NOT NULL,
            due_date TEXT NOT NULL,
            currency TEXT NOT NULL,
            total_excl_cents INTEGER NOT NULL,
            vat_cents INTEGER NOT NULL,
            total_incl_cents INTEGER NOT NULL,
            paid_cents INTEGER NOT NULL DEFAULT 0))"),
        // With the number, a customer's invoices come out of the index in list order without
        // reading the table: the text filter of the invoice list depends on it.
        QStringLiteral("CREATE INDEX invoices_customer ON invoices (customer_id, number)"),
        QStringLiteral("CREATE INDEX invoices_issue_date ON invoices (issue_date)"),
        QStringLiteral("CREATE INDEX invoices_due_date ON invoices (due_date)"),
        QStringLiteral("CREATE INDEX invoices_total ON invoices (total_incl_cents)"),
        QStringLiteral("CREATE INDEX invoices_open_amount ON invoices ((total_incl_cents - paid_cents))"),
        // Only the invoices still open: the aging report and the overdue list read this small
        // index instead of the whole table.
        QStringLiteral(R"(CREATE INDEX invoices_open ON invoices
            (due_date, customer_id, currency, issue_date, total_incl_cents, paid_cents)
            WHERE paid_cents < total_incl_cents)"),
        QStringLiteral(R"(CREATE TABLE invoice_lines (
            id INTEGER PRIMARY KEY,
            invoice_id INTEGER NOT NULL REFERENCES invoices (id),
            line_no INTEGER NOT NULL,
            product_id INTEGER REFERENCES products (id),
            description TEXT NOT NULL,
            quantity_milli INTEGER NOT NULL,
            unit_price_cents INTEGER NOT NULL,
            vat_rate_bp INTEGER NOT NULL,
            net_cents INTEGER NOT NULL,
            vat_cents INTEGER NOT NULL))"),
        QStringLiteral("CREATE INDEX invoice_lines_invoice ON invoice_lines (invoice_id)"),
        QStringLiteral("CREATE INDEX invoice_lines_product ON invoice_lines (product_id)"),
        QStringLiteral(R"(CREATE TABLE payments (
            id INTEGER PRIMARY KEY,
            customer_id INTEGER NOT NULL REFERENCES customers (id),
            payment_date TEXT NOT NULL,
            amount_cents INTEGER NOT NULL,
            currency TEXT NOT NULL,
            reference TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX payments_customer ON payments (customer_id)"),
        QStringLiteral("CREATE INDEX payments_date ON payments (payment_date)"),
        QStringLiteral(R"(CREATE TABLE allocations (
            payment_id INTEGER NOT NULL REFERENCES payments (id),
            invoice_id INTEGER NOT NULL REFERENCES invoices (id),
            amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
            PRIMARY KEY (payment_id, invoice_id)))"),
        QStringLiteral("CREATE INDEX allocations_invoice ON allocations (invoice_id)"),
    };
}

// Version 2: dispute cases and everything recorded about them (DESIGN.md §3). The audit trail is
// append-only, enforced by the database itself.
QStringList MigrationsFirstWave::version2(const SqlDialect &dialect)
{
    QStringList statements = {
        QStringLiteral(R"(CREATE TABLE disputes (
            id INTEGER PRIMARY KEY,
            number TEXT NOT NULL UNIQUE,
            customer_id INTEGER NOT NULL REFERENCES customers (id),
            reason TEXT NOT NULL,
            channel TEXT NOT NULL,
            contact_person TEXT NOT NULL DEFAULT '',
            story TEXT NOT NULL,
            received_on TEXT NOT NULL,
            promised_on TEXT NOT NULL,
            answered_on TEXT,
            assignee TEXT NOT NULL DEFAULT '',
            step TEXT NOT NULL,
            verdict TEXT NOT NULL DEFAULT '',
            justified_cents INTEGER NOT NULL DEFAULT 0,
            currency TEXT NOT NULL,
            rationale TEXT NOT NULL DEFAULT '',
            credit_decided INTEGER NOT NULL DEFAULT 0,
            unjustified_path TEXT NOT NULL DEFAULT '',
            amicable_state TEXT NOT NULL DEFAULT '',
            arrangement TEXT NOT NULL DEFAULT '',
            goodwill_cents INTEGER NOT NULL DEFAULT 0,
            lesson_what TEXT NOT NULL DEFAULT '',
            lesson_department TEXT NOT NULL DEFAULT '',
            lesson_action TEXT NOT NULL DEFAULT '',
            outcome TEXT NOT NULL DEFAULT '',
            closed_on TEXT))"),
        QStringLiteral("CREATE INDEX disputes_customer ON disputes (customer_id)"),
        QStringLiteral("CREATE INDEX disputes_step ON disputes (step)"),
        QStringLiteral("CREATE INDEX disputes_received ON disputes (received_on)"),
        QStringLiteral(R"(CREATE TABLE dispute_invoices (
            dispute_id INTEGER NOT NULL REFERENCES disputes (id),
            invoice_id INTEGER NOT NULL REFERENCES invoices (id),
            disputed_cents INTEGER NOT NULL CHECK (disputed_cents > 0),
            PRIMARY KEY (dispute_id, invoice_id)))"),
        QStringLiteral("CREATE INDEX dispute_invoices_invoice ON dispute_invoices (invoice_id)"),
        QStringLiteral(R"(CREATE TABLE dispute_products (
            dispute_id INTEGER NOT NULL REFERENCES disputes (id),
            product_id INTEGER NOT NULL REFERENCES products (id),
            PRIMARY KEY (dispute_id, product_id)))"),
        QStringLiteral("CREATE INDEX dispute_products_product ON dispute_products (product_id)"),
        QStringLiteral(R"(CREATE TABLE findings (
            id INTEGER PRIMARY KEY,
            dispute_id INTEGER NOT NULL REFERENCES disputes (id),
            source TEXT NOT NULL,
            text TEXT NOT NULL,
            direction TEXT NOT NULL CHECK (direction IN ('customer', 'us', 'neutral')),
            recorded_at TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX findings_dispute ON findings (dispute_id)"),
        QStringLiteral(R"(CREATE TABLE evidence (
            id INTEGER PRIMARY KEY,
            finding_id INTEGER NOT NULL REFERENCES findings (id),
            name TEXT NOT NULL,
            mime_type TEXT NOT NULL,
            size INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            content BLOB NOT NULL))"),
        QStringLiteral("CREATE INDEX evidence_finding ON evidence (finding_id)"),
        QStringLiteral(R"(CREATE TABLE contact_log (
            id INTEGER PRIMARY KEY,
            dispute_id INTEGER NOT NULL REFERENCES disputes (id),
            contact_date TEXT NOT NULL,
            channel TEXT NOT NULL,
            direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
            summary TEXT NOT NULL,
            letter_kind TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX contact_log_dispute ON contact_log (dispute_id)"),
        QStringLiteral(R"(CREATE TABLE audit_events (
            id INTEGER PRIMARY KEY,
            dispute_id INTEGER NOT NULL REFERENCES disputes (id),
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            from_step TEXT NOT NULL,
            to_step TEXT NOT NULL,
            action TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX audit_events_dispute ON audit_events (dispute_id)"),
        QStringLiteral(R"(CREATE TABLE cost_benefit_assessments (
            id INTEGER PRIMARY KEY,
            dispute_id INTEGER NOT NULL REFERENCES disputes (id),
            recorded_at TEXT NOT NULL,
            actor TEXT NOT NULL,
            expected_gain_cents INTEGER NOT NULL,
            currency TEXT NOT NULL,
            recommendation TEXT NOT NULL,
            details TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX cost_benefit_dispute ON cost_benefit_assessments (dispute_id)"),
    };
    statements << dialect.appendOnlyTriggers(QStringLiteral("audit_events"));
    statements << dialect.appendOnlyTriggers(QStringLiteral("evidence"));
    return statements;
}

// Version 3: statutory interest rates and court fee periods the user added in the settings, laid
// over the tables shipped in resources/legal (core/legal/LegalTableRepository).
QStringList MigrationsFirstWave::version3()
{
    return {
        QStringLiteral(R"(CREATE TABLE legal_interest_rates (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('consumer', 'commercial')),
            valid_from TEXT NOT NULL,
            valid_until TEXT NOT NULL,
            rate_bp INTEGER NOT NULL CHECK (rate_bp >= 0),
            source TEXT NOT NULL DEFAULT '',
            UNIQUE (kind, valid_from)))"),
        QStringLiteral(R"(CREATE TABLE legal_court_fees (
            id INTEGER PRIMARY KEY,
            valid_from TEXT NOT NULL UNIQUE,
            valid_until TEXT,
            brackets TEXT NOT NULL,
            source TEXT NOT NULL DEFAULT ''))"),
    };
}

// Version 4: credit notes (own gap-free series per year, immutable once issued, DOMAIN-NL.md §6),
// the documents kept with a case (letters and credit notes as sent), and company settings. An
// invoice's credited amount is kept in step with its credit notes like paid_cents with payments,
// so "open" is total - paid - credited everywhere, and the partial index follows.
QStringList MigrationsFirstWave::version4(const SqlDialect &dialect)
{
    QStringList statements = {
        QStringLiteral("ALTER TABLE invoices ADD COLUMN credited_cents INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("DROP INDEX invoices_open_amount"),
        QStringLiteral("CREATE INDEX invoices_open_amount ON invoices ((total_incl_cents - paid_cents - credited_cents))"),
        QStringLiteral("DROP INDEX invoices_open"),
        QStringLiteral(R"(CREATE INDEX invoices_open ON invoices
            (due_date, customer_id, currency, issue_date, total_incl_cents, paid_cents, credited_cents)
            WHERE paid_cents + credited_cents < total_incl_cents)"),
        QStringLiteral(R"(CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE credit_notes (
            id INTEGER PRIMARY KEY,
            number TEXT NOT NULL UNIQUE,
            series_year INTEGER NOT NULL,
            series_no INTEGER NOT NULL CHECK (series_no > 0),
            invoice_id INTEGER NOT NULL REFERENCES invoices (id),
            customer_id INTEGER NOT NULL REFERENCES customers (id),
            dispute_id INTEGER REFERENCES disputes (id),
            issue_date TEXT NOT NULL,
            currency TEXT NOT NULL,
            reason TEXT NOT NULL,
            total_excl_cents INTEGER NOT NULL,
            vat_cents INTEGER NOT NULL,
            total_incl_cents INTEGER NOT NULL CHECK (total_incl_cents > 0),
            issued_at TEXT NOT NULL,
            actor TEXT NOT NULL,
            UNIQUE (series_year, series_no)))"),
        QStringLiteral("CREATE INDEX credit_notes_invoice ON credit_notes (invoice_id)"),
        QStringLiteral("CREATE INDEX credit_notes_dispute ON credit_notes (dispute_id)"),
        QStringLiteral("CREATE INDEX credit_notes_issue_date ON credit_notes (issue_date)"),
        QStringLiteral(R"(CREATE TABLE credit_note_lines (
            id INTEGER PRIMARY KEY,
            credit_note_id INTEGER NOT NULL REFERENCES credit_notes (id),
            line_no INTEGER NOT NULL,
            invoice_line_no INTEGER,
            description TEXT NOT NULL,
            quantity_milli INTEGER NOT NULL,
            unit_price_cents INTEGER NOT NULL,
            vat_rate_bp INTEGER NOT NULL,
            net_cents INTEGER NOT NULL,
            vat_cents INTEGER NOT NULL,
            UNIQUE (credit_note_id, line_no)))"),
        QStringLiteral(R"(CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            dispute_id INTEGER REFERENCES disputes (id),
            credit_note_id INTEGER REFERENCES credit_notes (id),
            kind TEXT NOT NULL,
            language TEXT NOT NULL,
            created_at TEXT NOT NULL,
            actor TEXT NOT NULL,
            file_name TEXT NOT NULL,
            mime_type TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            content BLOB NOT NULL))"),
        QStringLiteral("CREATE INDEX documents_dispute ON documents (dispute_id)"),
        QStringLiteral("CREATE INDEX documents_credit_note ON documents (credit_note_id)"),
    };
    statements << dialect.appendOnlyTriggers(QStringLiteral("credit_notes"));
    statements << dialect.appendOnlyTriggers(QStringLiteral("credit_note_lines"));
    statements << dialect.appendOnlyTriggers(QStringLiteral("documents"));
    return statements;
}

// Version 5: bank statements (CAMT.053). Each entry of an imported statement is kept, keyed on
// the statement and the bank's reference, so that importing the same statement again books
// nothing twice; payment_id is set once the entry is booked. A payment remembers the payer's IBAN,
// which later statements match customers by.
QStringList MigrationsFirstWave::version5()
{
    return {
        QStringLiteral("ALTER TABLE payments ADD COLUMN debtor_iban TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE INDEX payments_debtor_iban ON payments (debtor_iban)"),
        QStringLiteral(R"(CREATE TABLE bank_entries (
            id INTEGER PRIMARY KEY,
            statement_id TEXT NOT NULL,
            entry_ref TEXT NOT NULL,
            booking_date TEXT NOT NULL,
            amount_cents INTEGER NOT NULL,
            currency TEXT NOT NULL,
            debtor_iban TEXT NOT NULL DEFAULT '',
            debtor_name TEXT NOT NULL DEFAULT '',
            remittance TEXT NOT NULL DEFAULT '',
            payment_id INTEGER REFERENCES payments (id),
            UNIQUE (statement_id, entry_ref)))"),
        QStringLiteral("CREATE INDEX bank_entries_payment ON bank_entries (payment_id)"),
    };
}

// Version 6: dunning (DESIGN.md §4). The levels the user configured (none stored: the defaults of
// core/dunning/DunningLevel), customers that must not be dunned, and the history of committed runs:
// each letter or hand-over with its invoices and the level each reached. The history is
// append-only: what was sent is never changed.
QStringList MigrationsFirstWave::version6(const SqlDialect &dialect)
{
    QStringList statements = {
        QStringLiteral("ALTER TABLE customers ADD COLUMN do_not_dun INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral(R"(CREATE TABLE dunning_levels (
            level INTEGER PRIMARY KEY CHECK (level > 0),
            code TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            days_after_due INTEGER NOT NULL CHECK (days_after_due >= 0),
            interval_days INTEGER NOT NULL DEFAULT 0 CHECK (interval_days >= 0),
            template TEXT NOT NULL DEFAULT '',
            shows_interest INTEGER NOT NULL DEFAULT 0,
            shows_costs INTEGER NOT NULL DEFAULT 0,
            statutory_notice INTEGER NOT NULL DEFAULT 0,
            minimum_cents INTEGER NOT NULL DEFAULT 0 CHECK (minimum_cents >= 0)))"),
        QStringLiteral(R"(CREATE TABLE dunning_runs (
            id INTEGER PRIMARY KEY,
            as_of TEXT NOT NULL,
            committed_at TEXT NOT NULL,
            actor TEXT NOT NULL,
            out_dir TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE dunning_letters (
            id INTEGER PRIMARY KEY,
            run_id INTEGER NOT NULL REFERENCES dunning_runs (id),
            customer_id INTEGER NOT NULL REFERENCES customers (id),
            level INTEGER NOT NULL,
            level_code TEXT NOT NULL,
            letter_date TEXT NOT NULL,
            currency TEXT NOT NULL,
            total_cents INTEGER NOT NULL,
            interest_cents INTEGER,
            interest_note TEXT NOT NULL DEFAULT '',
            costs_cents INTEGER,
            costs_vat_cents INTEGER,
            costs_chargeable_from TEXT,
            file_name TEXT NOT NULL,
            sha256 TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX dunning_letters_customer ON dunning_letters (customer_id, letter_date)"),
        QStringLiteral("CREATE INDEX dunning_letters_run ON dunning_letters (run_id)"),
        QStringLiteral(R"(CREATE TABLE dunning_letter_invoices (
            letter_id INTEGER NOT NULL REFERENCES dunning_letters (id),
            invoice_id INTEGER NOT NULL REFERENCES invoices (id),
            level INTEGER NOT NULL,
            moved_up INTEGER NOT NULL,
            open_cents INTEGER NOT NULL,
            days_overdue INTEGER NOT NULL,
            interest_cents INTEGER,
            PRIMARY KEY (letter_id, invoice_id)))"),
        QStringLiteral("CREATE INDEX dunning_letter_invoices_invoice ON dunning_letter_invoices (invoice_id, level)"),
    };
    statements << dialect.appendOnlyTriggers(QStringLiteral("dunning_runs"));
    statements << dialect.appendOnlyTriggers(QStringLiteral("dunning_letters"));
    statements << dialect.appendOnlyTriggers(QStringLiteral("dunning_letter_invoices"));
    return statements;
}

} // namespace dd
