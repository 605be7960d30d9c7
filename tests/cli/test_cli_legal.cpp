// The legal calculator commands: collection-costs, interest, court-fee, limitation.

#include "CliRunner.h"
#include "TempDir.h"
#include "TestDatabase.h"
#include "legal/LegalTableRepository.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

using dd::test::cli;
using dd::test::CliRun;

QJsonObject objectOf(const CliRun &result)
{
    INFO(result.out.toStdString() << result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isObject());
    return document.object();
}

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QString::fromLatin1(key)).toString();
}

// A refused command: the exit code is not zero, nothing on stdout, one line on stderr.
void checkRefused(const QStringList &arguments, const QString &expected)
{
    const CliRun result = cli(arguments);
    INFO(arguments.join(u' ').toStdString() << " -> " << result.err.toStdString());
    CHECK(result.exitCode != 0);
    CHECK(result.out.isEmpty());
    CHECK(result.err.count(u'\n') == 1);
    CHECK(result.err.contains(expected));
}

} // namespace

TEST_CASE("collection-costs prints the amount and the breakdown per bracket", "[cli][legal]")
{
    const CliRun table = cli({QStringLiteral("collection-costs"), QStringLiteral("--principal"), QStringLiteral("3000")});
    INFO(table.err.toStdString());
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.contains(QStringLiteral("425.00")));
    CHECK(table.out.contains(QStringLiteral("14-day letter")));

    // The worked example of DOMAIN-NL.md, written the Dutch way.
    const QJsonObject json = objectOf(cli({QStringLiteral("collection-costs"), QStringLiteral("--principal"),
                                           QStringLiteral("12.000,00"), QStringLiteral("--format"), QStringLiteral("json")}));
    CHECK(text(json, "costs") == QStringLiteral("895.00"));
    CHECK(text(json, "total") == QStringLiteral("895.00"));
    const QJsonArray brackets = json.value(QStringLiteral("brackets")).toArray();
    REQUIRE(brackets.size() == 4);
    CHECK(text(brackets.at(0).toObject(), "amount") == QStringLiteral("375.00"));
    CHECK(text(brackets.at(3).toObject(), "rate") == QStringLiteral("1"));
    CHECK(text(brackets.at(3).toObject(), "base") == QStringLiteral("2000.00"));
    CHECK(text(brackets.at(3).toObject(), "amount") == QStringLiteral("20.00"));

    const QJsonObject minimum = objectOf(cli({QStringLiteral("collection-costs"), QStringLiteral("--principal"),
                                              QStringLiteral("200"), QStringLiteral("--format"), QStringLiteral("json")}));
    CHECK(text(minimum, "costs") == QStringLiteral("40.00"));
    CHECK(minimum.value(QStringLiteral("minimumApplied")).toBool());

    const QJsonObject business = objectOf(
        cli({QStringLiteral("collection-costs"), QStringLiteral("--principal"), QStringLiteral("1000000.00"),
             QStringLiteral("--kind"), QStringLiteral("business"), QStringLiteral("--vat-uplift"), QStringLiteral("--invoices"),
             QStringLiteral("2"), QStringLiteral("--format"), QStringLiteral("json")}));
    CHECK(text(business, "costs") == QStringLiteral("6775.00"));
    CHECK(text(business, "vat") == QStringLiteral("1422.75"));
    CHECK(text(business, "total") == QStringLiteral("8197.75"));
    CHECK(text(business.value(QStringLiteral("euCompensation")).toObject(), "amount") == QStringLiteral("80.00"));
    // The € 40 per invoice rests on CJEU C-585/20 (BFF Finance Iberia), not C-78/22.
    CHECK(text(business.value(QStringLiteral("euCompensation")).toObject(), "basis").contains(QStringLiteral("C-585/20")));
    CHECK_FALSE(business.value(QStringLiteral("euCompensation")).toObject().value(QStringLiteral("basis")).toString().contains(QStringLiteral("78/22")));

    const CliRun csv = cli({QStringLiteral("collection-costs"), QStringLiteral("--principal"), QStringLiteral("1000"),
                              QStringLiteral("--format"), QStringLiteral("csv")});
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.out.startsWith(QStringLiteral("item,from,to,rate,base,amount\r\n")));
    CHECK(csv.out.contains(QStringLiteral("total,,,,,150.00\r\n")));
}

