// The main window driven as a user drives it: keys and clicks on the real widgets, found by
// objectName, checked against what the core queries return for the same question.

#include "TestScreenshots.h"
#include "UiTestSupport.h"

#include "MainWindow.h"
#include "calendar/DueDates.h"
#include "common/DatabaseWorkers.h"
#include "common/UiLocale.h"
#include "customers/CustomerDialog.h"
#include "customers/CustomerListQuery.h"
#include "customers/CustomerListView.h"
#include "customers/CustomerRepository.h"
#include "customers/CustomerTableModel.h"
#include "invoices/InvoiceDetailDialog.h"
#include "invoices/InvoiceListQuery.h"
#include "invoices/InvoiceListView.h"
#include "invoices/InvoiceRepository.h"
#include "invoices/InvoiceTableModel.h"
#include "payments/PaymentRepository.h"
#include "receivables/AgingReport.h"
#include "receivables/AgingTableModel.h"
#include "receivables/AgingView.h"
#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QThreadPool>
#include <QTranslator>

using namespace dd;
using dd::test::ModelTesters;
using dd::test::DemoDatabase;
using dd::test::TestScreenshots;
using dd::test::child;
using dd::test::showAndActivate;

TEST_CASE("The main window lists, filters and opens invoices", "[ui][mainwindow]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    DemoDatabase demo;
    MainWindow window;
    ModelTesters::attach(window);
    dd::test::openDemo(window, demo);

    auto *table = child<QTableView>(window, "invoiceTable");
    const qint64 total = InvoiceRepository(demo.database()).count();
    REQUIRE(total == 900);
    CHECK(table->model()->rowCount() == total);
    CHECK(child<QLabel>(window, "statusCounts")->text().contains(QStringLiteral("900")));
    // The ledger's total comes from a worker thread (LedgerOutstanding).
    auto *open = child<QLabel>(window, "statusOpen");
    CHECK(QTest::qWaitFor([&] { return open->text().contains(QStringLiteral("€")); }, 5000));

    // Ctrl+F puts the cursor in the search field.
    table->setFocus();
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    auto *filter = child<QLineEdit>(window, "invoiceFilter");
    CHECK(filter->hasFocus());

    QSignalSpy filtered(window.invoiceView(), &InvoiceListView::filterApplied);
    QTest::keyClicks(filter, QStringLiteral("Bakker"));
    // Typing is debounced: the list has not been filtered yet, then once for the whole word.
    CHECK(filtered.count() == 0);
    CHECK(table->model()->rowCount() == total);
    REQUIRE(filtered.wait(3000));
    CHECK(filtered.count() == 1);

    InvoiceListQuery query(demo.database());
    InvoiceFilter invoiceFilter;
    invoiceFilter.text = QStringLiteral("Bakker");
    query.setFilter(invoiceFilter);
    query.setSort(InvoiceSort::Number, true);
    const qint64 matching = query.count();
    REQUIRE(matching > 0);
    REQUIRE(matching < total);
    CHECK(table->model()->rowCount() == matching);
    CHECK(child<QLabel>(window, "statusCounts")->text().contains(QStringLiteral("of 900")));

    SECTION("Enter on a row opens its detail: number, lines, payments and open amount")
    {
        const InvoiceListRow first = query.fetch(0, 1).at(0);
        CHECK(table->model()->index(0, InvoiceTableModel::Number).data().toString() == first.number);
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0));
        QTest::keyClick(table, Qt::Key_Return);
        InvoiceDetailDialog *detail = window.invoiceDetail();
        REQUIRE(detail);
        REQUIRE(QTest::qWaitForWindowExposed(detail));
        const auto invoice = InvoiceRepository(demo.database()).findById(first.id);
        REQUIRE(invoice);
        CHECK(child<QLabel>(*detail, "invoiceDetailNumber")->text().contains(invoice->number));
        CHECK(child<QTableWidget>(*detail, "invoiceLinesTable")->rowCount() == invoice->lines.size());
        CHECK(child<QTableWidget>(*detail, "invoiceLinesTable")->item(0, 1)->text() == invoice->lines.first().description);
        CHECK(child<QTableWidget>(*detail, "invoicePaymentsTable")->rowCount()
              == PaymentRepository(demo.database()).forInvoice(invoice->id).size());
        CHECK(child<QLabel>(*detail, "invoiceDetailOpen")->text() == invoice->openAmount().format(NumberStyle::English));
        CHECK(child<QLabel>(*detail, "invoiceDetailTotal")->text() == invoice->totalInclVat.format(NumberStyle::English));
    }

    SECTION("a double-click opens an overdue invoice with its days overdue")
    {
        auto *overdue = child<QAbstractButton>(window, "invoiceOverdueOnly");
        overdue->click();
        InvoiceFilter overdueFilter = invoiceFilter;
        overdueFilter.overdueOnly = true;
        overdueFilter.asOf = IsoDate::fromQDate(dd::test::demoAsOf());
        query.setFilter(overdueFilter);
        REQUIRE(query.count() > 0);
        CHECK(table->model()->rowCount() == query.count());
        const InvoiceListRow first = query.fetch(0, 1).at(0);
        const QRect cell = table->visualRect(table->model()->index(0, InvoiceTableModel::Customer));
        QSignalSpy pressed(table, &QTableView::pressed);
        QSignalSpy doubleClicked(table, &QTableView::doubleClicked);
        QSignalSpy activated(table, &QTableView::activated);
        // Through the window system, as a real double-click arrives: press, release, press, double-click.
        QTest::mouseDClick(window.windowHandle(), Qt::LeftButton, {}, table->viewport()->mapTo(&window, cell.center()));
        INFO("pressed " << pressed.count() << " doubleClicked " << doubleClicked.count() << " activated " << activated.count()
             << " rect " << cell.x() << "," << cell.y() << " " << cell.width() << "x" << cell.height());
        InvoiceDetailDialog *detail = window.invoiceDetail();
        REQUIRE(detail);
        CHECK(detail->invoiceNumber() == first.number);
        const int days = DueDates::daysOverdue(first.dueDate, overdueFilter.asOf);
        CHECK(days > 0);
        CHECK(child<QLabel>(*detail, "invoiceDetailDaysOverdue")->text().startsWith(QString::number(days)));
    }

    SECTION("clearing the filter shows every invoice again")
    {
        filter->clear();
        REQUIRE(filtered.wait(3000));
        CHECK(table->model()->rowCount() == total);
    }
}

