// Storage behind an interface (issue 18, item 1): the backend picked by the database's location,
// the fast statements (SQLite's C interface) against the portable ones (plain Qt SQL) on the
// same import, ids read back from the database rather than counted, and the dialect's
// case-insensitive text filter.
#include "ImportTestSupport.h"

#include "common/LikePattern.h"
#include "customers/CustomerListQuery.h"
#include "invoices/InvoiceListQuery.h"
#include "storage/FastStatement.h"
#include "storage/PortableStatement.h"
#include "storage/SqlDialect.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"
#include "storage/postgresql/PostgresStatement.h"
#include "storage/sqlite/SqliteDialect.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlRecord>

using namespace dd;
using namespace dd::test;

namespace {

// Rows of a table as text, in id order: ids included, so two databases compare id for id.
QStringList dump(Database &db, const QString &select)
{
    QSqlQuery query = db.run(select);
    QStringList rows;
    while (query.next()) {
        QStringList fields;
        for (int i = 0; i < query.record().count(); ++i)
            fields << query.value(i).toString();
        rows << fields.join(u'|');
    }
    return rows;
}

ImportReport importInto(Database &db, const TempDir &dir, const QString &name, const QByteArray &csv, ImportKind kind)
{
    return importCsvFile(db, writeFile(dir, name, csv), kind);
}

// The columns of the program's own exports: customers, invoices with totals only (one row per
// invoice, as the accounting package's list), and payments naming the invoices they pay.
const QByteArray customersCsv = "number,name\nC1,Bakkerij De Zon\nC2,Garage Van Dijk\n";

QByteArray invoicesCsv(int count)
{
    QByteArray csv = "number,customer,issue_date,total_incl\n";
    for (int i = 0; i < count; ++i)
        csv += "B-" + QByteArray::number(i) + ",C" + QByteArray::number(1 + i % 2) + ",2026-01-" + QByteArray::number(10 + i % 18)
            + "," + QByteArray::number(100 + i % 900) + ".25\n";
    return csv;
}

QByteArray paymentsCsv()
{
    QByteArray csv = "customer,date,amount,invoice,reference\n";
    for (int i = 0; i < 40; ++i)
        csv += "C" + QByteArray::number(1 + i % 2) + ",2026-02-" + QByteArray::number(10 + i % 18) + "," + QByteArray::number(50 + i)
            + ".00,B-" + QByteArray::number(i) + ",ref " + QByteArray::number(i) + "\n";
    return csv;
}

} // namespace

TEST_CASE("A file path opens an SQLite database, a PostgreSQL URL a team database, and a server out of reach is said plainly", "[storage][backend]")
{
    TempDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("desk.sqlite")));
    CHECK(db->dialect().driverName() == QStringLiteral("QSQLITE"));
    CHECK(SqlDialect::forLocation(dir.filePath(QStringLiteral("other.sqlite")))->driverName() == QStringLiteral("QSQLITE"));

    // A socket folder that does not exist: no server answers there, and nothing is waited for.
    const QString socket = dir.filePath(QStringLiteral("no-server"));
    for (const QString &url : {QStringLiteral("postgresql://clerk:s3cret@/disputedesk?host=%1&port=5432").arg(socket),
                               QStringLiteral("POSTGRES:///disputedesk?host=%1&password=s3cret").arg(socket)}) {
        INFO(url.toStdString());
        CHECK(SqlDialect::forLocation(url)->driverName() == QStringLiteral("QPSQL"));
        for (const Database::Mode mode : {Database::Mode::ReadWrite, Database::Mode::ToRead}) {
            QString message;
            try {
                Database::open(url, mode);
            } catch (const StorageError &error) {
                message = error.message();
            }
            CHECK(message.contains(QStringLiteral("cannot be reached")));
            CHECK(message.contains(QStringLiteral("/disputedesk")));
            // Neither the password nor any SQL reaches the user.
            CHECK_FALSE(message.contains(QStringLiteral("s3cret")));
            CHECK_FALSE(message.contains(QStringLiteral("SELECT"), Qt::CaseInsensitive));
        }
    }
    // Nothing was created for the URL, as a file path would have been.
    CHECK_FALSE(QFileInfo::exists(QStringLiteral("postgresql:")));
    CHECK_FALSE(QFileInfo::exists(QStringLiteral("POSTGRES:")));
}