TEST_CASE("interest prints the total and the periods", "[cli][legal]")
{
    // The hand computation is in tests/core/test_legal_interest.cpp: 604.93 + 621.58 + 691.38.
    const QJsonObject json = objectOf(cli({QStringLiteral("interest"), QStringLiteral("--principal"), QStringLiteral("10.000,00"),
                                           QStringLiteral("--from"), QStringLiteral("2023-07-01"), QStringLiteral("--to"),
                                           QStringLiteral("2024-12-31"), QStringLiteral("--kind"), QStringLiteral("commercial"),
                                           QStringLiteral("--format"), QStringLiteral("json")}));
    CHECK(text(json, "interest") == QStringLiteral("1917.89"));
    CHECK(text(json, "total") == QStringLiteral("11917.89"));
    CHECK(json.value(QStringLiteral("days")).toInt() == 550);
    CHECK(text(json, "convention").contains(QStringLiteral("366")));
    CHECK(json.value(QStringLiteral("compoundedOn")).toArray().at(0).toString() == QStringLiteral("2024-07-01"));
    const QJsonArray periods = json.value(QStringLiteral("periods")).toArray();
    REQUIRE(periods.size() == 3);
    CHECK(text(periods.at(2).toObject(), "principal") == QStringLiteral("11226.51"));
    CHECK(text(periods.at(2).toObject(), "rate") == QStringLiteral("12.25"));
    CHECK(periods.at(1).toObject().value(QStringLiteral("yearDays")).toInt() == 366);

    const CliRun table = cli({QStringLiteral("interest"), QStringLiteral("--principal"), QStringLiteral("10000"),
                                QStringLiteral("--from"), QStringLiteral("2024-01-01"), QStringLiteral("--to"),
                                QStringLiteral("2024-12-31"), QStringLiteral("--kind"), QStringLiteral("consumer")});
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.contains(QStringLiteral("700.00")));
    CHECK(table.out.contains(QStringLiteral("/ 366")));
}

TEST_CASE("interest uses the rate periods added to a database", "[cli][legal]")
{
    const dd::test::TempDir dir;
    const QString path = databaseLocation(dir, QStringLiteral("rates.sqlite"));
    {
        auto database = dd::Database::open(path);
        dd::InterestRatePeriod period;
        period.from = dd::Date(2026, 7, 1);
        period.until = dd::Date(2026, 12, 31);
        period.rateBasisPoints = 1000;
        dd::LegalTableRepository(*database).addInterestPeriod(dd::InterestKind::Commercial, period);
    }
    const QStringList arguments{QStringLiteral("interest"), QStringLiteral("--principal"), QStringLiteral("36500"),
                                QStringLiteral("--from"),   QStringLiteral("2026-07-01"),  QStringLiteral("--to"),
                                QStringLiteral("2026-07-10"), QStringLiteral("--kind"),   QStringLiteral("commercial"),
                                QStringLiteral("--format"), QStringLiteral("json")};
    checkRefused(arguments, QStringLiteral("no statutory commercial interest rate is known for 2026-07-01"));
    // 36,500 x 10% x 10 / 365 = 100.00
    const QJsonObject json = objectOf(cli(arguments + QStringList{QStringLiteral("--db"), path}));
    CHECK(text(json, "interest") == QStringLiteral("100.00"));
}

