// The report commands on a small demo database: PDFs in both languages, CSV files,
// the dashboard figures as JSON, and one-line errors for bad input.
#include "CliRunner.h"
#include "TempDir.h"
#include "TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QProcess>

using dd::test::cli;
using dd::test::CliRun;
using dd::test::jsonDocumentOf;

namespace {

const QString until = QStringLiteral("2026-06-30");

struct ReportDemo
{
    dd::test::TempDir dir;
    QString path = databaseLocation(dir, QStringLiteral("demo.sqlite"));

    ReportDemo()
    {
        const CliRun run = cli({QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--customers"),
                                QStringLiteral("60"), QStringLiteral("--invoices"), QStringLiteral("1200"),
                                QStringLiteral("--until"), until});
        REQUIRE(run.exitCode == 0);
    }
};

QString pdfText(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    return QString::fromUtf8(process.readAllStandardOutput()).replace(QChar(0xFB01), QStringLiteral("fi"));
}

bool isOneLineError(const CliRun &run)
{
    return run.exitCode != 0 && run.err.trimmed().count(u'\n') == 0 && run.err.startsWith(QStringLiteral("disputedesk-cli: "));
}

} // namespace

TEST_CASE("report disputes writes a PDF and CSV files", "[cli][reports]")
{
    ReportDemo demo;
    const QString pdf = demo.dir.filePath(QStringLiteral("disputes.pdf"));
    const QString csv = demo.dir.filePath(QStringLiteral("csv"));
    const CliRun run = cli({QStringLiteral("report"), QStringLiteral("disputes"), QStringLiteral("--db"), demo.path,
                            QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"), until,
                            QStringLiteral("--pdf"), pdf, QStringLiteral("--lang"), QStringLiteral("nl"),
                            QStringLiteral("--csv"), csv, QStringLiteral("--company"), QStringLiteral("Demo B.V.")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Geschillenrapport")));
    CHECK(text.contains(QStringLiteral("Demo B.V.")));
    CHECK(text.contains(QStringLiteral("Redenen (Pareto)")));
    CHECK(QDir(csv).entryList({QStringLiteral("*.csv")}).size() == 10);
    CHECK(QFile::exists(csv + QStringLiteral("/reasons_pareto.csv")));

    // Without --pdf or --csv: the key figures, here as JSON.
    const CliRun figures = cli({QStringLiteral("report"), QStringLiteral("disputes"), QStringLiteral("--db"), demo.path,
                                QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"), until,
                                QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(figures.exitCode == 0);
    CHECK(jsonDocumentOf(figures).array().size() == 10);
}

TEST_CASE("report aging writes the aged receivables in English", "[cli][reports]")
{
    ReportDemo demo;
    const QString pdf = demo.dir.filePath(QStringLiteral("aging.pdf"));
    const CliRun run = cli({QStringLiteral("report"), QStringLiteral("aging"), QStringLiteral("--db"), demo.path,
                            QStringLiteral("--as-of"), until, QStringLiteral("--pdf"), pdf, QStringLiteral("--lang"),
                            QStringLiteral("en")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Aged receivables")));
    CHECK(text.contains(QStringLiteral("As of 2026-06-30")));
    CHECK(text.contains(QStringLiteral("countback")));
    // Without --company, the title page names the company of the database's settings.
    CHECK(text.contains(QStringLiteral("Demo Installatietechniek B.V.")));
}

TEST_CASE("stats prints the dashboard figures", "[cli][reports]")
{
    ReportDemo demo;
    const CliRun run = cli({QStringLiteral("stats"), QStringLiteral("--db"), demo.path, QStringLiteral("--as-of"), until,
                            QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(run.exitCode == 0);
    const QJsonObject figures = jsonDocumentOf(run).object();
    for (const char *key : {"as_of", "currency", "open", "overdue", "disputed", "dso_days", "open_cases", "cases_past_response_date"})
        CHECK(figures.contains(QString::fromLatin1(key)));
    CHECK(figures.value(QStringLiteral("as_of")).toString() == until);
    CHECK(dd::test::centsOf(figures.value(QStringLiteral("open"))) >= dd::test::centsOf(figures.value(QStringLiteral("overdue"))));
    CHECK(figures.value(QStringLiteral("open_cases")).toInt() > 0);

    // The same figures as the aging command's total.
    const CliRun aging = cli({QStringLiteral("aging"), QStringLiteral("--db"), demo.path, QStringLiteral("--as-of"), until,
                              QStringLiteral("--format"), QStringLiteral("json")});
    for (const QJsonValue &row : jsonDocumentOf(aging).array()) {
        if (row.toObject().value(QStringLiteral("currency")).toString() == u"EUR")
            CHECK(dd::test::centsOf(row.toObject().value(QStringLiteral("total"))) == dd::test::centsOf(figures.value(QStringLiteral("open"))));
    }

    const CliRun table = cli({QStringLiteral("stats"), QStringLiteral("--db"), demo.path, QStringLiteral("--as-of"), until});
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.contains(QStringLiteral("open_cases")));
}

TEST_CASE("report commands refuse bad input with one line", "[cli][reports]")
{
    ReportDemo demo;
    const QString pdf = demo.dir.filePath(QStringLiteral("x.pdf"));
    const QList<QStringList> bad = {
        {QStringLiteral("report"), QStringLiteral("disputes"), QStringLiteral("--db"), demo.path, QStringLiteral("--to"), until},
        {QStringLiteral("report"), QStringLiteral("disputes"), QStringLiteral("--db"), demo.path, QStringLiteral("--from"),
         QStringLiteral("2026-13-01"), QStringLiteral("--to"), until},
        {QStringLiteral("report"), QStringLiteral("disputes"), QStringLiteral("--db"), demo.path, QStringLiteral("--from"), until,
         QStringLiteral("--to"), QStringLiteral("2026-01-01")},
        {QStringLiteral("report"), QStringLiteral("disputes"), QStringLiteral("--db"), demo.path, QStringLiteral("--from"),
         QStringLiteral("2026-01-01"), QStringLiteral("--to"), until, QStringLiteral("--pdf"), pdf, QStringLiteral("--lang"),
         QStringLiteral("de")},
        {QStringLiteral("report"), QStringLiteral("aging"), QStringLiteral("--db"), demo.path, QStringLiteral("--pdf"), pdf},
        {QStringLiteral("report"), QStringLiteral("aging"), QStringLiteral("--db"), demo.dir.filePath(QStringLiteral("missing.sqlite")),
         QStringLiteral("--as-of"), until},
        {QStringLiteral("report"), QStringLiteral("aging"), QStringLiteral("--db"), demo.path, QStringLiteral("--as-of"), until,
         QStringLiteral("--pdf"), demo.dir.filePath(QStringLiteral("no/such/dir/x.pdf"))},
        {QStringLiteral("stats"), QStringLiteral("--db"), demo.path, QStringLiteral("--as-of"), QStringLiteral("yesterday")},
        {QStringLiteral("stats"), QStringLiteral("--db"), demo.path, QStringLiteral("--format"), QStringLiteral("xml")},
        {QStringLiteral("report"), QStringLiteral("sales")},
    };
    for (const QStringList &arguments : bad) {
        const CliRun run = cli(arguments);
        INFO(arguments.join(u' ').toStdString() << " -> " << run.err.toStdString());
        CHECK(isOneLineError(run));
    }
    CHECK_FALSE(QFile::exists(pdf));
}
