// A team database that cannot be used (issue 20, "bad input"): a wrong password, a database on
// the server that is not DisputeDesk's, a server that goes away in the middle of an import. Each
// ends in one line that names the server (never the password), and nothing half-written.
//
// All need a server: this program is registered only as "pg: ..." (tests/core/CMakeLists.txt).
// The first two use the test server that CTest's fixture started; the last starts its own, as it
// stops it.
#include "ImportTestSupport.h"
#include "PrivateCluster.h"

#include "session/Session.h"
#include "storage/DatabaseLocation.h"
#include "storage/Migrations.h"
#include "storage/StorageError.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace dd;
using namespace dd::test;

namespace {

// The location of the test server's login that must give a password (pg-cluster.sh: dd_clerk,
// scram), with `password` in it; empty without a test server.
QString clerkLocation(const QString &password)
{
    if (!onPostgres()) {
        WARN("No PostgreSQL test server (DD_TEST_PG_SOCKET): nothing to connect to");
        return {};
    }
    return QStringLiteral("postgresql://dd_clerk:%1@/dd_clerk?host=%2&port=%3")
        .arg(password, qEnvironmentVariable("DD_TEST_PG_SOCKET"), qEnvironmentVariable("DD_TEST_PG_PORT", QStringLiteral("5432")));
}

// What opening `location` throws: a StorageError's message; empty if nothing was thrown.
template<typename Open>
QString refusal(Open open)
{
    try {
        open();
    } catch (const StorageError &error) {
        return error.message();
    }
    return {};
}

// A message a user reads on one line: no line break, nothing of the SQL, not the password.
void checkOneLine(const QString &message, const QString &secret = QString())
{
    INFO("message: " << message.toStdString());
    CHECK_FALSE(message.isEmpty());
    CHECK_FALSE(message.contains(u'\n'));
    CHECK_FALSE(message.contains(QStringLiteral("SELECT"), Qt::CaseInsensitive));
    if (!secret.isEmpty())
        CHECK_FALSE(message.contains(secret));
}

// Runs `statements` on the database at `location` as the server's superuser, as another program
// would have set it up.
void prepareAsOtherProgram(const QString &location, const QStringList &statements)
{
    REQUIRE(onServerConnection(location, [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        for (const QString &statement : statements) {
            INFO(statement.toStdString() << ": " << query.lastError().text().toStdString());
            REQUIRE(query.exec(statement));
        }
    }));
}

// Opening `location` in every mode is refused with a message naming it and saying `phrase`, and
// the database holds afterwards exactly what it held before.
void requireRefusedOnServer(const QString &location, const QString &phrase)
{
    const QByteArray before = databaseDigest(location);
    for (const Database::Mode mode : {Database::Mode::ReadWrite, Database::Mode::ToRead, Database::Mode::ReadOnly}) {
        const QString message = refusal([&] { Database::open(location, mode); });
        checkOneLine(message);
        CHECK(message.contains(DatabaseLocation::displayName(location)));
        CHECK(message.contains(phrase));
        // A database on a server is no file: the message must not call it one.
        CHECK_FALSE(message.contains(QStringLiteral("file")));
    }
    CHECK(databaseDigest(location) == before);
}

} // namespace

