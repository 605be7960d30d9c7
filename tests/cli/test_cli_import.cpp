#include "CliRunner.h"
#include "TempDir.h"
#include "TestDatabase.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>

namespace {

using dd::test::cli;
using dd::test::writeFile;
using dd::test::jsonOf;
using Run = dd::test::CliRun;

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

Run import(const QString &db, const QStringList &arguments)
{
    return cli(QStringList{QStringLiteral("import"), QStringLiteral("--db"), db} + arguments);
}

} // namespace

TEST_CASE("import CSV: creates the database, re-import is idempotent, errors change nothing", "[cli][import]")
{
    dd::test::TempDir dir;
    const QString db = databaseLocation(dir, QStringLiteral("d.sqlite"));
    const QString customers = writeFile(dir, QStringLiteral("customers.csv"), "number;name\nC1;Een\nC2;\"Twee; BV\"\n");
    const QString invoices = writeFile(dir, QStringLiteral("invoices.csv"),
                                   "number,customer,issue_date,total_incl\nF-1,C1,2026-01-10,\"1,210.00\"\nF-2,C2,10/01/2026,50.00\n");

    // A refused import into a new file leaves no file behind.
    const Run refusedNew = import(db, {QStringLiteral("--kind"), QStringLiteral("invoices"), invoices});
    CHECK(refusedNew.exitCode == 1);
    CHECK(refusedNew.err.contains(invoices + QStringLiteral(":2:2: unknown customer C1")));
    CHECK_FALSE(QFileInfo::exists(db));

    Run run = import(db, {QStringLiteral("--kind"), QStringLiteral("customers"), customers, QStringLiteral("--format"), QStringLiteral("json")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(jsonOf(run).at(0).toObject().value(QStringLiteral("created")).toInt() == 2);
    CHECK(jsonOf(run).at(0).toObject().value(QStringLiteral("separator")).toString() == QStringLiteral(";"));

    run = import(db, {QStringLiteral("--kind"), QStringLiteral("invoices"), invoices, QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(run.exitCode == 0);
    CHECK(jsonOf(run).at(0).toObject().value(QStringLiteral("created")).toInt() == 2);
    run = import(db, {QStringLiteral("--kind"), QStringLiteral("invoices"), invoices, QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(run.exitCode == 0);
    CHECK(jsonOf(run).at(0).toObject().value(QStringLiteral("unchanged")).toInt() == 2);

    // Errors: every one printed as file:line:column, exit 1, the database file unchanged.
    const QByteArray before = dd::test::databaseDigest(db);
    const QString bad = writeFile(dir, QStringLiteral("bad.csv"), "number,customer,issue_date,total_incl\nF-3,C1,2026-02-30,1.00\nF-4,C1,2026-01-01,abc\n");
    const Run refused = import(db, {QStringLiteral("--kind"), QStringLiteral("invoices"), bad});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(bad + QStringLiteral(":2:3: issue_date: \"2026-02-30\" is an impossible date")));
    CHECK(refused.err.contains(bad + QStringLiteral(":3:4: total_incl: bad amount")));
    CHECK(refused.err.contains(QStringLiteral("2 error(s) in ")));
    CHECK(dd::test::databaseDigest(db) == before);

    // Valid rows only: the good row goes in, the rejects file is named.
    const Run partial = import(db, {QStringLiteral("--kind"), QStringLiteral("invoices"), bad, QStringLiteral("--valid-rows-only"),
                                    QStringLiteral("--date-format"), QStringLiteral("YYYY-MM-DD"), QStringLiteral("--format"),
                                    QStringLiteral("json")});
    CHECK(partial.exitCode == 0);
    const QJsonObject summary = jsonOf(partial).at(0).toObject();
    CHECK(summary.value(QStringLiteral("rejected")).toInt() == 2);
    CHECK(summary.value(QStringLiteral("rejects_file")).toString() == dir.filePath(QStringLiteral("bad.rejected.csv")));
    CHECK(QFileInfo::exists(dir.filePath(QStringLiteral("bad.rejected.csv"))));

    // Usage errors exit 2.
    CHECK(import(db, {customers}).exitCode == 2);
    CHECK(import(db, {QStringLiteral("--kind"), QStringLiteral("products"), customers}).exitCode == 2);
    CHECK(import(db, {QStringLiteral("--kind"), QStringLiteral("customers"), QStringLiteral("--confirm-above"), QStringLiteral("50"), customers}).exitCode == 2);
}

TEST_CASE("import --camt proposes and --confirm-above books, export writes CSV", "[cli][import]")
{
    dd::test::TempDir dir;
    const QString db = databaseLocation(dir, QStringLiteral("d.sqlite"));
    REQUIRE(import(db, {QStringLiteral("--kind"), QStringLiteral("customers"), writeFile(dir, QStringLiteral("c.csv"), "number,name\nC1,Een\n")}).exitCode == 0);
    REQUIRE(import(db, {QStringLiteral("--kind"), QStringLiteral("invoices"),
                        writeFile(dir, QStringLiteral("i.csv"), "number,customer,issue_date,total_incl\nINV-9,C1,2026-01-10,80.00\n")})
                .exitCode == 0);
    const QString statement = writeFile(dir, QStringLiteral("s.xml"), R"(<?xml version="1.0"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><Stmt><Id>S1</Id>
<Ntry><Amt Ccy="EUR">80.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-02-01</Dt></BookgDt><AcctSvcrRef>R1</AcctSvcrRef>
<NtryDtls><TxDtls><RltdPties><DbtrAcct><Id><IBAN>NL02RABO0111111111</IBAN></Id></DbtrAcct></RltdPties><RmtInf><Ustrd>INV-9</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>
</Stmt></BkToCstmrStmt></Document>
)");
    Run run = import(db, {QStringLiteral("--camt"), statement, QStringLiteral("--format"), QStringLiteral("json")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    QJsonObject match = jsonOf(run).at(0).toObject();
    CHECK(match.value(QStringLiteral("score")).toInt() == 100);
    CHECK(match.value(QStringLiteral("state")).toString() == QStringLiteral("proposed"));
    CHECK(match.value(QStringLiteral("invoices")).toString() == QStringLiteral("INV-9=80.00"));

    run = import(db, {QStringLiteral("--camt"), statement, QStringLiteral("--confirm-above"), QStringLiteral("90"), QStringLiteral("--format"),
                      QStringLiteral("json")});
    REQUIRE(run.exitCode == 0);
    CHECK(jsonOf(run).at(0).toObject().value(QStringLiteral("state")).toString() == QStringLiteral("booked"));

    const QString out = dir.filePath(QStringLiteral("payments.csv"));
    run = cli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--kind"), QStringLiteral("payments"), QStringLiteral("--out"), out});
    REQUIRE(run.exitCode == 0);
    CHECK(bytesOf(out) == QByteArray("customer,date,amount,currency,reference,invoice,iban,allocated\r\n"
                                     "C1,2026-02-01,80.00,EUR,INV-9,INV-9=80.00,NL02RABO0111111111,80.00\r\n"));
    CHECK(cli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--kind"), QStringLiteral("nothing"), QStringLiteral("--out"), out})
              .exitCode == 2);

    // The bank takes the payment back (RvslInd, same reference): the summary says it was undone.
    QByteArray returned = bytesOf(statement);
    returned.replace("<Id>S1</Id>", "<Id>S2</Id>").replace("<CdtDbtInd>CRDT</CdtDbtInd>", "<CdtDbtInd>DBIT</CdtDbtInd><RvslInd>true</RvslInd>");
    returned.replace("2026-02-01", "2026-02-08");
    run = import(db, {QStringLiteral("--camt"), writeFile(dir, QStringLiteral("r.xml"), returned)});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("reversed")));
    CHECK(run.out.contains(QStringLiteral("0 credits, 0 booked, 0 debits left out; 1 reversal(s) by the bank: 1 undone, 0 to check by hand")));
    run = cli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--kind"), QStringLiteral("payments"), QStringLiteral("--out"), out});
    REQUIRE(run.exitCode == 0);
    CHECK(bytesOf(out) == QByteArray("customer,date,amount,currency,reference,invoice,iban,allocated\r\n"));

    const QByteArray before = dd::test::databaseDigest(db);
    const Run broken = import(db, {QStringLiteral("--camt"), writeFile(dir, QStringLiteral("b.xml"), "<Document><Stmt>")});
    CHECK(broken.exitCode == 1);
    CHECK(broken.err.contains(dir.filePath(QStringLiteral("b.xml")) + QStringLiteral(":1:")));
    CHECK(dd::test::databaseDigest(db) == before);
}

TEST_CASE("import --kind disputes reads back what export --kind disputes wrote", "[cli][import][issue16]")
{
    dd::test::TempDir dir;
    const QString db = databaseLocation(dir, QStringLiteral("d.sqlite"));
    REQUIRE(import(db, {QStringLiteral("--kind"), QStringLiteral("customers"), writeFile(dir, QStringLiteral("c.csv"), "number,name\nC1,Een\n")})
                .exitCode == 0);
    REQUIRE(import(db, {QStringLiteral("--kind"), QStringLiteral("invoices"),
                        writeFile(dir, QStringLiteral("i.csv"), "number,customer,issue_date,total_incl\nINV-1,C1,2026-01-10,80.00\nINV-2,C1,2026-01-11,20.00\n")})
                .exitCode == 0);
    // As `export --kind disputes` writes a case: each invoice with its disputed part.
    const QByteArray disputes = "number,customer,reason,channel,step,received_on,promised_on,answered_on,currency,disputed,verdict,"
                                "justified,goodwill,invoices,outcome,closed_on,contact_person,assignee,story,rationale,credit_decided,"
                                "unjustified_path,amicable_state,arrangement,lesson_what,lesson_department,lesson_action\r\n"
                                "DSP-2026-000001,C1,quality,email,verify,2026-03-02,2026-03-16,,EUR,50.00,,0.00,0.00,INV-1=30.00 INV-2=20.00,,"
                                ",,,,,no,,,,,,\r\n";
    const Run run = import(db, {QStringLiteral("--kind"), QStringLiteral("disputes"), writeFile(dir, QStringLiteral("d.csv"), disputes),
                                QStringLiteral("--format"), QStringLiteral("json")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(jsonOf(run).at(0).toObject().value(QStringLiteral("created")).toInt() == 1);
    const QString out = dir.filePath(QStringLiteral("out.csv"));
    REQUIRE(cli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--kind"), QStringLiteral("disputes"), QStringLiteral("--out"), out})
                .exitCode == 0);
    CHECK(bytesOf(out) == disputes);

    // A part more than the invoice's total is refused with its line and column; nothing changes.
    const Run refused = import(db, {QStringLiteral("--kind"), QStringLiteral("disputes"),
                                    writeFile(dir, QStringLiteral("bad.csv"),
                                              "number,customer,reason,received_on,invoices\nDSP-2026-000002,C1,quality,2026-03-03,INV-2=25.00\n")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(dir.filePath(QStringLiteral("bad.csv")) + QStringLiteral(":2:5: invoices: 25.00 disputed on invoice INV-2")));
}
