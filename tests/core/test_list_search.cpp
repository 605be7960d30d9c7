// The list filters' "contains" search through the SQLite search tables (issue 20, migration 23):
// for every kind of text - short, with wildcards, quotes, letters beyond ASCII, in either case -
// the lists show exactly what reading every row finds; new, changed and deleted rows are found as
// they are now; a file made before version 23 gets its search tables filled. The expected ids are
// read row by row with the dialect's plain condition, never through the search tables.

#include "CoreTestSupport.h"
#include "ListSearchSupport.h"
#include "TempDir.h"
#include "TestDatabase.h"

#include "customers/CustomerRepository.h"
#include "invoices/InvoiceRepository.h"
#include "payments/PaymentRepository.h"
#include "storage/Database.h"
#include "storage/sqlite/SqliteDialect.h"

using namespace dd;
using namespace dd::test;

namespace {

struct SearchFixture
{
    TempDir dir;
    QString location = databaseLocation(dir, QStringLiteral("search.disputedesk"));
    std::unique_ptr<Database> db = Database::open(location);
    std::vector<qint64> customerIds;

    SearchFixture()
    {
        const QString customers[][3] = {
            {QStringLiteral("K0001"), QStringLiteral("Jansen Transport B.V."), QStringLiteral("Utrecht")},
            {QStringLiteral("K0002"), QStringLiteral("JANSEN & Zn"), QStringLiteral("Zwolle")},
            {QStringLiteral("K0003"), QStringLiteral("\u00d6zt\u00fcrk Bakkerij"), QStringLiteral("Den Haag")},
            {QStringLiteral("K0004"), QStringLiteral("\u00d6STERREICH Handel GmbH"), QStringLiteral("Wien")},
            {QStringLiteral("K0005"), QStringLiteral("o'Brien \"The Pub\""), QStringLiteral("Dublin")},
            {QStringLiteral("K0006"), QStringLiteral("Beta 100% Zorg"), QStringLiteral("Amsterdam")},
            {QStringLiteral("K0007"), QStringLiteral("Gamma_Delta"), QStringLiteral("Delft")},
            {QStringLiteral("K0008"), QStringLiteral("GammaXDelta"), QStringLiteral("Utrecht")},
            {QStringLiteral("K0009"), QStringLiteral("Back\\slash BV"), QStringLiteral("Groningen")},
            {QStringLiteral("K0010"), QStringLiteral("Caf\u00e9 \u00c9lys\u00e9e"), QStringLiteral("Paris")},
            {QStringLiteral("K0011"), QStringLiteral("van den Berg"), QStringLiteral("Zeist")},
        };
        CustomerRepository customerRepository(*db);
        for (const auto &[number, name, city] : customers) {
            Customer c;
            c.number = number;
            c.name = name;
            c.city = city;
            customerRepository.insert(c);
            customerIds.push_back(c.id);
        }
        QStringList numbers;
        for (int n = 118; n < 152; ++n)
            numbers << QStringLiteral("INV-2025-%1").arg(n, 4, 10, QLatin1Char('0'));
        numbers << QStringLiteral("INV_100%") << QStringLiteral("inv-x\\y") << QStringLiteral("F\u00d6\u00d6-1");
        for (int i = 0; i < numbers.size(); ++i)
            addInvoice(numbers.at(i), customerIds.at(size_t(i) % customerIds.size()));
    }

    qint64 addInvoice(const QString &number, qint64 customerId)
    {
        Invoice invoice;
        invoice.number = number;
        invoice.customerId = customerId;
        invoice.issueDate = day(2026, 1, 5);
        invoice.dueDate = day(2026, 2, 4);
        invoice.currency = QStringLiteral("EUR");
        InvoiceLine line;
        line.unitPrice = eur(10000);
        line.vatRateBasisPoints = 0;
        invoice.lines = {line};
        InvoiceRepository(*db).insert(invoice);
        return invoice.id;
    }