TEST_CASE("court-fee prints the fee of the bracket", "[cli][legal]")
{
    const QJsonObject person = objectOf(cli({QStringLiteral("court-fee"), QStringLiteral("--claim"), QStringLiteral("1.500,01"),
                                             QStringLiteral("--debtor"), QStringLiteral("person"), QStringLiteral("--date"),
                                             QStringLiteral("2024-05-01"), QStringLiteral("--format"), QStringLiteral("json")}));
    CHECK(text(person, "fee") == QStringLiteral("248.00"));
    CHECK(text(person, "bracketFrom") == QStringLiteral("1500.00"));
    CHECK(text(person, "bracketTo") == QStringLiteral("2500.00"));

    const CliRun organisation = cli({QStringLiteral("court-fee"), QStringLiteral("--claim"), QStringLiteral("12500.01"),
                                       QStringLiteral("--debtor"), QStringLiteral("organisation"), QStringLiteral("--date"),
                                       QStringLiteral("2024-05-01")});
    REQUIRE(organisation.exitCode == 0);
    CHECK(organisation.out.contains(QStringLiteral("1,409.00")));

    // The fee is paid by the party that sues: --claimant (the old --debtor is still read).
    const QJsonObject claimant = objectOf(cli({QStringLiteral("court-fee"), QStringLiteral("--claim"), QStringLiteral("2000"),
                                               QStringLiteral("--claimant"), QStringLiteral("organisation"), QStringLiteral("--date"),
                                               QStringLiteral("2026-06-01"), QStringLiteral("--format"), QStringLiteral("json")}));
    CHECK(text(claimant, "claimant") == QStringLiteral("organisation"));
    CHECK(text(claimant, "fee") == QStringLiteral("397.00"));
    CHECK(claimant.value(QStringLiteral("toVerify")).toBool());
    const CliRun help = cli({QStringLiteral("court-fee"), QStringLiteral("--help")});
    CHECK(help.out.contains(QStringLiteral("--claimant")));
    CHECK_FALSE(help.out.contains(QStringLiteral("--debtor")));
}

TEST_CASE("limitation prints the last day and the interruptions", "[cli][legal]")
{
    const QJsonObject json = objectOf(cli({QStringLiteral("limitation"), QStringLiteral("--due"), QStringLiteral("2024-03-15"),
                                           QStringLiteral("--reminder"), QStringLiteral("2025-06-10"), QStringLiteral("--reminder"),
                                           QStringLiteral("2024-01-01"), QStringLiteral("--as-of"), QStringLiteral("2026-06-30"),
                                           QStringLiteral("--format"), QStringLiteral("json")}));
    CHECK(text(json, "lastDay") == QStringLiteral("2030-06-10"));
    CHECK(text(json, "barredFrom") == QStringLiteral("2030-06-11"));
    CHECK(text(json, "status") == QStringLiteral("running"));
    const QJsonArray reminders = json.value(QStringLiteral("reminders")).toArray();
    REQUIRE(reminders.size() == 2);
    CHECK(text(reminders.at(0).toObject(), "effect") == QStringLiteral("before-due"));
    CHECK(text(reminders.at(1).toObject(), "effect") == QStringLiteral("interrupted"));

    const CliRun near = cli({QStringLiteral("limitation"), QStringLiteral("--due"), QStringLiteral("2024-03-15"),
                               QStringLiteral("--kind"), QStringLiteral("consumer-goods"), QStringLiteral("--as-of"),
                               QStringLiteral("2026-01-15")});
    REQUIRE(near.exitCode == 0);
    CHECK(near.out.contains(QStringLiteral("warning: time-barred from 2026-03-16")));
}

