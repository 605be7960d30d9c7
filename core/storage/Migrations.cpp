#include "Migrations.h"

#include "MigrationsFirstWave.h"
#include "SqlDialect.h"

namespace dd {

namespace {

// Version 7: the partial index of open invoices written so that SQLite 3.40 uses it. With the
// sum on the left ("paid + credited < total") the planner never matched it to any query; with the
// column on the left it matches queries written either way.
QStringList version7()
{
    return {
        QStringLiteral("DROP INDEX invoices_open"),
        QStringLiteral(R"(CREATE INDEX invoices_open ON invoices
            (due_date, customer_id, currency, issue_date, total_incl_cents, paid_cents, credited_cents)
            WHERE total_incl_cents > paid_cents + credited_cents)"),
    };
}

// Version 8: covering indexes for the proactive warning (issue 3), which walks the invoices of a
// window and their products: with customer and product inside the index entries it never visits
// the tables' rows (on a million invoices that was most of its time).
QStringList version8()
{
    return {
        QStringLiteral("DROP INDEX invoices_issue_date"),
        QStringLiteral("CREATE INDEX invoices_issue_date ON invoices (issue_date, customer_id)"),
        QStringLiteral("DROP INDEX invoice_lines_invoice"),
        QStringLiteral("CREATE INDEX invoice_lines_invoice ON invoice_lines (invoice_id, product_id)"),
    };
}

// Version 9: the contact log of a customer (issue 6), beside the contact log of a dispute case
// (contact_log, which needs a case). A dunning run writes each letter it sends here, in the same
// transaction as the dunning history, and points at that letter. Append-only like the history it
// mirrors: a contact that happened is never changed.
QStringList version9(const SqlDialect &dialect)
{
    QStringList statements = {
        QStringLiteral(R"(CREATE TABLE customer_contacts (
            id INTEGER PRIMARY KEY,
            customer_id INTEGER NOT NULL REFERENCES customers (id),
            contact_date TEXT NOT NULL,
            channel TEXT NOT NULL,
            direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
            summary TEXT NOT NULL,
            letter_kind TEXT NOT NULL DEFAULT '',
            dunning_letter_id INTEGER REFERENCES dunning_letters (id)))"),
        QStringLiteral("CREATE INDEX customer_contacts_customer ON customer_contacts (customer_id, contact_date)"),
    };
    statements << dialect.appendOnlyTriggers(QStringLiteral("customer_contacts"));
    return statements;
}

// Version 10: customer names sort without regard to case, so that "de Vries" and "van den Berg"
// stand among the D's and V's instead of after the Z's; the lists order by LOWER(name), which
// this index serves.
QStringList version10()
{
    return {
        QStringLiteral("DROP INDEX customers_name"),
        QStringLiteral("CREATE INDEX customers_name ON customers (LOWER(name))"),
    };
}

// Version 11: the invoices a user said a bank entry does not pay (issue 8). The reconciler
// proposes anything but these for that entry, now and after the program is opened again.
QStringList version11()
{
    return {
        QStringLiteral(R"(CREATE TABLE bank_rejections (
            entry_id INTEGER NOT NULL REFERENCES bank_entries (id),
            invoice_id INTEGER NOT NULL REFERENCES invoices (id),
            PRIMARY KEY (entry_id, invoice_id)))"),
    };
}

// Version 12: a credit note can be goodwill (coulance, issue 15): a commercial write-off of a part
// the customer owes, issued in the same series so that the output VAT is corrected, and kept
// apart from the notes that correct an invoice found wrong.
QStringList version12()
{
    return {
        QStringLiteral("ALTER TABLE credit_notes ADD COLUMN goodwill INTEGER NOT NULL DEFAULT 0 CHECK (goodwill IN (0, 1))"),
    };
}

