// Payments import benchmark (issue 16): a database of a million invoices, then a CSV of payments
// allocated to them imported, timed beside the same number of new invoices imported into the same
// database (payments should come in at the rate invoices do) and beside the sqlite3 shell doing the
// same inserts and updates from a plain table (payments, allocations, the invoices' paid amounts).
// Every run starts from a copy of the same loaded database. With --db postgresql://..., the
// databases are made on that server (named after its database, with _payments_loaded and
// _payments_work added; a copy is a CREATE DATABASE from the loaded one as template), and psql
// makes the same writes.
//   bench_payments [--invoices N] [--payments N] [--customers N] [--dir DIR] [--db LOCATION]
#include "BenchData.h"
#include "BenchTimer.h"
#include "storage/SettingsScope.h"
#include "storage/sqlite/SqliteDialect.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

using namespace dd;
using namespace dd::bench;

namespace {

// Payment k pays invoice `base` in full, or half of it (every fifth), or (every tenth) pays it and
// the invoice of the same customer half a file further on. No two payments meet the same invoice,
// so what each allocates follows from the amounts alone.
struct PaymentPlan
{
    qint64 invoices = 0;
    int customers = 0;
    qint64 base(qint64 k) const { return k * 9973 % (invoices / 2); }
    bool pairs() const { return (invoices / 2) % customers == 0; }
    bool paysTwo(qint64 k) const { return pairs() && k % 10 == 0; }
    bool partial(qint64 k) const { return !paysTwo(k) && k % 5 == 1; }
    qint64 cents(qint64 k) const
    {
        if (paysTwo(k))
            return invoiceInclCents(base(k)) + invoiceInclCents(base(k) + invoices / 2);
        return partial(k) ? std::max<qint64>(invoiceInclCents(base(k)) / 2, 1) : invoiceInclCents(base(k));
    }
};

bool writePayments(const QString &path, const PaymentPlan &plan, qint64 payments)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write("customer,date,amount,reference,invoice,iban\n");
    ChunkedWriter out(file);
    char line[200];
    for (qint64 k = 0; k < payments; ++k) {
        const qint64 base = plan.base(k);
        char invoices[64];
        if (plan.paysTwo(k))
            std::snprintf(invoices, sizeof invoices, "INV-%08lld INV-%08lld", static_cast<long long>(base + 1),
                          static_cast<long long>(base + plan.invoices / 2 + 1));
        else
            std::snprintf(invoices, sizeof invoices, "INV-%08lld", static_cast<long long>(base + 1));
        char iban[32] = "";
        if (k % 3 == 0)
            std::snprintf(iban, sizeof iban, "NL%02dABNA%010lld", int(10 + k % 90), static_cast<long long>(k));
        const qint64 cents = plan.cents(k);
        const int n = std::snprintf(line, sizeof line, "C%lld,2025-%02d-%02d,%lld.%02lld,PAY-%08lld,%s,%s\n",
                                    static_cast<long long>(invoiceCustomer(base, plan.customers)), 1 + int(k % 12), 1 + int(k / 12 % 28),
                                    static_cast<long long>(cents / 100), static_cast<long long>(cents % 100),
                                    static_cast<long long>(k + 1), invoices, iban);
        out.append(line, n);
    }
    return true;
}

struct Timed
{
    double ms = -1;
    ImportReport report;
};

Timed importTimed(const QString &database, const QString &csv, ImportKind kind)
{
    auto db = Database::open(database);
    CsvImportOptions options;
    options.kind = kind;
    Timed run;
    QElapsedTimer timer;
    timer.start();
    run.report = CsvImporter(*db).importFile(csv, options);
    run.ms = double(timer.nsecsElapsed()) / 1e6;
    return run;
}

bool copyDatabase(const QString &from, const QString &to)
{
    if (onServer(to))
        return cloneServerDatabase(from, to);
    removeDatabase(to);
    return QFile::copy(from, to);
}