    // Both lists agree with reading every row, for `text`.
    void checkAgainstScan(const QString &text)
    {
        CAPTURE(text);
        CHECK(customersListed(*db, text) == customersScanned(*db, text));
        CHECK(invoicesListed(*db, text) == invoicesScanned(*db, text));
    }
};

const QStringList everyKindOfText = {
    QString(), QStringLiteral("j"), QStringLiteral("ja"), QStringLiteral("jan"), QStringLiteral("Jansen"), QStringLiteral("JANSEN"),
    QStringLiteral("jAnSeN"), QStringLiteral("  jansen  "), QStringLiteral("n &"), QStringLiteral("\u00d6"), QStringLiteral("\u00f6"),
    QStringLiteral("\u00d6z"), QStringLiteral("\u00d6ZT"), QStringLiteral("\u00f6zt"), QStringLiteral("\u00d6st"),
    QStringLiteral("\u00f6st"), QStringLiteral("\u00f6sterreich"), QStringLiteral("\u00d6STERREICH"), QStringLiteral("f\u00f6\u00f6"),
    QStringLiteral("F\u00d6\u00d6"), QStringLiteral("\u00e9"), QStringLiteral("\u00e9lys\u00e9e"), QStringLiteral("\u00c9LYS\u00c9E"),
    QStringLiteral("Caf\u00e9"), QStringLiteral("CAF\u00c9"), QStringLiteral("o'b"), QStringLiteral("'"), QStringLiteral("\"the pub\""),
    QStringLiteral("\""), QStringLiteral("\"The"), QStringLiteral("100%"), QStringLiteral("%"), QStringLiteral("0%"),
    QStringLiteral("%z"), QStringLiteral("_"), QStringLiteral("a_d"), QStringLiteral("A_D"), QStringLiteral("ma_"),
    QStringLiteral("\\"), QStringLiteral("k\\s"), QStringLiteral("Back\\"), QStringLiteral("x\\y"), QStringLiteral("utrecht"),
    QStringLiteral("K00"), QStringLiteral("k0003"), QStringLiteral("INV"), QStringLiteral("inv-2025-0123"), QStringLiteral("2025-01"),
    QStringLiteral("0123"), QStringLiteral("zzz-no-match"), QStringLiteral("den"), QStringLiteral("n d"), QStringLiteral(" van den "),
    QStringLiteral("INV-2025-0123 "),
};

} // namespace

TEST_CASE("The text filters find exactly what reading every row finds, for every kind of text", "[lists][search]")
{
    SearchFixture f;
    for (const QString &text : everyKindOfText)
        f.checkAgainstScan(text);
    // The comparison is not between two empty lists.
    CHECK(customersListed(*f.db, QStringLiteral("jansen")).size() == 2);
    CHECK(invoicesListed(*f.db, QStringLiteral("inv-2025-0123")).size() == 1);
    CHECK(invoicesListed(*f.db, QStringLiteral("jansen")).size() == 8); // 4 invoices of each of the two
    CHECK(customersListed(*f.db, QStringLiteral("\u00d6ZT")).size() == 1);
    CHECK(customersListed(*f.db, QStringLiteral("100%")).size() == 1);
    CHECK(customersListed(*f.db, QStringLiteral("a_d")).size() == 1); // the underscore is not a wildcard
    CHECK(customersListed(*f.db, QStringLiteral("\"the pub\"")).size() == 1);
    CHECK(customersListed(*f.db, QStringLiteral("utrecht")).size() == 2);
    CHECK(customersListed(*f.db, QStringLiteral("zzz-no-match")).empty());
}