TEST_CASE("Qt SQL's portable statements write the same rows with the same ids as SQLite's fast path", "[storage][backend][import][sqlite]")
{
    // 20,500 invoices: above the bulk-load threshold, so the invoices go in batches of 64 rows to
    // a statement (and, on the fast path, from a second thread).
    const int count = 20500;
    const auto importAll = [&](const TempDir &dir, bool fast) {
        auto db = freshDatabase(dir);
        db->setFastPathEnabled(fast);
        {
            const std::unique_ptr<FastStatement> statement = db->prepareFast(QStringLiteral("SELECT 1"));
            CHECK((dynamic_cast<PortableStatement *>(statement.get()) == nullptr) == fast);
            CHECK(statement->runsOnAnyThread() == fast);
        }
        REQUIRE(importInto(*db, dir, QStringLiteral("customers.csv"), customersCsv, ImportKind::Customers).committed);
        const ImportReport invoices = importInto(*db, dir, QStringLiteral("invoices.csv"), invoicesCsv(count), ImportKind::Invoices);
        INFO(issuesText(invoices).toStdString());
        REQUIRE(invoices.committed);
        CHECK(invoices.created == count);
        // A second file with lines: one invoice at a time, each with its lines.
        const ImportReport lines = importInto(*db, dir, QStringLiteral("lines.csv"),
                                              "number,customer,issue_date,product_code,description,quantity,unit_price,vat_rate\n"
                                              "L-1,C1,2026-03-01,BRD,Brood,2,3.10,9\nL-1,C1,2026-03-01,TAART,Taart,1,12.50,9\n"
                                              "L-2,C2,2026-03-02,APK,APK-keuring,1,45.00,21\n",
                                              ImportKind::Invoices);
        INFO(issuesText(lines).toStdString());
        REQUIRE(lines.committed);
        CHECK(lines.created == 2);
        const ImportReport payments = importInto(*db, dir, QStringLiteral("payments.csv"), paymentsCsv(), ImportKind::Payments);
        INFO(issuesText(payments).toStdString());
        REQUIRE(payments.committed);
        CHECK(payments.created == 40);
        return db;
    };
    TempDir fastDir;
    TempDir portableDir;
    auto fast = importAll(fastDir, true);
    auto portable = importAll(portableDir, false);

    const QString invoices = QStringLiteral("SELECT id, number, customer_id, issue_date, due_date, currency, total_excl_cents, vat_cents, "
                                            "total_incl_cents, paid_cents FROM invoices ORDER BY id");
    const QString lines = QStringLiteral("SELECT invoice_id, line_no, product_id, description, quantity_milli, unit_price_cents, "
                                         "net_cents, vat_cents FROM invoice_lines ORDER BY invoice_id, line_no");
    const QString payments = QStringLiteral("SELECT p.id, p.customer_id, p.payment_date, p.amount_cents, p.reference, a.invoice_id, "
                                            "a.amount_cents FROM payments p JOIN allocations a ON a.payment_id = p.id ORDER BY p.id");
    for (const QString &select : {invoices, lines, payments})
        CHECK(dump(*portable, select) == dump(*fast, select));
    CHECK(dump(*portable, invoices).size() == count + 2);
    CHECK(dump(*portable, lines).size() == 3);
    // Payment i paid 50 + i euros of invoice B-i: 40 payments, 40 x 50 + (0 + ... + 39) euros.
    CHECK(portable->scalar(QStringLiteral("SELECT SUM(paid_cents) FROM invoices")).toLongLong() == (40 * 50 + 780) * 100);
    CHECK(portable->scalar(QStringLiteral("SELECT paid_cents FROM invoices WHERE number = 'B-39'")).toLongLong() == 8900);
}

