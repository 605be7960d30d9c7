// The dispute commands: a case walked through the decision tree from the command line.
#include "CliRunner.h"
#include "TempDir.h"
#include "TestDatabase.h"

#include <QFile>

using dd::test::cli;
using dd::test::CliRun;
using dd::test::jsonDocumentOf;
using dd::test::jsonOf;

namespace {

const QString until = QStringLiteral("2026-06-30");

struct DemoDatabase
{
    dd::test::TempDir dir;
    QString path = databaseLocation(dir, QStringLiteral("demo.sqlite"));

    DemoDatabase()
    {
        const CliRun run = cli({QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--customers"),
                                QStringLiteral("80"), QStringLiteral("--invoices"), QStringLiteral("1500"),
                                QStringLiteral("--until"), until});
        REQUIRE(run.exitCode == 0);
    }

    // An overdue invoice that is in no open case, with its customer kind unknown to the test.
    QString freeOverdueInvoice() const
    {
        const CliRun run = cli({QStringLiteral("invoices"), QStringLiteral("--db"), path, QStringLiteral("--overdue"),
                                QStringLiteral("--as-of"), until, QStringLiteral("--format"), QStringLiteral("json")});
        for (const QJsonValue &value : jsonOf(run)) {
            if (value.toObject().value(QStringLiteral("dispute")).toString().isEmpty())
                return value.toObject().value(QStringLiteral("number")).toString();
        }
        FAIL("no overdue invoice outside a dispute");
        return QString();
    }

    CliRun dispute(const QString &subcommand, const QStringList &arguments) const
    {
        return cli(QStringList{QStringLiteral("dispute"), subcommand, QStringLiteral("--db"), path,
                               QStringLiteral("--user"), QStringLiteral("tester")}
                   + arguments);
    }

    QJsonObject show(const QString &number) const
    {
        const CliRun run = cli({QStringLiteral("dispute"), QStringLiteral("show"), QStringLiteral("--db"), path, number,
                                QStringLiteral("--format"), QStringLiteral("json")});
        REQUIRE(run.exitCode == 0);
        return jsonDocumentOf(run).object();
    }
};

} // namespace

