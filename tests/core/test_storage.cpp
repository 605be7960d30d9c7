// Storage: creating and reopening database files, the connection settings, refusing files that
// are not ours or are newer (leaving their bytes alone), and transactions. The cases about the
// file itself are tagged [sqlite]; the rest run on PostgreSQL too (issue 20).

#include "CoreTestSupport.h"
#include "TempDir.h"
#include "TestDatabase.h"

#include "common/ValidationError.h"
#include "customers/CustomerRepository.h"
#include "payments/PaymentRepository.h"
#include "invoices/InvoiceRepository.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/sqlite/SqliteDialect.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <stdexcept>

using namespace dd;
using namespace dd::test;

namespace {

Customer sampleCustomer(const QString &number)
{
    Customer c;
    c.number = number;
    c.name = QStringLiteral("Bakkerij de Vries B.V.");
    c.kind = CustomerKind::Business;
    c.street = QStringLiteral("Kerkstraat 1");
    c.postalCode = QStringLiteral("1234 AB");
    c.city = QStringLiteral("Utrecht");
    return c;
}

QVariant pragma(Database &db, const char *name)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("PRAGMA ") + QString::fromLatin1(name)));
    REQUIRE(query.next());
    return query.value(0);
}

// Files next to the database that SQLite would create when it wrote to it.
QStringList sideFiles(const QString &path)
{
    QStringList found;
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        if (QFileInfo::exists(path + QString::fromLatin1(suffix)))
            found << path + QString::fromLatin1(suffix);
    }
    return found;
}

// Opening `path` must throw a StorageError whose message names the file and contains `phrase`,
// and leave the file's bytes exactly as they were, with no journal files next to it.
void requireRefused(const QString &path, const QString &phrase)
{
    const QByteArray before = fileBytes(path);
    REQUIRE_FALSE(before.isEmpty());
    const QDateTime modifiedBefore = QFileInfo(path).lastModified();
    bool threw = false;
    try {
        auto db = Database::open(path);
    } catch (const StorageError &error) {
        threw = true;
        INFO("message: " << error.message().toStdString());
        CHECK(error.message().contains(path));
        CHECK(error.message().contains(phrase));
        CHECK(QString::fromStdString(error.what()) == error.message());
    }
    CHECK(threw);
    CHECK(fileBytes(path) == before);
    CHECK(QFileInfo(path).lastModified() == modifiedBefore);
    CHECK(sideFiles(path).isEmpty());
    // Read-only opening refuses it just the same.
    CHECK_THROWS_AS(Database::open(path, Database::Mode::ReadOnly), StorageError);
    CHECK(fileBytes(path) == before);
    CHECK(sideFiles(path).isEmpty());
}

} // namespace

TEST_CASE("A new database file is created, configured and reopened", "[storage][sqlite]")
{
    TempDir dir;
    const QString path = dir.filePath(QStringLiteral("new.disputedesk"));
    REQUIRE_FALSE(QFileInfo::exists(path));
    {
        auto db = Database::open(path);
        CHECK(QFileInfo::exists(path));
        CHECK(db->path() == path);
        CHECK(db->schemaVersion() == Migrations::latestVersion());
        CHECK(Database::currentSchemaVersion() == Migrations::latestVersion());
        CHECK(db->scalar(QStringLiteral("SELECT version FROM schema_info")).toInt() == Migrations::latestVersion());
        CHECK(db->scalar(QStringLiteral("SELECT COUNT(*) FROM schema_info")).toInt() == 1);
        CHECK(pragma(*db, "application_id").toInt() == SqliteDialect::applicationId);
        CHECK(pragma(*db, "journal_mode").toString() == QStringLiteral("wal"));
        CHECK(pragma(*db, "foreign_keys").toInt() == 1);
        CHECK(pragma(*db, "synchronous").toInt() == 2); // FULL
        Customer c = sampleCustomer(QStringLiteral("C000001"));
        CustomerRepository(*db).insert(c);
        CHECK(c.id > 0);
    }
    // No connection is open here, so reading the file ourselves is harmless.
    CHECK(fileBytes(path).startsWith(QByteArray("SQLite format 3\0", 16)));
    {
        auto db = Database::open(path);
        CHECK(db->schemaVersion() == Migrations::latestVersion());
        CHECK(pragma(*db, "journal_mode").toString() == QStringLiteral("wal"));
        CHECK(pragma(*db, "foreign_keys").toInt() == 1);
        const auto found = CustomerRepository(*db).findByNumber(QStringLiteral("C000001"));
        REQUIRE(found.has_value());
        CHECK(found->name == QStringLiteral("Bakkerij de Vries B.V."));
        CHECK(found->city == QStringLiteral("Utrecht"));
    }
}