TEST_CASE("A fast INSERT that a UNIQUE constraint refuses says so, writes nothing and leaves the transaction going",
          "[storage][backend]")
{
    TempDir dir;
    auto db = freshDatabase(dir);
    Transaction transaction(*db, DataChange::ReferenceData);
    // One row of values, with its id returned or not (on PostgreSQL: ON CONFLICT DO NOTHING), and
    // two rows to a statement (on PostgreSQL: a savepoint), where one refused row refuses both.
    const std::unique_ptr<FastStatement> returning = db->prepareFastInsert(QStringLiteral("INSERT INTO products (code, name) VALUES (?, ?)"));
    const std::unique_ptr<FastStatement> plain = db->prepareFast(QStringLiteral("INSERT INTO products (code, name) VALUES (?, ?)"));
    const std::unique_ptr<FastStatement> two = db->prepareFast(QStringLiteral("INSERT INTO products (code, name) VALUES (?, ?), (?, ?)"));
    qint64 id = 0;
    const auto insertReturning = [&](const QString &code, const QString &name) {
        id = 0;
        returning->bind(1, code);
        returning->bind(2, name);
        return returning->insert([&] { id = returning->int64At(0); });
    };
    const auto insertPlain = [&](const QString &code, const QString &name) {
        plain->bind(1, code);
        plain->bind(2, name);
        return plain->insert();
    };
    CHECK(insertReturning(QStringLiteral("A"), QStringLiteral("Apple")) == FastStatement::Result::Inserted);
    const qint64 apple = id;
    CHECK(apple > 0);
    CHECK(insertReturning(QStringLiteral("A"), QStringLiteral("Apple again")) == FastStatement::Result::Duplicate);
    CHECK(id == 0);
    CHECK(insertPlain(QStringLiteral("A"), QStringLiteral("Apple again")) == FastStatement::Result::Duplicate);
    CHECK(insertPlain(QStringLiteral("B"), QStringLiteral("Banana")) == FastStatement::Result::Inserted);
    two->bind(1, QStringLiteral("C"));
    two->bind(2, QStringLiteral("Cherry"));
    two->bind(3, QStringLiteral("B"));
    two->bind(4, QStringLiteral("Banana again"));
    CHECK(two->insert() == FastStatement::Result::Duplicate);
    // run() is for writes that nothing refuses: a refused one is a failure, not silence.
    plain->bind(1, QStringLiteral("B"));
    plain->bind(2, QStringLiteral("Banana again"));
    CHECK_THROWS_AS(plain->run(), StorageError);
    // A write that no constraint refuses runs as it is; the transaction was not spoiled.
    const std::unique_ptr<FastStatement> rename = db->prepareFast(QStringLiteral("UPDATE products SET name = ? WHERE code = ?"));
    rename->bind(1, QStringLiteral("Green apple"));
    rename->bind(2, QStringLiteral("A"));
    rename->run();
    transaction.commit();
    CHECK(joined(*db, QStringLiteral("SELECT code || '=' || name FROM products ORDER BY code")) == QStringLiteral("A=Green apple,B=Banana"));
    CHECK(db->scalar(QStringLiteral("SELECT id FROM products WHERE code = 'A'")).toLongLong() == apple);
}