TEST_CASE("dispute commands walk a case from Hear to Closed", "[cli][disputes]")
{
    DemoDatabase demo;
    const QString invoice = demo.freeOverdueInvoice();
    const CliRun opened = demo.dispute(QStringLiteral("open"),
                                       {QStringLiteral("--invoice"), invoice, QStringLiteral("--amount"), QStringLiteral("100,00"),
                                        QStringLiteral("--reason"), QStringLiteral("invoice-error"), QStringLiteral("--channel"),
                                        QStringLiteral("email"), QStringLiteral("--story"), QStringLiteral("Billed twice for one visit"),
                                        QStringLiteral("--received"), QStringLiteral("2026-06-26")});
    INFO(opened.err.toStdString());
    REQUIRE(opened.exitCode == 0);
    const QString number = opened.out.trimmed();
    CHECK(number.startsWith(QStringLiteral("DSP-2026-")));

    QJsonObject shown = demo.show(number);
    CHECK(shown.value(QStringLiteral("step")).toString() == QStringLiteral("hear"));
    CHECK(shown.value(QStringLiteral("disputed")).toString() == QStringLiteral("100.00"));
    CHECK(shown.value(QStringLiteral("promised")).toString() == QStringLiteral("2026-07-03"));
    CHECK(shown.value(QStringLiteral("invoices")).toArray().at(0).toObject().value(QStringLiteral("invoice")).toString() == invoice);

    // The invoice is on dunning hold while the case is open.
    const CliRun held = cli({QStringLiteral("invoices"), QStringLiteral("--db"), demo.path, QStringLiteral("--format"),
                             QStringLiteral("csv")});
    CHECK(held.out.contains(invoice + u','));
    CHECK(held.out.contains(u',' + number + QStringLiteral("\r\n")));

    const QString evidence = demo.dir.filePath(QStringLiteral("visit-report.txt"));
    {
        QFile file(evidence);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("Visit on 3 June, one visit only.\n");
    }
    REQUIRE(demo.dispute(QStringLiteral("finding"), {number, QStringLiteral("--source"), QStringLiteral("Planning"),
                                                     QStringLiteral("--direction"), QStringLiteral("customer"),
                                                     QStringLiteral("--text"), QStringLiteral("Only one visit took place"),
                                                     QStringLiteral("--evidence"), evidence})
                .exitCode == 0);
    const CliRun decided = demo.dispute(QStringLiteral("decide"), {number, QStringLiteral("--verdict"), QStringLiteral("justified"),
                                                                   QStringLiteral("--rationale"), QStringLiteral("Double billing confirmed")});
    CHECK(decided.out.trimmed() == number + QStringLiteral(" resolve"));
    CHECK(demo.dispute(QStringLiteral("resolve"), {number, QStringLiteral("--path"), QStringLiteral("credit")}).exitCode == 0);
    CHECK(demo.dispute(QStringLiteral("learn"), {number, QStringLiteral("--what"), QStringLiteral("Visit billed twice"),
                                                 QStringLiteral("--department"), QStringLiteral("Billing"), QStringLiteral("--action"),
                                                 QStringLiteral("Match visits to work orders")})
              .out.trimmed()
          == number + QStringLiteral(" learn"));
    CHECK(demo.dispute(QStringLiteral("close"), {number, QStringLiteral("--outcome"), QStringLiteral("credited")}).out.trimmed()
          == number + QStringLiteral(" closed"));

    shown = demo.show(number);
    CHECK(shown.value(QStringLiteral("step")).toString() == QStringLiteral("closed"));
    CHECK(shown.value(QStringLiteral("verdict")).toString() == QStringLiteral("justified"));
    CHECK(shown.value(QStringLiteral("outcome")).toString() == QStringLiteral("credited"));
    const QJsonArray findings = shown.value(QStringLiteral("findings")).toArray();
    REQUIRE(findings.size() == 1);
    const QJsonObject file = findings.at(0).toObject().value(QStringLiteral("evidence")).toArray().at(0).toObject();
    CHECK(file.value(QStringLiteral("name")).toString() == QStringLiteral("visit-report.txt"));
    CHECK(file.value(QStringLiteral("sha256")).toString().size() == 64);
    QStringList actions;
    for (const QJsonValue &event : shown.value(QStringLiteral("audit")).toArray()) {
        actions << event.toObject().value(QStringLiteral("action")).toString();
        CHECK(event.toObject().value(QStringLiteral("actor")).toString() == QStringLiteral("tester"));
    }
    CHECK(actions == QStringList({QStringLiteral("open"), QStringLiteral("verify"), QStringLiteral("finding"),
                                  QStringLiteral("conclude"), QStringLiteral("decide"), QStringLiteral("credit"),
                                  QStringLiteral("to-learn"), QStringLiteral("lessons"), QStringLiteral("close")}));

    const CliRun list = cli({QStringLiteral("disputes"), QStringLiteral("--db"), demo.path, QStringLiteral("--step"),
                             QStringLiteral("closed"), QStringLiteral("--format"), QStringLiteral("json")});
    bool listed = false;
    for (const QJsonValue &row : jsonOf(list)) {
        CHECK(row.toObject().value(QStringLiteral("step")).toString() == QStringLiteral("closed"));
        listed = listed || row.toObject().value(QStringLiteral("case")).toString() == number;
    }
    CHECK(listed);
}

