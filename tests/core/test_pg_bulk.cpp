// The bulk load on PostgreSQL (issue 20): invoices written with COPY (PostgresBatchInsert) keep the
// checks, the all-or-nothing promise, the duplicate reports and the ids of the SQLite path, and
// the list filters' "contains" search has indexes it can use (migration 20).
//
// Runs on the PostgreSQL server that DD_TEST_PG_SOCKET (its socket folder) and DD_TEST_PG_PORT
// name, as tests/support/TestDatabase does once the server fixture of issue 20 is on main; without
// one, each test says so and checks only the SQLite side.
#include "CsvImportFixture.h"
#include "ImportTestSupport.h"
#include "importers/ImportStore.h"
#include "invoices/InvoiceWriter.h"
#include "storage/Migrations.h"
#include "storage/SqlDialect.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace dd;
using namespace dd::test;

namespace {

QString pgSocket()
{
    return qEnvironmentVariable("DD_TEST_PG_SOCKET");
}

// A new, empty database on the test server, its location; empty without a server.
QString newPgDatabase()
{
    if (pgSocket().isEmpty()) {
        WARN("No PostgreSQL test server (DD_TEST_PG_SOCKET): only the SQLite side is checked");
        return {};
    }
    static QAtomicInt counter;
    const QString name = QStringLiteral("dd_pgbulk_%1_%2").arg(QCoreApplication::applicationPid()).arg(counter.fetchAndAddRelaxed(1));
    const QString port = qEnvironmentVariable("DD_TEST_PG_PORT", QStringLiteral("5432"));
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("pgbulk-admin"));
        admin.setHostName(pgSocket());
        admin.setPort(port.toInt());
        admin.setUserName(QStringLiteral("postgres"));
        admin.setDatabaseName(QStringLiteral("postgres"));
        REQUIRE(admin.open());
        QSqlQuery query(admin);
        REQUIRE(query.exec(QStringLiteral("CREATE DATABASE ") + name));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pgbulk-admin"));
    return QStringLiteral("postgresql://postgres@/%1?host=%2&port=%3").arg(name, pgSocket(), port);
}

// A fresh database with the two customers of CsvImportFixture: a file in `dir`, or on the server.
std::unique_ptr<Database> withCustomers(const TempDir &dir, const QString &location)
{
    auto db = Database::open(location.isEmpty() ? dir.filePath(QStringLiteral("bulk.sqlite")) : location);
    const ImportReport report = importCsv(*db, writeFile(dir, QStringLiteral("customers.csv"), customersCsv), ImportKind::Customers);
    REQUIRE(report.committed);
    return db;
}

// `count` invoices of the two customers, one row each, as bench_import's file has them
// (tests/benchmarks/BenchData.h), amounts following from the row.
QByteArray invoicesCsv(int count)
{
    QByteArray csv = "number,customer,issue_date,due_date,currency,total_excl,vat,total_incl\n";
    for (int i = 0; i < count; ++i) {
        const qint64 excl = 1000 + (qint64(i) * 7919) % 500000;
        const qint64 vat = (excl * 21 + 50) / 100;
        csv += QStringLiteral("INV-%1,C%2,2026-%3-%4,2026-%3-28,EUR,%5.%6,%7.%8,%9.%10\n")
                   .arg(i + 1)
                   .arg(1 + i % 2)
                   .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                   .arg(1 + i / 12 % 27, 2, 10, QLatin1Char('0'))
                   .arg(excl / 100)
                   .arg(excl % 100, 2, 10, QLatin1Char('0'))
                   .arg(vat / 100)
                   .arg(vat % 100, 2, 10, QLatin1Char('0'))
                   .arg((excl + vat) / 100)
                   .arg((excl + vat) % 100, 2, 10, QLatin1Char('0'))
                   .toUtf8();
    }
    return csv;
}

// What the invoices table holds, backend apart: count, sums, and a digest of every row by number.
struct Invoices
{
    qint64 count = 0;
    qint64 inclCents = 0;
    qint64 vatCents = 0;
    QByteArray digest;
    bool operator==(const Invoices &o) const
    {
        return count == o.count && inclCents == o.inclCents && vatCents == o.vatCents && digest == o.digest;
    }
};

Invoices invoicesOf(Database &db)
{
    Invoices result;
    result.count = rows(db, QStringLiteral("invoices"));
    result.inclCents = db.scalar(QStringLiteral("SELECT SUM(total_incl_cents) FROM invoices")).toLongLong();
    result.vatCents = db.scalar(QStringLiteral("SELECT SUM(vat_cents) FROM invoices")).toLongLong();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery query = db.run(QStringLiteral(
        "SELECT i.number, c.number, i.issue_date, i.due_date, i.currency, i.total_excl_cents, i.vat_cents, i.total_incl_cents, "
        "i.paid_cents FROM invoices i JOIN customers c ON c.id = i.customer_id ORDER BY i.number"));
    while (query.next()) {
        for (int c = 0; c < 9; ++c)
            hash.addData(query.value(c).toString().toUtf8() + '\t');
    }
    result.digest = hash.result().toHex();
    return result;
}