TEST_CASE("The customer list filters, and a customer opens its details and from there its invoices", "[ui][mainwindow]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    DemoDatabase demo;
    MainWindow window;
    ModelTesters::attach(window);
    dd::test::openDemo(window, demo);

    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    auto *tabs = child<QTabWidget>(window, "mainTabs");
    CHECK(tabs->currentWidget()->objectName() == QStringLiteral("customerListView"));
    auto *table = child<QTableView>(window, "customerTable");
    CHECK(table->model()->rowCount() == CustomerRepository(demo.database()).count());

    auto *filter = child<QLineEdit>(window, "customerFilter");
    QTest::keyClicks(filter, QStringLiteral("Holding"));
    QTest::keyClick(filter, Qt::Key_Return); // Enter filters at once, without the wait
    CustomerListQuery query(demo.database());
    query.setFilterText(QStringLiteral("Holding"));
    REQUIRE(query.count() > 0);
    CHECK(table->model()->rowCount() == query.count());

    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    const qint64 customerId = window.customerModel()->customerIdAt(0);
    // Enter opens the customer's details (issue 17), which lead on to its invoices.
    QTest::keyClick(table, Qt::Key_Return);
    REQUIRE(window.customerView()->customerDialog());
    REQUIRE(QTest::qWaitForWindowExposed(window.customerView()->customerDialog()));
    dd::test::click(*window.customerView()->customerDialog(), "customerShowInvoices");
    CHECK(tabs->currentWidget()->objectName() == QStringLiteral("invoiceListView"));
    InvoiceListQuery invoices(demo.database());
    InvoiceFilter invoiceFilter;
    invoiceFilter.customerId = customerId;
    invoices.setFilter(invoiceFilter);
    CHECK(window.invoiceModel()->rowCount() == invoices.count());
    CHECK(child<QLabel>(window, "invoiceCustomerFilterLabel")->isVisible());
    child<QAbstractButton>(window, "invoiceClearCustomerFilter")->click();
    CHECK(window.invoiceModel()->rowCount() == 900);
}