// Version 13: euro reference rates (issue 15). The statutory collection costs and the € 40 per
// invoice are euro amounts, and a credit note in another currency states its VAT in euros
// (VAT Directive art. 230): both are converted at a dated rate the user enters or imports, and
// the letter or note keeps the rate it used, so that what was sent can be shown again exactly.
QStringList version13()
{
    return {
        QStringLiteral(R"(CREATE TABLE exchange_rates (
            currency TEXT NOT NULL CHECK (length(currency) = 3 AND currency <> 'EUR'),
            rate_date TEXT NOT NULL,
            per_eur_micros INTEGER NOT NULL CHECK (per_eur_micros > 0),
            source TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (currency, rate_date)))"),
        QStringLiteral("ALTER TABLE dunning_letters ADD COLUMN costs_currency TEXT"),
        QStringLiteral("ALTER TABLE dunning_letters ADD COLUMN eur_rate_date TEXT"),
        QStringLiteral("ALTER TABLE dunning_letters ADD COLUMN eur_rate_micros INTEGER"),
        QStringLiteral("ALTER TABLE credit_notes ADD COLUMN vat_eur_cents INTEGER"),
        QStringLiteral("ALTER TABLE credit_notes ADD COLUMN eur_rate_date TEXT"),
        QStringLiteral("ALTER TABLE credit_notes ADD COLUMN eur_rate_micros INTEGER"),
    };
}

// Version 14 (issue 17, Peppol): what an e-invoice needs that the tables did not keep. A customer's
// Peppol participant id (EAS scheme + identifier). Per invoice line and credit note line the VAT
// category (UNCL5305: S, Z, E, AE, K, G, O, L, M; empty: S above 0%, Z at 0%, as before) and the
// exemption reason (VATEX code and text) that E, AE, K, G and O need. Per invoice the UBL
// document's own PayableRoundingAmount and a PrepaidAmount that is not a payment received (a
// negative one: money already paid back); total_incl_cents stays the amount the customer owes
// before payments (TaxInclusiveAmount + rounding - that prepaid), which every open-amount query uses.
QStringList version14()
{
    QStringList statements = {
        QStringLiteral("ALTER TABLE customers ADD COLUMN peppol_scheme TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE customers ADD COLUMN peppol_id TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE invoices ADD COLUMN rounding_cents INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE invoices ADD COLUMN prepaid_cents INTEGER NOT NULL DEFAULT 0"),
    };
    for (const QString &table : {QStringLiteral("invoice_lines"), QStringLiteral("credit_note_lines")}) {
        statements << QStringLiteral("ALTER TABLE %1 ADD COLUMN vat_category TEXT NOT NULL DEFAULT ''").arg(table)
                   << QStringLiteral("ALTER TABLE %1 ADD COLUMN vat_exemption_code TEXT NOT NULL DEFAULT ''").arg(table)
                   << QStringLiteral("ALTER TABLE %1 ADD COLUMN vat_exemption_reason TEXT NOT NULL DEFAULT ''").arg(table);
    }
    return statements;
}

// Version 15: what an accounting package knows of an invoice, imported with it (issue 16). A
// payment can be an opening balance: the part of an invoice the package says is paid and no
// payment here explains, labelled as such; a real payment of the invoice imported later takes its
// place. Credit notes the package issued (CSV rows with a negative total) are kept apart from
// ours, which have their own gap-free series; applied_cents is what went into the credited
// invoice's credited_cents.
QStringList version15()
{
    return {
        QStringLiteral("ALTER TABLE payments ADD COLUMN opening_balance INTEGER NOT NULL DEFAULT 0 CHECK (opening_balance IN (0, 1))"),
        QStringLiteral(R"(CREATE TABLE imported_credit_notes (
            id INTEGER PRIMARY KEY,
            number TEXT NOT NULL UNIQUE,
            customer_id INTEGER NOT NULL REFERENCES customers (id),
            invoice_id INTEGER REFERENCES invoices (id),
            issue_date TEXT NOT NULL,
            currency TEXT NOT NULL,
            total_incl_cents INTEGER NOT NULL CHECK (total_incl_cents > 0),
            applied_cents INTEGER NOT NULL DEFAULT 0 CHECK (applied_cents >= 0)))"),
        QStringLiteral("CREATE INDEX imported_credit_notes_invoice ON imported_credit_notes (invoice_id)"),
    };
}