TEST_CASE("legal commands refuse bad input with one line and a non-zero exit", "[cli][legal]")
{
    const QString costs = QStringLiteral("collection-costs");
    const QString principal = QStringLiteral("--principal");
    checkRefused({costs, principal, QStringLiteral("-12,50")}, QStringLiteral("negative"));
    checkRefused({costs, principal, QString()}, QStringLiteral("no amount given"));
    checkRefused({costs, principal, QStringLiteral("twelve")}, QStringLiteral("is not an amount"));
    checkRefused({costs, principal, QStringLiteral("0")}, QStringLiteral("more than zero"));
    checkRefused({costs}, QStringLiteral("--principal AMOUNT is required"));
    checkRefused({costs, principal, QStringLiteral("100"), QStringLiteral("--kind"), QStringLiteral("company")},
                 QStringLiteral("--kind must be consumer|business"));

    const QStringList interest{QStringLiteral("interest"), principal, QStringLiteral("1000"), QStringLiteral("--kind"),
                               QStringLiteral("consumer")};
    checkRefused(interest + QStringList{QStringLiteral("--from"), QStringLiteral("2024-02-01"), QStringLiteral("--to"),
                                        QStringLiteral("2024-01-31")},
                 QStringLiteral("--to 2024-01-31 is before --from 2024-02-01"));
    checkRefused(interest + QStringList{QStringLiteral("--from"), QStringLiteral("2019-06-01"), QStringLiteral("--to"),
                                        QStringLiteral("2020-01-31")},
                 QStringLiteral("no statutory interest rate for consumer transactions is known for 2019-06-01"));
    checkRefused(interest + QStringList{QStringLiteral("--from"), QStringLiteral("2024-02-30"), QStringLiteral("--to"),
                                        QStringLiteral("2024-03-31")},
                 QStringLiteral("\"2024-02-30\" is not a date"));

    checkRefused({QStringLiteral("court-fee"), QStringLiteral("--claim"), QStringLiteral("1000"), QStringLiteral("--debtor"),
                  QStringLiteral("company")},
                 QStringLiteral("--debtor must be organisation|person"));
    checkRefused({QStringLiteral("court-fee"), QStringLiteral("--claim"), QStringLiteral("1000"), QStringLiteral("--debtor"),
                  QStringLiteral("person"), QStringLiteral("--date"), QStringLiteral("2023-12-31")},
                 QStringLiteral("no court fee table is known for 2023-12-31"));
    checkRefused({QStringLiteral("court-fee"), QStringLiteral("--claim"), QStringLiteral("30000"), QStringLiteral("--debtor"),
                  QStringLiteral("person"), QStringLiteral("--date"), QStringLiteral("2024-06-01")},
                 QStringLiteral("rechtbank"));
    checkRefused({QStringLiteral("limitation"), QStringLiteral("--due"), QStringLiteral("2024-03-15"),
                  QStringLiteral("--reminder"), QStringLiteral("soon")},
                 QStringLiteral("--reminder: \"soon\" is not a date"));

    // Usage errors exit 2; a date the table does not cover is refused input: exit 1.
    CHECK(cli({costs, principal, QStringLiteral("-1")}).exitCode == 2);
    CHECK(cli(interest + QStringList{QStringLiteral("--from"), QStringLiteral("2019-06-01"), QStringLiteral("--to"),
                                     QStringLiteral("2020-01-31")})
              .exitCode
          == 1);
}

TEST_CASE("interest-rates lists the table and adds a period to a database", "[cli][legal]")
{
    const CliRun list = cli({QStringLiteral("interest-rates"), QStringLiteral("--kind"), QStringLiteral("commercial"),
                               QStringLiteral("--format"), QStringLiteral("csv")});
    REQUIRE(list.exitCode == 0);
    CHECK(list.out.startsWith(QStringLiteral("kind,from,until,rate,to_verify,added,source\r\n")));
    CHECK(list.out.contains(QStringLiteral("commercial,2024-07-01,2024-12-31,12.25,false,false,")));
    CHECK(list.out.contains(QStringLiteral("commercial,2026-01-01,2026-06-30,10.15,true,false,")));
    CHECK_FALSE(list.out.contains(QStringLiteral("consumer,")));

    const dd::test::TempDir dir;
    const QString path = databaseLocation(dir, QStringLiteral("rates.sqlite"));
    checkRefused({QStringLiteral("interest-rates"), QStringLiteral("--add"), QStringLiteral("--kind"), QStringLiteral("consumer"),
                  QStringLiteral("--from"), QStringLiteral("2026-07-01"), QStringLiteral("--until"), QStringLiteral("2026-12-31"),
                  QStringLiteral("--rate"), QStringLiteral("4")},
                 QStringLiteral("--add needs --db FILE"));
    checkRefused({QStringLiteral("interest-rates"), QStringLiteral("--db"), path, QStringLiteral("--add"), QStringLiteral("--kind"),
                  QStringLiteral("consumer"), QStringLiteral("--from"), QStringLiteral("2026-07-01"), QStringLiteral("--until"),
                  QStringLiteral("2026-12-31"), QStringLiteral("--rate"), QStringLiteral("four")},
                 QStringLiteral("--rate: \"four\" is not a percentage"));
    const CliRun added = cli({QStringLiteral("interest-rates"), QStringLiteral("--db"), path, QStringLiteral("--add"),
                                QStringLiteral("--kind"), QStringLiteral("consumer"), QStringLiteral("--from"),
                                QStringLiteral("2026-07-01"), QStringLiteral("--until"), QStringLiteral("2026-12-31"),
                                QStringLiteral("--rate"), QStringLiteral("4,5"), QStringLiteral("--source"),
                                QStringLiteral("Staatscourant"), QStringLiteral("--format"), QStringLiteral("csv")});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK(added.out.contains(QStringLiteral("consumer,2026-07-01,2026-12-31,4.5,false,true,Staatscourant")));

    // 10,000 x 4.5% x 184 / 365 = 226.8493 -> 226.85
    const QJsonObject json = objectOf(cli({QStringLiteral("interest"), QStringLiteral("--db"), path, QStringLiteral("--principal"),
                                           QStringLiteral("10000"), QStringLiteral("--from"), QStringLiteral("2026-07-01"),
                                           QStringLiteral("--to"), QStringLiteral("2026-12-31"), QStringLiteral("--kind"),
                                           QStringLiteral("consumer"), QStringLiteral("--format"), QStringLiteral("json")}));
    CHECK(text(json, "interest") == QStringLiteral("226.85"));
}

