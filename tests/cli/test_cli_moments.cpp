// Moments as the command line prints them (issue 20): a desk copied to a team database, where the
// moments are timestamptz, prints the same audit trails (`dispute show`, as table and as JSON),
// the same credit note export and the same dispute report tables (the lessons' days, the open
// cases' steps as of a day) byte for byte as its file, and so does the file copied back from the
// server. In the SQLite run the middle one is a file as well.

#include "CliRunner.h"
#include "TempDir.h"
#include "TestDatabase.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonObject>

namespace {

using dd::test::cli;
using dd::test::CliRun;

CliRun run(const QStringList &arguments)
{
    const CliRun result = cli(arguments);
    INFO(arguments.join(u' ').toStdString() << "\n" << result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    return result;
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// What `location` prints of its moments: each case's `dispute show` (table and JSON), the credit
// note export and the dispute report's tables, as one text.
QString printed(const QString &location, const QStringList &cases, const dd::test::TempDir &dir, const QString &name)
{
    QString all;
    for (const QString &number : cases) {
        all += run({QStringLiteral("dispute"), QStringLiteral("show"), QStringLiteral("--db"), location, number}).out;
        all += run({QStringLiteral("dispute"), QStringLiteral("show"), QStringLiteral("--db"), location, number,
                    QStringLiteral("--format"), QStringLiteral("json")})
                   .out;
    }
    const QString notes = dir.filePath(name + QStringLiteral("-notes.csv"));
    run({QStringLiteral("export"), QStringLiteral("--db"), location, QStringLiteral("--kind"), QStringLiteral("credit-notes"),
         QStringLiteral("--out"), notes});
    all += QString::fromUtf8(bytesOf(notes));
    const QString report = dir.filePath(name + QStringLiteral("-report"));
    run({QStringLiteral("report"), QStringLiteral("disputes"), QStringLiteral("--db"), location, QStringLiteral("--from"),
         QStringLiteral("2025-01-01"), QStringLiteral("--to"), QStringLiteral("2026-03-31"), QStringLiteral("--csv"), report});
    for (const QString &table : {QStringLiteral("lessons.csv"), QStringLiteral("open_by_step.csv"), QStringLiteral("summary.csv")})
        all += table + u'\n' + QString::fromUtf8(bytesOf(QDir(report).filePath(table)));
    return all;
}

} // namespace

TEST_CASE("a desk copied to a team database and back prints the same audit trails, exports and report as its file", "[cli][copy]")
{
    dd::test::TempDir dir;
    const QString file = dir.filePath(QStringLiteral("desk.sqlite"));
    const QString server = dd::test::databaseLocation(dir, QStringLiteral("team.sqlite"));
    const QString back = dir.filePath(QStringLiteral("back.sqlite"));
    // The demo's cases carry audit trails to the millisecond; a credit note issued now is kept to
    // the second.
    run({QStringLiteral("demo"), QStringLiteral("--db"), file, QStringLiteral("--customers"), QStringLiteral("30"),
         QStringLiteral("--invoices"), QStringLiteral("300"), QStringLiteral("--until"), QStringLiteral("2026-03-31")});
    const QJsonArray overdue = dd::test::jsonOf(run({QStringLiteral("invoices"), QStringLiteral("--db"), file, QStringLiteral("--overdue"),
                                                     QStringLiteral("--as-of"), QStringLiteral("2026-03-31"), QStringLiteral("--format"),
                                                     QStringLiteral("json")}));
    REQUIRE_FALSE(overdue.isEmpty());
    run({QStringLiteral("credit-note"), QStringLiteral("--db"), file, QStringLiteral("--invoice"),
         overdue.at(0).toObject().value(QStringLiteral("number")).toString(), QStringLiteral("--amount"), QStringLiteral("10"),
         QStringLiteral("--reason"), QStringLiteral("Delivered late")});

    QStringList cases;
    for (const QJsonValue &value : dd::test::jsonOf(run({QStringLiteral("disputes"), QStringLiteral("--db"), file,
                                                         QStringLiteral("--format"), QStringLiteral("json")})))
        cases << value.toObject().value(QStringLiteral("case")).toString();
    REQUIRE(cases.size() >= 5);
    cases = cases.mid(0, 5);

    run({QStringLiteral("copy"), QStringLiteral("--from"), file, QStringLiteral("--to"), server});
    run({QStringLiteral("copy"), QStringLiteral("--from"), server, QStringLiteral("--to"), back});

    const QString original = printed(file, cases, dir, QStringLiteral("file"));
    CHECK(original.contains(QLatin1String("\"at\":")));
    CHECK(original.contains(QLatin1String(",Delivered late,")));
    CHECK(original.contains(QLatin1String("recorded_on,department")));
    CHECK(printed(server, cases, dir, QStringLiteral("server")) == original);
    CHECK(printed(back, cases, dir, QStringLiteral("back")) == original);
}
