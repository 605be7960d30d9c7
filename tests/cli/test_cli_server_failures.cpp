// disputedesk-cli on a team database that cannot be used (issue 20, "bad input"), as a script
// sees it from the real binary: a server out of reach, a wrong password, a server halted in the
// middle of an import. Each ends with exit 1, nothing on stdout, and one line on stderr that
// names the server and never the password; an import the server did not finish left nothing.
#include "CliRunner.h"
#include "PrivateCluster.h"
#include "TempDir.h"
#include "TestDatabase.h"

#include "storage/DatabaseLocation.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

using dd::DatabaseLocation;
using dd::test::cliBinary;
using dd::test::CliRun;
using dd::test::writeFile;

namespace {

// What a script must be able to count on when the database cannot be used.
void checkRefused(const CliRun &run, const QString &secret = QString())
{
    INFO("stderr: " << run.err.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.out.isEmpty());
    CHECK(run.err.startsWith(QStringLiteral("disputedesk-cli: ")));
    CHECK(run.err.count(u'\n') == 1);
    CHECK(run.err.endsWith(u'\n'));
    if (!secret.isEmpty())
        CHECK_FALSE(run.err.contains(secret));
}

QString testServerLocation(const QString &userInfo, const QString &database)
{
    return QStringLiteral("postgresql://%1@/%2?host=%3&port=%4")
        .arg(userInfo, database, qEnvironmentVariable("DD_TEST_PG_SOCKET"), qEnvironmentVariable("DD_TEST_PG_PORT", QStringLiteral("5432")));
}

// A query on the database at `location`, as its server's superuser, on a connection of its own
// closed after it: what the server is doing while the binary runs. -1 if it cannot be asked.
qint64 askServer(const QString &location, const QString &sql)
{
    qint64 result = -1;
    dd::test::onServerConnection(location, [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        if (query.exec(sql) && query.next())
            result = query.value(0).toLongLong();
    });
    return result;
}

} // namespace

TEST_CASE("disputedesk-cli binary: a team database out of reach is one line on stderr, exit 1, nothing on stdout", "[cli][binary][errors]")
{
    dd::test::TempDir dir;
    const QString url = QStringLiteral("postgresql://clerk:s3cret@/disputedesk?host=%1").arg(dir.filePath(QStringLiteral("no-server")));
    const QString customers = writeFile(dir, QStringLiteral("customers.csv"), "number,name\nC1,Een\n");
    for (const QStringList &args :
         {QStringList{QStringLiteral("aging"), QStringLiteral("--db"), url},
          QStringList{QStringLiteral("import"), QStringLiteral("--db"), url, QStringLiteral("--kind"), QStringLiteral("customers"), customers}}) {
        const CliRun run = cliBinary(args);
        checkRefused(run, QStringLiteral("s3cret"));
        CHECK(run.err.contains(QStringLiteral("clerk@") + dir.filePath(QStringLiteral("no-server"))));
        CHECK(run.err.contains(QStringLiteral("cannot be reached")));
    }
}

TEST_CASE("disputedesk-cli binary: a wrong password is one line on stderr naming the login, never the password", "[cli][binary][errors][postgres]")
{
    if (!dd::test::onPostgres()) {
        WARN("No PostgreSQL test server (DD_TEST_PG_SOCKET): nothing to log in to");
        return;
    }
    dd::test::TempDir dir;
    const QString secret = QStringLiteral("Wr0ng-Pa55word");
    const QString wrong = testServerLocation(QStringLiteral("dd_clerk:") + secret, QStringLiteral("dd_clerk"));
    const QString customers = writeFile(dir, QStringLiteral("customers.csv"), "number,name\nC1,Een\n");
    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
    for (const QStringList &args :
         {QStringList{QStringLiteral("aging"), QStringLiteral("--db"), wrong},
          QStringList{QStringLiteral("import"), QStringLiteral("--db"), wrong, QStringLiteral("--kind"), QStringLiteral("customers"), customers},
          QStringList{QStringLiteral("copy"), QStringLiteral("--from"), wrong, QStringLiteral("--to"), copy}}) {
        INFO(args.first().toStdString());
        const CliRun run = cliBinary(args);
        checkRefused(run, secret);
        CHECK(run.err.contains(QStringLiteral("The server of %1 refused the login").arg(DatabaseLocation::displayName(wrong))));
        CHECK(DatabaseLocation::displayName(wrong).startsWith(QStringLiteral("dd_clerk@/")));
    }
    // The copy made no file of what it could not read.
    CHECK_FALSE(QFile::exists(copy));
}