TEST_CASE("cli: exchange-rates enters, imports and shows the euro rates, and bad input changes nothing", "[cli][exchange-rates]")
{
    dd::test::TempDir dir;
    const QString db = databaseLocation(dir, QStringLiteral("rates.sqlite"));
    dd::Database::open(db);
    const QString rates = QStringLiteral("exchange-rates");
    const QString dbOption = QStringLiteral("--db");

    const CliRun entered = cli({rates, dbOption, db, QStringLiteral("--currency"), QStringLiteral("gbp"), QStringLiteral("--rate"),
                                  QStringLiteral("0,8613"), QStringLiteral("--date"), QStringLiteral("2026-12-04")});
    INFO(entered.err.toStdString());
    CHECK(entered.exitCode == 0);
    CHECK(entered.out.contains(QStringLiteral("GBP")));
    CHECK(entered.out.contains(QStringLiteral("0.8613")));

    // The ECB's history file; a file with one bad figure is refused whole, naming line and field.
    QFile history(dir.filePath(QStringLiteral("eurofxref-hist.csv")));
    REQUIRE(history.open(QIODevice::WriteOnly));
    history.write("Date,USD,GBP,\n2026-12-03,1.0801,0.8600,\n2026-12-02,1.0790,N/A,\n");
    history.close();
    const CliRun imported = cli({rates, dbOption, db, QStringLiteral("--import"), history.fileName()});
    INFO(imported.err.toStdString());
    CHECK(imported.exitCode == 0);
    CHECK(imported.err.contains(QStringLiteral("3 rates read")));
    QFile bad(dir.filePath(QStringLiteral("bad.csv")));
    REQUIRE(bad.open(QIODevice::WriteOnly));
    bad.write("Date,USD,GBP\n2026-12-07,1.0801,0.8600\n2026-12-08,1.0790,0,86\n");
    bad.close();
    checkRefused({rates, dbOption, db, QStringLiteral("--import"), bad.fileName()}, QStringLiteral("line 3"));
    checkRefused({rates, dbOption, db, QStringLiteral("--rate"), QStringLiteral("0.86")}, QStringLiteral("--currency"));
    checkRefused({rates, dbOption, db, QStringLiteral("--currency"), QStringLiteral("EUR"), QStringLiteral("--rate"),
                  QStringLiteral("1")},
                 QStringLiteral("other than EUR"));
    checkRefused({rates, dbOption, db, QStringLiteral("--currency"), QStringLiteral("GBP"), QStringLiteral("--rate"),
                  QStringLiteral("0.1234567")},
                 QStringLiteral("six decimals"));

    const QJsonArray all = QJsonDocument::fromJson(
                               cli({rates, dbOption, db, QStringLiteral("--currency"), QStringLiteral("GBP"), QStringLiteral("--format"),
                                    QStringLiteral("json")})
                                   .out.toUtf8())
                               .array();
    REQUIRE(all.size() == 2); // 12-04 entered, 12-03 imported; nothing of the refused file
    CHECK(all.at(0).toObject().value(QStringLiteral("date")).toString() == QStringLiteral("2026-12-04"));
    CHECK(all.at(0).toObject().value(QStringLiteral("source")).toString() == QStringLiteral("entered"));
    CHECK(all.at(1).toObject().value(QStringLiteral("per_eur")).toString() == QStringLiteral("0.8600"));
    CHECK(all.at(1).toObject().value(QStringLiteral("source")).toString() == QStringLiteral("ECB"));
}