TEST_CASE("New, changed and deleted customers and invoices are found as they are now", "[lists][search]")
{
    SearchFixture f;
    CustomerRepository customers(*f.db);

    // A new customer and invoice.
    Customer added;
    added.number = QStringLiteral("K0100");
    added.name = QStringLiteral("Pietersen Logistiek");
    added.city = QStringLiteral("Assen");
    customers.insert(added);
    const qint64 invoice = f.addInvoice(QStringLiteral("NEW-7777"), added.id);
    CHECK(customersListed(*f.db, QStringLiteral("pietersen")) == std::vector<qint64>{added.id});
    CHECK(customersListed(*f.db, QStringLiteral("assen")) == std::vector<qint64>{added.id});
    CHECK(invoicesListed(*f.db, QStringLiteral("pietersen")) == std::vector<qint64>{invoice});
    CHECK(invoicesListed(*f.db, QStringLiteral("w-777")) == std::vector<qint64>{invoice});

    // A customer renamed: found by the new name, no longer by the old; its invoices follow.
    Customer renamed = *customers.findById(f.customerIds.at(0));
    REQUIRE(renamed.name == QStringLiteral("Jansen Transport B.V."));
    renamed.name = QStringLiteral("Hendriks Transport B.V.");
    renamed.city = QStringLiteral("Amersfoort");
    REQUIRE(customers.update(renamed));
    CHECK(customersListed(*f.db, QStringLiteral("hendriks")) == std::vector<qint64>{renamed.id});
    CHECK(customersListed(*f.db, QStringLiteral("jansen")) == std::vector<qint64>{f.customerIds.at(1)});
    CHECK(customersListed(*f.db, QStringLiteral("amersfoort")) == std::vector<qint64>{renamed.id});
    CHECK(customersListed(*f.db, QStringLiteral("utrecht")) == std::vector<qint64>{f.customerIds.at(7)});
    CHECK(invoicesListed(*f.db, QStringLiteral("hendriks")).size() == 4);
    CHECK(invoicesListed(*f.db, QStringLiteral("jansen")).size() == 4);

    // An invoice renumbered, another deleted.
    f.db->run(QStringLiteral("UPDATE invoices SET number = 'INV-2026-9999' WHERE number = 'INV-2025-0123'"));
    CHECK(invoicesListed(*f.db, QStringLiteral("2025-0123")).empty());
    CHECK(invoicesListed(*f.db, QStringLiteral("2026-9999")).size() == 1);
    const qint64 gone = f.db->scalar(QStringLiteral("SELECT id FROM invoices WHERE number = 'INV-2025-0130'")).toLongLong();
    f.db->run(QStringLiteral("DELETE FROM invoice_lines WHERE invoice_id = ?"), {gone});
    f.db->run(QStringLiteral("DELETE FROM invoices WHERE id = ?"), {gone});
    CHECK(invoicesListed(*f.db, QStringLiteral("2025-0130")).empty());
    CHECK(invoicesListed(*f.db, QStringLiteral("2025-013")).size() == 9);

    // A customer deleted.
    f.db->run(QStringLiteral("DELETE FROM invoice_lines WHERE invoice_id = ?"), {invoice});
    f.db->run(QStringLiteral("DELETE FROM invoices WHERE id = ?"), {invoice});
    f.db->run(QStringLiteral("DELETE FROM customers WHERE id = ?"), {added.id});
    CHECK(customersListed(*f.db, QStringLiteral("pietersen")).empty());
    CHECK(invoicesListed(*f.db, QStringLiteral("NEW-7777")).empty());

    // A payment changes the invoice's paid amount, not what is searched.
    const qint64 paid = f.db->scalar(QStringLiteral("SELECT id FROM invoices WHERE number = 'INV-2025-0140'")).toLongLong();
    Payment payment;
    payment.customerId = f.db->scalar(QStringLiteral("SELECT customer_id FROM invoices WHERE id = ?"), {paid}).toLongLong();
    payment.date = day(2026, 1, 20);
    payment.amount = eur(2500);
    payment.allocations = {Allocation{paid, eur(2500)}};
    PaymentRepository(*f.db).record(payment);
    CHECK(invoicesListed(*f.db, QStringLiteral("2025-0140")) == std::vector<qint64>{paid});

    for (const QString &text : everyKindOfText)
        f.checkAgainstScan(text);
    for (const QString &text : {QStringLiteral("hendriks"), QStringLiteral("amersfoort"), QStringLiteral("2026-9999"), QStringLiteral("pietersen")})
        f.checkAgainstScan(text);
}

TEST_CASE("An update of an invoice's amounts leaves the search table alone, one of its number does not", "[lists][search][sqlite]")
{
    SearchFixture f;
    const auto changesOf = [&](const QString &statement) {
        const qint64 before = f.db->scalar(QStringLiteral("SELECT total_changes()")).toLongLong();
        f.db->run(statement);
        return f.db->scalar(QStringLiteral("SELECT total_changes()")).toLongLong() - before;
    };
    // SQLite counts the rows its triggers and FTS5 write too.
    CHECK(changesOf(QStringLiteral("UPDATE invoices SET paid_cents = 500 WHERE number = 'INV-2025-0140'")) == 1);
    CHECK(changesOf(QStringLiteral("UPDATE invoices SET number = 'INV-2025-X140' WHERE number = 'INV-2025-0140'")) > 1);
    CHECK(changesOf(QStringLiteral("UPDATE customers SET payment_term_days = 14 WHERE number = 'K0001'")) == 1);
    CHECK(changesOf(QStringLiteral("UPDATE customers SET city = 'Breda' WHERE number = 'K0001'")) > 1);
    CHECK(invoicesListed(*f.db, QStringLiteral("X140")).size() == 1);
    CHECK(customersListed(*f.db, QStringLiteral("breda")).size() == 1);
}

