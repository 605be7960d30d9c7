#include "CliRunner.h"
#include "TempDir.h"
#include "TestDatabase.h"

#include <catch2/catch.hpp>


namespace {

using dd::test::cli;
using dd::test::jsonOf;
using dd::test::writeFile;
using Run = dd::test::CliRun;

// ING's MT940 Structured download (SWIFT blocks, /EREF/ /CNTP/ /REMI/ in :86:); `closing` is
// the :62F: amount, which must be 80,00 for the statement to add up.
QByteArray ingStatement(const char *closing)
{
    return QByteArray("{1:F01INGBNL2ABXXX0000000000}\n{2:I940INGBNL2AXXXN}\n{4:\n"
                      ":20:P260201000000001\n:25:NL69INGB0123456789EUR\n:28C:00000\n:60F:C260131EUR0,00\n"
                      ":61:2602010201C80,00NTRFEREF//00000000000001\n/TRCD/00100/\n"
                      ":86:/EREF/NOTPROVIDED//CNTP/NL02RABO0111111111/RABONL2U/EEN BV/UTRECHT///REMI/USTD//INV-9/\n"
                      ":62F:C260201EUR")
        + closing + "\n-}\n";
}

} // namespace

TEST_CASE("import --bank reads an MT940 download, and one that does not add up changes nothing", "[cli][import]")
{
    dd::test::TempDir dir;
    const QString db = databaseLocation(dir, QStringLiteral("d.sqlite"));
    auto import = [&](const QStringList &arguments) { return cli(QStringList{QStringLiteral("import"), QStringLiteral("--db"), db} + arguments); };
    REQUIRE(import({QStringLiteral("--kind"), QStringLiteral("customers"), writeFile(dir, QStringLiteral("c.csv"), "number,name\nC1,Een\n")}).exitCode == 0);
    REQUIRE(import({QStringLiteral("--kind"), QStringLiteral("invoices"),
                        writeFile(dir, QStringLiteral("i.csv"), "number,customer,issue_date,total_incl\nINV-9,C1,2026-01-10,80.00\n")})
                .exitCode == 0);

    const QString bad = writeFile(dir, QStringLiteral("bad.sta"), ingStatement("80,01"));
    const QByteArray before = dd::test::databaseDigest(db);
    const Run refused = import({QStringLiteral("--bank"), bad});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(bad + QStringLiteral(":11:1: :62F: the opening balance 0.00 plus the movements is 80.00, but the closing balance is 80.01")));
    CHECK(refused.err.contains(QStringLiteral("nothing was imported")));
    CHECK(dd::test::databaseDigest(db) == before);

    const QString statement = writeFile(dir, QStringLiteral("ing.sta"), ingStatement("80,00"));
    const Run run = import({QStringLiteral("--bank"), statement, QStringLiteral("--confirm-above"), QStringLiteral("90"),
                                QStringLiteral("--format"), QStringLiteral("json")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    REQUIRE(jsonOf(run).size() == 1);
    const QJsonObject match = jsonOf(run).at(0).toObject();
    CHECK(match.value(QStringLiteral("entry")).toString() == QStringLiteral("NL69INGB0123456789EUR/00000/2026-01-31/00000000000001"));
    CHECK(match.value(QStringLiteral("iban")).toString() == QStringLiteral("NL02RABO0111111111"));
    CHECK(match.value(QStringLiteral("score")).toInt() == 100);
    CHECK(match.value(QStringLiteral("state")).toString() == QStringLiteral("booked"));
    CHECK(match.value(QStringLiteral("invoices")).toString() == QStringLiteral("INV-9=80.00"));
    const Run invoices = cli({QStringLiteral("invoices"), QStringLiteral("--db"), db, QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(invoices.exitCode == 0);
    INFO(invoices.out.toStdString());
    REQUIRE(jsonOf(invoices).size() == 1);
    CHECK(dd::test::centsOf(jsonOf(invoices).at(0).toObject().value(QStringLiteral("open"))) == 0);
}
