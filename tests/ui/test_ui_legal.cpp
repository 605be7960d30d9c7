// The legal calculator and the rate/fee settings page driven as a user drives them: typing into
// the real fields, reading what the labels and tables show, checked against numbers worked out by
// hand (DOMAIN-NL.md).

#include "TestScreenshots.h"
#include "UiTestSupport.h"

#include "common/UiLocale.h"
#include "legal/CollectionCosts.h"
#include "legal/LegalCalculatorWindow.h"
#include "legal/LegalTableRepository.h"
#include "legal/LegalTablesDialog.h"
#include "session/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace dd;
using dd::test::TestScreenshots;
using dd::test::DemoDatabase;
using dd::test::child;

namespace {

QString eur(qint64 cents)
{
    return UiLocale::formatMoney(cents, QStringLiteral("EUR"));
}


void selectData(QComboBox *combo, int data)
{
    const int index = combo->findData(data);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

} // namespace

TEST_CASE("Legal calculator: the worked example, an interest breakdown across a rate change, a date past the table",
          "[ui][legal]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    LegalCalculatorWindow window(nullptr);
    window.setAttribute(Qt::WA_DeleteOnClose, false);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    auto *principal = child<QLineEdit>(window, "principalEdit");
    auto *from = child<QDateEdit>(window, "fromDate");
    auto *to = child<QDateEdit>(window, "toDate");
    auto *debtor = child<QComboBox>(window, "debtorKind");
    auto *costs = child<QLabel>(window, "collectionCosts");
    auto *brackets = child<QTableWidget>(window, "bracketTable");
    auto *interest = child<QTableWidget>(window, "interestTable");
    auto *message = child<QLabel>(window, "calculatorMessage");

    // Commercial interest from 1 May 2024: 12.5 % until 30 June, 12.25 % from 1 July.
    selectData(debtor, int(CollectionCosts::Debtor::Business));
    from->setDate(QDate(2024, 5, 1));
    to->setDate(QDate(2024, 9, 30));

    // DOMAIN-NL.md: € 3,000 -> € 425.00 (15 % of 2,500 + 10 % of 500).
    principal->setFocus();
    QTest::keyClicks(principal, QStringLiteral("3000"));
    CHECK(costs->text().contains(QStringLiteral("Collection costs: ") + eur(42500)));
    REQUIRE(brackets->rowCount() == 2);
    CHECK(brackets->item(0, 3)->text() == eur(37500));
    CHECK(brackets->item(1, 3)->text() == eur(5000));

    // Split at the rate change; 2024 is a leap year: 3,000 x 12.5 % x 61/366 = 62.50 and
    // 3,000 x 12.25 % x 92/366 = 92.377 -> 92.38.
    REQUIRE(interest->rowCount() == 2);
    CHECK(interest->item(0, 2)->text() == QStringLiteral("61 / 366"));
    CHECK(interest->item(0, 5)->text() == eur(6250));
    CHECK(interest->item(1, 0)->text() == UiLocale::formatDate(QDate(2024, 7, 1)));
    CHECK(interest->item(1, 2)->text() == QStringLiteral("92 / 366"));
    CHECK(interest->item(1, 5)->text() == eur(9238));
    CHECK(child<QLabel>(window, "interestTotal")->text().contains(eur(15488)));
    CHECK(child<QLabel>(window, "interestConvention")->text().contains(QStringLiteral("366")));
    CHECK(child<QLabel>(window, "claimTotal")->text().contains(eur(300000 + 42500 + 15488)));
    CHECK_FALSE(child<QLabel>(window, "courtFee")->text().isEmpty());
    CHECK(child<QLabel>(window, "limitationDate")->text().contains(UiLocale::formatDate(QDate(2029, 5, 1))));
    CHECK(message->text().isEmpty());

    // Into 2025: also split at 1 January (new rate, and 365-day year) -> three rows.
    to->setDate(QDate(2025, 2, 28));
    CHECK(interest->rowCount() == 3);
    TestScreenshots::save(window, QStringLiteral("legal-calculator.png"));

    // Past the shipped table (it ends on 30 June 2026): a clear message, no breakdown.
    to->setDate(QDate(2026, 7, 15));
    CHECK(interest->rowCount() == 0);
    CHECK(message->text().contains(QStringLiteral("2026-06-30")));
    // The collection costs do not depend on the dates.
    CHECK(costs->text().contains(eur(42500)));
    TestScreenshots::save(window, QStringLiteral("legal-calculator-outside.png"));

    // A principal that is not an amount.
    principal->clear();
    QTest::keyClicks(principal, QStringLiteral("12x"));
    CHECK(message->text().contains(QStringLiteral("not an amount")));
    CHECK(brackets->rowCount() == 0);
}

TEST_CASE("Rate settings: shipped periods with their marks, an added period is stored and used", "[ui][legal]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    DemoDatabase demo(5, 20);
    const auto session = Session::open(demo.path());
    LegalTablesDialog dialog(session.get());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));

    auto *rates = child<QTableWidget>(dialog, "interestPeriodTable");
    const int shipped = rates->rowCount();
    CHECK(shipped == 16); // 8 periods, two kinds
    int toVerify = 0;
    for (int row = 0; row < rates->rowCount(); ++row)
        toVerify += rates->item(row, 4)->text() == QStringLiteral("shipped, to verify") ? 1 : 0;
    CHECK(toVerify == 4);
    CHECK(child<QTableWidget>(dialog, "courtFeePeriodTable")->rowCount() >= 1);
    CHECK(child<QLabel>(dialog, "tableSource")->text().contains(QStringLiteral("art. 6:119a BW")));

    // A rate that is not a percentage is refused, and nothing is stored.
    auto *rate = child<QLineEdit>(dialog, "periodRate");
    QTest::keyClicks(rate, QStringLiteral("ten"));
    QTest::mouseClick(child<QPushButton>(dialog, "addPeriodButton"), Qt::LeftButton);
    CHECK(child<QLabel>(dialog, "periodMessage")->text().contains(QStringLiteral("not a percentage")));
    CHECK(LegalTableRepository(demo.database()).interestPeriods().empty());

    // The next half year, commercial.
    selectData(child<QComboBox>(dialog, "periodKind"), int(InterestKind::Commercial));
    child<QDateEdit>(dialog, "periodFrom")->setDate(QDate(2026, 7, 1));
    child<QDateEdit>(dialog, "periodUntil")->setDate(QDate(2026, 12, 31));
    rate->clear();
    QTest::keyClicks(rate, QStringLiteral("10.40"));
    QTest::keyClicks(child<QLineEdit>(dialog, "periodSource"), QStringLiteral("Staatscourant 2026"));
    QTest::mouseClick(child<QPushButton>(dialog, "addPeriodButton"), Qt::LeftButton);
    const auto stored = LegalTableRepository(demo.database()).interestPeriods();
    REQUIRE(stored.size() == 1);
    CHECK(stored.front().first == InterestKind::Commercial);
    CHECK(stored.front().second.rateBasisPoints == 1040);
    CHECK(rates->rowCount() == shipped + 1);
    bool shown = false;
    for (int row = 0; row < rates->rowCount(); ++row)
        shown = shown || (rates->item(row, 4)->text() == QStringLiteral("added by you")
                          && rates->item(row, 5)->text() == QStringLiteral("Staatscourant 2026"));
    CHECK(shown);
    TestScreenshots::save(dialog, QStringLiteral("legal-tables.png"));

    // A calculator opened now computes past the shipped table's end.
    LegalCalculatorWindow calculator(session.get());
    calculator.setAttribute(Qt::WA_DeleteOnClose, false);
    selectData(child<QComboBox>(calculator, "debtorKind"), int(CollectionCosts::Debtor::Business));
    child<QDateEdit>(calculator, "fromDate")->setDate(QDate(2026, 6, 1));
    child<QDateEdit>(calculator, "toDate")->setDate(QDate(2026, 7, 31));
    QTest::keyClicks(child<QLineEdit>(calculator, "principalEdit"), QStringLiteral("1000"));
    auto *interest = child<QTableWidget>(calculator, "interestTable");
    REQUIRE(interest->rowCount() == 2);
    CHECK(interest->item(1, 3)->text().startsWith(QStringLiteral("10.4")));
}