TEST_CASE("a move the guards refuse exits 1 with the reason and changes nothing", "[cli][disputes][errors]")
{
    DemoDatabase demo;
    const QString number = demo.dispute(QStringLiteral("open"), {QStringLiteral("--invoice"), demo.freeOverdueInvoice(),
                                                                  QStringLiteral("--reason"), QStringLiteral("price-too-high"),
                                                                  QStringLiteral("--channel"), QStringLiteral("phone"),
                                                                  QStringLiteral("--story"), QStringLiteral("Too expensive")})
                               .out.trimmed();
    REQUIRE(!number.isEmpty());
    const int auditBefore = int(demo.show(number).value(QStringLiteral("audit")).toArray().size());

    const CliRun early = demo.dispute(QStringLiteral("decide"), {number, QStringLiteral("--verdict"), QStringLiteral("unjustified"),
                                                                 QStringLiteral("--rationale"), QStringLiteral("x")});
    CHECK(early.exitCode == 1);
    CHECK(early.err.contains(QStringLiteral("only be done in step Decide")));
    const CliRun legal = demo.dispute(QStringLiteral("resolve"), {number, QStringLiteral("--path"), QStringLiteral("legal")});
    CHECK(legal.exitCode == 1);
    CHECK(legal.err.count(u'\n') == 1);
    const CliRun close = demo.dispute(QStringLiteral("close"), {number, QStringLiteral("--outcome"), QStringLiteral("paid")});
    CHECK(close.exitCode == 1);
    CHECK(demo.show(number).value(QStringLiteral("audit")).toArray().size() == auditBefore);
    CHECK(demo.show(number).value(QStringLiteral("step")).toString() == QStringLiteral("hear"));

    const CliRun again = demo.dispute(QStringLiteral("open"), {QStringLiteral("--invoice"), demo.show(number).value(QStringLiteral("invoices")).toArray().at(0).toObject().value(QStringLiteral("invoice")).toString(),
                                                               QStringLiteral("--reason"), QStringLiteral("quality"), QStringLiteral("--channel"),
                                                               QStringLiteral("phone"), QStringLiteral("--story"), QStringLiteral("Again")});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already disputed in open case ") + number));
    const CliRun missing = cli({QStringLiteral("dispute"), QStringLiteral("show"), QStringLiteral("--db"), demo.path,
                                QStringLiteral("DSP-1999-000001")});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("there is no case DSP-1999-000001")));
}

TEST_CASE("dispute commands reject bad command lines with exit 2", "[cli][disputes][errors]")
{
    DemoDatabase demo;
    const QString invoice = demo.freeOverdueInvoice();
    struct Case
    {
        QString subcommand;
        QStringList arguments;
        QString expected;
    };
    const QList<Case> cases = {
        {QStringLiteral("open"), {QStringLiteral("--reason"), QStringLiteral("quality")}, QStringLiteral("--invoice NUMBER is required")},
        {QStringLiteral("open"),
         {QStringLiteral("--invoice"), invoice, QStringLiteral("--reason"), QStringLiteral("weather"), QStringLiteral("--channel"),
          QStringLiteral("phone"), QStringLiteral("--story"), QStringLiteral("x")},
         QStringLiteral("--reason: \"weather\" is not a reason code")},
        {QStringLiteral("open"),
         {QStringLiteral("--invoice"), invoice, QStringLiteral("--reason"), QStringLiteral("quality"), QStringLiteral("--channel"),
          QStringLiteral("pigeon"), QStringLiteral("--story"), QStringLiteral("x")},
         QStringLiteral("--channel must be one of")},
        {QStringLiteral("open"),
         {QStringLiteral("--invoice"), invoice, QStringLiteral("--amount"), QStringLiteral("-5"), QStringLiteral("--reason"),
          QStringLiteral("quality"), QStringLiteral("--channel"), QStringLiteral("phone"), QStringLiteral("--story"), QStringLiteral("x")},
         QStringLiteral("--amount must be more than zero")},
        {QStringLiteral("decide"), {QStringLiteral("DSP-2026-000001"), QStringLiteral("--verdict"), QStringLiteral("maybe")},
         QStringLiteral("--verdict must be justified, partly or unjustified")},
        {QStringLiteral("decide"),
         {QStringLiteral("DSP-2026-000001"), QStringLiteral("--verdict"), QStringLiteral("partly"), QStringLiteral("--rationale"),
          QStringLiteral("x")},
         QStringLiteral("--verdict partly needs --amount")},
        {QStringLiteral("finding"), {QStringLiteral("--source"), QStringLiteral("x")}, QStringLiteral("CASE is required")},
        {QStringLiteral("resolve"), {QStringLiteral("DSP-2026-000001"), QStringLiteral("--path"), QStringLiteral("court")},
         QStringLiteral("--path must be one of")},
        {QStringLiteral("resolve"), {QStringLiteral("DSP-2026-000001"), QStringLiteral("--path"), QStringLiteral("goodwill")},
         QStringLiteral("--path goodwill needs --note")},
        {QStringLiteral("close"), {QStringLiteral("DSP-2026-000001"), QStringLiteral("--outcome"), QStringLiteral("won")},
         QStringLiteral("--outcome must be one of")},
        {QStringLiteral("fly"), {}, QStringLiteral("unknown command \"dispute fly\"")},
    };
    for (const Case &c : cases) {
        INFO(c.subcommand.toStdString() << ' ' << c.arguments.join(u' ').toStdString());
        const CliRun run = demo.dispute(c.subcommand, c.arguments);
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(c.expected));
    }
}

