// A whole database copied to another location (issue 20, "Move between them"): every table's rows
// and money sums on both sides, a few rows compared field by field (an invoice, a case's audit
// trail, a credit note, a stored document's bytes, a bank credit that names its later reversal),
// a target that holds data refused unchanged, a cancelled copy that keeps nothing, a difference
// that rolls the copy back, and the copy of a copy. Run a second time on PostgreSQL ("pg: ...",
// dd::test::databaseLocation): server to server, and file to server to file.

#include "CoreTestSupport.h"
#include "ListSearchSupport.h"
#include "TempDir.h"
#include "TestDatabase.h"

#include "creditnotes/CreditNoteService.h"
#include "demo/DemoDataGenerator.h"
#include "session/Session.h"
#include "storage/DatabaseCopy.h"
#include "storage/DatabaseLocation.h"
#include "storage/SqlDialect.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QSet>
#include <QSqlRecord>

using namespace dd;
using namespace dd::test;

namespace {

void fillWithDemo(const QString &location, int customers, int invoices, quint64 seed)
{
    auto db = Database::open(location);
    DemoOptions options;
    options.customers = customers;
    options.invoices = invoices;
    options.seed = seed;
    options.until = day(2026, 3, 31);
    DemoDataGenerator(*db).generate(options);
}

// The demo data (core/demo), and beside it what the demo does not make: a credit note, a stored
// document with binary content, a name with characters to escape, and a bank credit taken back by a later entry (reversed_by points
// forward, at a row with a higher id).
void fillSource(const QString &location)
{
    fillWithDemo(location, 60, 1500, 2026);
    auto session = Session::open(location);
    Database &db = session->database();
    const QString invoice =
        db.scalar(QStringLiteral("SELECT number FROM invoices WHERE total_incl_cents > paid_cents + credited_cents ORDER BY id LIMIT 1"))
            .toString();
    CreditNoteRequest request;
    request.invoiceNumber = invoice;
    request.reason = QStringLiteral("Delivered late");
    request.issueDate = day(2026, 3, 31);
    session->creditNoteService().issue(request);

    Transaction transaction(db, DataChange::Documents | DataChange::Bank | DataChange::Customers);
    // A name with what a stream of rows must escape (PostgreSQL's COPY text format): a backslash,
    // a tab, a line break, and letters beyond ASCII.
    db.run(QStringLiteral("UPDATE customers SET name = ? WHERE id = (SELECT MIN(id) FROM customers)"),
           {QStringLiteral("Dekker \\ Zn\tafd. Noord\r\nRegel 2 \u00e9 \u20ac")});
    db.run(QStringLiteral("INSERT INTO documents (dispute_id, kind, language, created_at, actor, file_name, mime_type, sha256, content) "
                          "VALUES ((SELECT MIN(id) FROM disputes), 'letter', 'nl', '2026-03-31T10:00:00Z', 'anouk', 'brief.pdf', "
                          "'application/pdf', 'x', ?)"),
           {QByteArray("%PDF-1.4\0\x01\xff end", 15)});
    db.run(QStringLiteral("INSERT INTO bank_entries (id, statement_id, entry_ref, booking_date, amount_cents, currency) "
                          "VALUES (1, 'S1', 'E1', '2026-03-30', 12100, 'EUR')"));
    db.run(QStringLiteral("INSERT INTO bank_entries (id, statement_id, entry_ref, booking_date, amount_cents, currency, reversal) "
                          "VALUES (2, 'S1', 'E2', '2026-03-31', -12100, 'EUR', 1)"));
    db.run(QStringLiteral("UPDATE bank_entries SET reversed_by = 2 WHERE id = 1"));
    transaction.commit();
}

QList<TableFigures> figuresOf(const QString &location)
{
    auto db = Database::open(location, Database::Mode::ReadOnly);
    return DatabaseCopy::figures(*db);
}

// The rows `sql` gives, each as one line of its values.
QStringList lines(const QString &location, const QString &sql)
{
    auto db = Database::open(location, Database::Mode::ReadOnly);
    QSqlQuery query = db->run(sql);
    QStringList result;
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < query.record().count(); ++i)
            values << (query.value(i).isNull() ? QStringLiteral("NULL") : query.value(i).toString());
        result << values.join(u'|');
    }
    return result;
}

