// The demo data generator: deterministic per seed, consistent (paid amounts equal allocations,
// totals equal lines), realistic in its mix, refusing a database that holds data, and leaving
// nothing behind when cancelled.

#include "CoreTestSupport.h"
#include "TempDir.h"
#include "TestDatabase.h"

#include "common/ValidationError.h"
#include "demo/DemoDataGenerator.h"
#include "products/ProductRepository.h"
#include "storage/Database.h"

#include <QCryptographicHash>

using namespace dd;
using namespace dd::test;

namespace {

const Date until = day(2026, 3, 31);

DemoOptions options(quint64 seed, int customers = 200, int invoices = 3000)
{
    DemoOptions o;
    o.seed = seed;
    o.customers = customers;
    o.invoices = invoices;
    o.until = until;
    return o;
}

// A digest of every row the generator writes, in id order.
QByteArray contentDigest(Database &db)
{
    const char *queries[] = {
        "SELECT id || '|' || number || '|' || name || '|' || kind || '|' || language || '|' || street || '|' || "
        "postal_code || '|' || city || '|' || country || '|' || vat_id || '|' || email || '|' || payment_term_days "
        "|| '|' || credit_limit_cents || '|' || currency FROM customers ORDER BY id",
        "SELECT customer_id || '|' || name || '|' || role || '|' || email || '|' || phone FROM contacts ORDER BY id",
        "SELECT id || '|' || code || '|' || name || '|' || list_price_cents FROM products ORDER BY id",
        "SELECT id || '|' || number || '|' || customer_id || '|' || issue_date || '|' || due_date || '|' || currency "
        "|| '|' || total_excl_cents || '|' || vat_cents || '|' || total_incl_cents || '|' || paid_cents FROM invoices ORDER BY id",
        "SELECT invoice_id || '|' || line_no || '|' || product_id || '|' || quantity_milli || '|' || net_cents || '|' || "
        "vat_cents FROM invoice_lines ORDER BY invoice_id, line_no",
        "SELECT id || '|' || customer_id || '|' || payment_date || '|' || amount_cents || '|' || currency || '|' || reference "
        "FROM payments ORDER BY id",
        "SELECT payment_id || '|' || invoice_id || '|' || amount_cents FROM allocations ORDER BY payment_id, invoice_id",
    };
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char *sql : queries) {
        QSqlQuery query = db.run(QString::fromLatin1(sql));
        while (query.next())
            hash.addData(query.value(0).toString().toUtf8() + '\n');
        hash.addData("--\n");
    }
    return hash.result();
}

QStringList indexNames(Database &db)
{
    return schemaNames(db, true);
}

qint64 count(Database &db, const char *sql)
{
    return db.scalar(QString::fromLatin1(sql)).toLongLong();
}

} // namespace

TEST_CASE("The same seed gives the same database, another seed another", "[demo]")
{
    TempDir dir;
    auto a = Database::open(databaseLocation(dir, QStringLiteral("a.disputedesk")));
    auto b = Database::open(databaseLocation(dir, QStringLiteral("b.disputedesk")));
    auto c = Database::open(databaseLocation(dir, QStringLiteral("c.disputedesk")));
    DemoDataGenerator(*a).generate(options(7));
    DemoDataGenerator(*b).generate(options(7));
    DemoDataGenerator(*c).generate(options(8));
    const QByteArray digestA = contentDigest(*a);
    CHECK(digestA == contentDigest(*b));
    CHECK(digestA != contentDigest(*c));
    // Not just the digest: some visible field differs too.
    const QString names = QStringLiteral("SELECT name FROM customers ORDER BY number");
    const QString paid = QStringLiteral("SELECT paid_cents FROM invoices ORDER BY number");
    CHECK(joined(*a, names) == joined(*b, names));
    CHECK(joined(*a, paid) != joined(*c, paid));
}