// Version 16: a bank may take a credit back (a returned direct debit: an entry with RvslInd, issue
// 16). The EndToEndId finds the credit the reversal takes back. A reversal is kept as an entry of
// its own (reversal = 1) that says what it undid, because the payment it undoes is deleted with its
// allocations (so that every invoice's paid amount stays the sum of its allocations); the credit it
// took back points at it (reversed_by) and is neither proposed nor booked again. A statement that
// repeats another's transactions (the day's camt.053 after the intraday camt.052) is found by
// reference and amount.
QStringList version16()
{
    return {
        QStringLiteral("ALTER TABLE bank_entries ADD COLUMN end_to_end_id TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE bank_entries ADD COLUMN reversal INTEGER NOT NULL DEFAULT 0 CHECK (reversal IN (0, 1))"),
        QStringLiteral("ALTER TABLE bank_entries ADD COLUMN reversed_by INTEGER REFERENCES bank_entries (id)"),
        QStringLiteral("ALTER TABLE bank_entries ADD COLUMN undone TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE INDEX bank_entries_end_to_end ON bank_entries (end_to_end_id) WHERE end_to_end_id <> ''"),
        // A transaction of another statement with the same reference and details (BankEntries::keep).
        QStringLiteral("CREATE INDEX bank_entries_ref ON bank_entries (entry_ref, amount_cents)"),
    };
}


// Version 17: the day an opening balance's figure stood (the import of the package's file). Only
// a payment dated on or before it can be one the package counted in its paid amount, and only
// such a payment takes the opening balance's place; a later one pays what is open
// (OpeningBalances). Opening balances imported before this version stood at the latest today.
QStringList version17()
{
    return {
        QStringLiteral("ALTER TABLE payments ADD COLUMN opening_as_of TEXT"),
        QStringLiteral("UPDATE payments SET opening_as_of = date('now') WHERE opening_balance = 1"),
    };
}

// Version 18: payments recorded by hand (issue 19) and money going back to the customer. A
// payment keeps its kind: money received, the reversal of a payment (a bounced transfer entered
// by hand; `reverses` names the payment it takes back, at most once) or a refund paid out of a
// credit balance. The last two are stored as payments of a negative amount with negative
// allocations, never as a deletion, so that every invoice's paid amount stays the sum of its
// allocations and a report as of an earlier date still sees the payment that was reversed later.
// SQLite cannot drop a CHECK, so allocations is rebuilt with "not zero" instead of "positive".
// The small partial index finds the invoices with a credit balance (a refund owed) for the aging.
QStringList version18()
{
    return {
        QStringLiteral(R"(CREATE TABLE allocations_v18 (
            payment_id INTEGER NOT NULL REFERENCES payments (id),
            invoice_id INTEGER NOT NULL REFERENCES invoices (id),
            amount_cents INTEGER NOT NULL CHECK (amount_cents <> 0),
            PRIMARY KEY (payment_id, invoice_id)))"),
        QStringLiteral("INSERT INTO allocations_v18 (payment_id, invoice_id, amount_cents) SELECT payment_id, invoice_id, amount_cents FROM allocations"),
        QStringLiteral("DROP TABLE allocations"),
        QStringLiteral("ALTER TABLE allocations_v18 RENAME TO allocations"),
        QStringLiteral("CREATE INDEX allocations_invoice ON allocations (invoice_id)"),
        QStringLiteral("ALTER TABLE payments ADD COLUMN kind TEXT NOT NULL DEFAULT 'received' CHECK (kind IN ('received', 'reversal', 'refund'))"),
        QStringLiteral("ALTER TABLE payments ADD COLUMN reverses INTEGER REFERENCES payments (id)"),
        // Who entered a payment by hand, and when: an import or a bank statement leaves both empty.
        QStringLiteral("ALTER TABLE payments ADD COLUMN recorded_by TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE payments ADD COLUMN recorded_at TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE UNIQUE INDEX payments_reverses ON payments (reverses) WHERE reverses IS NOT NULL"),
        // Written column first: SQLite turns the query's "paid + credited > total" round to that
        // form before it compares it with an index's WHERE, and the other spelling is never used.
        QStringLiteral("CREATE INDEX invoices_credit_balance ON invoices (customer_id) WHERE total_incl_cents < paid_cents + credited_cents"),
    };
}

