// The Dashboard start page and the Reports menu, on a demo database: the figures are those of
// DashboardService, the charts those of DisputeReport, and a click on a bar opens the matching
// case list; the report dialog previews, saves a PDF and prints.

#include "TestReportDocument.h"
#include "TestScreenshots.h"
#include "UiTestSupport.h"

#include "MainWindow.h"
#include "invoices/InvoiceListView.h"
#include "common/DatabaseWorkers.h"
#include "common/UiLocale.h"
#include "dashboard/DashboardView.h"
#include "disputes/DisputeCodes.h"
#include "disputes/DisputeListQuery.h"
#include "disputes/DisputeTableModel.h"
#include "disputes/DisputesView.h"
#include "reports/DashboardService.h"
#include "reports/DisputeReport.h"
#include "reports/ReceivablesReport.h"
#include "reports/ReportDialog.h"
#include "reports/ReportPdfWriter.h"
#include "reports/ReportPreview.h"

#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QPieSeries>
#include <QtCharts/QPieSlice>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QTabWidget>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QThreadPool>
#include <QTranslator>
#include <QPointer>

using namespace dd;
using dd::test::ModelTesters;
using dd::test::TestScreenshots;
using dd::test::DemoDatabase;
using dd::test::child;
using dd::test::showAndActivate;

namespace {

// The dashboard computes on a worker thread; waits until what it shows is up to date.
void waitForDashboard(MainWindow &window)
{
    DashboardView *dashboard = window.dashboardView();
    REQUIRE(dashboard);
    REQUIRE(QTest::qWaitFor([dashboard] { return !dashboard->isBusy(); }, 20000));
    QCoreApplication::processEvents(); // delivers the finished computation's signal
    REQUIRE_FALSE(dashboard->isBusy());
}

qint64 casesMatching(Database &db, const DisputeFilter &filter)
{
    DisputeListQuery query(db);
    DisputeFilter withDate = filter;
    withDate.asOf = IsoDate::fromQDate(dd::test::demoAsOf());
    query.setFilter(withDate);
    return query.count();
}

// Clicks the middle of the bar `index` of the first series of the chart, as a user would.
void clickBar(QChartView *view, QBarSet *set, int index, bool horizontal)
{
    QChart *chart = view->chart();
    QAbstractSeries *series = chart->series().at(0);
    const qreal middle = set->at(index) / 2.0;
    const QPointF value = horizontal ? QPointF(middle, index) : QPointF(index, middle);
    const QPointF scene = chart->mapToScene(chart->mapToPosition(value, series));
    const QPoint point = view->mapFromScene(scene);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, point);
}


} // namespace