// The payments' writes done by the sqlite3 shell from the plain table its .import filled: each
// payment's customer and invoices found by number, the payments inserted, their allocations (as
// much of the amount as each invoice has open, in the order named) inserted, and the invoices'
// paid amounts updated, in one transaction on a connection set up as DisputeDesk's is for a
// large import (its page cache too: SqlDialect::largeWriteSettings).
QString sameWritesScript(const QString &plain)
{
    const QString first = QStringLiteral("CASE WHEN instr(p.invoice, ' ') > 0 THEN substr(p.invoice, 1, instr(p.invoice, ' ') - 1) "
                                         "ELSE p.invoice END");
    const SqliteDialect sqlite;
    QStringList script = sqlite.connectionSettings() + SettingsScope::statements(sqlite, sqlite.largeWriteSettings());
    script << QStringLiteral("ATTACH '%1' AS plain").arg(plain) << sqlite.beginWrite()
           << QStringLiteral("CREATE TEMP TABLE work AS SELECT p.rowid + (SELECT COALESCE(MAX(id), 0) FROM main.payments) AS payment_id, "
                             "c.id AS customer_id, p.date AS payment_date, CAST(round(p.amount * 100) AS INTEGER) AS cents, p.reference, "
                             "p.iban, i1.id AS first_id, i1.total_incl_cents - i1.paid_cents - i1.credited_cents AS first_open, "
                             "i2.id AS second_id, i2.total_incl_cents - i2.paid_cents - i2.credited_cents AS second_open "
                             "FROM plain.payments_plain p JOIN main.customers c ON c.number = p.customer "
                             "JOIN main.invoices i1 ON i1.number = %1 "
                             "LEFT JOIN main.invoices i2 ON instr(p.invoice, ' ') > 0 AND i2.number = substr(p.invoice, instr(p.invoice, ' ') + 1)")
                  .arg(first)
           << QStringLiteral("INSERT INTO main.payments (id, customer_id, payment_date, amount_cents, currency, reference, debtor_iban) "
                             "SELECT payment_id, customer_id, payment_date, cents, 'EUR', reference, iban FROM work ORDER BY payment_id")
           << QStringLiteral("CREATE TEMP TABLE shares AS SELECT payment_id, first_id AS invoice_id, MIN(cents, first_open) AS amount FROM work "
                             "UNION ALL SELECT payment_id, second_id, MIN(cents - MIN(cents, first_open), second_open) FROM work "
                             "WHERE second_id IS NOT NULL")
           << QStringLiteral("INSERT INTO main.allocations (payment_id, invoice_id, amount_cents) "
                             "SELECT payment_id, invoice_id, amount FROM shares WHERE amount > 0 ORDER BY payment_id")
           << QStringLiteral("UPDATE main.invoices SET paid_cents = paid_cents + s.amount FROM shares s "
                             "WHERE main.invoices.id = s.invoice_id AND s.amount > 0")
           << QStringLiteral("COMMIT");
    return script.join(QStringLiteral(";\n")) + QStringLiteral(";\n");
}