qint64 count(const QString &location, const QString &table)
{
    auto db = Database::open(location, Database::Mode::ReadOnly);
    return rows(*db, table);
}

struct CopyFixture
{
    TempDir dir;
    QString source = databaseLocation(dir, QStringLiteral("desk.sqlite"));
    QString target = databaseLocation(dir, QStringLiteral("copy.sqlite"));
    CopyFixture() { fillSource(source); }
};

} // namespace

namespace Catch {
template<>
struct StringMaker<TableFigures>
{
    static std::string convert(const TableFigures &value) { return (value.table + u' ' + value.describe()).toStdString(); }
};
} // namespace Catch

TEST_CASE("a copy holds every table with the same rows and money sums, and the same rows field by field", "[copy]")
{
    CopyFixture f;
    qint64 lastDone = -1;
    qint64 lastTotal = -1;
    const DatabaseCopy::Result result = DatabaseCopy(f.source, f.target).run([&](qint64 done, qint64 total) {
        CHECK(done > lastDone);
        lastDone = done;
        lastTotal = total;
        return true;
    });
    REQUIRE_FALSE(result.cancelled);
    CHECK(result.source.size() == DatabaseCopy::tableOrder().size());
    CHECK(result.source == result.target);
    CHECK(lastDone == lastTotal);
    CHECK(lastTotal == result.rows());

    // Read again from the files themselves, not from what the copy reported.
    const QList<TableFigures> before = figuresOf(f.source);
    const QList<TableFigures> after = figuresOf(f.target);
    CHECK(after == before);
    for (const TableFigures &figures : before) {
        if (figures.table == QLatin1String("invoices")) {
            CHECK(figures.rows == 1500);
            CHECK(figures.sums.size() >= 5); // total_excl, vat, total_incl, paid, credited, ...
        }
    }
    CHECK(count(f.target, QStringLiteral("credit_notes")) == 1);
    CHECK(count(f.target, QStringLiteral("audit_events")) > 100);

    const QStringList spotChecks = {
        // An invoice's amounts, with its id.
        QStringLiteral("SELECT id, number, customer_id, total_excl_cents, vat_cents, total_incl_cents, paid_cents, credited_cents "
                       "FROM invoices WHERE id IN (1, 700, 1500) ORDER BY id"),
        // A case's audit trail, in order.
        QStringLiteral("SELECT id, dispute_id, at, actor, from_step, to_step, action, note FROM audit_events "
                       "WHERE dispute_id = (SELECT MAX(dispute_id) FROM audit_events) ORDER BY id"),
        // The credit note and its lines.
        QStringLiteral("SELECT n.id, n.number, n.invoice_id, n.total_excl_cents, n.vat_cents, n.total_incl_cents, l.line_no, "
                       "l.net_cents, l.vat_cents FROM credit_notes n JOIN credit_note_lines l ON l.credit_note_id = n.id ORDER BY l.line_no"),
        QStringLiteral("SELECT id, dispute_id, file_name, content FROM documents"),
        QStringLiteral("SELECT id, amount_cents, reversal, reversed_by FROM bank_entries ORDER BY id"),
    };
    for (const QString &sql : spotChecks) {
        const QStringList expected = lines(f.source, sql);
        CAPTURE(sql);
        CHECK_FALSE(expected.isEmpty());
        CHECK(lines(f.target, sql) == expected);
    }
    {
        auto copy = Database::open(f.target, Database::Mode::ReadOnly);
        CHECK(copy->scalar(QStringLiteral("SELECT content FROM documents")).toByteArray() == QByteArray("%PDF-1.4\0\x01\xff end", 15));
    }
    CHECK(lines(f.target, QStringLiteral("SELECT reversed_by FROM bank_entries WHERE id = 1")) == QStringList{QStringLiteral("2")});

    // The copy is a database of its own: the next row gets the next id.
    auto copy = Database::open(f.target);
    const qint64 highest = copy->scalar(QStringLiteral("SELECT MAX(id) FROM customers")).toLongLong();
    QSqlQuery insert = copy->prepareInsert(QStringLiteral("INSERT INTO customers (number, name, kind, language) VALUES (?, ?, ?, ?)"));
    Database::exec(insert, {QStringLiteral("NEW-1"), QStringLiteral("Nieuw BV"), QStringLiteral("business"), QStringLiteral("nl")});
    CHECK(Database::insertedId(insert) == highest + 1);
}