// The file's order is the ids' order: each invoice got the id the database gave its row.
void checkIdsFollowTheFile(Database &db, qint64 expected)
{
    QSqlQuery query = db.run(QStringLiteral("SELECT number FROM invoices ORDER BY id"));
    qint64 seen = 0;
    bool inOrder = true;
    while (query.next())
        inOrder = inOrder && query.value(0).toString() == QStringLiteral("INV-%1").arg(++seen);
    CHECK(seen == expected);
    CHECK(inOrder);
}

ImportReport importInvoices(Database &db, const QString &path, bool validRowsOnly = false)
{
    return importCsv(db, path, ImportKind::Invoices, validRowsOnly);
}

} // namespace

TEST_CASE("PostgreSQL bulk import: 20,000 invoices give the same rows and sums as on SQLite, ids in the file's order", "[import][postgres]")
{
    TempDir dir;
    const int count = 20000; // the bulk load's threshold (CsvInvoiceImport)
    const QString file = writeFile(dir, QStringLiteral("invoices.csv"), invoicesCsv(count));
    auto sqlite = withCustomers(dir, QString());
    const ImportReport onFile = importInvoices(*sqlite, file);
    REQUIRE(onFile.committed);
    CHECK(onFile.created == count);
    const Invoices expected = invoicesOf(*sqlite);
    CHECK(expected.count == count);
    // Invoice i pays 1000 + (i * 7919) % 500000 cents before VAT, 21 % VAT rounded on top.
    qint64 incl = 0;
    for (qint64 i = 0; i < count; ++i) {
        const qint64 excl = 1000 + (i * 7919) % 500000;
        incl += excl + (excl * 21 + 50) / 100;
    }
    CHECK(expected.inclCents == incl);

    const QString location = newPgDatabase();
    if (location.isEmpty())
        return;
    auto pg = withCustomers(dir, location);
    const ImportReport onServer = importInvoices(*pg, file);
    INFO(issuesText(onServer).toStdString());
    REQUIRE(onServer.committed);
    CHECK(onServer.created == count);
    const Invoices written = invoicesOf(*pg);
    CHECK(written.count == expected.count);
    CHECK(written.inclCents == expected.inclCents);
    CHECK(written.vatCents == expected.vatCents);
    CHECK(written.digest == expected.digest);
    checkIdsFollowTheFile(*pg, count);
    // The indexes the load dropped are back; the identity numbers on past the ids copied in.
    CHECK(pg->scalar(QStringLiteral("SELECT COUNT(*) FROM pg_indexes WHERE tablename = 'invoices' AND indexname = 'invoices_due_date'")).toInt() == 1);
    CHECK(pg->scalar(QStringLiteral("SELECT nextval(pg_get_serial_sequence('invoices', 'id')) > MAX(id) FROM invoices")).toBool());
}

TEST_CASE("PostgreSQL bulk import: a bad line near the end leaves the database unchanged", "[import][postgres]")
{
    TempDir dir;
    const int count = 25000;
    QByteArray csv = invoicesCsv(count);
    // Line 24,998 (invoice 24,997): an amount that is no amount, found long after the first
    // batches went in.
    QList<QByteArray> lines = csv.split('\n');
    lines[24997].replace(",EUR,", ",EUR,12x4,");
    lines[24997].truncate(lines[24997].lastIndexOf(','));
    csv = lines.join('\n');
    const QString file = writeFile(dir, QStringLiteral("bad.csv"), csv);
    const QString location = newPgDatabase();
    if (location.isEmpty())
        return;
    auto pg = withCustomers(dir, location);
    const auto indexesBefore = pg->scalar(QStringLiteral("SELECT COUNT(*) FROM pg_indexes WHERE tablename = 'invoices'")).toInt();
    const ImportReport report = importInvoices(*pg, file);
    CHECK_FALSE(report.committed);
    REQUIRE(report.errors.size() == 1);
    CHECK(report.errors.front().line == 24998);
    CHECK(report.errors.front().toString().contains(QStringLiteral("total_excl")));
    CHECK(rows(*pg, QStringLiteral("invoices")) == 0);
    CHECK(pg->scalar(QStringLiteral("SELECT COUNT(*) FROM pg_indexes WHERE tablename = 'invoices'")).toInt() == indexesBefore);
    // The database takes the whole file once it is right, numbering from where it would have.
    lines[24997] = invoicesCsv(count).split('\n')[24997];
    const ImportReport again = importInvoices(*pg, writeFile(dir, QStringLiteral("good.csv"), lines.join('\n')));
    REQUIRE(again.committed);
    CHECK(rows(*pg, QStringLiteral("invoices")) == count);
}