// The same writes by psql on a server, from the plain table payments_plain (its rows numbered
// n from 1 in the file's order) beside the invoices: the statements of sameWritesScript in
// PostgreSQL's words (split_part, LEAST), one transaction. \copy reads an empty field as NULL;
// the program stores a payment without an IBAN as an empty one, as the sqlite3 shell's rows are.
QString serverSameWritesScript()
{
    return QStringLiteral(
        "BEGIN;\n"
        "CREATE TEMP TABLE pay_work ON COMMIT DROP AS SELECT p.n + (SELECT COALESCE(MAX(id), 0) FROM payments) AS payment_id, "
        "c.id AS customer_id, CAST(p.date AS date) AS payment_date, CAST(round(CAST(p.amount AS numeric) * 100) AS bigint) AS cents, "
        "p.reference, p.iban, i1.id AS first_id, i1.total_incl_cents - i1.paid_cents - i1.credited_cents AS first_open, "
        "i2.id AS second_id, i2.total_incl_cents - i2.paid_cents - i2.credited_cents AS second_open "
        "FROM payments_plain p JOIN customers c ON c.number = p.customer JOIN invoices i1 ON i1.number = split_part(p.invoice, ' ', 1) "
        "LEFT JOIN invoices i2 ON strpos(p.invoice, ' ') > 0 AND i2.number = split_part(p.invoice, ' ', 2);\n"
        "INSERT INTO payments (id, customer_id, payment_date, amount_cents, currency, reference, debtor_iban) "
        "SELECT payment_id, customer_id, payment_date, cents, 'EUR', reference, COALESCE(iban, '') FROM pay_work ORDER BY payment_id;\n"
        "CREATE TEMP TABLE shares ON COMMIT DROP AS SELECT payment_id, first_id AS invoice_id, LEAST(cents, first_open) AS amount "
        "FROM pay_work UNION ALL SELECT payment_id, second_id, LEAST(cents - LEAST(cents, first_open), second_open) FROM pay_work "
        "WHERE second_id IS NOT NULL;\n"
        "INSERT INTO allocations (payment_id, invoice_id, amount_cents) "
        "SELECT payment_id, invoice_id, amount FROM shares WHERE amount > 0 ORDER BY payment_id;\n"
        "UPDATE invoices SET paid_cents = paid_cents + s.amount FROM shares s WHERE invoices.id = s.invoice_id AND s.amount > 0;\n"
        "COMMIT;\n");
}

// The payments file as it is into payments_plain on the server, its rows numbered (not timed,
// as the sqlite3 shell's .import is not).
QString serverPlainCopyScript(const QString &csv)
{
    return QStringLiteral("CREATE TABLE payments_plain (n bigserial, customer text, date text, amount text, reference text, "
                          "invoice text, iban text);\n"
                          "\\copy payments_plain (customer, date, amount, reference, invoice, iban) FROM '%1' WITH (FORMAT csv, HEADER true)\n")
        .arg(csv);
}

