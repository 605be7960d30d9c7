// The real disputedesk-cli binary, end to end: what only its own process shows. The other CLI
// tests run the same commands in the test's process; these check that main() hands the command
// line to them, and that exit codes, stdout and stderr come out of the program as they should
// (no Qt warning on stderr either, PDF output included).
#include "CliRunner.h"
#include "TempDir.h"
#include "TestDatabase.h"

#include <QFile>

using dd::test::cliBinary;
using dd::test::CliRun;
using dd::test::jsonOf;
using dd::test::writeFile;

TEST_CASE("disputedesk-cli binary: --version and --help on stdout with exit 0, no command on stderr with exit 2", "[cli][binary]")
{
    const CliRun version = cliBinary({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out == QStringLiteral("disputedesk-cli " DISPUTEDESK_VERSION "\n"));
    CHECK(version.err.isEmpty());

    const CliRun help = cliBinary({QStringLiteral("aging"), QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.startsWith(QStringLiteral("Usage: disputedesk-cli aging [options]\n")));
    CHECK(help.out.contains(QStringLiteral("--by-customer")));
    CHECK(help.err.isEmpty());

    const CliRun nothing = cliBinary({});
    CHECK(nothing.exitCode == 2);
    CHECK(nothing.out.isEmpty());
    CHECK(nothing.err.startsWith(QStringLiteral("Usage: disputedesk-cli <command> [options]\n")));
}

TEST_CASE("disputedesk-cli binary: an import into a new file, its invoices and a PDF report, stderr only saying what was written",
          "[cli][binary][import]")
{
    dd::test::TempDir dir;
    const QString db = databaseLocation(dir, QStringLiteral("books.sqlite"));
    const QString customers = writeFile(dir, QStringLiteral("customers.csv"), "number,name\nC1,Een\n");
    const QString invoices = writeFile(dir, QStringLiteral("invoices.csv"),
                                       "number,customer,issue_date,due_date,total_incl\nF-1,C1,2026-05-01,2026-05-31,121.00\n");
    CliRun run = cliBinary({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--kind"), QStringLiteral("customers"),
                            customers, QStringLiteral("--format"), QStringLiteral("json")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(jsonOf(run).at(0).toObject().value(QStringLiteral("created")).toInt() == 1);
    CHECK(run.err.isEmpty());
    REQUIRE(cliBinary({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--kind"), QStringLiteral("invoices"), invoices})
                .exitCode
            == 0);

    run = cliBinary({QStringLiteral("invoices"), QStringLiteral("--db"), db, QStringLiteral("--as-of"), QStringLiteral("2026-06-30"),
                     QStringLiteral("--format"), QStringLiteral("csv")});
    CHECK(run.exitCode == 0);
    CHECK(run.out == QStringLiteral("number,customer,name,issued,due,currency,total,open,status,days_overdue,dispute\r\n"
                                    "F-1,C1,Een,2026-05-01,2026-05-31,EUR,121.00,121.00,open,30,\r\n"));
    CHECK(run.err.isEmpty());

    // The binary makes its own QGuiApplication for the PDF's fonts, quietly.
    const QString pdf = dir.filePath(QStringLiteral("aging.pdf"));
    run = cliBinary({QStringLiteral("report"), QStringLiteral("aging"), QStringLiteral("--db"), db, QStringLiteral("--as-of"),
                     QStringLiteral("2026-06-30"), QStringLiteral("--pdf"), pdf});
    CHECK(run.exitCode == 0);
    CHECK(run.out.isEmpty());
    CHECK(run.err == QStringLiteral("Wrote %1\n").arg(pdf));
    QFile written(pdf);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.read(5) == "%PDF-");
}

TEST_CASE("disputedesk-cli binary: a bad command line exits 2 and refused input 1, with one line on stderr and nothing on stdout",
          "[cli][binary][errors]")
{
    dd::test::TempDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.sqlite"));
    const CliRun usage = cliBinary({QStringLiteral("aging"), QStringLiteral("--db"), missing, QStringLiteral("--format"), QStringLiteral("xml")});
    CHECK(usage.exitCode == 2);
    CHECK(usage.out.isEmpty());
    CHECK(usage.err == QStringLiteral("disputedesk-cli: aging: --format must be table, csv or json, not \"xml\"\n"));

    const CliRun refused = cliBinary({QStringLiteral("aging"), QStringLiteral("--db"), missing});
    CHECK(refused.exitCode == 1);
    CHECK(refused.out.isEmpty());
    CHECK(refused.err == QStringLiteral("disputedesk-cli: aging: %1 does not exist\n").arg(missing));
    CHECK_FALSE(QFile::exists(missing));
}