// Version 19 (issue 19): the recovery probability the controller set on a case, in basis points;
// NULL while the cost-benefit assessment derives it from the customer's payment history.
QStringList version19()
{
    return {
        QStringLiteral("ALTER TABLE disputes ADD COLUMN recovery_probability_bp INTEGER "
                       "CHECK (recovery_probability_bp BETWEEN 0 AND 10000)"),
    };
}

// Version 20 (issue 20): the database login that wrote each audit event. A team database's
// server fills it in itself (the login cannot be chosen by the program that writes); a file has
// no logins and leaves it empty.
QStringList version20(const SqlDialect &dialect)
{
    QStringList statements{QStringLiteral("ALTER TABLE audit_events ADD COLUMN login TEXT NOT NULL DEFAULT ''")};
    statements << dialect.recordLogin(QStringLiteral("audit_events"), QStringLiteral("login"));
    return statements;
}

// Version 21 (issue 20): indexes that serve the list filters' "contains" search on a million
// rows, where the backend has them (pg_trgm on PostgreSQL; SQLite has none: version 23).
QStringList version21(const SqlDialect &dialect)
{
    return dialect.containsTextIndexes();
}

// Version 22 (issue 20): the moments (StoredMoment::columns) of a team database become the
// server's own timestamptz, so that it orders, compares and filters them as moments and other
// tools read them as such; a file keeps them as ISO 8601 text and is left as it is.
QStringList version22(const SqlDialect &dialect)
{
    return dialect.typeMomentColumns();
}

// Version 23 (issue 20): what serves the list filters' "contains" search on a file, which no
// index of SQLite's can: full-text search tables over the searched columns, filled from the rows
// there and kept up to date by triggers (SqliteTextSearch). A server has its indexes (version 21).
QStringList version23(const SqlDialect &dialect)
{
    return dialect.containsTextSearchTables();
}

// Version 24 (issue 20): the Dashboard and the dispute report read the lessons recorded in a
// period from the audit trail; without an index they read every event (470,000 on the 1M demo,
// 0.11 to 0.23 s on a server) to find some 10,000.
QStringList version24()
{
    return {QStringLiteral("CREATE INDEX IF NOT EXISTS audit_events_action_at ON audit_events (action, at)")};
}

// Version 25 (issue 16): an imported payment is looked for among those recorded (same customer,
// date, amount and reference) before it is written. With one index on the customer and another on
// the date, SQLite took the date's: every payment of that day read, some 300 a row on a file of
// 100,000 payments, thousands on the 1M demo, and nearly half a payments import went on it. One
// index on both serves the customer's payments as the old one did and finds that one at once.
QStringList version25()
{
    return {QStringLiteral("DROP INDEX IF EXISTS payments_customer"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS payments_customer_date ON payments (customer_id, payment_date)")};
}

// A step that needs nothing of the dialect.
template <QStringList (*step)()>
QStringList plain(const SqlDialect &)
{
    return step();
}

} // namespace

const std::vector<Migrations::Step> &Migrations::steps()
{
    using First = MigrationsFirstWave;
    static const std::vector<Step> all = {plain<First::version1>, First::version2, plain<First::version3>, First::version4,
                                          plain<First::version5>, First::version6,
                                          plain<version7>, plain<version8>, version9, plain<version10>, plain<version11>,
                                          plain<version12>, plain<version13>, plain<version14>, plain<version15>,
                                          plain<version16>, plain<version17>, plain<version18>, plain<version19>,
                                          version20, version21, version22, version23, plain<version24>, plain<version25>};
    return all;
}

} // namespace dd