TEST_CASE("Foreign keys are enforced on the connection", "[storage]")
{
    TempDir dir;
    auto db = Database::open(databaseLocation(dir, QStringLiteral("fk.disputedesk")));
    CHECK_THROWS_AS(db->run(QStringLiteral("INSERT INTO contacts (customer_id, name) VALUES (999, 'Nobody')")), StorageError);
    CHECK(rows(*db, QStringLiteral("contacts")) == 0);
}

TEST_CASE("Two connections to one file each see committed data", "[storage]")
{
    TempDir dir;
    const QString path = databaseLocation(dir, QStringLiteral("two.disputedesk"));
    auto writer = Database::open(path);
    auto reader = Database::open(path);
    Customer c = sampleCustomer(QStringLiteral("C1"));
    CustomerRepository(*writer).insert(c);
    CHECK(rows(*reader, QStringLiteral("customers")) == 1);
}

TEST_CASE("File names with spaces and URI characters open and reopen", "[storage][sqlite]")
{
    TempDir dir;
    const QString folder = dir.filePath(QStringLiteral("Debiteuren 50% #2 ?"));
    REQUIRE(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/administratie & co.disputedesk");
    {
        auto db = Database::open(path);
        Customer c = sampleCustomer(QStringLiteral("C1"));
        CustomerRepository(*db).insert(c);
    }
    REQUIRE(QFileInfo::exists(path));
    auto db = Database::open(path);
    CHECK(rows(*db, QStringLiteral("customers")) == 1);
    // Nothing was created beside it under a mangled name.
    CHECK(QDir(folder).entryList(QDir::Files).filter(QStringLiteral("disputedesk")).size() >= 1);
    CHECK(QDir(dir.filePath(QString())).entryList(QDir::Files).isEmpty());
}

TEST_CASE("An empty file is taken as a new database", "[storage][sqlite]")
{
    TempDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.disputedesk"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
    }
    auto db = Database::open(path);
    CHECK(db->schemaVersion() == Migrations::latestVersion());
    CHECK(pragma(*db, "application_id").toInt() == SqliteDialect::applicationId);
}

TEST_CASE("A read-only database can be read but not written", "[storage]")
{
    TempDir dir;
    const QString path = databaseLocation(dir, QStringLiteral("ro.disputedesk"));
    {
        auto db = Database::open(path);
        Customer c = sampleCustomer(QStringLiteral("C1"));
        CustomerRepository(*db).insert(c);
    }
    auto db = Database::open(path, Database::Mode::ReadOnly);
    CHECK(rows(*db, QStringLiteral("customers")) == 1);
    Customer other = sampleCustomer(QStringLiteral("C2"));
    CHECK_THROWS_AS(CustomerRepository(*db).insert(other), StorageError);
    CHECK(rows(*db, QStringLiteral("customers")) == 1);
}

TEST_CASE("Opening what cannot be a database file fails with a message", "[storage][sqlite]")
{
    TempDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.disputedesk"));
    CHECK_THROWS_AS(Database::open(missing, Database::Mode::ReadOnly), StorageError);
    CHECK_FALSE(QFileInfo::exists(missing));

    const QString folder = dir.filePath(QStringLiteral("folder"));
    REQUIRE(QDir().mkpath(folder));
    try {
        auto db = Database::open(folder);
        FAIL("a folder was opened as a database");
    } catch (const StorageError &error) {
        CHECK(error.message().contains(folder));
    }
}

TEST_CASE("A text file is refused and left unchanged", "[storage][refuse][sqlite]")
{
    TempDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("Klantnummer;Naam\nC1;Bakkerij de Vries\n");
    }
    requireRefused(path, QStringLiteral("not a DisputeDesk database"));
}

TEST_CASE("A file that starts like SQLite but is damaged is refused and left unchanged", "[storage][refuse][sqlite]")
{
    TempDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.db"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        QByteArray bytes("SQLite format 3\0", 16);
        bytes.append(QByteArray(4096, 'x'));
        file.write(bytes);
    }
    requireRefused(path, QStringLiteral("DisputeDesk"));
}

TEST_CASE("An SQLite database of another program is refused and left unchanged", "[storage][refuse][sqlite]")
{
    TempDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-program"));
        other.setDatabaseName(path);
        REQUIRE(other.open());
        QSqlQuery query(other);
        REQUIRE(query.exec(QStringLiteral("CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT)")));
        REQUIRE(query.exec(QStringLiteral("INSERT INTO recipes (title) VALUES ('Appeltaart')")));
        query.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other-program"));
    requireRefused(path, QStringLiteral("another program"));
}