// What the payments left in the database: their count, allocations and the cents paid on invoices.
QString totals(const QString &database)
{
    auto db = Database::open(database, Database::Mode::ReadOnly);
    return QStringLiteral("%1 payments, %2 allocations, %3 cents paid")
        .arg(db->scalar(QStringLiteral("SELECT COUNT(*) FROM payments")).toLongLong())
        .arg(db->scalar(QStringLiteral("SELECT COUNT(*) FROM allocations")).toLongLong())
        .arg(db->scalar(QStringLiteral("SELECT SUM(paid_cents) FROM invoices")).toLongLong());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("invoices"), QStringLiteral("Invoices in the database."), QStringLiteral("N"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("payments"), QStringLiteral("Payment rows in the CSV (at most half the invoices)."), QStringLiteral("N"),
                      QStringLiteral("100000")});
    parser.addOption({QStringLiteral("customers"), QStringLiteral("Customers the invoices belong to."), QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("Where the files go."), QStringLiteral("DIR"), QStringLiteral("/tmp/disputedesk-bench-payments")});
    parser.addOption({QStringLiteral("db"), QStringLiteral("A team database URL: the databases are made beside it."), QStringLiteral("LOCATION")});
    parser.addHelpOption();
    parser.process(app);
    const PaymentPlan plan{parser.value(QStringLiteral("invoices")).toLongLong(), parser.value(QStringLiteral("customers")).toInt()};
    const qint64 payments = std::min(parser.value(QStringLiteral("payments")).toLongLong(), plan.invoices / 2);
    const QDir dir(parser.value(QStringLiteral("dir")));
    QDir().mkpath(dir.path());
    QTextStream out(stdout);

    const QString customersCsv = dir.filePath(QStringLiteral("customers.csv"));
    const QString invoicesCsv = dir.filePath(QStringLiteral("invoices.csv"));
    const QString newInvoicesCsv = dir.filePath(QStringLiteral("new-invoices.csv"));
    const QString paymentsCsv = dir.filePath(QStringLiteral("payments.csv"));
    const QString server = parser.value(QStringLiteral("db"));
    const auto location = [&](const QString &name) {
        return server.isEmpty() ? dir.filePath(name + QStringLiteral(".sqlite"))
                                : withServerDatabase(server, serverDatabaseName(server) + QStringLiteral("_payments_") + name);
    };
    const QString loaded = location(QStringLiteral("loaded"));
    const QString work = location(QStringLiteral("work"));
    const QString plain = dir.filePath(QStringLiteral("plain.sqlite"));
    if (!writeCustomers(customersCsv, plan.customers) || !writeInvoices(invoicesCsv, plan.invoices, plan.customers)
        || !writeInvoices(newInvoicesCsv, payments, plan.customers, plan.invoices) || !writePayments(paymentsCsv, plan, payments)) {
        out << "cannot write the CSV files in " << dir.path() << Qt::endl;
        return 2;
    }
    if (!prepareDatabase(loaded, customersCsv) || !importTimed(loaded, invoicesCsv, ImportKind::Invoices).report.committed) {
        out << "cannot load the invoices into " << loaded << Qt::endl;
        return 2;
    }
    out << QStringLiteral("database: %1 invoices, %2 customers; payments CSV: %3 rows").arg(plan.invoices).arg(plan.customers).arg(payments)
        << Qt::endl;

    // The same number of new invoices into the same database: the rate payments are held to.
    copyDatabase(loaded, work);
    const Timed invoices = importTimed(work, newInvoicesCsv, ImportKind::Invoices);
    report(out, QStringLiteral("import %1 new invoices").arg(payments), invoices.ms, 0,
           QStringLiteral("%1 created").arg(invoices.report.created));

    copyDatabase(loaded, work);
    const Timed paid = importTimed(work, paymentsCsv, ImportKind::Payments);
    if (!paid.report.committed || paid.report.created != payments) {
        out << "the payments import failed: " << (paid.report.errors.isEmpty() ? QString() : paid.report.errors.constFirst().toString())
            << Qt::endl;
        return 1;
    }
    report(out, QStringLiteral("import %1 payments").arg(payments), paid.ms, 0, totals(work));

    // The shell: its plain table filled by .import or \copy (not timed), then the same writes, timed.
    double shell = -1;
    copyDatabase(loaded, work);
    if (server.isEmpty()) {
        removeDatabase(plain);
        const double plainImport = sqliteShellWallTime(plain, QStringLiteral(".mode csv\n.import '%1' payments_plain\n").arg(paymentsCsv));
        shell = plainImport > 0 ? sqliteShellWallTime(work, sameWritesScript(plain)) : -1;
    } else if (psqlWallTime(work, serverPlainCopyScript(paymentsCsv)) > 0) {
        shell = psqlWallTime(work, serverSameWritesScript());
    }
    report(out, shellName(work) + QStringLiteral(", the same writes"), shell, 0,
           shell > 0 ? totals(work) : shellName(work) + QStringLiteral(" failed"));

    const double perInvoice = invoices.ms > 0 ? paid.ms / invoices.ms : 0;
    const double perShell = shell > 0 ? paid.ms / shell : 0;
    printRatio(out, QStringLiteral("payments / the same number of invoices"), perInvoice, 1.0);
    printRatio(out, QStringLiteral("payments / %1 same writes").arg(shellName(work)), perShell, 2.0);
    removeDatabase(work);
    removeDatabase(plain);
    removeDatabase(loaded);
    return perInvoice <= 1.0 && perShell > 0 && perShell <= 2.0 ? 0 : 1;
}