TEST_CASE("the copy order names every table of the schema, each after the tables its rows point at", "[copy][sqlite]")
{
    TempDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("empty.sqlite")));
    // SQLite's own account of the foreign keys below; the migrations make the same ones on every backend.
    QSet<QString> tables;
    QSqlQuery list = db->run(db->dialect().listTables());
    while (list.next())
        tables.insert(list.value(0).toString());
    tables.remove(QStringLiteral("schema_info"));
    const QStringList order = DatabaseCopy::tableOrder();
    CHECK(QSet<QString>(order.begin(), order.end()) == tables);
    CHECK(order.size() == tables.size());

    for (qsizetype i = 0; i < order.size(); ++i) {
        QSqlQuery keys = db->run(QStringLiteral("SELECT \"table\", \"from\" FROM pragma_foreign_key_list(?)"), {order.at(i)});
        while (keys.next()) {
            const QString referenced = keys.value(0).toString();
            const QString column = keys.value(1).toString();
            CAPTURE(order.at(i), column, referenced);
            if (referenced == order.at(i))
                CHECK(DatabaseCopy::laterColumns(order.at(i)).contains(column));
            else
                CHECK(order.indexOf(referenced) < i);
        }
    }
}

TEST_CASE("a target that holds data is refused, named, and left unchanged", "[copy]")
{
    CopyFixture f;
    fillWithDemo(f.target, 5, 20, 7);
    const QList<TableFigures> before = figuresOf(f.target);
    const QByteArray bytesBefore = databaseDigest(f.target);
    CHECK_THROWS_WITH(DatabaseCopy(f.source, f.target).run(),
                      Catch::Contains(DatabaseLocation::displayName(f.target).toStdString()) && Catch::Contains("already holds data")
                          && Catch::Contains("Nothing was written"));
    CHECK(figuresOf(f.target) == before);
    CHECK(databaseDigest(f.target) == bytesBefore);
    CHECK(count(f.target, QStringLiteral("invoices")) == 20);

    // Onto itself, too: refused before anything is read.
    CHECK_THROWS_WITH(DatabaseCopy(f.source, f.source).run(), Catch::Contains("onto itself"));
    CHECK(count(f.source, QStringLiteral("invoices")) == 1500);
}

TEST_CASE("a cancelled copy keeps nothing: the target stays empty", "[copy]")
{
    CopyFixture f;
    int calls = 0;
    const DatabaseCopy::Result result = DatabaseCopy(f.source, f.target).run([&](qint64, qint64) {
        ++calls;
        return false; // cancelled at the first word of progress, in the middle of the rows
    });
    CHECK(result.cancelled);
    CHECK(calls == 1);
    for (const TableFigures &figures : figuresOf(f.target)) {
        CAPTURE(figures.table);
        CHECK(figures.rows == 0);
    }
    // The empty target takes a copy afterwards.
    CHECK_FALSE(DatabaseCopy(f.source, f.target).run().cancelled);
    CHECK(figuresOf(f.target) == figuresOf(f.source));
}

// The skewing trigger is SQLite's; the comparison it trips is the same code on every backend.
TEST_CASE("a copy whose sums differ from the source is refused and rolled back, naming the table and both figures", "[copy][sqlite]")
{
    CopyFixture f;
    {
        // A target that changes what it is given: every copied invoice comes out one cent more paid.
        auto target = Database::open(f.target);
        target->run(QStringLiteral("CREATE TRIGGER skew AFTER INSERT ON invoices BEGIN "
                                   "UPDATE invoices SET paid_cents = paid_cents + 1 WHERE id = NEW.id; END"));
    }
    qint64 paid = 0;
    for (const TableFigures &figures : figuresOf(f.source)) {
        for (const TableFigures::Sum &sum : figures.sums) {
            if (figures.table == QLatin1String("invoices") && sum.column == QLatin1String("paid_cents"))
                paid = sum.cents;
        }
    }
    REQUIRE(paid > 0);
    CHECK_THROWS_WITH(DatabaseCopy(f.source, f.target).run(),
                      Catch::Contains("table invoices") && Catch::Contains(QStringLiteral("paid_cents %1").arg(paid).toStdString())
                          && Catch::Contains(QStringLiteral("paid_cents %1").arg(paid + 1500).toStdString()));
    CHECK(count(f.target, QStringLiteral("invoices")) == 0);
    CHECK(count(f.target, QStringLiteral("customers")) == 0);
}

