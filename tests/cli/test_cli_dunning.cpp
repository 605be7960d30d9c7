// dunning-run: the preview changes nothing, --commit writes one PDF per customer and
// level and records the history, a second run the same day sends nothing twice; bad input exits
// non-zero with one line.
#include "CliRunner.h"
#include "TempDir.h"
#include "TestDatabase.h"

#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>

using dd::test::cli;
using dd::test::CliRun;
using dd::test::jsonOf;

namespace {

qint64 count(const QString &path, const QString &table)
{
    auto db = dd::Database::open(path);
    return db->scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table).toLongLong();
}

} // namespace

TEST_CASE("cli dunning-run: preview, commit, no letter twice", "[cli][dunning]")
{
    dd::test::TempDir dir;
    const QString db = databaseLocation(dir, QStringLiteral("dun.sqlite"));
    const QString out = dir.filePath(QStringLiteral("letters"));
    const CliRun demo = cli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--customers"), QStringLiteral("40"),
                             QStringLiteral("--invoices"), QStringLiteral("600"), QStringLiteral("--until"), QStringLiteral("2026-05-31")});
    REQUIRE(demo.exitCode == 0);

    const QByteArray before = dd::test::databaseDigest(db);
    const CliRun preview = cli({QStringLiteral("dunning-run"), QStringLiteral("--db"), db, QStringLiteral("--as-of"),
                                QStringLiteral("2026-06-15"), QStringLiteral("--format"), QStringLiteral("json")});
    INFO(preview.err.toStdString());
    REQUIRE(preview.exitCode == 0);
    CHECK(preview.err.isEmpty());
    const QJsonArray rows = jsonOf(preview);
    REQUIRE(!rows.isEmpty());
    QSet<QString> letterFiles;
    int skipped = 0;
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        const QString action = row.value(QStringLiteral("action")).toString();
        CHECK((action == u"letter" || action == u"hand-over" || action == u"skip"));
        if (action == u"letter")
            letterFiles.insert(row.value(QStringLiteral("file")).toString());
        if (action == u"skip") {
            ++skipped;
            CHECK_FALSE(row.value(QStringLiteral("note")).toString().isEmpty());
        }
    }
    CHECK(!letterFiles.isEmpty());
    CHECK(skipped > 0); // the demo has open disputes
    CHECK(dd::test::databaseDigest(db) == before);
    CHECK(count(db, QStringLiteral("dunning_letters")) == 0);
    CHECK_FALSE(QDir(out).exists());

    // The table for people.
    const CliRun table = cli({QStringLiteral("dunning-run"), QStringLiteral("--db"), db, QStringLiteral("--as-of"), QStringLiteral("2026-06-15")});
    CHECK(table.exitCode == 0);
    CHECK(table.out.contains(QStringLiteral("customer")));

    const CliRun commit = cli({QStringLiteral("dunning-run"), QStringLiteral("--db"), db, QStringLiteral("--as-of"),
                               QStringLiteral("2026-06-15"), QStringLiteral("--commit"), QStringLiteral("--out"), out,
                               QStringLiteral("--eml")});
    INFO(commit.err.toStdString());
    REQUIRE(commit.exitCode == 0);
    CHECK(commit.out.contains(QStringLiteral("letters")));
    const QStringList pdfs = QDir(out).entryList({QStringLiteral("*.pdf")}, QDir::Files);
    CHECK(pdfs.size() == letterFiles.size());
    for (const QString &file : letterFiles)
        CHECK(pdfs.contains(file));
    CHECK_FALSE(QDir(out).entryList({QStringLiteral("*.eml")}, QDir::Files).isEmpty());
    CHECK(QDir(out).entryList({QStringLiteral("*.csv")}, QDir::Files).isEmpty()); // hand-overs need --hand-over
    CHECK(count(db, QStringLiteral("dunning_letters")) == letterFiles.size());

    // The same day again: every invoice already has its level, no letter is sent twice (the
    // hand-overs, not confirmed, are still proposed).
    const CliRun again = cli({QStringLiteral("dunning-run"), QStringLiteral("--db"), db, QStringLiteral("--as-of"),
                              QStringLiteral("2026-06-15"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(again.exitCode == 0);
    for (const QJsonValue &value : jsonOf(again))
        CHECK(value.toObject().value(QStringLiteral("action")).toString() != u"letter");
    const CliRun second = cli({QStringLiteral("dunning-run"), QStringLiteral("--db"), db, QStringLiteral("--as-of"),
                               QStringLiteral("2026-06-15"), QStringLiteral("--commit"), QStringLiteral("--out"), out});
    REQUIRE(second.exitCode == 0);
    CHECK(count(db, QStringLiteral("dunning_letters")) == letterFiles.size());
}

TEST_CASE("cli dunning-run: bad input exits non-zero with one line and changes nothing", "[cli][dunning]")
{
    dd::test::TempDir dir;
    const QString db = databaseLocation(dir, QStringLiteral("dun.sqlite"));
    REQUIRE(cli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--customers"), QStringLiteral("5"),
                 QStringLiteral("--invoices"), QStringLiteral("50"), QStringLiteral("--until"), QStringLiteral("2026-05-31")})
                .exitCode == 0);
    const QByteArray before = dd::test::databaseDigest(db);
    const QString out = dir.filePath(QStringLiteral("out"));
    struct Case
    {
        QStringList arguments;
        int exitCode;
        QString message;
    };
    const QList<Case> cases = {
        {{QStringLiteral("--db"), db}, 2, QStringLiteral("--as-of DATE is required")},
        {{QStringLiteral("--db"), db, QStringLiteral("--as-of"), QStringLiteral("2026-02-30")}, 2, QStringLiteral("is not a date")},
        {{QStringLiteral("--db"), db, QStringLiteral("--as-of"), QStringLiteral("2026-06-15"), QStringLiteral("--commit")}, 2,
         QStringLiteral("--commit needs --out DIR")},
        {{QStringLiteral("--db"), db, QStringLiteral("--as-of"), QStringLiteral("2026-06-15"), QStringLiteral("--out"), out}, 2,
         QStringLiteral("go with --commit")},
        {{QStringLiteral("--db"), db, QStringLiteral("--as-of"), QStringLiteral("2026-06-15"), QStringLiteral("--format"),
          QStringLiteral("xml")},
         2, QStringLiteral("--format")},
        {{QStringLiteral("--db"), dir.filePath(QStringLiteral("missing.sqlite")), QStringLiteral("--as-of"), QStringLiteral("2026-06-15")},
         1, QStringLiteral("does not exist")},
        {{QStringLiteral("--as-of"), QStringLiteral("2026-06-15")}, 2, QStringLiteral("--db FILE is required")},
        {{QStringLiteral("--db"), db, QStringLiteral("--as-of"), QStringLiteral("2026-06-15"), QStringLiteral("--bogus")}, 2,
         QStringLiteral("bogus")},
    };
    for (const Case &c : cases) {
        const CliRun run = cli(QStringList{QStringLiteral("dunning-run")} + c.arguments);
        INFO(c.arguments.join(u' ').toStdString() << " -> " << run.err.toStdString());
        CHECK(run.exitCode == c.exitCode);
        CHECK(run.err.trimmed().count(u'\n') == 0);
        CHECK(run.err.contains(c.message));
        CHECK(run.out.isEmpty());
    }
    CHECK(dd::test::databaseDigest(db) == before);
    CHECK_FALSE(QDir(out).exists());
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("missing.sqlite"))));
}