TEST_CASE("A DisputeDesk file without the application id is refused", "[storage][refuse][sqlite]")
{
    // Same tables as ours, but the header does not say DisputeDesk: not ours.
    TempDir dir;
    const QString path = dir.filePath(QStringLiteral("lookalike.sqlite"));
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("lookalike"));
        other.setDatabaseName(path);
        REQUIRE(other.open());
        QSqlQuery query(other);
        REQUIRE(query.exec(QStringLiteral("CREATE TABLE schema_info (version INTEGER NOT NULL)")));
        REQUIRE(query.exec(QStringLiteral("INSERT INTO schema_info VALUES (1)")));
        query.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("lookalike"));
    requireRefused(path, QStringLiteral("another program"));
}

TEST_CASE("A database written by a newer DisputeDesk is refused and left unchanged", "[storage][refuse][sqlite]")
{
    TempDir dir;
    const QString path = dir.filePath(QStringLiteral("future.disputedesk"));
    {
        auto db = Database::open(path);
        Customer c = sampleCustomer(QStringLiteral("C1"));
        CustomerRepository(*db).insert(c);
        db->run(QStringLiteral("UPDATE schema_info SET version = ?"), {Migrations::latestVersion() + 1});
    }
    // Closing the last connection checkpoints the WAL into the file and removes it.
    REQUIRE(sideFiles(path).isEmpty());
    requireRefused(path, QStringLiteral("newer version"));
    // The message names both versions.
    try {
        auto db = Database::open(path);
    } catch (const StorageError &error) {
        CHECK(error.message().contains(QString::number(Migrations::latestVersion() + 1)));
        CHECK(error.message().contains(QString::number(Migrations::latestVersion())));
    }
}

TEST_CASE("A transaction that is not committed leaves nothing behind", "[storage][transaction]")
{
    TempDir dir;
    auto db = Database::open(databaseLocation(dir, QStringLiteral("tx.disputedesk")));
    CustomerRepository customers(*db);

    SECTION("an exception rolls back")
    {
        try {
            Transaction transaction(*db, DataChanges());
            Customer c = sampleCustomer(QStringLiteral("C1"));
            customers.insert(c);
            CHECK(rows(*db, QStringLiteral("customers")) == 1); // visible inside the transaction
            throw std::runtime_error("user cancelled");
        } catch (const std::runtime_error &) {
        }
        CHECK(rows(*db, QStringLiteral("customers")) == 0);
        CHECK(db->transactionDepth() == 0);
    }
    SECTION("an early return rolls back")
    {
        {
            Transaction transaction(*db, DataChanges());
            Customer c = sampleCustomer(QStringLiteral("C1"));
            customers.insert(c);
        }
        CHECK(rows(*db, QStringLiteral("customers")) == 0);
    }
    SECTION("the data is kept after commit, also across reopening")
    {
        const QString path = db->path();
        {
            Transaction transaction(*db, DataChanges());
            Customer c = sampleCustomer(QStringLiteral("C1"));
            customers.insert(c);
            transaction.commit();
            transaction.commit(); // a second commit is harmless
        }
        CHECK(rows(*db, QStringLiteral("customers")) == 1);
        db.reset();
        auto reopened = Database::open(path);
        CHECK(rows(*reopened, QStringLiteral("customers")) == 1);
    }
    SECTION("after a rollback the connection is usable again")
    {
        {
            Transaction transaction(*db, DataChanges());
            Customer c = sampleCustomer(QStringLiteral("C1"));
            customers.insert(c);
        }
        Customer again = sampleCustomer(QStringLiteral("C1"));
        customers.insert(again);
        CHECK(rows(*db, QStringLiteral("customers")) == 1);
    }
}