TEST_CASE("PostgreSQL bulk import: numbers twice in the file are reported as on SQLite", "[import][postgres]")
{
    TempDir dir;
    const int count = 21000;
    QList<QByteArray> lines = invoicesCsv(count).split('\n');
    // Invoice 18,001 carries the number of invoice 100 (line 101), invoice 20,501 that of
    // invoice 18,000 (in the batch before it).
    lines[18001].replace("INV-18001,", "INV-100,");
    lines[20501].replace("INV-20501,", "INV-18000,");
    const QString file = writeFile(dir, QStringLiteral("twice.csv"), lines.join('\n'));
    for (const bool validRowsOnly : {false, true}) {
        INFO("valid rows only: " << validRowsOnly);
        auto sqlite = withCustomers(dir, QString());
        const ImportReport onFile = importInvoices(*sqlite, file, validRowsOnly);
        CHECK(onFile.committed == validRowsOnly);
        REQUIRE(onFile.errors.size() == 2);
        CHECK(onFile.errors.front().toString().contains(QStringLiteral("duplicate invoice number INV-100 in the file (also on line 101)")));
        const Invoices expected = invoicesOf(*sqlite);
        // Valid rows only: both rows of each number are refused, the first with the second.
        CHECK(expected.count == (validRowsOnly ? count - 4 : 0));
        sqlite.reset();
        QFile::remove(dir.filePath(QStringLiteral("bulk.sqlite")));

        const QString location = newPgDatabase();
        if (location.isEmpty())
            continue;
        auto pg = withCustomers(dir, location);
        const ImportReport onServer = importInvoices(*pg, file, validRowsOnly);
        CHECK(onServer.committed == onFile.committed);
        CHECK(onServer.created == onFile.created);
        CHECK(issuesText(onServer) == issuesText(onFile));
        const Invoices written = invoicesOf(*pg);
        CHECK(written.count == expected.count);
        CHECK(written.inclCents == expected.inclCents);
        CHECK(written.digest == expected.digest);
    }
}

TEST_CASE("PostgreSQL batch of invoices: each gets its row's id, a number already there or twice writes none", "[import][postgres]")
{
    TempDir dir;
    const QString location = newPgDatabase();
    if (location.isEmpty())
        return;
    auto pg = withCustomers(dir, location);
    const qint64 customer = pg->scalar(QStringLiteral("SELECT id FROM customers WHERE number = 'C2'")).toLongLong();
    const auto batchFrom = [&](int first) {
        std::vector<Invoice> batch;
        for (size_t i = 0; i < ImportStore::headerBatch; ++i) {
            Invoice invoice;
            invoice.number = QStringLiteral("B-%1").arg(first + int(i));
            invoice.customerId = customer;
            invoice.issueDate = Date(2026, 5, 1);
            invoice.dueDate = Date(2026, 5, 31);
            invoice.currency = QStringLiteral("EUR");
            invoice.totalExclVat = Money(10000 + qint64(i), QStringLiteral("EUR"));
            invoice.vat = Money(2100, QStringLiteral("EUR"));
            invoice.totalInclVat = Money(12100 + qint64(i), QStringLiteral("EUR"));
            // Text COPY must carry as it is: a tab, a backslash.
            if (i == 3)
                invoice.number = QStringLiteral("B-\t\\%1").arg(first + int(i));
            batch.push_back(invoice);
        }
        return batch;
    };
    Transaction transaction(*pg, DataChange::Invoices);
    InvoiceWriter writer(*pg);
    std::vector<Invoice> first = batchFrom(0);
    REQUIRE(writer.insertNewHeaders(first));
    for (const Invoice &invoice : first) {
        CHECK(invoice.id > 0);
        CHECK(pg->scalar(QStringLiteral("SELECT number FROM invoices WHERE id = ?"), {invoice.id}).toString() == invoice.number);
        CHECK(pg->scalar(QStringLiteral("SELECT total_incl_cents FROM invoices WHERE id = ?"), {invoice.id}).toLongLong()
              == invoice.totalInclVat.cents());
    }
    CHECK(pg->scalar(QStringLiteral("SELECT paid_cents FROM invoices WHERE id = ?"), {first.back().id}).toLongLong() == 0);
    CHECK(pg->scalar(QStringLiteral("SELECT CAST(due_date AS TEXT) FROM invoices WHERE id = ?"), {first.back().id}).toString()
          == QStringLiteral("2026-05-31"));

    // One number already written: nothing of the batch goes in, and the transaction goes on.
    std::vector<Invoice> overlapping = batchFrom(1000);
    overlapping[40].number = first[7].number;
    CHECK_FALSE(writer.insertNewHeaders(overlapping));
    std::vector<Invoice> twice = batchFrom(2000);
    twice[63].number = twice[0].number;
    CHECK_FALSE(writer.insertNewHeaders(twice));
    CHECK(rows(*pg, QStringLiteral("invoices")) == qint64(ImportStore::headerBatch));
    std::vector<Invoice> next = batchFrom(3000);
    REQUIRE(writer.insertNewHeaders(next));
    CHECK(next.front().id > first.back().id);
    transaction.commit();
    CHECK(rows(*pg, QStringLiteral("invoices")) == 2 * qint64(ImportStore::headerBatch));
    CHECK(pg->scalar(QStringLiteral("SELECT SUM(total_incl_cents) FROM invoices")).toLongLong() == 2 * (64 * 12100 + 63 * 64 / 2));
}