TEST_CASE("the copy of a copy is identical: file to file to file", "[copy]")
{
    CopyFixture f;
    const QString third = databaseLocation(f.dir, QStringLiteral("copy-of-copy.sqlite"));
    DatabaseCopy(f.source, f.target).run();
    const DatabaseCopy::Result second = DatabaseCopy(f.target, third).run();
    CHECK(second.source == second.target);
    CHECK(figuresOf(third) == figuresOf(f.source));
    const QString everyInvoice = QStringLiteral("SELECT * FROM invoices ORDER BY id");
    CHECK(lines(third, everyInvoice) == lines(f.source, everyInvoice));
    const QString everyAudit = QStringLiteral("SELECT * FROM audit_events ORDER BY id");
    CHECK(lines(third, everyAudit) == lines(f.source, everyAudit));
}

namespace {

// The texts the lists' filters are checked with on a copy of the demo data: names, pieces of
// numbers, the escaped name fillSource writes, one that finds nothing and some too short for a
// search table.
const QStringList filterTexts = {QStringLiteral("jansen"), QStringLiteral("VAN DEN"), QStringLiteral("C00001"),
                                 QStringLiteral("-00012"), QStringLiteral("dekker \\ zn"), QStringLiteral("zzz-no-match"),
                                 QStringLiteral("de"), QStringLiteral("%")};

// The lists of `copy` filtered by each text show the rows those of `original` show, which are
// those that reading every row finds.
void checkFilters(const QString &original, const QString &copy)
{
    auto from = Database::open(original, Database::Mode::ReadOnly);
    auto to = Database::open(copy, Database::Mode::ReadOnly);
    for (const QString &text : filterTexts) {
        CAPTURE(copy, text);
        CHECK(invoicesListed(*to, text) == invoicesListed(*from, text));
        CHECK(invoicesListed(*to, text) == invoicesScanned(*to, text));
        CHECK(customersListed(*to, text) == customersListed(*from, text));
        CHECK(customersListed(*to, text) == customersScanned(*to, text));
    }
    CHECK_FALSE(invoicesListed(*to, QStringLiteral("jansen")).empty());
    CHECK(invoicesListed(*to, QStringLiteral("-00012")).size() >= 10);
    CHECK(customersListed(*to, QStringLiteral("dekker \\ zn")).size() == 1);
}

} // namespace

TEST_CASE("a copy's list filters find what the source's find: its search tables are complete", "[copy]")
{
    CopyFixture f;
    DatabaseCopy(f.source, f.target).run();
    checkFilters(f.source, f.target);
}

TEST_CASE("file to server to file: the same counts and sums on all three, the same rows in the last", "[copy]")
{
    // On the SQLite run the middle one is a file as well.
    TempDir dir;
    const QString file = dir.filePath(QStringLiteral("desk.sqlite"));
    const QString server = databaseLocation(dir, QStringLiteral("team.sqlite"));
    const QString back = dir.filePath(QStringLiteral("back.sqlite"));
    fillSource(file);
    CHECK_FALSE(DatabaseCopy(file, server).run().cancelled);
    CHECK_FALSE(DatabaseCopy(server, back).run().cancelled);
    const QList<TableFigures> original = figuresOf(file);
    CHECK(figuresOf(server) == original);
    CHECK(figuresOf(back) == original);
    for (const QString &table : DatabaseCopy::tableOrder()) {
        // Every row and field: dates and moments, bytes and NULLs come back as they were.
        const QString sql = QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table);
        CAPTURE(table);
        CHECK(lines(back, sql) == lines(file, sql));
    }
    // The last file's search tables were filled as its rows came in.
    checkFilters(file, server);
    checkFilters(file, back);
}

TEST_CASE("a server location is shown without its password", "[copy]")
{
    const QString shown = DatabaseLocation::displayName(QStringLiteral("postgresql://anouk:geheim@db.example.nl:5433/desk?sslmode=require"));
    CHECK(shown.contains(QLatin1String("anouk@db.example.nl:5433/desk")));
    CHECK_FALSE(shown.contains(QLatin1String("geheim")));
    CHECK(DatabaseLocation::displayName(QStringLiteral("/home/anouk/desk.sqlite")) == QStringLiteral("/home/anouk/desk.sqlite"));
}
