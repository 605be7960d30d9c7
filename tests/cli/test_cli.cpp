#include "CliRunner.h"
#include "TempDir.h"
#include "TestDatabase.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace {

using dd::test::centsOf;
using dd::test::cli;
using dd::test::jsonOf;
using Run = dd::test::CliRun;

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

const QString asOf = QStringLiteral("2026-06-30");

QString makeDemo(const dd::test::TempDir &dir, const QString &name = QStringLiteral("demo.sqlite"),
                 const QString &seed = QStringLiteral("7"))
{
    const QString path = dd::test::databaseLocation(dir, name);
    const Run run = cli({QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--customers"),
                         QStringLiteral("60"), QStringLiteral("--invoices"), QStringLiteral("900"), QStringLiteral("--seed"),
                         seed, QStringLiteral("--until"), asOf, QStringLiteral("--format"), QStringLiteral("json")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject summary = jsonOf(run).at(0).toObject();
    CHECK(summary.value(QStringLiteral("customers")).toInt() == 60);
    CHECK(summary.value(QStringLiteral("invoices")).toInt() == 900);
    return path;
}

} // namespace

TEST_CASE("demo creates a database that aging and invoices read", "[cli]")
{
    dd::test::TempDir dir;
    const QString db = makeDemo(dir);

    const Run aging = cli({QStringLiteral("aging"), QStringLiteral("--db"), db, QStringLiteral("--as-of"), asOf,
                           QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(aging.exitCode == 0);
    const QJsonArray currencies = jsonOf(aging);
    REQUIRE(!currencies.isEmpty());
    qint64 openInvoices = 0;
    for (const QJsonValue &value : currencies) {
        const QJsonObject row = value.toObject();
        qint64 sum = 0;
        for (const QString &bucket : {QStringLiteral("current"), QStringLiteral("1-30"), QStringLiteral("31-60"),
                                      QStringLiteral("61-90"), QStringLiteral("91-120"), QStringLiteral("over-120")})
            sum += centsOf(row.value(bucket));
        CHECK(sum == centsOf(row.value(QStringLiteral("total"))));
        openInvoices += row.value(QStringLiteral("invoices")).toInt();
    }

    // Per customer, the lines add up to the per-currency totals.
    const Run byCustomer = cli({QStringLiteral("aging"), QStringLiteral("--db"), db, QStringLiteral("--as-of"), asOf,
                                QStringLiteral("--by-customer"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(byCustomer.exitCode == 0);
    QMap<QString, qint64> perCurrency;
    for (const QJsonValue &value : jsonOf(byCustomer))
        perCurrency[value.toObject().value(QStringLiteral("currency")).toString()] += centsOf(value.toObject().value(QStringLiteral("total")));
    for (const QJsonValue &value : currencies) {
        const QJsonObject row = value.toObject();
        CHECK(perCurrency.value(row.value(QStringLiteral("currency")).toString()) == centsOf(row.value(QStringLiteral("total"))));
    }

    // The invoice list agrees: every invoice open as of the date that was issued by then
    // (the demo issues its last invoice on the as-of date and pays nothing after it).
    const Run invoices = cli({QStringLiteral("invoices"), QStringLiteral("--db"), db, QStringLiteral("--as-of"), asOf,
                              QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(invoices.exitCode == 0);
    const QJsonArray all = jsonOf(invoices);
    CHECK(all.size() == 900);
    qint64 open = 0;
    for (const QJsonValue &value : all) {
        if (centsOf(value.toObject().value(QStringLiteral("open"))) > 0)
            ++open;
    }
    CHECK(open == openInvoices);
}

TEST_CASE("invoices filters by customer and by overdue", "[cli]")
{
    dd::test::TempDir dir;
    const QString db = makeDemo(dir);
    const Run one = cli({QStringLiteral("invoices"), QStringLiteral("--db"), db, QStringLiteral("--customer"),
                         QStringLiteral("C000001"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(one.exitCode == 0);
    const QJsonArray rows = jsonOf(one);
    REQUIRE(!rows.isEmpty());
    for (const QJsonValue &value : rows)
        CHECK(value.toObject().value(QStringLiteral("customer")).toString() == QStringLiteral("C000001"));

    const Run overdue = cli({QStringLiteral("invoices"), QStringLiteral("--db"), db, QStringLiteral("--overdue"),
                             QStringLiteral("--as-of"), asOf, QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(overdue.exitCode == 0);
    const QJsonArray late = jsonOf(overdue);
    REQUIRE(!late.isEmpty());
    for (const QJsonValue &value : late) {
        const QJsonObject row = value.toObject();
        CHECK(row.value(QStringLiteral("days_overdue")).toInt() > 0);
        CHECK(row.value(QStringLiteral("due")).toString() < asOf);
        CHECK(row.value(QStringLiteral("status")).toString() != QStringLiteral("paid"));
    }

    const Run csv = cli({QStringLiteral("invoices"), QStringLiteral("--db"), db, QStringLiteral("--overdue"),
                         QStringLiteral("--as-of"), asOf, QStringLiteral("--format"), QStringLiteral("csv")});
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.out.startsWith(QStringLiteral("number,customer,name,issued,due,currency,total,open,status,days_overdue,dispute\r\n")));
    CHECK(csv.out.count(QStringLiteral("\r\n")) == late.size() + 1);
}

TEST_CASE("the same seed gives the same data, another seed other data", "[cli]")
{
    dd::test::TempDir dir;
    auto agingOf = [](const QString &db) {
        return cli({QStringLiteral("aging"), QStringLiteral("--db"), db, QStringLiteral("--as-of"), asOf,
                    QStringLiteral("--by-customer"), QStringLiteral("--format"), QStringLiteral("csv")})
            .out;
    };
    const QString a = agingOf(makeDemo(dir, QStringLiteral("a.sqlite")));
    const QString b = agingOf(makeDemo(dir, QStringLiteral("b.sqlite")));
    const QString c = agingOf(makeDemo(dir, QStringLiteral("c.sqlite"), QStringLiteral("8")));
    CHECK(a.count(u'\n') > 5);
    CHECK(a == b);
    CHECK(a != c);
}

TEST_CASE("bad command lines exit 2 with one line naming the problem", "[cli][errors]")
{
    dd::test::TempDir dir;
    const QString db = makeDemo(dir);
    struct Case
    {
        QStringList arguments;
        QString expected;
    };
    const QList<Case> cases = {
        {{QStringLiteral("frobnicate")}, QStringLiteral("unknown command \"frobnicate\"")},
        {{QStringLiteral("aging")}, QStringLiteral("--db FILE is required")},
        {{QStringLiteral("aging"), QStringLiteral("--db"), db, QStringLiteral("--as-of"), QStringLiteral("2026-02-30")},
         QStringLiteral("--as-of: \"2026-02-30\" is not a date")},
        {{QStringLiteral("aging"), QStringLiteral("--db"), db, QStringLiteral("--format"), QStringLiteral("xml")},
         QStringLiteral("--format must be table, csv or json")},
        {{QStringLiteral("aging"), QStringLiteral("--db"), db, QStringLiteral("--colour")}, QStringLiteral("Unknown option 'colour'")},
        {{QStringLiteral("invoices"), QStringLiteral("--db"), db, QStringLiteral("stray")}, QStringLiteral("unexpected argument \"stray\"")},
        {{QStringLiteral("demo"), QStringLiteral("--db"), dir.filePath(QStringLiteral("x.sqlite")), QStringLiteral("--invoices"),
          QStringLiteral("many")},
         QStringLiteral("--invoices: \"many\" is not a whole number")},
        {{QStringLiteral("demo"), QStringLiteral("--db"), dir.filePath(QStringLiteral("x.sqlite")), QStringLiteral("--customers"),
          QStringLiteral("0")},
         QStringLiteral("--customers: \"0\" is not a whole number from 1")},
    };
    for (const Case &c : cases) {
        INFO(c.arguments.join(u' ').toStdString());
        const Run run = cli(c.arguments);
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(c.expected));
        CHECK(run.err.count(u'\n') == 1);
        CHECK(run.err.startsWith(QStringLiteral("disputedesk-cli: ")));
    }
    CHECK(!QFile::exists(dir.filePath(QStringLiteral("x.sqlite"))));
}

TEST_CASE("input the CLI refuses exits 1 and changes nothing", "[cli][errors]")
{
    dd::test::TempDir dir;
    const QString db = makeDemo(dir);

    const Run unknownCustomer = cli({QStringLiteral("invoices"), QStringLiteral("--db"), db, QStringLiteral("--customer"),
                                     QStringLiteral("NOPE")});
    CHECK(unknownCustomer.exitCode == 1);
    CHECK(unknownCustomer.err.contains(QStringLiteral("no customer with number NOPE")));

    const Run missing = cli({QStringLiteral("aging"), QStringLiteral("--db"), dir.filePath(QStringLiteral("missing.sqlite"))});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("does not exist")));
    CHECK(!QFile::exists(dir.filePath(QStringLiteral("missing.sqlite"))));

    // A team database whose server cannot be reached is said to be so, not to be a missing file,
    // and the message leaves out the password; the same for a command that writes.
    const QString url = QStringLiteral("postgresql://clerk:s3cret@/disputedesk?host=%1").arg(dir.filePath(QStringLiteral("no-server")));
    for (const QStringList &args : {QStringList{QStringLiteral("aging"), QStringLiteral("--db"), url},
                                    QStringList{QStringLiteral("demo"), QStringLiteral("--db"), url}}) {
        const Run postgres = cli(args);
        CHECK(postgres.exitCode == 1);
        CHECK(postgres.err.contains(QStringLiteral("cannot be reached")));
        CHECK_FALSE(postgres.err.contains(QStringLiteral("does not exist")));
        CHECK_FALSE(postgres.err.contains(QStringLiteral("s3cret")));
    }

    // A text file is not a database: refused, not overwritten.
    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile file(text);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("customer;amount\nJansen;12,50\n");
    }
    const QByteArray before = bytesOf(text);
    const Run notDb = cli({QStringLiteral("aging"), QStringLiteral("--db"), text});
    CHECK(notDb.exitCode == 1);
    CHECK(notDb.err.contains(QStringLiteral("is not a DisputeDesk database")));
    CHECK(bytesOf(text) == before);

    // Demo data goes only into an empty database.
    const QByteArray dbBefore = dd::test::databaseDigest(db);
    const Run again = cli({QStringLiteral("demo"), QStringLiteral("--db"), db});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already holds data")));
    const Run aging = cli({QStringLiteral("aging"), QStringLiteral("--db"), db, QStringLiteral("--as-of"), asOf,
                           QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(aging.exitCode == 0);
    CHECK(!jsonOf(aging).isEmpty());
}

TEST_CASE("help lists the commands and exits 0", "[cli]")
{
    const Run help = cli({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    for (const QString &command : {QStringLiteral("demo"), QStringLiteral("aging"), QStringLiteral("invoices")})
        CHECK(help.out.contains(QStringLiteral("  ") + command));
    const Run agingHelp = cli({QStringLiteral("aging"), QStringLiteral("--help")});
    CHECK(agingHelp.exitCode == 0);
    CHECK(agingHelp.out.contains(QStringLiteral("--by-customer")));
    CHECK(agingHelp.out.startsWith(QStringLiteral("Usage: disputedesk-cli aging")));
    const Run nothing = cli({});
    CHECK(nothing.exitCode == 2);
    CHECK(nothing.err.contains(QStringLiteral("Usage: disputedesk-cli <command>")));
}