TEST_CASE("The aged receivables tab equals AgingReport as of the chosen date", "[ui][mainwindow][aging]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    DemoDatabase demo;
    MainWindow window;
    ModelTesters::attach(window);
    // The window's date (today in the program), never the test machine's clock.
    window.setAsOf(QDate(2025, 3, 31));
    REQUIRE(window.openDatabase(demo.path()));
    showAndActivate(window);
    // Computed only when the tab is shown.
    CHECK(window.agingView()->currencyModel()->rowCount() == 0);
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    CHECK(window.agingView()->isVisible());
    CHECK(window.agingView()->asOf() == QDate(2025, 3, 31));

    for (const QDate &asOf : {dd::test::demoAsOf(), QDate(2024, 12, 31)}) {
        // Computed on a worker thread: busy first, then the rows.
        QSignalSpy refreshed(window.agingView(), &AgingView::refreshed);
        window.agingView()->setAsOf(asOf);
        CHECK(window.agingView()->isBusy());
        CHECK(child<QWidget>(window, "agingBusy")->isVisible());
        REQUIRE(refreshed.wait(30000));
        CHECK_FALSE(child<QWidget>(window, "agingBusy")->isVisible());
        const AgingReport report(demo.database());
        const auto byCurrency = report.byCurrency(IsoDate::fromQDate(asOf));
        const auto byCustomer = report.byCustomer(IsoDate::fromQDate(asOf));
        AgingTableModel *currencies = window.agingView()->currencyModel();
        REQUIRE(currencies->rowCount() == int(byCurrency.size()));
        for (size_t row = 0; row < byCurrency.size(); ++row) {
            CHECK(currencies->rows()[row].currency == byCurrency[row].currency);
            CHECK(currencies->rows()[row].bucketCents == byCurrency[row].bucketCents);
            CHECK(currencies->rows()[row].totalCents == byCurrency[row].totalCents);
        }
        auto *customerTable = child<QTableView>(window, "agingByCustomerTable");
        CHECK(customerTable->model()->rowCount() == int(byCustomer.size()));
        // The customer lines add up to the currency lines.
        std::map<QString, qint64> sums;
        for (const AgingRow &row : window.agingView()->customerModel()->rows())
            sums[row.currency] += row.totalCents;
        for (const AgingRow &row : byCurrency)
            CHECK(sums[row.currency] == row.totalCents);
    }
}

TEST_CASE("A file that is not a DisputeDesk database is refused, unchanged, without a dialog", "[ui][mainwindow]")
{
    dd::test::TempDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("just some text, not a database\n");
    file.close();

    MainWindow window;
    ModelTesters::attach(window);
    QSignalSpy failed(&window, &MainWindow::databaseFailed);
    CHECK_FALSE(window.openDatabase(path));
    CHECK(failed.count() == 1);
    CHECK(window.lastError().contains(QStringLiteral("notes.sqlite")));
    CHECK(window.session() == nullptr);
    CHECK(window.invoiceModel()->rowCount() == 0);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == QByteArray("just some text, not a database\n"));
}

TEST_CASE("Demo data fills a new, empty database", "[ui][mainwindow][demo]")
{
    dd::test::TempDir dir;
    MainWindow window;
    ModelTesters::attach(window);
    REQUIRE(window.openDatabase(dir.filePath(QStringLiteral("new.sqlite"))));
    CHECK(window.invoiceModel()->rowCount() == 0);
    auto *demoAction = window.findChild<QAction *>(QStringLiteral("demoAction"));
    REQUIRE(demoAction);
    CHECK(demoAction->isEnabled());
    DemoOptions options;
    options.customers = 20;
    options.invoices = 150;
    options.until = IsoDate::fromQDate(dd::test::demoUntil());
    REQUIRE(window.loadDemoData(options));
    CHECK(window.invoiceModel()->rowCount() == 150);
    CHECK(window.customerModel()->rowCount() == 20);
    CHECK_FALSE(demoAction->isEnabled());
    CHECK_FALSE(window.loadDemoData(options)); // never into a database that has data
}