TEST_CASE("A text of three characters or more without wildcards is searched through the search tables", "[lists][search][sqlite]")
{
    const SqliteDialect sqlite;
    const QStringList name{QStringLiteral("name")};
    const auto viaSearch = [&](const QString &text) {
        return sqlite.containsTextIn(QStringLiteral("customers"), QStringLiteral("c"), name, QStringLiteral(":text"), text)
            .contains(QLatin1String("customers_search"));
    };
    CHECK(viaSearch(QStringLiteral("Jan")));
    CHECK(viaSearch(QStringLiteral("\u00d6zt")));
    CHECK(viaSearch(QStringLiteral("o'b")));
    CHECK_FALSE(viaSearch(QStringLiteral("Ja")));
    CHECK_FALSE(viaSearch(QStringLiteral("\u00d6z")));
    CHECK_FALSE(viaSearch(QStringLiteral("100%")));
    CHECK_FALSE(viaSearch(QStringLiteral("a_d")));
    CHECK_FALSE(viaSearch(QStringLiteral("k\\s")));
    // The scan otherwise, as before; and for a column that has no search table.
    CHECK(sqlite.containsTextIn(QStringLiteral("customers"), QStringLiteral("c"), name, QStringLiteral(":text"), QStringLiteral("Ja"))
          == sqlite.containsText(QStringLiteral("c.name"), QStringLiteral(":text")));
    CHECK(sqlite.containsTextIn(QStringLiteral("customers"), QStringLiteral("c"), {QStringLiteral("email")}, QStringLiteral(":text"),
                                QStringLiteral("Jansen"))
          == sqlite.containsText(QStringLiteral("c.email"), QStringLiteral(":text")));

    // With the search tables emptied, only the texts they serve find nothing: the lists do read them.
    SearchFixture f;
    f.db->run(QStringLiteral("INSERT INTO customers_search (customers_search) VALUES ('delete-all')"));
    f.db->run(QStringLiteral("INSERT INTO invoices_search (invoices_search) VALUES ('delete-all')"));
    CHECK(customersListed(*f.db, QStringLiteral("jansen")).empty());
    CHECK(invoicesListed(*f.db, QStringLiteral("2025-0123")).empty());
    CHECK(customersListed(*f.db, QStringLiteral("ja")).size() == 2);
    CHECK(customersListed(*f.db, QStringLiteral("a_d")).size() == 1);
    f.db->run(QStringLiteral("INSERT INTO customers_search (customers_search) VALUES ('rebuild')"));
    f.db->run(QStringLiteral("INSERT INTO invoices_search (invoices_search) VALUES ('rebuild')"));
    CHECK(customersListed(*f.db, QStringLiteral("jansen")).size() == 2);
    CHECK(invoicesListed(*f.db, QStringLiteral("2025-0123")).size() == 1);
}

TEST_CASE("A file of version 22 gets its search tables, filled, when it is opened for writing", "[lists][search][sqlite]")
{
    SearchFixture f;
    const QString searchObjects = QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name LIKE '%\\_search%' ESCAPE '\\'");
    // As DisputeDesk 22 left it: no search tables, no triggers.
    for (const QString &table : {QStringLiteral("customers"), QStringLiteral("invoices")}) {
        for (const QString &trigger : {QStringLiteral("insert"), QStringLiteral("delete"), QStringLiteral("update")})
            f.db->run(QStringLiteral("DROP TRIGGER %1_search_%2").arg(table, trigger));
        f.db->run(QStringLiteral("DROP TABLE %1_search").arg(table));
    }
    f.db->run(QStringLiteral("UPDATE schema_info SET version = 22"));
    REQUIRE(f.db->scalar(searchObjects).toInt() == 0);
    f.db.reset();

    auto db = Database::open(f.location);
    CHECK(db->schemaVersion() == Database::currentSchemaVersion());
    CHECK(db->scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%\\_search\\_%' ESCAPE '\\'"))
              .toInt()
          == 6);
    // Filled with the rows there: found through the search tables, as reading every row finds them.
    CHECK(customersListed(*db, QStringLiteral("jansen")).size() == 2);
    CHECK(invoicesListed(*db, QStringLiteral("2025-0123")).size() == 1);
    CHECK(invoicesListed(*db, QStringLiteral("jansen")).size() == 8);
    for (const QString &text : everyKindOfText) {
        CAPTURE(text);
        CHECK(customersListed(*db, text) == customersScanned(*db, text));
        CHECK(invoicesListed(*db, text) == invoicesScanned(*db, text));
    }
    // And kept up to date from then on.
    db->run(QStringLiteral("UPDATE customers SET name = 'Smit' WHERE number = 'K0002'"));
    CHECK(customersListed(*db, QStringLiteral("jansen")).size() == 1);
}