TEST_CASE("On PostgreSQL only an INSERT of one row of plain values becomes INSERT ... ON CONFLICT DO NOTHING", "[storage][backend]")
{
    CHECK(PostgresStatement::withoutConflict(QStringLiteral("INSERT INTO allocations (payment_id, invoice_id, amount_cents) VALUES (?, ?, ?)"))
          == QStringLiteral("INSERT INTO allocations (payment_id, invoice_id, amount_cents) VALUES (?, ?, ?) ON CONFLICT DO NOTHING RETURNING 1"));
    CHECK(PostgresStatement::withoutConflict(QStringLiteral("INSERT INTO payments (customer_id, reference)\n VALUES (?, 'x') RETURNING id"))
          .isEmpty()); // a text literal might hold anything
    CHECK(PostgresStatement::withoutConflict(QStringLiteral("INSERT INTO payments (customer_id, amount_cents) VALUES (?, 5) RETURNING id"))
          == QStringLiteral("INSERT INTO payments (customer_id, amount_cents) VALUES (?, 5) ON CONFLICT DO NOTHING RETURNING id"));
    CHECK(PostgresStatement::withoutConflict(QStringLiteral("INSERT INTO products (code, name) VALUES (?, ?), (?, ?)")).isEmpty());
    CHECK(PostgresStatement::withoutConflict(QStringLiteral("INSERT INTO products (code, name) VALUES (?, LOWER(?))")).isEmpty());
    CHECK(PostgresStatement::withoutConflict(QStringLiteral("INSERT INTO products (code, name) SELECT code, name FROM old")).isEmpty());
    CHECK(PostgresStatement::withoutConflict(QStringLiteral("INSERT INTO products (code) VALUES (?) ON CONFLICT (code) DO UPDATE SET name = 'x'"))
              .isEmpty());
    CHECK(PostgresStatement::withoutConflict(QStringLiteral("UPDATE invoices SET paid_cents = paid_cents + ? WHERE id = ?")).isEmpty());
}

TEST_CASE("A bulk load reads each batch's ids back from the database: they need not be consecutive", "[storage][backend][import][sqlite]")
{
    for (const bool fast : {true, false}) {
        INFO((fast ? "fast path" : "portable path"));
        TempDir dir;
        auto db = freshDatabase(dir);
        db->setFastPathEnabled(fast);
        REQUIRE(importInto(*db, dir, QStringLiteral("customers.csv"), customersCsv, ImportKind::Customers).committed);
        // Every invoice leaves a gap behind it in the ids (a spacer row takes the next id), as a
        // backend numbering by sequence may leave them: ids counted on from the first are wrong.
        db->run(QStringLiteral("CREATE TRIGGER spacer AFTER INSERT ON invoices WHEN NEW.number NOT LIKE 'GAP-%' BEGIN "
                               "INSERT INTO invoices (id, number, customer_id, issue_date, due_date, currency, total_excl_cents, vat_cents, "
                               "total_incl_cents) VALUES (NEW.id + 1, 'GAP-' || NEW.number, NEW.customer_id, NEW.issue_date, "
                               "NEW.due_date, NEW.currency, 0, 0, 0); END"));
        // Row 15000 repeats B-100 (line 102): the message finds that line by the id B-100 got.
        QByteArray csv = invoicesCsv(22000);
        csv.replace("\nB-15000,", "\nB-100,");
        const ImportReport report = importInto(*db, dir, QStringLiteral("invoices.csv"), csv, ImportKind::Invoices);
        INFO(issuesText(report).toStdString());
        CHECK_FALSE(report.committed);
        REQUIRE(report.errors.size() == 1);
        CHECK(report.errors.at(0).toString().endsWith(QStringLiteral(":15002:1: duplicate invoice number B-100 in the file (also on line 102)")));
        CHECK(rows(*db, QStringLiteral("invoices")) == 0);
    }
}

