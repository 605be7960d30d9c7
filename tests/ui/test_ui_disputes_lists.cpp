// The Disputes area's lists and settings: the case list against DisputeListQuery, the proactive
// warnings' customers to contact, Settings > Dispute Rules, and the screenshots of the area. The
// case itself, walked through its moves, is in test_ui_disputes.cpp.

#include "TestScreenshots.h"
#include "UiTestSupport.h"

#include "MainWindow.h"
#include "common/UiLocale.h"
#include "disputes/DisputeCaseView.h"
#include "disputes/DisputeListQuery.h"
#include "disputes/DisputeListView.h"
#include "disputes/DisputeRulesDialog.h"
#include "disputes/DisputeSettings.h"
#include "disputes/DisputesView.h"
#include "disputes/DisputeTableModel.h"
#include "disputes/OpenDisputeDialog.h"
#include "disputes/ProactiveWarnings.h"
#include "invoices/InvoiceTableModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QTreeWidget>

using namespace dd;
using dd::test::ModelTesters;
using dd::test::DemoDatabase;
using dd::test::TestScreenshots;
using dd::test::child;
using dd::test::click;
using dd::test::type;
using dd::test::showAndActivate;

TEST_CASE("The case list model passes the model tester and filters like DisputeListQuery", "[ui][disputes][models]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    DemoDatabase demo;
    Database &db = demo.database();
    MainWindow window;
    ModelTesters::attach(window);
    dd::test::openDemo(window, demo);
    window.findChild<QAction *>(QStringLiteral("disputesTabAction"))->trigger();
    DisputeTableModel *model = window.disputesView()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    auto *stepFilter = child<QComboBox>(window, "disputeStepFilter");
    const auto countOf = [&](const DisputeFilter &filter) {
        DisputeListQuery query(db);
        DisputeFilter withDate = filter;
        withDate.asOf = IsoDate::fromQDate(dd::test::demoAsOf());
        query.setFilter(withDate);
        return query.count();
    };
    // Open cases by default.
    DisputeFilter open;
    open.openOnly = true;
    CHECK(model->rowCount() == countOf(open));
    stepFilter->setCurrentIndex(stepFilter->findData(-1));
    const qint64 all = countOf({});
    REQUIRE(all > 10);
    CHECK(model->rowCount() == all);

    for (DisputeStep step : {DisputeStep::Hear, DisputeStep::Verify, DisputeStep::Decide, DisputeStep::Resolve,
                             DisputeStep::Learn, DisputeStep::Closed}) {
        stepFilter->setCurrentIndex(stepFilter->findData(int(step)));
        DisputeFilter filter;
        filter.step = step;
        DisputeListQuery query(db);
        query.setFilter(filter);
        query.setSort(DisputeSort::Number, true);
        const auto rows = query.fetch(0, 1000);
        INFO("step " << DisputeCodes::step(step).toStdString());
        REQUIRE(model->rowCount() == qint64(rows.size()));
        for (int row = 0; row < model->rowCount(); ++row) {
            CHECK(model->index(row, DisputeTableModel::Number).data().toString() == rows[size_t(row)].number);
            CHECK(model->index(row, DisputeTableModel::Step).data(DisputeTableModel::StepCodeRole).toString()
                  == DisputeCodes::step(step));
        }
    }

    // Late answers: marked in the list and filtered like the query.
    stepFilter->setCurrentIndex(stepFilter->findData(-1));
    child<QCheckBox>(window, "disputeOverdueOnly")->click();
    DisputeFilter overdue;
    overdue.responseOverdue = true;
    const qint64 late = countOf(overdue);
    CHECK(model->rowCount() == late);
    for (int row = 0; row < model->rowCount(); ++row) {
        CHECK(model->index(row, 0).data(DisputeTableModel::OverdueRole).toBool());
        CHECK(model->index(row, DisputeTableModel::Promised).data().toString().contains(QStringLiteral("overdue")));
    }
    child<QCheckBox>(window, "disputeOverdueOnly")->click();

    // Reason, and typed text after the debounce.
    auto *reasonFilter = child<QComboBox>(window, "disputeReasonFilter");
    reasonFilter->setCurrentIndex(reasonFilter->findData(QStringLiteral("invoice-error")));
    DisputeFilter byReason;
    byReason.reasonCode = QStringLiteral("invoice-error");
    CHECK(model->rowCount() == countOf(byReason));
    reasonFilter->setCurrentIndex(0);
    QSignalSpy filtered(window.disputesView()->listView(), &DisputeListView::filterApplied);
    const QString firstNumber = model->index(0, DisputeTableModel::Number).data().toString();
    type(window, "disputeFilter", firstNumber);
    REQUIRE(filtered.wait(3000));
    CHECK(model->rowCount() == 1);

    // Sorting by every sortable column keeps the tester content.
    for (int column = 0; column < model->columnCount(); ++column)
        model->sort(column, Qt::AscendingOrder);

    // Choosing a row shows the case.
    auto *table = child<QTableView>(window, "disputeTable");
    table->setCurrentIndex(model->index(0, 0));
    CHECK(window.disputesView()->caseView()->disputeId() == model->disputeIdAt(0));
}

