// Issue 19 from the command line: `payment add|reverse|refund` enter payments by hand as the
// invoice's dialog does, and `dispute reassign` hands a case over; refusals exit non-zero and
// change nothing. The invoice's open amount is read back through `invoices --format json`.
#include "CliRunner.h"
#include "TempDir.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

using dd::test::centsOf;
using dd::test::cli;
using dd::test::CliRun;
using dd::test::jsonOf;

namespace {

const QString until = QStringLiteral("2026-06-30");

struct PaymentDemo
{
    dd::test::TempDir dir;
    QString path = databaseLocation(dir, QStringLiteral("demo.sqlite"));

    PaymentDemo()
    {
        REQUIRE(cli({QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--customers"), QStringLiteral("30"),
                     QStringLiteral("--invoices"), QStringLiteral("300"), QStringLiteral("--until"), until})
                    .exitCode
                == 0);
    }

    // An overdue invoice with nothing paid on it yet, in no case: its JSON row.
    QJsonObject unpaid() const
    {
        const CliRun run = cli({QStringLiteral("invoices"), QStringLiteral("--db"), path, QStringLiteral("--overdue"),
                                QStringLiteral("--as-of"), until, QStringLiteral("--format"), QStringLiteral("json")});
        for (const QJsonValue &value : jsonOf(run)) {
            const QJsonObject row = value.toObject();
            if (row.value(QStringLiteral("dispute")).toString().isEmpty()
                && centsOf(row.value(QStringLiteral("open"))) == centsOf(row.value(QStringLiteral("total"))))
                return row;
        }
        FAIL("no unpaid overdue invoice");
        return QJsonObject();
    }

    qint64 openOf(const QString &number) const
    {
        const CliRun run = cli({QStringLiteral("invoices"), QStringLiteral("--db"), path, QStringLiteral("--as-of"),
                                QStringLiteral("2026-07-10"), QStringLiteral("--format"), QStringLiteral("json")});
        for (const QJsonValue &value : jsonOf(run)) {
            if (value.toObject().value(QStringLiteral("number")).toString() == number)
                return centsOf(value.toObject().value(QStringLiteral("open")));
        }
        FAIL("no invoice " << number.toStdString());
        return 0;
    }

    CliRun payment(const QString &action, const QStringList &arguments) const
    {
        return cli(QStringList{QStringLiteral("payment"), action, QStringLiteral("--db"), path, QStringLiteral("--user"),
                               QStringLiteral("tester")}
                   + arguments);
    }
};

} // namespace

TEST_CASE("payment add and payment reverse change the invoice's open amount and keep both rows", "[cli][payments]")
{
    PaymentDemo demo;
    const QJsonObject invoice = demo.unpaid();
    const QString number = invoice.value(QStringLiteral("number")).toString();
    const qint64 open = demo.openOf(number);
    REQUIRE(open > 1234);

    const CliRun added = demo.payment(QStringLiteral("add"), {number, QStringLiteral("--amount"), QStringLiteral("12.34"),
                                                              QStringLiteral("--date"), QStringLiteral("2026-07-01"),
                                                              QStringLiteral("--reference"), QStringLiteral("by phone")});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    const QRegularExpressionMatch id = QRegularExpression(QStringLiteral("^payment (\\d+): ")).match(added.out);
    REQUIRE(id.hasMatch());
    CHECK(demo.openOf(number) == open - 1234);

    const CliRun reversed = demo.payment(QStringLiteral("reverse"), {id.captured(1), QStringLiteral("--date"), QStringLiteral("2026-07-02"),
                                                                     QStringLiteral("--reason"), QStringLiteral("returned")});
    INFO(reversed.err.toStdString());
    REQUIRE(reversed.exitCode == 0);
    CHECK(demo.openOf(number) == open);

    // Refusals: exit 1 with the reason, nothing changed.
    const CliRun again = demo.payment(QStringLiteral("reverse"), {id.captured(1), QStringLiteral("--date"), QStringLiteral("2026-07-02")});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("reversed before")));
    const CliRun future = demo.payment(QStringLiteral("add"), {number, QStringLiteral("--amount"), QStringLiteral("1.00"),
                                                               QStringLiteral("--date"), QStringLiteral("2199-01-01")});
    CHECK(future.exitCode == 1);
    CHECK(future.err.contains(QStringLiteral("future")));
    CHECK(demo.payment(QStringLiteral("add"), {number, QStringLiteral("--amount"), QStringLiteral("abc")}).exitCode == 2);
    CHECK(demo.payment(QStringLiteral("add"), {number}).exitCode == 2);
    CHECK(demo.openOf(number) == open);
}

TEST_CASE("an overpayment by payment add is said and leaves a refund that payment refund pays out", "[cli][payments][refund]")
{
    PaymentDemo demo;
    const QString number = demo.unpaid().value(QStringLiteral("number")).toString();
    const qint64 open = demo.openOf(number);
    const QString more = QStringLiteral("%1.%2").arg((open + 500) / 100).arg((open + 500) % 100, 2, 10, QLatin1Char('0'));
    const CliRun added = demo.payment(QStringLiteral("add"), {number, QStringLiteral("--amount"), more, QStringLiteral("--date"),
                                                              QStringLiteral("2026-07-01")});
    REQUIRE(added.exitCode == 0);
    CHECK(added.err.contains(QStringLiteral("more than was open")));
    CHECK(demo.openOf(number) == -500);
    CHECK(demo.payment(QStringLiteral("refund"), {number, QStringLiteral("--amount"), QStringLiteral("5.01"), QStringLiteral("--date"),
                                                  QStringLiteral("2026-07-02")})
              .exitCode
          == 1);
    const CliRun refund = demo.payment(QStringLiteral("refund"), {number, QStringLiteral("--date"), QStringLiteral("2026-07-02")});
    INFO(refund.err.toStdString());
    REQUIRE(refund.exitCode == 0);
    CHECK(demo.openOf(number) == 0);
}

TEST_CASE("dispute reassign hands a case over, in the audit trail", "[cli][disputes][reassign]")
{
    PaymentDemo demo;
    const QString number = demo.unpaid().value(QStringLiteral("number")).toString();
    const CliRun opened = cli({QStringLiteral("dispute"), QStringLiteral("open"), QStringLiteral("--db"), demo.path, QStringLiteral("--user"),
                               QStringLiteral("tester"), QStringLiteral("--invoice"), number, QStringLiteral("--reason"),
                               QStringLiteral("price-too-high"), QStringLiteral("--channel"), QStringLiteral("email"),
                               QStringLiteral("--story"), QStringLiteral("Too dear"),
                               QStringLiteral("--received"), QStringLiteral("2026-07-01")});
    INFO(opened.err.toStdString());
    REQUIRE(opened.exitCode == 0);
    const QString caseNumber = opened.out.section(u' ', 0, 0).trimmed();
    const CliRun moved = cli({QStringLiteral("dispute"), QStringLiteral("reassign"), QStringLiteral("--db"), demo.path, caseNumber,
                              QStringLiteral("--to"), QStringLiteral("Sanne Visser"), QStringLiteral("--user"), QStringLiteral("tester")});
    INFO(moved.err.toStdString());
    REQUIRE(moved.exitCode == 0);
    CHECK(moved.out.trimmed() == caseNumber + QStringLiteral(" Sanne Visser"));
    CHECK(cli({QStringLiteral("dispute"), QStringLiteral("reassign"), QStringLiteral("--db"), demo.path, caseNumber}).exitCode == 2);
}