TEST_CASE("cli customer do-not-dun: the invoices are skipped with the reason and --off lifts it", "[cli][dunning]")
{
    dd::test::TempDir dir;
    const QString db = databaseLocation(dir, QStringLiteral("dun.sqlite"));
    REQUIRE(cli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--customers"), QStringLiteral("20"),
                 QStringLiteral("--invoices"), QStringLiteral("300"), QStringLiteral("--until"), QStringLiteral("2026-05-31")})
                .exitCode == 0);
    const QStringList previewArgs = {QStringLiteral("dunning-run"), QStringLiteral("--db"), db, QStringLiteral("--as-of"),
                                     QStringLiteral("2026-06-15"), QStringLiteral("--format"), QStringLiteral("json")};
    // A customer who gets a letter today.
    QString customer;
    for (const QJsonValue &value : jsonOf(cli(previewArgs))) {
        if (value.toObject().value(QStringLiteral("action")).toString() == u"letter") {
            customer = value.toObject().value(QStringLiteral("customer")).toString();
            break;
        }
    }
    REQUIRE_FALSE(customer.isEmpty());
    auto rowsOf = [&](const QString &action) {
        int n = 0;
        for (const QJsonValue &value : jsonOf(cli(previewArgs))) {
            const QJsonObject row = value.toObject();
            if (row.value(QStringLiteral("customer")).toString() == customer && row.value(QStringLiteral("action")).toString() == action
                && (action != u"skip" || row.value(QStringLiteral("note")).toString().startsWith(QStringLiteral("do-not-dun"))))
                ++n;
        }
        return n;
    };
    const int letterRows = rowsOf(QStringLiteral("letter"));
    REQUIRE(letterRows > 0);
    CHECK(rowsOf(QStringLiteral("skip")) == 0);

    const CliRun mark = cli({QStringLiteral("customer"), QStringLiteral("do-not-dun"), QStringLiteral("--db"), db, customer});
    INFO(mark.err.toStdString());
    REQUIRE(mark.exitCode == 0);
    CHECK(mark.out.contains(customer));
    CHECK(rowsOf(QStringLiteral("letter")) == 0);
    CHECK(rowsOf(QStringLiteral("skip")) >= letterRows);

    REQUIRE(cli({QStringLiteral("customer"), QStringLiteral("do-not-dun"), QStringLiteral("--db"), db, customer, QStringLiteral("--off")})
                .exitCode == 0);
    CHECK(rowsOf(QStringLiteral("letter")) == letterRows);
    CHECK(rowsOf(QStringLiteral("skip")) == 0);

    const CliRun unknown = cli({QStringLiteral("customer"), QStringLiteral("do-not-dun"), QStringLiteral("--db"), db, QStringLiteral("NOPE-1")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("NOPE-1")));
    const CliRun missing = cli({QStringLiteral("customer"), QStringLiteral("do-not-dun"), QStringLiteral("--db"), db});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(QStringLiteral("NUMBER")));
}