TEST_CASE("A wrong password: the server's refusal in one line that names the login, not the password", "[storage][postgres][issue20]")
{
    const QString secret = QStringLiteral("Wr0ng-Pa55word");
    const QString wrong = clerkLocation(secret);
    if (wrong.isEmpty())
        return;
    // The right password opens it: what is refused below is the password alone.
    CHECK(Database::open(clerkLocation(qEnvironmentVariable("DD_TEST_PG_LOGIN_PASSWORD", QStringLiteral("clerk-secret"))))->schemaVersion()
          == Migrations::latestVersion());

    const QString shown = DatabaseLocation::displayName(wrong);
    REQUIRE(shown.startsWith(QStringLiteral("dd_clerk@")));
    QStringList messages;
    for (const Database::Mode mode : {Database::Mode::ReadWrite, Database::Mode::ToRead, Database::Mode::ReadOnly})
        messages << refusal([&] { Database::open(wrong, mode); });
    messages << refusal([&] { Session::open(wrong); }) << refusal([&] { Session::open(wrong, Session::Access::ReadOnly); });
    // No password at all is refused the same way.
    messages << refusal([&] { Database::open(QStringLiteral("postgresql://dd_clerk@/dd_clerk?host=%1&port=%2")
                                                 .arg(qEnvironmentVariable("DD_TEST_PG_SOCKET"),
                                                      qEnvironmentVariable("DD_TEST_PG_PORT", QStringLiteral("5432")))); });
    for (const QString &message : std::as_const(messages)) {
        checkOneLine(message, secret);
        CHECK(message == QStringLiteral("The server of %1 refused the login: the user name or password is wrong, or a password is needed.")
                             .arg(shown));
    }
}

TEST_CASE("A database on the server that is not DisputeDesk's is refused and left as it was", "[storage][refuse][postgres][issue20]")
{
    if (!onPostgres()) {
        WARN("No PostgreSQL test server (DD_TEST_PG_SOCKET): nothing to connect to");
        return;
    }
    TempDir dir;

    // Another program's tables.
    const QString other = databaseLocation(dir, QStringLiteral("recipes.db"));
    prepareAsOtherProgram(other, {QStringLiteral("CREATE TABLE recipes (id BIGINT PRIMARY KEY, title TEXT)"),
                                  QStringLiteral("INSERT INTO recipes VALUES (1, 'Appeltaart')")});
    requireRefusedOnServer(other, QStringLiteral("belongs to another program"));

    // Our table's name, but not marked as ours.
    const QString lookalike = databaseLocation(dir, QStringLiteral("lookalike.db"));
    prepareAsOtherProgram(lookalike, {QStringLiteral("CREATE TABLE schema_info (version BIGINT NOT NULL)"),
                                      QStringLiteral("INSERT INTO schema_info VALUES (1)")});
    requireRefusedOnServer(lookalike, QStringLiteral("belongs to another program"));

    // Ours, written by a newer DisputeDesk.
    const QString newer = databaseLocation(dir, QStringLiteral("newer.db"));
    Database::open(newer)->run(QStringLiteral("UPDATE schema_info SET version = ?"), {Migrations::latestVersion() + 1});
    requireRefusedOnServer(newer, QStringLiteral("newer version"));

    // An empty database is made DisputeDesk's only by opening it to write; reading leaves it empty.
    const QString empty = databaseLocation(dir, QStringLiteral("empty.db"));
    for (const Database::Mode mode : {Database::Mode::ToRead, Database::Mode::ReadOnly}) {
        const QString message = refusal([&] { Database::open(empty, mode); });
        checkOneLine(message);
        CHECK(message.contains(QStringLiteral("is empty, not a DisputeDesk database")));
    }
    CHECK(databaseDigest(empty) == databaseDigest(databaseLocation(dir, QStringLiteral("untouched.db"))));
}

namespace {

// `count` invoices of customers C1 and C2, one row each, as the accounting package's invoice list
// exports them (the columns of test_pg_bulk's file, whose layout is bench_import's).
QByteArray manyInvoicesCsv(int count)
{
    QByteArray csv = "number,customer,issue_date,due_date,currency,total_excl,vat,total_incl\n";
    csv.reserve(qsizetype(count) * 64);
    for (int i = 0; i < count; ++i) {
        const qint64 excl = 1000 + (qint64(i) * 7919) % 500000;
        const qint64 vat = (excl * 21 + 50) / 100;
        csv += "AWAY-" + QByteArray::number(i + 1) + ",C" + QByteArray::number(1 + i % 2) + ",2026-03-"
            + QByteArray::number(10 + i % 18) + ",2026-04-" + QByteArray::number(10 + i % 18) + ",EUR,"
            + QByteArray::number(excl / 100) + '.' + QByteArray::number(excl % 100).rightJustified(2, '0') + ','
            + QByteArray::number(vat / 100) + '.' + QByteArray::number(vat % 100).rightJustified(2, '0') + ','
            + QByteArray::number((excl + vat) / 100) + '.' + QByteArray::number((excl + vat) % 100).rightJustified(2, '0') + '\n';
    }
    return csv;
}

qint64 invoiceIndexes(Database &db)
{
    return db.scalar(QStringLiteral("SELECT COUNT(*) FROM pg_indexes WHERE tablename = 'invoices'")).toLongLong();
}

} // namespace