TEST_CASE("Nested transactions join the outermost one", "[storage][transaction]")
{
    TempDir dir;
    auto db = Database::open(databaseLocation(dir, QStringLiteral("nested.disputedesk")));
    CustomerRepository customers(*db);

    SECTION("inner commits count only when the outer one commits")
    {
        {
            Transaction outer(*db, DataChanges());
            CHECK(db->transactionDepth() == 1);
            {
                Transaction inner(*db, DataChanges());
                CHECK(db->transactionDepth() == 2);
                Customer c = sampleCustomer(QStringLiteral("C1"));
                customers.insert(c); // a third level, inside the repository
                inner.commit();
            }
            CHECK(db->transactionDepth() == 1);
            Customer c2 = sampleCustomer(QStringLiteral("C2"));
            customers.insert(c2);
            // outer never commits
        }
        CHECK(db->transactionDepth() == 0);
        CHECK(rows(*db, QStringLiteral("customers")) == 0);
    }
    SECTION("everything is kept when the outer one commits")
    {
        {
            Transaction outer(*db, DataChanges());
            Customer c = sampleCustomer(QStringLiteral("C1"));
            customers.insert(c);
            Customer c2 = sampleCustomer(QStringLiteral("C2"));
            customers.insert(c2);
            outer.commit();
        }
        CHECK(rows(*db, QStringLiteral("customers")) == 2);
    }
    SECTION("a refused action inside a larger one writes nothing, and the rest is kept")
    {
        // A ValidationError promises that nothing was written. When the caller catches it
        // inside its own transaction and commits the rest, the refused part must not slip in.
        Customer c = sampleCustomer(QStringLiteral("C1"));
        customers.insert(c);
        Customer other = sampleCustomer(QStringLiteral("C2"));
        customers.insert(other);
        Invoice invoice;
        invoice.number = QStringLiteral("F-1");
        invoice.customerId = other.id;
        invoice.issueDate = day(2026, 1, 1);
        invoice.dueDate = day(2026, 1, 31);
        InvoiceLine line;
        line.unitPrice = eur(10000);
        line.vatRateBasisPoints = 0;
        invoice.lines = {line};
        InvoiceRepository(*db).insert(invoice);
        {
            Transaction outer(*db, DataChanges());
            Payment payment;
            payment.customerId = c.id; // the invoice belongs to another customer
            payment.date = day(2026, 1, 10);
            payment.amount = eur(5000);
            payment.allocations = {Allocation{invoice.id, eur(5000)}};
            CHECK_THROWS_AS(PaymentRepository(*db).record(payment), ValidationError);
            Customer third = sampleCustomer(QStringLiteral("C3"));
            customers.insert(third);
            outer.commit();
        }
        CHECK(rows(*db, QStringLiteral("customers")) == 3);
        CHECK(rows(*db, QStringLiteral("payments")) == 0);
        CHECK(rows(*db, QStringLiteral("allocations")) == 0);
        CHECK(db->scalar(QStringLiteral("SELECT paid_cents FROM invoices")).toLongLong() == 0);
    }
}

TEST_CASE("The change listener hears what committed transactions changed, once, after the commit", "[storage][transaction]")
{
    TempDir dir;
    auto db = Database::open(databaseLocation(dir, QStringLiteral("changes.disputedesk")));
    QList<DataChanges> heard;
    QList<qint64> customersSeen;
    db->setChangeListener([&](DataChanges changes) {
        heard.append(changes);
        // Told after the commit: the listener already reads the new state.
        customersSeen.append(rows(*db, QStringLiteral("customers")));
    });
    CustomerRepository customers(*db);

    SECTION("a repository's own transaction")
    {
        Customer c = sampleCustomer(QStringLiteral("C1"));
        customers.insert(c);
        REQUIRE(heard.size() == 1);
        CHECK(heard.first() == DataChanges(DataChange::Customers));
        CHECK(customersSeen.first() == 1);
    }
    SECTION("nested levels are told as one union at the outermost commit")
    {
        {
            Transaction outer(*db, DataChange::Invoices);
            {
                Transaction inner(*db, DataChange::Payments);
                inner.commit();
            }
            Customer c = sampleCustomer(QStringLiteral("C1"));
            customers.insert(c);
            CHECK(heard.isEmpty());
            outer.commit();
        }
        REQUIRE(heard.size() == 1);
        CHECK(heard.first() == (DataChange::Invoices | DataChange::Payments | DataChange::Customers));
    }
    SECTION("a level that rolls back takes its changes with it")
    {
        {
            Transaction outer(*db, DataChange::Invoices);
            {
                Transaction inner(*db, DataChange::Payments);
                // no commit: its savepoint is rolled back
            }
            outer.commit();
        }
        REQUIRE(heard.size() == 1);
        CHECK(heard.first() == DataChanges(DataChange::Invoices));
    }
    SECTION("nothing is told when the outermost transaction rolls back")
    {
        {
            Transaction outer(*db, DataChange::Invoices);
            Customer c = sampleCustomer(QStringLiteral("C1"));
            customers.insert(c);
        }
        CHECK(heard.isEmpty());
        Customer c2 = sampleCustomer(QStringLiteral("C2"));
        customers.insert(c2);
        REQUIRE(heard.size() == 1);
        CHECK(heard.first() == DataChanges(DataChange::Customers));
    }
}
