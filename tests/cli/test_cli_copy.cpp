// `disputedesk-cli copy` (issue 20): a demo database copied to a new file prints every table's
// rows and money sums on both sides, identical; a target that holds data is refused (exit 1) and
// left as it was; the options are checked.

#include "CliRunner.h"
#include "TempDir.h"
#include "TestDatabase.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonObject>

namespace {

using dd::test::cli;

// The JSON rows of a copy as "table figure" -> {source, target}.
QMap<QString, QPair<qint64, qint64>> figuresOf(const dd::test::CliRun &run)
{
    QMap<QString, QPair<qint64, qint64>> figures;
    for (const QJsonValue &row : dd::test::jsonOf(run)) {
        const QJsonObject o = row.toObject();
        CHECK(o.value(QStringLiteral("result")).toString() == QStringLiteral("identical"));
        figures.insert(o.value(QStringLiteral("table")).toString() + u' ' + o.value(QStringLiteral("figure")).toString(),
                       {o.value(QStringLiteral("source")).toInteger(), o.value(QStringLiteral("target")).toInteger()});
    }
    return figures;
}

} // namespace

TEST_CASE("copy prints the rows and money sums of both sides and says they are identical", "[cli][copy]")
{
    dd::test::TempDir dir;
    const QString source = dir.filePath(QStringLiteral("desk.sqlite"));
    // A file copied to the server in the "pg: ..." run, to another file otherwise.
    const QString target = dd::test::databaseLocation(dir, QStringLiteral("copy.sqlite"));
    REQUIRE(cli({QStringLiteral("demo"), QStringLiteral("--db"), source, QStringLiteral("--customers"), QStringLiteral("30"),
                 QStringLiteral("--invoices"), QStringLiteral("300"), QStringLiteral("--until"), QStringLiteral("2026-03-31")})
                .exitCode == 0);

    const auto table = cli({QStringLiteral("copy"), QStringLiteral("--from"), source, QStringLiteral("--to"), target});
    INFO(table.err.toStdString());
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.contains(QLatin1String("invoices")));
    CHECK(table.out.contains(QLatin1String("total_incl_cents")));
    CHECK(table.out.contains(QLatin1String("identical")));
    CHECK_FALSE(table.out.contains(QLatin1String("DIFFERENT")));
    CHECK(table.out.contains(QLatin1String("both sides identical.")));

    // The copy read back by the program, as any database: the same invoices.
    const auto invoices = cli({QStringLiteral("invoices"), QStringLiteral("--db"), target, QStringLiteral("--format"), QStringLiteral("csv")});
    const auto original = cli({QStringLiteral("invoices"), QStringLiteral("--db"), source, QStringLiteral("--format"), QStringLiteral("csv")});
    CHECK(invoices.exitCode == 0);
    CHECK(invoices.out == original.out);
    CHECK(invoices.out.count(u'\n') == 301); // the header and every invoice

    // The same copy in JSON, for a script: every figure with both sides.
    const QString second = dir.filePath(QStringLiteral("second.sqlite"));
    const auto json = cli({QStringLiteral("copy"), QStringLiteral("--from"), target, QStringLiteral("--to"), second,
                           QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(json.exitCode == 0);
    const auto figures = figuresOf(json);
    CHECK(figures.value(QStringLiteral("invoices rows")) == qMakePair(qint64(300), qint64(300)));
    CHECK(figures.value(QStringLiteral("customers rows")) == qMakePair(qint64(30), qint64(30)));
    const auto total = figures.value(QStringLiteral("invoices total_incl_cents"));
    CHECK(total.first > 0);
    CHECK(total.first == total.second);
    CHECK(figures.contains(QStringLiteral("allocations amount_cents")));
}

TEST_CASE("copy refuses a target that holds data, exit 1, and leaves it unchanged", "[cli][copy]")
{
    dd::test::TempDir dir;
    const QString source = dir.filePath(QStringLiteral("desk.sqlite"));
    const QString target = dd::test::databaseLocation(dir, QStringLiteral("full.sqlite"));
    for (const QString &db : {source, target})
        REQUIRE(cli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--customers"), QStringLiteral("5"),
                     QStringLiteral("--invoices"), QStringLiteral("20")})
                    .exitCode == 0);
    const QByteArray before = dd::test::databaseDigest(target);
    const auto run = cli({QStringLiteral("copy"), QStringLiteral("--from"), source, QStringLiteral("--to"), target});
    CHECK(run.exitCode == 1);
    CHECK(run.out.isEmpty());
    CHECK(run.err.contains(QLatin1String(" already holds data")));
    CHECK(run.err.contains(QLatin1String("Nothing was written")));
    CHECK(dd::test::databaseDigest(target) == before);
}

TEST_CASE("copy needs --from and --to and an existing source", "[cli][copy]")
{
    dd::test::TempDir dir;
    const QString target = dir.filePath(QStringLiteral("copy.sqlite"));
    const auto noFrom = cli({QStringLiteral("copy"), QStringLiteral("--to"), target});
    CHECK(noFrom.exitCode == 2);
    CHECK(noFrom.err.contains(QLatin1String("--from is required")));
    const auto noTo = cli({QStringLiteral("copy"), QStringLiteral("--from"), target});
    CHECK(noTo.exitCode == 2);
    CHECK(noTo.err.contains(QLatin1String("--to is required")));
    const QString missing = dir.filePath(QStringLiteral("missing.sqlite"));
    const auto run = cli({QStringLiteral("copy"), QStringLiteral("--from"), missing, QStringLiteral("--to"), target});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(missing + QLatin1String(" does not exist")));
    CHECK_FALSE(QFile::exists(missing));
    CHECK_FALSE(QFile::exists(target));
}