// The figures of one seed, pinned: moving the generator's writes to the repositories (issue 18)
// must not change a count, a cent or which invoice a case is about. The digest names rows by
// their numbers, not their ids, so it holds on a backend that numbers rows its own way.
TEST_CASE("Demo data of one seed keeps its figures", "[demo]")
{
    TempDir dir;
    auto db = Database::open(databaseLocation(dir, QStringLiteral("pinned.disputedesk")));
    const DemoSummary summary = DemoDataGenerator(*db).generate(options(2026, 120, 1500));
    CHECK(summary.customers == 120);
    CHECK(summary.products == 24);
    CHECK(summary.invoices == 1500);
    CHECK(summary.payments == 1453);
    CHECK(summary.openInvoices == 133);
    CHECK(summary.disputes == 91);
    CHECK(count(*db, "SELECT SUM(total_incl_cents) FROM invoices") == 779344347);
    CHECK(count(*db, "SELECT SUM(paid_cents) FROM invoices") == 712126665);
    CHECK(count(*db, "SELECT SUM(amount_cents) FROM payments") == 712126665);
    CHECK(count(*db, "SELECT SUM(disputed_cents) FROM dispute_invoices") == 46116894);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const char *rows[] = {
        "SELECT c.number || '|' || c.name || '|' || c.kind || '|' || c.language || '|' || c.street || '|' || c.postal_code || '|' || "
        "c.city || '|' || c.country || '|' || c.vat_id || '|' || c.email || '|' || c.payment_term_days || '|' || c.credit_limit_cents "
        "|| '|' || c.currency || '|' || COALESCE((SELECT group_concat(k.name || '/' || k.role || '/' || k.phone) FROM contacts k "
        "WHERE k.customer_id = c.id), '') FROM customers c ORDER BY c.number",
        "SELECT d.number || '|' || c.number || '|' || i.number || '|' || di.disputed_cents FROM dispute_invoices di "
        "JOIN disputes d ON d.id = di.dispute_id JOIN invoices i ON i.id = di.invoice_id JOIN customers c ON c.id = i.customer_id "
        "ORDER BY d.number, i.number",
        "SELECT i.number || '|' || l.line_no || '|' || p.code || '|' || l.net_cents FROM invoice_lines l "
        "JOIN invoices i ON i.id = l.invoice_id JOIN products p ON p.id = l.product_id ORDER BY i.number, l.line_no",
        "SELECT i.number || '|' || c.number || '|' || p.payment_date || '|' || a.amount_cents FROM allocations a "
        "JOIN payments p ON p.id = a.payment_id JOIN invoices i ON i.id = a.invoice_id JOIN customers c ON c.id = p.customer_id "
        "ORDER BY i.number, p.payment_date, a.amount_cents",
    };
    for (const char *sql : rows) {
        QString select = QString::fromLatin1(sql);
        // PostgreSQL's group_concat is string_agg; the contacts in the order SQLite reads them.
        if (!isSqlite(*db))
            select.replace(QStringLiteral("group_concat(k.name || '/' || k.role || '/' || k.phone)"),
                           QStringLiteral("string_agg(k.name || '/' || k.role || '/' || k.phone, ',' ORDER BY k.id)"));
        QSqlQuery query = db->run(select);
        while (query.next())
            hash.addData(query.value(0).toString().toUtf8() + '\n');
    }
    CHECK(hash.result().toHex().toStdString() == "1904a778799d1dacaf11388599d3655df64f31fe4065f09edc5dd1d551fb6796");
}

