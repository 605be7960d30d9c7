// Bad input on the command line (issue 14): dates the date arithmetic cannot take and files that
// never end were crashes (exit 134, std::bad_alloc); each is now refused with a message naming
// the option or the field, and changes nothing.
#include "CliRunner.h"
#include "TempDir.h"
#include "TestDatabase.h"

#include <QFile>

using dd::test::cli;
using dd::test::CliRun;
using dd::test::jsonDocumentOf;
using dd::test::jsonOf;

namespace {

const QString outside = QStringLiteral("is outside the dates DisputeDesk accepts (1900-01-01 to 2199-12-31)");

struct Desk
{
    dd::test::TempDir dir;
    QString path = databaseLocation(dir, QStringLiteral("desk.sqlite"));

    Desk()
    {
        const CliRun run = cli({QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--customers"),
                                QStringLiteral("20"), QStringLiteral("--invoices"), QStringLiteral("200"),
                                QStringLiteral("--until"), QStringLiteral("2026-06-30")});
        REQUIRE(run.exitCode == 0);
    }

    QString invoiceOutsideCases() const
    {
        const CliRun run = cli({QStringLiteral("invoices"), QStringLiteral("--db"), path, QStringLiteral("--overdue"),
                                QStringLiteral("--as-of"), QStringLiteral("2026-06-30"), QStringLiteral("--format"),
                                QStringLiteral("json")});
        for (const QJsonValue &value : jsonOf(run)) {
            if (value.toObject().value(QStringLiteral("dispute")).toString().isEmpty())
                return value.toObject().value(QStringLiteral("number")).toString();
        }
        FAIL("no overdue invoice outside a dispute");
        return QString();
    }

    QByteArray bytes() const
    {
        return dd::test::databaseDigest(path);
    }
};

void refusedWith(const CliRun &run, int code, const QString &message)
{
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.exitCode == code);
    CHECK(run.err.contains(message));
    CHECK(run.err.count(u'\n') == 1);
}

} // namespace

TEST_CASE("Dates outside 1900-2199 are refused with the option's name instead of aborting", "[cli][dates]")
{
    Desk desk;
    const QString db = desk.path;
    refusedWith(cli({QStringLiteral("limitation"), QStringLiteral("--due"), QStringLiteral("9999-12-31")}), 2,
                QStringLiteral("--due: 9999-12-31 ") + outside);
    refusedWith(cli({QStringLiteral("aging"), QStringLiteral("--db"), db, QStringLiteral("--as-of"), QStringLiteral("1400-01-01")}), 2,
                QStringLiteral("--as-of: 1400-01-01 ") + outside);
    refusedWith(cli({QStringLiteral("warnings"), QStringLiteral("--db"), db, QStringLiteral("--as-of"), QStringLiteral("1400-01-02")}), 2,
                QStringLiteral("--as-of: 1400-01-02 ") + outside);
    refusedWith(cli({QStringLiteral("report"), QStringLiteral("disputes"), QStringLiteral("--db"), db, QStringLiteral("--from"),
                     QStringLiteral("1400-01-01"), QStringLiteral("--to"), QStringLiteral("9999-12-31"), QStringLiteral("--pdf"),
                     desk.dir.filePath(QStringLiteral("r.pdf"))}),
                2, QStringLiteral("--from: 1400-01-01 ") + outside);
    refusedWith(cli({QStringLiteral("interest"), QStringLiteral("--principal"), QStringLiteral("100"), QStringLiteral("--from"),
                     QStringLiteral("2026-01-01"), QStringLiteral("--to"), QStringLiteral("2200-01-01"), QStringLiteral("--kind"),
                     QStringLiteral("commercial")}),
                2, QStringLiteral("--to: 2200-01-01 ") + outside);
    // A year before Boost's 1400 too, and a date that does not exist is still "not a date".
    refusedWith(cli({QStringLiteral("limitation"), QStringLiteral("--due"), QStringLiteral("0999-01-01")}), 2,
                QStringLiteral("--due: 0999-01-01 ") + outside);
    refusedWith(cli({QStringLiteral("limitation"), QStringLiteral("--due"), QStringLiteral("2026-02-30")}), 2,
                QStringLiteral("--due: \"2026-02-30\" is not a date (YYYY-MM-DD)"));

    const QByteArray before = desk.bytes();
    refusedWith(cli({QStringLiteral("dispute"), QStringLiteral("open"), QStringLiteral("--db"), db, QStringLiteral("--invoice"),
                     desk.invoiceOutsideCases(), QStringLiteral("--reason"), QStringLiteral("quality"), QStringLiteral("--channel"),
                     QStringLiteral("email"), QStringLiteral("--story"), QStringLiteral("Late"), QStringLiteral("--received"),
                     QStringLiteral("9999-12-31")}),
                2, QStringLiteral("--received: 9999-12-31 ") + outside);
    CHECK(desk.bytes() == before);

    // The ends of the range themselves work, date arithmetic beyond them included.
    const CliRun last = cli({QStringLiteral("limitation"), QStringLiteral("--due"), QStringLiteral("2199-12-31"), QStringLiteral("--as-of"),
                             QStringLiteral("2199-12-31")});
    INFO(last.err.toStdString());
    CHECK(last.exitCode == 0);
    CHECK(cli({QStringLiteral("aging"), QStringLiteral("--db"), db, QStringLiteral("--as-of"), QStringLiteral("1900-01-01")}).exitCode == 0);
    CHECK(cli({QStringLiteral("warnings"), QStringLiteral("--db"), db, QStringLiteral("--as-of"), QStringLiteral("1900-01-01")}).exitCode == 0);
}