TEST_CASE("The dashboard is the start page and shows the figures of DashboardService", "[ui][dashboard]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    DemoDatabase demo;
    MainWindow window;
    ModelTesters::attach(window);
    window.setAsOf(dd::test::demoAsOf());
    REQUIRE(window.openDatabase(demo.path()));
    window.resize(1280, 820);
    QSignalSpy refreshed(window.dashboardView(), &DashboardView::refreshed);
    showAndActivate(window);
    // The window is there before the figures: they come from a worker thread.
    REQUIRE((refreshed.count() > 0 || refreshed.wait(20000)));
    waitForDashboard(window);

    auto *tabs = child<QTabWidget>(window, "mainTabs");
    DashboardView *dashboard = window.dashboardView();
    CHECK(tabs->currentWidget() == dashboard);
    CHECK(tabs->indexOf(dashboard) == 0);

    const Date asOf = IsoDate::fromQDate(dd::test::demoAsOf());
    const DashboardFigures expected = DashboardService(demo.database()).compute(asOf);
    REQUIRE(expected.openCents > 0);
    REQUIRE(expected.openCases > 0);
    CHECK(dashboard->figures().openCents == expected.openCents);
    CHECK(child<QLabel>(window, "dashboardOpen")->text() == UiLocale::formatMoney(expected.openCents, QStringLiteral("EUR")));
    CHECK(child<QLabel>(window, "dashboardOverdue")->text() == UiLocale::formatMoney(expected.overdueCents, QStringLiteral("EUR")));
    CHECK(child<QLabel>(window, "dashboardDisputed")->text() == UiLocale::formatMoney(expected.disputedCents, QStringLiteral("EUR")));
    const QString days = QString::number(expected.dsoTenths / 10) + QStringLiteral(".") + QString::number(expected.dsoTenths % 10);
    CHECK(child<QLabel>(window, "dashboardDso")->text().contains(days));
    CHECK(child<QLabel>(window, "dashboardOpenCases")->text() == UiLocale::formatCount(expected.openCases));
    CHECK(child<QLabel>(window, "dashboardPastResponse")->text() == UiLocale::formatCount(expected.casesPastResponseDate));

    // The charts: the reasons of the last twelve months in Pareto order, the steps of the open cases.
    const Date from = IsoDate::fromQDate(dd::test::demoAsOf().addYears(-1).addDays(1));
    const DisputeReportData report = DisputeReport(demo.database()).compute(from, asOf, asOf);
    REQUIRE_FALSE(report.pareto.empty());
    auto *pareto = qobject_cast<QHorizontalBarSeries *>(dashboard->paretoChart()->chart()->series().value(0));
    REQUIRE(pareto);
    QBarSet *reasons = pareto->barSets().at(0);
    const int bars = std::min<int>(DashboardView::paretoBars, int(report.pareto.size()));
    REQUIRE(reasons->count() == bars);
    for (int i = 0; i < bars; ++i) {
        // Drawn largest on top: the set runs from the smallest shown to the largest.
        const auto &row = report.pareto.at(std::size_t(bars - 1 - i));
        CHECK(dashboard->paretoReasons().at(i) == row.reason);
        CHECK(int(reasons->at(i)) == row.cases);
    }
    auto *steps = qobject_cast<QHorizontalBarSeries *>(dashboard->stepChart()->chart()->series().value(0));
    REQUIRE(steps);
    int openInSteps = 0;
    for (int i = 0; i < steps->barSets().at(0)->count(); ++i)
        openInSteps += int(steps->barSets().at(0)->at(i));
    CHECK(openInSteps == report.openOnAsOf);
    auto *classes = qobject_cast<QPieSeries *>(dashboard->classChart()->chart()->series().value(0));
    REQUIRE(classes);
    CHECK(int(classes->sum()) == report.opened);
    TestScreenshots::save(window, QStringLiteral("dashboard-en"));

    SECTION("A click on a Pareto bar opens the cases with that reason")
    {
        const int largest = bars - 1;
        const QString reason = dashboard->paretoReasons().at(largest);
        clickBar(dashboard->paretoChart(), reasons, largest, true);
        CHECK(tabs->currentWidget() == window.disputesView());
        auto *reasonFilter = child<QComboBox>(window, "disputeReasonFilter");
        CHECK(reasonFilter->currentData().toString() == reason);
        CHECK(child<QComboBox>(window, "disputeStepFilter")->currentData().toInt() == -1);
        DisputeFilter filter;
        filter.reasonCode = reason;
        const qint64 expectedCases = casesMatching(demo.database(), filter);
        CHECK(expectedCases >= report.pareto.front().cases);
        CHECK(window.disputesView()->model()->rowCount() == expectedCases);
        for (int row = 0; row < window.disputesView()->model()->rowCount() && row < 20; ++row)
            CHECK(window.disputesView()->model()->index(row, DisputeTableModel::Reason).data().toString() ==
                  reasonFilter->currentText());
        TestScreenshots::save(window, QStringLiteral("dashboard-click-disputes"));
    }

    SECTION("A click on a step bar opens the cases in that step")
    {
        QBarSet *set = steps->barSets().at(0);
        int index = 0;
        for (int i = 0; i < set->count(); ++i)
            if (set->at(i) > set->at(index))
                index = i;
        REQUIRE(set->at(index) > 0);
        clickBar(dashboard->stepChart(), set, index, true);
        CHECK(tabs->currentWidget() == window.disputesView());
        DisputeFilter filter;
        filter.step = DisputeCodes::step(dashboard->stepCodes().at(index));
        REQUIRE(filter.step);
        CHECK(window.disputesView()->model()->rowCount() == casesMatching(demo.database(), filter));
        CHECK(window.disputesView()->model()->rowCount() == qint64(set->at(index)));
    }

    SECTION("A click on a slice opens the case list")
    {
        QPieSlice *slice = classes->slices().at(0);
        emit classes->clicked(slice);
        CHECK(tabs->currentWidget() == window.disputesView());
        CHECK(window.disputesView()->model()->rowCount() == casesMatching(demo.database(), {}));
    }

    SECTION("Ctrl+0 comes back to the dashboard")
    {
        tabs->setCurrentWidget(window.invoiceView());
        QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
        CHECK(tabs->currentWidget() == dashboard);
    }
}