TEST_CASE("cli customer contacts: the letters a dunning run sent, in every format, and refusals change nothing", "[cli][dunning]")
{
    dd::test::TempDir dir;
    const QString db = databaseLocation(dir, QStringLiteral("dun.sqlite"));
    REQUIRE(cli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--customers"), QStringLiteral("20"),
                 QStringLiteral("--invoices"), QStringLiteral("300"), QStringLiteral("--until"), QStringLiteral("2026-05-31")})
                .exitCode == 0);
    const qint64 caseContacts = count(db, QStringLiteral("contact_log"));
    const CliRun commit = cli({QStringLiteral("dunning-run"), QStringLiteral("--db"), db, QStringLiteral("--as-of"),
                               QStringLiteral("2026-06-15"), QStringLiteral("--commit"), QStringLiteral("--out"),
                               dir.filePath(QStringLiteral("letters")), QStringLiteral("--format"), QStringLiteral("json")});
    INFO(commit.err.toStdString());
    REQUIRE(commit.exitCode == 0);
    const QJsonArray letters = jsonOf(commit);
    REQUIRE(!letters.isEmpty());
    CHECK(count(db, QStringLiteral("customer_contacts")) == letters.size());
    CHECK(count(db, QStringLiteral("contact_log")) == caseContacts); // the demo's open cases get nothing
    const QJsonObject letter = letters.first().toObject();
    const QString customer = letter.value(QStringLiteral("customer")).toString();
    const QString level = letter.value(QStringLiteral("level")).toString();

    const QString quiet = dd::Database::open(db)
                              ->scalar(QStringLiteral("SELECT number FROM customers WHERE id NOT IN "
                                                      "(SELECT customer_id FROM customer_contacts) ORDER BY number LIMIT 1"))
                              .toString();
    REQUIRE_FALSE(quiet.isEmpty());

    const QByteArray before = dd::test::databaseDigest(db);
    const QStringList list = {QStringLiteral("customer"), QStringLiteral("contacts"), QStringLiteral("--db"), db, customer};
    const CliRun json = cli(list + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    INFO(json.err.toStdString());
    REQUIRE(json.exitCode == 0);
    const QJsonArray rows = jsonOf(json);
    REQUIRE(rows.size() == 1);
    const QJsonObject row = rows.first().toObject();
    CHECK(row.value(QStringLiteral("date")).toString() == u"2026-06-15");
    CHECK(row.value(QStringLiteral("channel")).toString() == u"letter");
    CHECK(row.value(QStringLiteral("direction")).toString() == u"out");
    CHECK(row.value(QStringLiteral("kind")).toString() == level);
    CHECK(row.value(QStringLiteral("summary")).toString().contains(
        QStringLiteral(" sent for %1 invoice(s): ").arg(letter.value(QStringLiteral("invoices")).toInt())));

    const CliRun csv = cli(list + QStringList{QStringLiteral("--format"), QStringLiteral("csv")});
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.out.startsWith(QStringLiteral("date,channel,direction,kind,summary")));
    CHECK(csv.out.trimmed().count(u'\n') == 1);
    const CliRun table = cli(list);
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.contains(level));

    // A customer without contacts: an empty list, not an error.
    const CliRun empty = cli({QStringLiteral("customer"), QStringLiteral("contacts"), QStringLiteral("--db"), db, quiet,
                              QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(empty.exitCode == 0);
    CHECK(jsonOf(empty).isEmpty());
    const CliRun unknown = cli({QStringLiteral("customer"), QStringLiteral("contacts"), QStringLiteral("--db"), db,
                                QStringLiteral("NOPE-1")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("NOPE-1")));
    CHECK(unknown.err.trimmed().count(u'\n') == 0);
    CHECK(unknown.out.isEmpty());
    const CliRun missing = cli({QStringLiteral("customer"), QStringLiteral("contacts"), QStringLiteral("--db"), db});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(QStringLiteral("NUMBER")));
    const CliRun badFormat = cli(list + QStringList{QStringLiteral("--format"), QStringLiteral("xml")});
    CHECK(badFormat.exitCode == 2);
    CHECK(badFormat.err.contains(QStringLiteral("--format")));
    CHECK(dd::test::databaseDigest(db) == before);
}