TEST_CASE("The text filters ignore case as the dialect does: SQLite folds ASCII letters only", "[storage][backend][lists][sqlite]")
{
    TempDir dir;
    auto db = freshDatabase(dir);
    REQUIRE(importInto(*db, dir, QStringLiteral("customers.csv"),
                       "number,name,city\nC1,Café Noir,Utrecht\nC2,CAFÉ BLANC,Zwolle\nC3,Bakkerij De Zon,Ede\n", ImportKind::Customers)
                .committed);
    REQUIRE(importInto(*db, dir, QStringLiteral("invoices.csv"),
                       "number,customer,issue_date,total_incl\nF-1,C1,2026-01-10,10.00\nF-2,C2,2026-01-11,20.00\nF-3,C3,2026-01-12,30.00\n",
                       ImportKind::Invoices)
                .committed);
    const auto customersMatching = [&](const QString &text) {
        CustomerListQuery query(*db);
        query.setFilterText(text);
        QStringList names;
        for (const CustomerListRow &row : query.fetch(0, 10))
            names << row.name;
        CHECK(query.count() == names.size());
        return names;
    };
    CHECK(customersMatching(QStringLiteral("BAKKERIJ")) == QStringList{QStringLiteral("Bakkerij De Zon")});
    CHECK(customersMatching(QStringLiteral("utrecht")) == QStringList{QStringLiteral("Café Noir")});
    CHECK(customersMatching(QStringLiteral("caf")) == QStringList{QStringLiteral("Café Noir"), QStringLiteral("CAFÉ BLANC")});
    // SQLite's LIKE (and its LOWER) leaves letters beyond ASCII as they are: "é" is not "É".
    CHECK(customersMatching(QStringLiteral("café")) == QStringList{QStringLiteral("Café Noir")});
    CHECK(customersMatching(QStringLiteral("CAFÉ")) == QStringList{QStringLiteral("CAFÉ BLANC")});

    InvoiceListQuery invoices(*db);
    InvoiceFilter filter;
    filter.text = QStringLiteral("bakkerij de");
    invoices.setFilter(filter);
    REQUIRE(invoices.count() == 1);
    CHECK(invoices.fetch(0, 10).at(0).number == QStringLiteral("F-3"));
    filter.text = QStringLiteral("f-");
    invoices.setFilter(filter);
    invoices.setSort(InvoiceSort::Total, true);
    std::vector<QString> numbers;
    for (const InvoiceListRow &row : invoices.fetch(0, 10))
        numbers.push_back(row.number);
    CHECK(numbers == std::vector<QString>{QStringLiteral("F-3"), QStringLiteral("F-2"), QStringLiteral("F-1")});

    // What another backend runs by default (SqlDialect's own text match and numbering) gives, on
    // SQLite, what SQLite's shortcuts give.
    const SqliteDialect sqlite;
    const SqlDialect &portable = sqlite;
    const QString rows = QStringLiteral("SELECT total_incl_cents AS k, id FROM invoices");
    const QString order = QStringLiteral("k DESC, id DESC");
    const QString table = QStringLiteral("CREATE TABLE %1 (position INTEGER PRIMARY KEY, invoice_id INTEGER NOT NULL)");
    db->run(table.arg(QStringLiteral("temp.own_positions")));
    db->run(table.arg(QStringLiteral("temp.default_positions")));
    db->run(sqlite.fillPositions(QStringLiteral("temp.own_positions"), rows, order));
    db->run(portable.SqlDialect::fillPositions(QStringLiteral("temp.default_positions"), rows, order));
    const QString positions = QStringLiteral("SELECT p.position, i.number FROM %1 p JOIN invoices i ON i.id = p.invoice_id ORDER BY p.position");
    CHECK(dump(*db, positions.arg(QStringLiteral("temp.default_positions")))
          == QStringList{QStringLiteral("1|F-3"), QStringLiteral("2|F-2"), QStringLiteral("3|F-1")});
    CHECK(dump(*db, positions.arg(QStringLiteral("temp.own_positions"))) == dump(*db, positions.arg(QStringLiteral("temp.default_positions"))));
    for (const QString &text : {QStringLiteral("café"), QStringLiteral("CAF"), QStringLiteral("zon")}) {
        const QString select = QStringLiteral("SELECT name FROM customers WHERE %1 ORDER BY id");
        QSqlQuery own = db->prepare(select.arg(sqlite.containsText(QStringLiteral("name"), QStringLiteral("?"))));
        QSqlQuery standard = db->prepare(select.arg(portable.SqlDialect::containsText(QStringLiteral("name"), QStringLiteral("?"))));
        QStringList ownNames, standardNames;
        Database::exec(own, {LikePattern::contains(text)});
        while (own.next())
            ownNames << own.value(0).toString();
        Database::exec(standard, {LikePattern::contains(text)});
        while (standard.next())
            standardNames << standard.value(0).toString();
        INFO(text.toStdString());
        CHECK(standardNames == ownNames);
        CHECK_FALSE(ownNames.isEmpty());
    }
}