TEST_CASE("Settings: the language choice is stored, window state is kept", "[ui][settings]")
{
    QSettings().clear();
    CHECK(AppSettings::language() == UiLanguage::System);
    AppSettings::setLanguage(UiLanguage::Dutch);
    CHECK(AppSettings::effectiveLanguageCode() == QStringLiteral("nl"));

    SettingsDialog dialog;
    auto *combo = child<QComboBox>(dialog, "languageCombo");
    CHECK(combo->currentData().toString() == QStringLiteral("nl"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("en")));
    dialog.accept();
    CHECK(dialog.languageChanged());
    CHECK(AppSettings::language() == UiLanguage::English);
    CHECK(AppSettings::effectiveLanguageCode() == QStringLiteral("en"));

    CHECK(QDir(QFileInfo(AppSettings::defaultDatabasePath()).absolutePath()).exists());

    {
        MainWindow window;
        ModelTesters::attach(window);
        // Smaller than the offscreen screen (800×600): a bigger one is brought back onto it.
        window.resize(720, 560);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.close();
    }
    CHECK_FALSE(AppSettings::mainWindowGeometry().isEmpty());
    MainWindow restored;
    ModelTesters::attach(restored);
    restored.restoreWindowState();
    CHECK(restored.size() == QSize(720, 560));
    QSettings().clear();
}

// Not a check: pictures of every tab for review and the README. Run explicitly:
//   DD_SCREENSHOT_DIR=FOLDER [DD_SCREENSHOT_QM=build/app/disputedesk_nl.qm] test_ui_mainwindow "[.screenshots]"
TEST_CASE("Screenshots of the main window", "[.screenshots]")
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
    window.resize(1280, 760);
    showAndActivate(window);
    auto *tabs = child<QTabWidget>(window, "mainTabs");
    const auto save = [&](QWidget *widget, const QString &name) {
        QTest::qWait(100);
        REQUIRE(TestScreenshots::save(*widget, language + QStringLiteral("-") + name));
    };
    save(&window, QStringLiteral("invoices"));
    child<QAbstractButton>(window, "invoiceOverdueOnly")->click();
    save(&window, QStringLiteral("overdue"));
    auto *table = child<QTableView>(window, "invoiceTable");
    table->setCurrentIndex(table->model()->index(0, 0));
    window.showInvoice(window.invoiceModel()->invoiceIdAt(0));
    REQUIRE(window.invoiceDetail());
    REQUIRE(QTest::qWaitForWindowExposed(window.invoiceDetail()));
    save(window.invoiceDetail(), QStringLiteral("detail"));
    window.invoiceDetail()->close();
    tabs->setCurrentIndex(1);
    save(&window, QStringLiteral("customers"));
    tabs->setCurrentIndex(2);
    QTRY_VERIFY_WITH_TIMEOUT(!window.agingView()->isBusy(), 30000);
    QCoreApplication::processEvents();
    save(&window, QStringLiteral("aging"));
    QCoreApplication::removeTranslator(&translator);
}

// Issue 19: a date changed while the report is computed supersedes it, and a window closed
// meanwhile does not wait for it or crash.
TEST_CASE("The aged receivables tab drops a superseded result", "[ui][mainwindow][aging]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    DemoDatabase demo;
    const AgingReport report(demo.database());
    const auto expected = report.byCustomer(IsoDate::fromQDate(QDate(2024, 12, 31)));
    REQUIRE(expected.size() != report.byCustomer(IsoDate::fromQDate(dd::test::demoAsOf())).size());
    {
        MainWindow window;
        window.setAsOf(dd::test::demoAsOf());
        REQUIRE(window.openDatabase(demo.path()));
        showAndActivate(window);
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QSignalSpy refreshed(window.agingView(), &AgingView::refreshed);
        REQUIRE(window.agingView()->isBusy());
        window.agingView()->setAsOf(QDate(2024, 12, 31));
        REQUIRE(refreshed.wait(30000));
        QTest::qWait(200);
        CHECK(refreshed.count() == 1);
        CHECK(window.agingView()->customerModel()->rowCount() == int(expected.size()));

        // Closed while computing, two requests under way (the first superseded, no longer
        // watched): the window waits for both workers, which read the file that the demo's folder
        // removes next (a worker left running crashed the test at exit, now and then).
        window.agingView()->setAsOf(QDate(2025, 1, 31));
        window.agingView()->setAsOf(QDate(2025, 2, 28));
        REQUIRE(window.agingView()->isBusy());
    }
    // A worker's future is finished, its connection closed, a moment before the pool counts its
    // thread idle again: that moment is allowed for (an unfinished aging would take far longer;
    // without it the check failed now and then on loaded cores).
    CHECK(QTest::qWaitFor([] { return DatabaseWorkers::pool()->activeThreadCount() == 0; }, 20));
}