TEST_CASE("A server that goes away in the middle of an import: one line naming it, and no invoice of the import once it is back",
          "[import][postgres][issue20]")
{
    TempDir dir;
    const QString customers = writeFile(dir, QStringLiteral("customers.csv"), "number,name\nC1,Bakkerij De Zon\nC2,Garage Van Dijk\n");
    // Enough rows for the import to take seconds: the server is stopped while it writes.
    const int count = 200000;
    const QString invoices = writeFile(dir, QStringLiteral("invoices.csv"), manyInvoicesCsv(count));

    PrivateCluster cluster(5439);
    const QString location = cluster.createDatabase(QStringLiteral("dd_away"));
    qint64 indexesBefore = 0;
    {
        auto db = Database::open(location);
        REQUIRE(importCsvFile(*db, customers, ImportKind::Customers).committed);
        indexesBefore = invoiceIndexes(*db);
    }

    auto db = Database::open(location);
    QElapsedTimer importing;
    QElapsedTimer sinceHalt;
    qint64 haltedAfter = -1;
    CsvImportOptions options;
    options.kind = ImportKind::Invoices;
    // The steps are every row checked, then every row written: past 60 % of them, a third of the
    // invoices have gone to the server in the import's transaction.
    options.progress = [&](qint64 done, qint64 total) {
        if (haltedAfter < 0 && done * 10 > total * 6) {
            haltedAfter = importing.elapsed();
            // From the moment the halt is asked for: pg_ctl returns once the server is down.
            sinceHalt.start();
            cluster.halt();
        }
        return true;
    };
    importing.start();
    ImportReport report;
    const QString message = refusal([&] { report = CsvImporter(*db).importFile(invoices, options); });
    const qint64 errorAfter = sinceHalt.isValid() ? sinceHalt.elapsed() : -1;
    WARN("the import ran " << haltedAfter << " ms before the server was halted; its error came " << errorAfter << " ms after");
    REQUIRE(haltedAfter >= 0);
    CHECK_FALSE(report.committed);
    checkOneLine(message);
    // The server is named as the user knows it (user@socket:port/database), with what to do.
    CHECK(message.contains(DatabaseLocation::displayName(location)));
    CHECK(message.contains(QStringLiteral("postgres@") + cluster.socketFolder()));
    CHECK(message.contains(QStringLiteral("was lost")));
    // No wait for a server that is gone: libpq sees the closed socket at once.
    CHECK(errorAfter < 15000);
    // The connection is dead; the next statement says so too, rather than hanging or crashing.
    checkOneLine(refusal([&] { db->scalar(QStringLiteral("SELECT COUNT(*) FROM invoices")); }));
    db.reset();

    cluster.resume();
    auto after = Database::open(location);
    // All or nothing: the customers from before, not one invoice, the indexes the bulk load drops
    // while it writes are all there.
    CHECK(rows(*after, QStringLiteral("customers")) == 2);
    CHECK(rows(*after, QStringLiteral("invoices")) == 0);
    CHECK(invoiceIndexes(*after) == indexesBefore);
    // And the database takes an import again.
    const ImportReport again = importCsvFile(*after, writeFile(dir, QStringLiteral("few.csv"), manyInvoicesCsv(3)), ImportKind::Invoices);
    REQUIRE(again.committed);
    CHECK(rows(*after, QStringLiteral("invoices")) == 3);
    CHECK(after->scalar(QStringLiteral("SELECT SUM(total_incl_cents) FROM invoices")).toLongLong() == 1210 + 10792 + 20374);
}