TEST_CASE("The dashboard in Dutch", "[ui][dashboard]")
{
    UiLocale::setLanguageCode(QStringLiteral("nl"));
    DemoDatabase demo;
    MainWindow window;
    ModelTesters::attach(window);
    window.setAsOf(dd::test::demoAsOf());
    REQUIRE(window.openDatabase(demo.path()));
    window.resize(1280, 820);
    showAndActivate(window);
    waitForDashboard(window);
    const DashboardFigures expected = DashboardService(demo.database()).compute(IsoDate::fromQDate(dd::test::demoAsOf()));
    const QString open = child<QLabel>(window, "dashboardOpen")->text();
    CHECK(open == UiLocale::formatMoney(expected.openCents, QStringLiteral("EUR")));
    CHECK(open.contains(QStringLiteral(",")));
    TestScreenshots::save(window, QStringLiteral("dashboard-nl"));
    UiLocale::setLanguageCode(QStringLiteral("en"));
}

TEST_CASE("Reports menu: preview, save as PDF and print", "[ui][reports]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    DemoDatabase demo;
    MainWindow window;
    ModelTesters::attach(window);
    dd::test::openDemo(window, demo);
    dd::test::TempDir dir;

    SECTION("Dispute report")
    {
        auto *action = child<QAction>(window, "disputeReportAction");
        REQUIRE(action->isEnabled());
        action->trigger();
        ReportDialog *dialog = window.reportDialog();
        REQUIRE(dialog);
        REQUIRE(QTest::qWaitForWindowExposed(dialog));
        REQUIRE(dialog->waitForPreview());
        CHECK(dialog->kind() == ReportDialog::Kind::Disputes);
        const QString text = dialog->preview()->toPlainText();
        CHECK(text.contains(dialog->document().title));
        CHECK_FALSE(dialog->document().charts.empty());
        CHECK(dialog->preview()->document()->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart:0"))).isValid());
        TestScreenshots::save(*dialog, QStringLiteral("report-disputes-en"));

        // Another language: the preview is stale until updated.
        dialog->setLanguageCode(QStringLiteral("nl"));
        CHECK(child<QLabel>(*dialog, "reportStatus")->text().contains(QStringLiteral("out of date")));
        QTest::mouseClick(child<QWidget>(*dialog, "reportUpdate"), Qt::LeftButton);
        REQUIRE(dialog->waitForPreview());
        CHECK(dialog->document().title != QString());
        CHECK(dialog->preview()->toPlainText().contains(dialog->document().title));

        const QString path = dir.filePath(QStringLiteral("disputes.pdf"));
        REQUIRE(dialog->saveTo(path));
        QFile pdf(path);
        REQUIRE(pdf.open(QIODevice::ReadOnly));
        CHECK(pdf.read(5) == QByteArray("%PDF-"));
        CHECK(pdf.size() > 10000);

        QPrinter printer(QPrinter::ScreenResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString printed = dir.filePath(QStringLiteral("printed.pdf"));
        printer.setOutputFileName(printed);
        dialog->print(&printer);
        CHECK(QFileInfo(printed).size() > 1000);
    }

    SECTION("Aged receivables")
    {
        child<QAction>(window, "agingReportAction")->trigger();
        ReportDialog *dialog = window.reportDialog();
        REQUIRE(dialog);
        CHECK(dialog->kind() == ReportDialog::Kind::Receivables);
        CHECK_FALSE(dialog->findChild<QWidget *>(QStringLiteral("reportFrom")));
        REQUIRE(dialog->waitForPreview());
        CHECK(dialog->preview()->toPlainText().contains(dialog->document().title));
        const QString path = dir.filePath(QStringLiteral("aging.pdf"));
        REQUIRE(dialog->saveTo(path));
        CHECK(QFileInfo(path).size() > 5000);
        TestScreenshots::save(*dialog, QStringLiteral("report-aging-en"));
    }
}

// Issue 19: category labels were cut ("Quality of the product or service (cum. 23.1…", "Afhand…"):
// they wrap onto lines and the step chart has horizontal bars, so the axis gives them room.
TEST_CASE("The dashboard's chart labels are not cut at 1366x768 and 1920x1080", "[ui][dashboard]")
{
    const bool dutch = GENERATE(false, true);
    QTranslator catalogue;
    if (dutch) {
        REQUIRE(catalogue.load(QStringLiteral(DD_NL_QM)));
        QCoreApplication::installTranslator(&catalogue);
    }
    UiLocale::setLanguageCode(dutch ? QStringLiteral("nl") : QStringLiteral("en"));
    DemoDatabase demo(200, 3000);
    MainWindow window;
    dd::test::openDemo(window, demo);
    // The screens, and what the main window gets of a 1366x768 screen (measured under Xvfb).
    for (const QSize size : {QSize(1366, 768), QSize(1350, 728), QSize(1920, 1080)}) {
        INFO(size.width() << "x" << size.height() << (dutch ? " in Dutch" : " in English"));
        window.resize(size);
        waitForDashboard(window);
        QTest::qWait(100);
        DashboardView *dashboard = window.dashboardView();
        int axes = 0;
        for (QChartView *view : {dashboard->paretoChart(), dashboard->stepChart()}) {
            for (QAbstractAxis *axis : view->chart()->axes()) {
                auto *categories = qobject_cast<QBarCategoryAxis *>(axis);
                if (!categories)
                    continue;
                ++axes;
                REQUIRE(categories->count() > 0);
                CHECK_FALSE(categories->labelsTruncated());
            }
        }
        CHECK(axes == 2);
        // The reasons' names are the labels, in full.
        const QString labels = qobject_cast<QBarCategoryAxis *>(dashboard->paretoChart()->chart()->axes(Qt::Vertical).at(0))
                                   ->categories()
                                   .join(u' ')
                                   .replace(QStringLiteral("<br>"), QStringLiteral(" "));
        CHECK(labels.contains(dutch ? QStringLiteral("Kwaliteit van het product of de dienst")
                                    : QStringLiteral("Quality of the product or service")));
        TestScreenshots::save(window, QStringLiteral("dashboard-%1-%2x%3").arg(UiLocale::languageCode()).arg(size.width()).arg(size.height()));
    }
    QCoreApplication::removeTranslator(&catalogue);
    UiLocale::setLanguageCode(QStringLiteral("en"));
}

// Issue 19: the aged receivables report froze the window for seconds while it was computed. Now a
// worker thread computes it: the dialog is busy (a moving bar, Save and Print disabled) and then
// shows the rows; a second request supersedes the first; closing the dialog meanwhile is safe.
TEST_CASE("The report dialog computes on a worker thread", "[ui][reports]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    DemoDatabase demo;
    MainWindow window;
    dd::test::openDemo(window, demo);

    SECTION("busy, then the rows")
    {
        child<QAction>(window, "agingReportAction")->trigger();
        ReportDialog *dialog = window.reportDialog();
        REQUIRE(dialog);
        QSignalSpy ready(dialog, &ReportDialog::previewReady);
        // Right after opening: busy, nothing to save yet.
        CHECK(dialog->isBusy());
        CHECK(child<QWidget>(*dialog, "reportBusy")->isVisible());
        CHECK_FALSE(child<QWidget>(*dialog, "reportSave")->isEnabled());
        CHECK(child<QLabel>(*dialog, "reportStatus")->text() == QStringLiteral("Calculating the report…"));
        REQUIRE(ready.wait(60000));
        CHECK(ready.count() == 1);
        CHECK(ready.at(0).at(0).toBool());
        CHECK_FALSE(dialog->isBusy());
        CHECK_FALSE(child<QWidget>(*dialog, "reportBusy")->isVisible());
        CHECK(child<QWidget>(*dialog, "reportSave")->isEnabled());
        // The rows: every customer with something open, as ReceivablesReport computes them.
        const auto expected = ReceivablesReport(demo.database()).compute(IsoDate::fromQDate(dd::test::demoAsOf()));
        REQUIRE_FALSE(expected.customers.empty());
        const QString text = dialog->preview()->toPlainText();
        for (const auto &row : expected.customers)
            CHECK(text.contains(row.customerName));
    }
    SECTION("a second request supersedes the first")
    {
        child<QAction>(window, "agingReportAction")->trigger();
        ReportDialog *dialog = window.reportDialog();
        QSignalSpy ready(dialog, &ReportDialog::previewReady);
        dialog->setLanguageCode(QStringLiteral("nl"));
        QTest::mouseClick(child<QWidget>(*dialog, "reportUpdate"), Qt::LeftButton);
        REQUIRE(ready.wait(60000));
        QTest::qWait(200);
        CHECK(ready.count() == 1); // the first, English, result is never shown
        CHECK(dialog->document().title == QStringLiteral("Ouderdomsanalyse debiteuren"));
    }
    SECTION("closed while computing")
    {
        child<QAction>(window, "agingReportAction")->trigger();
        QPointer<ReportDialog> dialog = window.reportDialog();
        REQUIRE(dialog->isBusy());
        dialog->reject();
        // Another report replaces (deletes) the busy dialog; the first computation finishes on its own.
        child<QAction>(window, "disputeReportAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), 5000);
        REQUIRE(window.reportDialog()->waitForPreview());
        DatabaseWorkers::pool()->waitForDone(60000);
        QTest::qWait(100);
        CHECK(window.reportDialog()->kind() == ReportDialog::Kind::Disputes);
    }
}

// Issue 19: the preview of the 50k demo's aged receivables (1,793 customers) took QTextDocument
// 4 s to lay out; it shows the first rows, and Print prints the PDF's pages with every row.
TEST_CASE("The report preview shows the first rows, the printout has them all", "[ui][reports]")
{
    const ReportDocument document = dd::test::longReportDocument(250);
    const QString html = ReportPreview::html(document);
    CHECK(html.contains(QStringLiteral(">Row 100</td>")));
    CHECK_FALSE(html.contains(QStringLiteral(">Row 101</td>")));
    CHECK(html.contains(QStringLiteral("The preview shows the first 100 of 250 rows")));

    dd::test::TempDir dir;
    QPrinter printer(QPrinter::ScreenResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString printed = dir.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(printed);
    ReportPdfWriter::paint(document, printer);
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), printed, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    for (int i : {1, 100, 101, 250})
        CHECK(text.contains(QRegularExpression(QStringLiteral("\\bRow %1\\b").arg(i))));
    CHECK(text.contains(QStringLiteral("Page 2 of")));
}