TEST_CASE("reasons, case lists and warnings for programs", "[cli][disputes]")
{
    DemoDatabase demo;
    const CliRun reasons = cli({QStringLiteral("reasons"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(reasons.exitCode == 0);
    int productTechnical = 0;
    for (const QJsonValue &reason : jsonOf(reasons))
        productTechnical += reason.toObject().value(QStringLiteral("class")).toString() == QStringLiteral("product-technical");
    CHECK(jsonOf(reasons).size() == 12);
    CHECK(productTechnical == 1);

    // The demo has cases in several steps; filtering by one step returns only that step.
    const CliRun all = cli({QStringLiteral("disputes"), QStringLiteral("--db"), demo.path, QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonArray cases = jsonOf(all);
    CHECK(cases.size() > 40);
    QSet<QString> steps;
    for (const QJsonValue &row : cases)
        steps.insert(row.toObject().value(QStringLiteral("step")).toString());
    CHECK(steps.size() >= 4);
    const CliRun resolving = cli({QStringLiteral("disputes"), QStringLiteral("--db"), demo.path, QStringLiteral("--step"),
                                  QStringLiteral("resolve"), QStringLiteral("--format"), QStringLiteral("json")});
    for (const QJsonValue &row : jsonOf(resolving))
        CHECK(row.toObject().value(QStringLiteral("step")).toString() == QStringLiteral("resolve"));

    const CliRun overdue = cli({QStringLiteral("disputes"), QStringLiteral("--db"), demo.path, QStringLiteral("--overdue"),
                                QStringLiteral("--as-of"), until, QStringLiteral("--format"), QStringLiteral("json")});
    for (const QJsonValue &row : jsonOf(overdue)) {
        CHECK(row.toObject().value(QStringLiteral("overdue")).toBool());
        CHECK(row.toObject().value(QStringLiteral("promised")).toString() < until);
    }

    const CliRun warnings = cli({QStringLiteral("warnings"), QStringLiteral("--db"), demo.path, QStringLiteral("--as-of"), until,
                                 QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(warnings.exitCode == 0);
    for (const QJsonValue &row : jsonOf(warnings))
        CHECK(row.toObject().value(QStringLiteral("complaining_customers")).toInt() >= 3);
}

TEST_CASE("dispute rules shows and changes the database's rules, which open and warnings then follow", "[cli][disputes][settings]")
{
    DemoDatabase demo;
    const auto rules = [&](const QStringList &extra) {
        return cli(QStringList{QStringLiteral("dispute"), QStringLiteral("rules"), QStringLiteral("--db"), demo.path,
                               QStringLiteral("--format"), QStringLiteral("json")}
                   + extra);
    };
    const auto valueOf = [](const CliRun &run, const QString &rule) {
        for (const QJsonValue &row : jsonOf(run))
            if (row.toObject().value(QStringLiteral("rule")).toString() == rule)
                return row.toObject().value(QStringLiteral("value")).toInt();
        return -1;
    };
    const CliRun shown = rules({});
    REQUIRE(shown.exitCode == 0);
    CHECK(valueOf(shown, QStringLiteral("response_business_days")) == 5);
    CHECK(valueOf(shown, QStringLiteral("warning_minimum_customers")) == 3);
    CHECK(valueOf(shown, QStringLiteral("warning_window_days")) == 90);

    // Out of range: refused with the reason, nothing changed.
    const CliRun refused = rules({QStringLiteral("--response-days"), QStringLiteral("8"), QStringLiteral("--warning-days"), QStringLiteral("2")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("7 to 3,650 days")));
    CHECK(valueOf(rules({}), QStringLiteral("response_business_days")) == 5);

    const CliRun changed = rules({QStringLiteral("--response-days"), QStringLiteral("2"), QStringLiteral("--warning-customers"),
                                  QStringLiteral("1000")});
    REQUIRE(changed.exitCode == 0);
    CHECK(valueOf(changed, QStringLiteral("response_business_days")) == 2);
    CHECK(valueOf(changed, QStringLiteral("warning_minimum_customers")) == 1000);

    // Received Friday 26 June 2026: two business days later is Tuesday 30 June.
    const CliRun opened = demo.dispute(QStringLiteral("open"),
                                       {QStringLiteral("--invoice"), demo.freeOverdueInvoice(), QStringLiteral("--reason"),
                                        QStringLiteral("invoice-error"), QStringLiteral("--channel"), QStringLiteral("phone"),
                                        QStringLiteral("--story"), QStringLiteral("Wrong address"), QStringLiteral("--received"),
                                        QStringLiteral("2026-06-26")});
    REQUIRE(opened.exitCode == 0);
    CHECK(demo.show(opened.out.trimmed()).value(QStringLiteral("promised")).toString() == QStringLiteral("2026-06-30"));
    // No product has complaints from a thousand customers.
    const CliRun warnings = cli({QStringLiteral("warnings"), QStringLiteral("--db"), demo.path, QStringLiteral("--as-of"), until,
                                 QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(warnings.exitCode == 0);
    CHECK(jsonOf(warnings).isEmpty());
}

TEST_CASE("cost-benefit assesses a case and --record lets it take the legal path", "[cli][disputes][legal]")
{
    DemoDatabase demo;
    const QString number = demo.dispute(QStringLiteral("open"), {QStringLiteral("--invoice"), demo.freeOverdueInvoice(),
                                                                  QStringLiteral("--reason"), QStringLiteral("price-too-high"),
                                                                  QStringLiteral("--channel"), QStringLiteral("phone"),
                                                                  QStringLiteral("--story"), QStringLiteral("Too expensive"),
                                                                  QStringLiteral("--received"), QStringLiteral("2026-06-01")})
                               .out.trimmed();
    REQUIRE(!number.isEmpty());
    REQUIRE(demo.dispute(QStringLiteral("finding"), {number, QStringLiteral("--source"), QStringLiteral("Contract"),
                                                     QStringLiteral("--direction"), QStringLiteral("us"), QStringLiteral("--text"),
                                                     QStringLiteral("Price as signed")})
                .exitCode == 0);
    REQUIRE(demo.dispute(QStringLiteral("decide"), {number, QStringLiteral("--verdict"), QStringLiteral("unjustified"),
                                                    QStringLiteral("--rationale"), QStringLiteral("Signed price")})
                .exitCode == 0);
    REQUIRE(demo.dispute(QStringLiteral("resolve"), {number, QStringLiteral("--path"), QStringLiteral("amicable"),
                                                     QStringLiteral("--note"), QStringLiteral("Explained the signed price")})
                .exitCode == 0);
    const QString principal = demo.show(number).value(QStringLiteral("disputed")).toString();

    const auto assess = [&](const QStringList &extra) {
        return cli(QStringList{QStringLiteral("cost-benefit"), QStringLiteral("--db"), demo.path, number, QStringLiteral("--as-of"),
                               until, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--interest"),
                               QStringLiteral("10.00")}
                   + extra);
    };
    auto amountOf = [](const QJsonArray &rows, const QString &item) {
        for (const QJsonValue &row : rows) {
            if (row.toObject().value(QStringLiteral("item")).toString() == item)
                return dd::test::centsOf(row.toObject().value(QStringLiteral("amount")));
        }
        FAIL("no row " << item.toStdString());
        return qint64(0);
    };
    const QJsonArray sure = jsonOf(assess({QStringLiteral("--probability"), QStringLiteral("100")}));
    const QJsonArray doubtful = jsonOf(assess({QStringLiteral("--probability"), QStringLiteral("10")}));
    CHECK(sure.at(0).toObject().value(QStringLiteral("amount")).toString() == principal);
    CHECK(amountOf(sure, QStringLiteral("interest")) == 1000);
    CHECK(amountOf(sure, QStringLiteral("summons_costs")) == 11000);
    // A lower chance of recovery lowers the expected recovery and the net gain of going to court.
    CHECK(amountOf(doubtful, QStringLiteral("expected_recovery")) < amountOf(sure, QStringLiteral("expected_recovery")));
    CHECK(amountOf(doubtful, QStringLiteral("net_gain_of_legal")) < amountOf(sure, QStringLiteral("net_gain_of_legal")));
    CHECK(amountOf(sure, QStringLiteral("legal_net")) == amountOf(sure, QStringLiteral("net_gain_of_legal")));

    const CliRun bad = assess({QStringLiteral("--probability"), QStringLiteral("140")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("--probability must be a percentage")));

    // Without an assessment the legal path is refused; a recorded one opens it (for a business;
    // a consumer would also need the 14-day letter).
    const bool refused = cli({QStringLiteral("dispute"), QStringLiteral("resolve"), QStringLiteral("--db"), demo.path, number,
                               QStringLiteral("--path"), QStringLiteral("legal")})
                              .err.contains(QStringLiteral("cost-benefit"));
    CHECK(refused);
    REQUIRE(assess({QStringLiteral("--record")}).exitCode == 0);
    const CliRun legal = demo.dispute(QStringLiteral("resolve"), {number, QStringLiteral("--path"), QStringLiteral("legal")});
    if (legal.exitCode != 0)
        CHECK(legal.err.contains(QStringLiteral("14-day letter")));
    else
        CHECK(demo.show(number).value(QStringLiteral("path")).toString() == QStringLiteral("legal"));
    QStringList actions;
    for (const QJsonValue &event : demo.show(number).value(QStringLiteral("audit")).toArray())
        actions << event.toObject().value(QStringLiteral("action")).toString();
    CHECK(actions.contains(QStringLiteral("assessment")));
}

TEST_CASE("After an export/import round trip a partly credited case cannot be credited again (review defect 6)", "[cli][disputes][import]")
{
    DemoDatabase demo;
    const QString invoice = demo.freeOverdueInvoice();
    const CliRun opened = demo.dispute(QStringLiteral("open"),
                                       {QStringLiteral("--invoice"), invoice, QStringLiteral("--amount"), QStringLiteral("100.00"),
                                        QStringLiteral("--reason"), QStringLiteral("quality"), QStringLiteral("--channel"),
                                        QStringLiteral("email"), QStringLiteral("--story"), QStringLiteral("Two of ten leak"),
                                        QStringLiteral("--received"), QStringLiteral("2026-06-26")});
    REQUIRE(opened.exitCode == 0);
    const QString number = opened.out.trimmed();
    REQUIRE(demo.dispute(QStringLiteral("finding"), {number, QStringLiteral("--source"), QStringLiteral("Warehouse"), QStringLiteral("--direction"),
                                                     QStringLiteral("customer"), QStringLiteral("--text"), QStringLiteral("Two leak")})
                .exitCode == 0);
    REQUIRE(demo.dispute(QStringLiteral("decide"), {number, QStringLiteral("--verdict"), QStringLiteral("partly"), QStringLiteral("--amount"),
                                                    QStringLiteral("20.00"), QStringLiteral("--rationale"), QStringLiteral("Two of ten")})
                .exitCode == 0);
    REQUIRE(demo.dispute(QStringLiteral("resolve"), {number, QStringLiteral("--path"), QStringLiteral("credit")}).exitCode == 0);
    const auto notes = [](const QString &db) {
        const CliRun run = cli({QStringLiteral("credit-notes"), QStringLiteral("--db"), db, QStringLiteral("--format"), QStringLiteral("json")});
        REQUIRE(run.exitCode == 0);
        return jsonOf(run);
    };
    const QJsonArray before = notes(demo.path);
    REQUIRE_FALSE(before.isEmpty());

    // Moved in the documented order into a new database.
    const QString moved = databaseLocation(demo.dir, QStringLiteral("moved.sqlite"));
    for (const QString &kind : {QStringLiteral("customers"), QStringLiteral("invoices"), QStringLiteral("payments"),
                                QStringLiteral("disputes"), QStringLiteral("credit-notes")}) {
        INFO(kind.toStdString());
        const QString file = demo.dir.filePath(kind + QStringLiteral(".csv"));
        REQUIRE(cli({QStringLiteral("export"), QStringLiteral("--db"), demo.path, QStringLiteral("--kind"), kind, QStringLiteral("--out"), file})
                    .exitCode == 0);
        const CliRun imported = cli({QStringLiteral("import"), QStringLiteral("--db"), moved, QStringLiteral("--kind"), kind, file});
        INFO(imported.err.toStdString());
        REQUIRE(imported.exitCode == 0);
    }
    CHECK(notes(moved) == before);
    const CliRun again = cli({QStringLiteral("dispute"), QStringLiteral("resolve"), QStringLiteral("--db"), moved, number,
                              QStringLiteral("--path"), QStringLiteral("credit")});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already been credited")));
    CHECK(notes(moved) == before);
}
