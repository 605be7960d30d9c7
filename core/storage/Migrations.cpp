#include "Migrations.h"

namespace dd {

namespace {

// Version 1: customers, products, invoices, payments. Amounts are integer cents; dates are ISO
// 8601 text, which sorts and compares correctly as text in every SQL dialect.
QStringList version1()
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

} // namespace

const std::vector<QStringList> &Migrations::steps()
{
    static const std::vector<QStringList> all = {version1()};
    return all;
}

} // namespace dd