TEST_CASE("disputedesk-cli binary: a server halted in the middle of an import ends it with one line, and leaves no invoice of it",
          "[cli][binary][import][postgres]")
{
    // Needs only PostgreSQL's programs, not the test server; run once, with the server tests.
    if (!dd::test::onPostgres()) {
        WARN("Run with the PostgreSQL tests only (DD_TEST_PG_SOCKET)");
        return;
    }
    dd::test::TempDir dir;
    const QString customers = writeFile(dir, QStringLiteral("customers.csv"), "number,name\nC1,Een\nC2,Twee\n");
    // 200,000 invoices in the columns of the accounting package's list (as test_pg_bulk's file):
    // the import writes for seconds.
    QByteArray csv = "number,customer,issue_date,due_date,total_incl\n";
    for (int i = 0; i < 200000; ++i)
        csv += "AWAY-" + QByteArray::number(i + 1) + ",C" + QByteArray::number(1 + i % 2) + ",2026-03-" + QByteArray::number(10 + i % 18)
            + ",2026-04-" + QByteArray::number(10 + i % 18) + ',' + QByteArray::number(100 + i % 900) + ".25\n";
    const QString invoices = writeFile(dir, QStringLiteral("invoices.csv"), csv);

    dd::test::PrivateCluster cluster(5438);
    const QString location = cluster.createDatabase(QStringLiteral("dd_away_cli"));
    REQUIRE(cliBinary({QStringLiteral("import"), QStringLiteral("--db"), location, QStringLiteral("--kind"), QStringLiteral("customers"),
                       customers})
                .exitCode
            == 0);

    QProcess import;
    import.start(QStringLiteral(DISPUTEDESK_CLI),
                 {QStringLiteral("import"), QStringLiteral("--db"), location, QStringLiteral("--kind"), QStringLiteral("invoices"), invoices});
    QElapsedTimer running;
    running.start();
    // Halted while rows stream in: once the server has seen the first COPY of the import, and
    // its client has had a moment to send more.
    const QString copying = QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = 'dd_away_cli' AND query LIKE '%COPY invoices%' "
                                                        "AND pid <> pg_backend_pid()");
    while (askServer(location, copying) < 1 && import.state() != QProcess::NotRunning && running.elapsed() < 60000)
        QThread::msleep(20);
    REQUIRE(import.state() != QProcess::NotRunning);
    QThread::msleep(300);
    const qint64 haltedAfter = running.elapsed();
    // From the moment the halt is asked for: pg_ctl returns once the server is down.
    QElapsedTimer sinceHalt;
    sinceHalt.start();
    cluster.halt();
    // No wait for a server that is gone: libpq sees the closed socket at once.
    const bool ended = import.waitForFinished(30000);
    const qint64 endedAfter = sinceHalt.elapsed();
    WARN("disputedesk-cli import ran " << haltedAfter << " ms before the server was halted; it ended " << endedAfter << " ms after");
    if (!ended)
        import.kill();
    REQUIRE(ended);
    const CliRun run{import.exitStatus() == QProcess::NormalExit ? import.exitCode() : -1, QString::fromUtf8(import.readAllStandardOutput()),
                     QString::fromUtf8(import.readAllStandardError())};
    checkRefused(run);
    CHECK(run.err.contains(QStringLiteral("postgres@") + cluster.socketFolder()));
    CHECK(run.err.contains(QStringLiteral("was lost")));

    cluster.resume();
    // All or nothing: the two customers, not one invoice.
    CHECK(askServer(location, QStringLiteral("SELECT COUNT(*) FROM customers")) == 2);
    CHECK(askServer(location, QStringLiteral("SELECT COUNT(*) FROM invoices")) == 0);
}