TEST_CASE("An invoice issued in 9999 without a due date is refused by import, naming file, line and field", "[cli][dates]")
{
    Desk desk;
    const QString csv = desk.dir.filePath(QStringLiteral("late.csv"));
    {
        QFile file(csv);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("number,customer,issue_date,total_incl\nX-1,C000001,9999-12-20,10.00\n");
    }
    const QByteArray before = desk.bytes();
    const CliRun run = cli({QStringLiteral("import"), QStringLiteral("--db"), desk.path, QStringLiteral("--kind"),
                            QStringLiteral("invoices"), csv});
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(csv + QStringLiteral(":2:3: issue_date: 9999-12-20 ") + outside));
    CHECK(desk.bytes() == before);
}

TEST_CASE("Evidence that never ends (/dev/zero) is refused and nothing is recorded", "[cli][evidence]")
{
    Desk desk;
    const CliRun opened = cli({QStringLiteral("dispute"), QStringLiteral("open"), QStringLiteral("--db"), desk.path,
                               QStringLiteral("--invoice"), desk.invoiceOutsideCases(), QStringLiteral("--reason"),
                               QStringLiteral("quality"), QStringLiteral("--channel"), QStringLiteral("email"),
                               QStringLiteral("--story"), QStringLiteral("Broken"), QStringLiteral("--received"),
                               QStringLiteral("2026-06-29")});
    INFO(opened.err.toStdString());
    REQUIRE(opened.exitCode == 0);
    const QString number = opened.out.section(u' ', 0, 0).trimmed();
    REQUIRE_FALSE(number.isEmpty());
    const QByteArray before = desk.bytes();
    const CliRun run = cli({QStringLiteral("dispute"), QStringLiteral("finding"), QStringLiteral("--db"), desk.path, number,
                            QStringLiteral("--source"), QStringLiteral("warehouse"), QStringLiteral("--direction"),
                            QStringLiteral("us"), QStringLiteral("--text"), QStringLiteral("Delivered whole"),
                            QStringLiteral("--evidence"), QStringLiteral("/dev/zero")});
    refusedWith(run, 1, QStringLiteral("Evidence file /dev/zero is not a regular file."));
    CHECK(desk.bytes() == before);
}