TEST_CASE("The proactive warning lists a product's other buyers when the product is expanded", "[ui][disputes][warnings]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    DemoDatabase demo(400, 6000);
    MainWindow window;
    ModelTesters::attach(window);
    dd::test::openDemo(window, demo);
    window.findChild<QAction *>(QStringLiteral("disputesTabAction"))->trigger();

    const Date asOf = IsoDate::fromQDate(dd::test::demoAsOf());
    const ProactiveWarnings proactive(demo.database());
    const auto warnings = proactive.compute(asOf);
    REQUIRE_FALSE(warnings.empty());
    auto *tree = child<QTreeWidget>(window, "proactiveTree");
    REQUIRE(tree->topLevelItemCount() == int(warnings.size()));
    QTreeWidgetItem *first = tree->topLevelItem(0);
    CHECK(first->text(0).contains(warnings[0].productCode));
    CHECK(first->childCount() == 0); // nothing looked up before someone asks

    tree->setFocus();
    tree->setCurrentItem(first);
    QTest::keyClick(tree, Qt::Key_Right);
    REQUIRE(first->isExpanded());
    const QList<CustomerAtRisk> expected = proactive.customersToContact(warnings[0].productId, asOf);
    REQUIRE(first->childCount() == expected.size());
    for (int i = 0; i < first->childCount(); ++i)
        CHECK(first->child(i)->text(0).startsWith(expected.at(i).number));
    CHECK(first->text(0).contains(UiLocale::formatCount(expected.size())));
    // Collapsing and expanding again does not add the customers twice.
    QTest::keyClick(tree, Qt::Key_Left);
    QTest::keyClick(tree, Qt::Key_Right);
    CHECK(first->childCount() == expected.size());
}

TEST_CASE("Settings > Dispute Rules stores the rules the new cases and warnings follow", "[ui][disputes][settings]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    DemoDatabase demo;
    MainWindow window;
    ModelTesters::attach(window);
    dd::test::openDemo(window, demo);
    auto *action = window.findChild<QAction *>(QStringLiteral("disputeRulesAction"));
    REQUIRE(action);
    REQUIRE(action->isEnabled());

    bool seen = false;
    QTimer::singleShot(0, &window, [&] {
        auto *dialog = qobject_cast<DisputeRulesDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        seen = true;
        auto *response = child<QSpinBox>(*dialog, "responseDays");
        CHECK(response->value() == 5);
        response->setFocus();
        response->selectAll();
        QTest::keyClicks(response, QStringLiteral("8"));
        auto *window90 = child<QSpinBox>(*dialog, "warningDays");
        window90->setFocus();
        window90->selectAll();
        QTest::keyClicks(window90, QStringLiteral("45"));
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    action->trigger();
    REQUIRE(seen);
    const DisputeRules rules = DisputeSettings(demo.database()).rules();
    CHECK(rules.responseBusinessDays == 8);
    CHECK(rules.warningWindowDays == 45);
    CHECK(rules.warningMinimumCustomers == 3);
    // The warnings were computed again with the new window, when the Disputes area is shown.
    window.show();
    window.findChild<QAction *>(QStringLiteral("disputesTabAction"))->trigger();
    CHECK(child<QLabel>(window, "proactiveSummary")->text().contains(QStringLiteral("45 days")));

    // Cancel changes nothing.
    QTimer::singleShot(0, &window, [&] {
        auto *dialog = QApplication::activeModalWidget();
        REQUIRE(dialog);
        auto *response = child<QSpinBox>(*dialog, "responseDays");
        response->setValue(20);
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    action->trigger();
    CHECK(DisputeSettings(demo.database()).rules().responseBusinessDays == 8);
}

// Not a check: pictures of the Disputes area for review. Run explicitly:
//   DD_SCREENSHOT_DIR=FOLDER [DD_SCREENSHOT_QM=build/app/disputedesk_nl.qm] test_ui_disputes "[.screenshots]"
TEST_CASE("Screenshots of the Disputes area", "[.screenshots]")
{
    REQUIRE_FALSE(TestScreenshots::folder().isEmpty());
    QTranslator translator;
    const QString language = TestScreenshots::useLanguage(translator);
    REQUIRE_FALSE(language.isEmpty());

    DemoDatabase demo(400, 6000);
    MainWindow window;
    ModelTesters::attach(window);
    window.setAsOf(dd::test::demoAsOf());
    REQUIRE(window.openDatabase(demo.path()));
    window.resize(1280, 800);
    showAndActivate(window);
    const auto save = [&](QWidget *widget, const QString &name) {
        QTest::qWait(100);
        REQUIRE(TestScreenshots::save(*widget, language + QStringLiteral("-") + name));
    };
    window.findChild<QAction *>(QStringLiteral("disputesTabAction"))->trigger();
    auto *stepFilter = child<QComboBox>(window, "disputeStepFilter");
    DisputeTableModel *model = window.disputesView()->model();
    auto *table = child<QTableView>(window, "disputeTable");
    DisputeCaseView &view = *window.disputesView()->caseView();
    const auto showFirst = [&](DisputeStep step) {
        stepFilter->setCurrentIndex(stepFilter->findData(int(step)));
        REQUIRE(model->rowCount() > 0);
        table->setCurrentIndex(model->index(0, 0));
    };
    showFirst(DisputeStep::Resolve);
    save(&window, QStringLiteral("disputes-resolve"));
    showFirst(DisputeStep::Decide);
    click(view, "move-decide");
    save(&window, QStringLiteral("disputes-decide-form"));
    click(view, "cancelMove");
    showFirst(DisputeStep::Verify);
    child<QTabWidget>(view, "caseTabs")->setCurrentIndex(1);
    save(&window, QStringLiteral("disputes-verify-findings"));
    showFirst(DisputeStep::Closed);
    child<QTabWidget>(view, "caseTabs")->setCurrentIndex(3);
    save(&window, QStringLiteral("disputes-closed-audit"));
    stepFilter->setCurrentIndex(0);
    window.openDisputeFor(window.invoiceModel()->invoiceIdAt(0));
    if (window.openDisputeDialog()) {
        REQUIRE(QTest::qWaitForWindowExposed(window.openDisputeDialog()));
        save(window.openDisputeDialog(), QStringLiteral("open-dispute"));
        window.openDisputeDialog()->close();
    }
    QCoreApplication::removeTranslator(&translator);
}