TEST_CASE("disputedesk-cli binary: two dunning-run commits started together send every letter once", "[cli][dunning][binary]")
{
    dd::test::TempDir dir;
    const QString demoDb = databaseLocation(dir, QStringLiteral("demo.sqlite"));
    REQUIRE(cli({QStringLiteral("demo"), QStringLiteral("--db"), demoDb, QStringLiteral("--customers"), QStringLiteral("40"),
                 QStringLiteral("--invoices"), QStringLiteral("600"), QStringLiteral("--until"), QStringLiteral("2026-05-31")})
                .exitCode
            == 0);
    const QJsonArray preview = jsonOf(cli({QStringLiteral("dunning-run"), QStringLiteral("--db"), demoDb, QStringLiteral("--as-of"),
                                           QStringLiteral("2026-06-15"), QStringLiteral("--format"), QStringLiteral("json")}));
    QSet<QString> letters;
    for (const QJsonValue &value : preview) {
        if (value.toObject().value(QStringLiteral("action")).toString() == u"letter")
            letters.insert(value.toObject().value(QStringLiteral("file")).toString());
    }
    REQUIRE(letters.size() > 5);

    // Which of the two gets the write lock first differs from try to try; the outcome may not.
    for (int attempt = 0; attempt < 3; ++attempt) {
        const QString db = dd::test::copyDatabase(demoDb, dir, QStringLiteral("try%1.sqlite").arg(attempt));
        const QString out = dir.filePath(QStringLiteral("letters%1").arg(attempt));
        const QStringList arguments{QStringLiteral("dunning-run"), QStringLiteral("--db"), db, QStringLiteral("--as-of"),
                                    QStringLiteral("2026-06-15"), QStringLiteral("--commit"), QStringLiteral("--out"), out};
        QProcess first;
        QProcess second;
        first.start(QStringLiteral(DISPUTEDESK_CLI), arguments);
        second.start(QStringLiteral(DISPUTEDESK_CLI), arguments);
        REQUIRE(first.waitForFinished(300000));
        REQUIRE(second.waitForFinished(300000));
        INFO(first.readAllStandardError().toStdString() << second.readAllStandardError().toStdString());
        CHECK(first.exitCode() == 0);
        CHECK(second.exitCode() == 0);
        auto database = dd::Database::open(db);
        CHECK(database->scalar(QStringLiteral("SELECT COUNT(*) FROM dunning_letters")).toLongLong() == letters.size());
        CHECK(database->scalar(QStringLiteral("SELECT COUNT(*) FROM (SELECT invoice_id, level FROM dunning_letter_invoices "
                                              "WHERE moved_up = 1 GROUP BY invoice_id, level HAVING COUNT(*) > 1) AS twice"))
                  .toLongLong()
              == 0);
        const QStringList files = QDir(out).entryList(QDir::Files, QDir::Name);
        CHECK(QSet<QString>(files.begin(), files.end()) == letters);
    }
}