TEST_CASE("Demo data is consistent", "[demo]")
{
    TempDir dir;
    auto db = Database::open(databaseLocation(dir, QStringLiteral("demo.disputedesk")));
    const DemoSummary summary = DemoDataGenerator(*db).generate(options(2026));

    CHECK(summary.customers == 200);
    CHECK(summary.invoices == 3000);
    CHECK(summary.customers == rows(*db, QStringLiteral("customers")));
    CHECK(summary.invoices == rows(*db, QStringLiteral("invoices")));
    CHECK(summary.products == rows(*db, QStringLiteral("products")));
    CHECK(summary.payments == rows(*db, QStringLiteral("payments")));
    CHECK(summary.openInvoices == count(*db, "SELECT COUNT(*) FROM invoices WHERE paid_cents < total_incl_cents"));

    // A decision's audit note is its rationale, as DisputeService::decide writes it: never the
    // verdict's code, which the audit trail would show to a Dutch user as "unjustified".
    CHECK(count(*db, "SELECT COUNT(*) FROM audit_events WHERE action = 'decide'") > 0);
    CHECK(count(*db, "SELECT COUNT(*) FROM audit_events WHERE action = 'decide' AND note IN "
                     "('justified', 'partly', 'unjustified')") == 0);

    // Paid amounts are exactly the allocations; every payment is allocated in full.
    CHECK(count(*db, "SELECT COUNT(*) FROM invoices i WHERE i.paid_cents <> "
                     "(SELECT COALESCE(SUM(a.amount_cents), 0) FROM allocations a WHERE a.invoice_id = i.id)") == 0);
    CHECK(count(*db, "SELECT COUNT(*) FROM payments p WHERE p.amount_cents <> "
                     "(SELECT COALESCE(SUM(a.amount_cents), 0) FROM allocations a WHERE a.payment_id = p.id)") == 0);
    CHECK(count(*db, "SELECT COUNT(*) FROM invoices WHERE paid_cents > total_incl_cents OR paid_cents < 0") == 0);
    // Totals are the sums of the lines.
    CHECK(count(*db, "SELECT COUNT(*) FROM invoices i WHERE total_excl_cents <> (SELECT SUM(net_cents) FROM invoice_lines l "
                     "WHERE l.invoice_id = i.id) OR vat_cents <> (SELECT SUM(vat_cents) FROM invoice_lines l "
                     "WHERE l.invoice_id = i.id) OR total_incl_cents <> total_excl_cents + vat_cents") == 0);
    CHECK(count(*db, "SELECT COUNT(*) FROM invoices i WHERE NOT EXISTS (SELECT 1 FROM invoice_lines l WHERE l.invoice_id = i.id)") == 0);
    // Payments and allocations stay with one customer and one currency.
    CHECK(count(*db, "SELECT COUNT(*) FROM allocations a JOIN payments p ON p.id = a.payment_id JOIN invoices i "
                     "ON i.id = a.invoice_id WHERE p.customer_id <> i.customer_id OR p.currency <> i.currency") == 0);
    // Dates: three years up to `until`; due on or after issue; paid after issue, never after `until`.
    CHECK(db->scalar(QStringLiteral("SELECT MAX(issue_date) FROM invoices")).toString() <= IsoDate::format(until));
    CHECK(db->scalar(QStringLiteral("SELECT MIN(issue_date) FROM invoices")).toString()
          >= IsoDate::format(until - boost::gregorian::days(3 * 366)));
    CHECK(db->scalar(QStringLiteral("SELECT MIN(issue_date) FROM invoices")).toString()
          <= IsoDate::format(until - boost::gregorian::days(2 * 365)));
    CHECK(count(*db, "SELECT COUNT(*) FROM invoices WHERE due_date < issue_date") == 0);
    CHECK(db->scalar(QStringLiteral("SELECT MAX(payment_date) FROM payments")).toString() <= IsoDate::format(until));
    CHECK(count(*db, "SELECT COUNT(*) FROM allocations a JOIN payments p ON p.id = a.payment_id JOIN invoices i "
                     "ON i.id = a.invoice_id WHERE p.payment_date < i.issue_date") == 0);
    CHECK(count(*db, "SELECT COUNT(*) FROM invoices WHERE number NOT LIKE 'INV-____-______'") == 0);
    CHECK(count(*db, "SELECT COUNT(DISTINCT number) FROM invoices") == 3000);
    // The database passes SQLite's own checks (PostgreSQL checks every foreign key as it writes).
    if (isSqlite(*db)) {
        CHECK(db->scalar(QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
        CHECK_FALSE(db->run(QStringLiteral("PRAGMA foreign_key_check")).next());
    }
}

TEST_CASE("Demo data has a realistic mix", "[demo]")
{
    TempDir dir;
    auto db = Database::open(databaseLocation(dir, QStringLiteral("mix.disputedesk")));
    DemoDataGenerator(*db).generate(options(2026));
    const double invoices = double(rows(*db, QStringLiteral("invoices")));
    const double paid = double(count(*db, "SELECT COUNT(*) FROM invoices WHERE paid_cents = total_incl_cents"));
    const double unpaid = double(count(*db, "SELECT COUNT(*) FROM invoices WHERE paid_cents = 0"));
    const double partly = double(count(*db, "SELECT COUNT(*) FROM invoices WHERE paid_cents > 0 AND paid_cents < total_incl_cents"));
    INFO("paid " << paid << ", unpaid " << unpaid << ", partly " << partly);
    CHECK(paid / invoices > 0.75);           // most invoices are paid
    CHECK(paid / invoices < 0.99);
    CHECK(unpaid > 0);                        // some open
    CHECK(partly > 0);                        // some partly paid
    CHECK(count(*db, "SELECT COUNT(*) FROM invoices WHERE paid_cents = 0 AND due_date < '2025-12-31'") > 0); // bad payers
    // Most payments arrive on time or within a week; a real tail is late, a few very late.
    const double payments = double(rows(*db, QStringLiteral("payments")));
    auto paidLaterThan = [&](int days) {
        return double(db->scalar(QStringLiteral("SELECT COUNT(DISTINCT p.id) FROM payments p JOIN allocations a ON a.payment_id = p.id "
                                                "JOIN invoices i ON i.id = a.invoice_id "
                                                "WHERE ") + daysBetween(*db, QStringLiteral("p.payment_date"), QStringLiteral("i.due_date"))
                                     + QStringLiteral(" > ?"),
                                 {days})
                          .toLongLong());
    };
    const double late = paidLaterThan(7), veryLate = paidLaterThan(90);
    INFO("of " << payments << " payments, " << late << " more than a week late, " << veryLate << " more than 90 days");
    CHECK(late / payments > 0.1);
    CHECK(late / payments < 0.45);
    CHECK(veryLate / payments > 0.01);
    CHECK(veryLate / payments < 0.15);
    // Consumers and businesses, Dutch and foreign.
    const double customers = double(rows(*db, QStringLiteral("customers")));
    const double consumers = double(count(*db, "SELECT COUNT(*) FROM customers WHERE kind = 'consumer'"));
    INFO("consumers " << consumers << " of " << customers);
    CHECK(consumers / customers > 0.1);
    CHECK(consumers / customers < 0.4);
    CHECK(count(*db, "SELECT COUNT(*) FROM customers WHERE kind = 'business'") > 0);
    CHECK(count(*db, "SELECT COUNT(*) FROM customers WHERE country <> 'NL'") > 0);
    CHECK(count(*db, "SELECT COUNT(*) FROM customers WHERE language = 'en'") > 0);
    CHECK(count(*db, "SELECT COUNT(DISTINCT currency) FROM invoices") >= 2);
    // Businesses have a contact person and a VAT id; consumers neither.
    CHECK(count(*db, "SELECT COUNT(*) FROM customers c WHERE kind = 'business' AND NOT EXISTS "
                     "(SELECT 1 FROM contacts k WHERE k.customer_id = c.id)") == 0);
    CHECK(count(*db, "SELECT COUNT(*) FROM contacts k JOIN customers c ON c.id = k.customer_id WHERE c.kind = 'consumer'") == 0);
    CHECK(count(*db, "SELECT COUNT(*) FROM customers WHERE kind = 'business' AND vat_id = ''") == 0);
    CHECK(count(*db, "SELECT COUNT(*) FROM customers WHERE kind = 'consumer' AND vat_id <> ''") == 0);
    // Several VAT rates and fractional (hourly) quantities appear.
    CHECK(count(*db, "SELECT COUNT(DISTINCT vat_rate_bp) FROM invoice_lines") >= 2);
    CHECK(count(*db, "SELECT COUNT(*) FROM invoice_lines WHERE quantity_milli % 1000 <> 0") > 0);
}

TEST_CASE("Demo data is only added to an empty database", "[demo]")
{
    TempDir dir;
    auto db = Database::open(databaseLocation(dir, QStringLiteral("full.disputedesk")));
    SECTION("a database with demo data already")
    {
        DemoDataGenerator(*db).generate(options(1, 20, 100));
        const auto before = allCounts(*db);
        const QByteArray digest = contentDigest(*db);
        CHECK_THROWS_AS(DemoDataGenerator(*db).generate(options(2, 20, 100)), ValidationError);
        CHECK(allCounts(*db) == before);
        CHECK(contentDigest(*db) == digest);
    }
    SECTION("a database with only a product")
    {
        Product product{0, QStringLiteral("OWN-1"), QStringLiteral("Eigen product"), eur(1000), 2100};
        ProductRepository(*db).insert(product);
        const auto before = allCounts(*db);
        try {
            DemoDataGenerator(*db).generate(options(1, 20, 100));
            FAIL("demo data was added to a database that holds a product");
        } catch (const ValidationError &error) {
            CHECK(error.message().contains(db->path()));
        }
        CHECK(allCounts(*db) == before);
    }
    SECTION("invalid options")
    {
        CHECK_THROWS_AS(DemoDataGenerator(*db).generate(options(1, 0, 100)), ValidationError);
        CHECK_THROWS_AS(DemoDataGenerator(*db).generate(options(1, 10, -1)), ValidationError);
        DemoOptions noDate = options(1, 10, 10);
        noDate.until = Date(boost::date_time::not_a_date_time);
        CHECK_THROWS_AS(DemoDataGenerator(*db).generate(noDate), ValidationError);
        CHECK(rows(*db, QStringLiteral("customers")) == 0);
        CHECK(rows(*db, QStringLiteral("products")) == 0);
    }
}

TEST_CASE("Progress is reported and cancelling leaves the database empty", "[demo]")
{
    TempDir dir;
    auto db = Database::open(databaseLocation(dir, QStringLiteral("cancel.disputedesk")));
    const QStringList indexesBefore = indexNames(*db);
    REQUIRE_FALSE(indexesBefore.isEmpty());

    SECTION("progress rises to the total")
    {
        std::vector<std::pair<qint64, qint64>> calls;
        DemoDataGenerator(*db).generate(options(3, 50, 12000), [&](qint64 done, qint64 total) {
            calls.emplace_back(done, total);
            return true;
        });
        REQUIRE(calls.size() >= 2);
        for (size_t i = 0; i < calls.size(); ++i) {
            CHECK(calls[i].second == 12000);
            if (i > 0)
                CHECK(calls[i].first >= calls[i - 1].first);
        }
        CHECK(calls.back().first == 12000);
        CHECK(indexNames(*db) == indexesBefore);
    }
    SECTION("cancelled at the first report of a large run")
    {
        int calls = 0;
        const DemoSummary summary = DemoDataGenerator(*db).generate(options(3, 50, 12000), [&](qint64, qint64) {
            ++calls;
            return false;
        });
        CHECK(calls == 1);
        CHECK(summary.invoices == 0);
        CHECK(summary.customers == 0);
        for (const auto &[table, n] : allCounts(*db)) {
            INFO(table.toStdString());
            CHECK(n == 0);
        }
        CHECK(indexNames(*db) == indexesBefore); // the bulk load's dropped indexes are back
        CHECK(db->transactionDepth() == 0);
        // And the database is still usable: a new run succeeds.
        DemoDataGenerator(*db).generate(options(3, 50, 100));
        CHECK(rows(*db, QStringLiteral("invoices")) == 100);
    }
    SECTION("cancelled on a run too small for an intermediate report")
    {
        const DemoSummary summary = DemoDataGenerator(*db).generate(options(3, 50, 300), [](qint64, qint64) { return false; });
        CHECK(summary.invoices == 0);
        for (const auto &[table, n] : allCounts(*db)) {
            INFO(table.toStdString());
            CHECK(n == 0);
        }
    }
}