TEST_CASE("Migration 21: the list filters' contains search has trigram indexes on PostgreSQL, none on SQLite", "[storage][postgres]")
{
    TempDir dir;
    auto sqlite = Database::open(dir.filePath(QStringLiteral("plain.sqlite")));
    CHECK(Migrations::latestVersion() >= 21);
    CHECK(sqlite->scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name LIKE '%trgm%'")).toInt() == 0);

    const QString location = newPgDatabase();
    if (location.isEmpty())
        return;
    auto pg = Database::open(location);
    CHECK(pg->scalar(QStringLiteral("SELECT COUNT(*) FROM pg_indexes WHERE indexname LIKE '%\\_trgm'")).toInt() == 4);
    // The planner must be able to serve each search with its index (a table this small is read
    // whole unless sequential scans are ruled out, which leaves only what can serve).
    pg->run(QStringLiteral("SET enable_seqscan = off"));
    const SqlDialect &dialect = pg->dialect();
    for (const auto &[table, column] : {std::pair{"customers", "name"}, std::pair{"customers", "number"},
                                        std::pair{"customers", "city"}, std::pair{"invoices", "number"}}) {
        const QString sql = QStringLiteral("EXPLAIN SELECT id FROM %1 WHERE ").arg(QLatin1String(table))
            + dialect.containsText(QLatin1String(column), QStringLiteral("'%zon%'"));
        QSqlQuery plan = pg->run(sql);
        QString text;
        while (plan.next())
            text += plan.value(0).toString() + u'\n';
        INFO(text.toStdString());
        CHECK(text.contains(QStringLiteral("%1_%2_trgm").arg(QLatin1String(table), QLatin1String(column))));
    }
}

TEST_CASE("A team database connection sorts and gathers in at least 64 MB, or what the server gives beyond it", "[storage][postgres][lists]")
{
    // With the server's default 4 MB the list filter's bitmap of a large customer match turns
    // lossy and is checked row by row against every customer found (minutes at ten million
    // invoices): PostgresDialect::connectionOpened raises it, on reading connections too.
    const QString location = newPgDatabase();
    if (location.isEmpty())
        return;
    const auto workMem = [](Database &db) {
        return db.scalar(QStringLiteral("SELECT pg_size_bytes(current_setting('work_mem'))")).toLongLong();
    };
    {
        auto db = Database::open(location);
        CHECK(workMem(*db) == 64 * 1024 * 1024);
        auto reader = Database::open(location, Database::Mode::ReadOnly);
        CHECK(workMem(*reader) == 64 * 1024 * 1024);
        db->run(QStringLiteral("DO $body$ BEGIN EXECUTE format('ALTER DATABASE %I SET work_mem = %L', current_database(), '256MB'); END $body$"));
    }
    auto db = Database::open(location);
    CHECK(workMem(*db) == 256 * 1024 * 1024);
}

TEST_CASE("A team database connection compiles no statement just in time", "[storage][postgres]")
{
    // Compiling cost each of the Dashboard's larger statements 50-65 ms on the 1M demo and won
    // nothing back (PostgresDialect::connectionOpened); reading connections are set up alike.
    const QString location = newPgDatabase();
    if (location.isEmpty())
        return;
    auto db = Database::open(location);
    CHECK(db->scalar(QStringLiteral("SELECT current_setting('jit')")).toString() == QStringLiteral("off"));
    auto reader = Database::open(location, Database::Mode::ReadOnly);
    CHECK(reader->scalar(QStringLiteral("SELECT current_setting('jit')")).toString() == QStringLiteral("off"));
}
