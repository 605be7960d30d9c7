// Export and print of the lists as the user has them (issue 19), through the real views of the
// main window: the file holds every row the filter passes in the order on screen, not only the
// page the view has read; amounts are checked against what the invoice rows hold in the database.

#include "UiTestSupport.h"

#include "dashboard/DashboardView.h"

#include "common/ListOutput.h"
#include "common/ListPrinter.h"
#include "common/UiLocale.h"
#include "creditnotes/CreditNoteListView.h"
#include "customers/CustomerListView.h"
#include "customers/CustomerTableModel.h"
#include "disputes/DisputeListView.h"
#include "disputes/DisputeTableModel.h"
#include "disputes/DisputesView.h"
#include "importers/CsvReader.h"
#include "invoices/InvoiceListView.h"
#include "invoices/InvoiceTableModel.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QPrinter>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>

using namespace dd;
using namespace dd::test;

namespace {

QList<CsvRecord> readCsv(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    ImportIssue issue;
    const auto records = CsvReader::parse(QString::fromUtf8(file.readAll()), u',', path, &issue);
    REQUIRE(records);
    return *records;
}

// Exports through the list's own ListOutput and waits for the worker to finish.
QList<CsvRecord> exportList(ListOutput *output, const QString &path)
{
    QSignalSpy exported(output, &ListOutput::exported);
    QSignalSpy failed(output, &ListOutput::failed);
    REQUIRE(output->exportTo(path));
    CHECK(output->isExporting());
    REQUIRE(exported.wait(30000));
    CHECK(failed.isEmpty());
    const QList<CsvRecord> records = readCsv(path);
    CHECK(exported.at(0).at(0).toLongLong() == records.size() - 1);
    return records;
}

QString plainOf(qint64 cents)
{
    const qint64 magnitude = cents < 0 ? -cents : cents;
    return (cents < 0 ? QStringLiteral("-") : QString())
        + QStringLiteral("%1.%2").arg(magnitude / 100).arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

} // namespace

TEST_CASE("Export List writes the filtered invoice list in the order on screen", "[ui][lists][issue19]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    DemoDatabase demo;
    MainWindow window;
    openDemo(window, demo);
    auto *tabs = child<QTabWidget>(window, "mainTabs");
    tabs->setCurrentWidget(window.invoiceView());
    auto *table = child<QTableView>(window, "invoiceTable");
    QSignalSpy filtered(window.invoiceView(), &InvoiceListView::filterApplied);
    type(window, "invoiceFilter", QStringLiteral("B.V."));
    REQUIRE(filtered.wait(3000));
    table->sortByColumn(InvoiceTableModel::Open, Qt::DescendingOrder);
    const int shown = table->model()->rowCount();
    REQUIRE(shown > 0);
    REQUIRE(shown < 900);

    // The File menu's entries reach this list.
    auto *exportAction = window.findChild<QAction *>(QStringLiteral("exportListAction"));
    auto *printAction = window.findChild<QAction *>(QStringLiteral("printListAction"));
    REQUIRE(exportAction);
    REQUIRE(printAction);
    CHECK(exportAction->isEnabled());
    CHECK(printAction->isEnabled());
    CHECK(exportAction->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    CHECK(printAction->shortcut() == QKeySequence(QKeySequence::Print));

    TempDir dir;
    const QList<CsvRecord> records = exportList(window.invoiceView()->output(), dir.filePath(QStringLiteral("invoices.csv")));
    REQUIRE(records.size() == shown + 1);
    CHECK(records.first().field(0) == QStringLiteral("number"));
    CHECK(records.first().field(7) == QStringLiteral("open"));
    // The first rows as the view shows them.
    for (int row = 0; row < 5 && row < shown; ++row)
        CHECK(records.at(row + 1).field(0) == table->model()->index(row, InvoiceTableModel::Number).data().toString());
    // And the last one, which the view has not read before.
    CHECK(records.last().field(0) == table->model()->index(shown - 1, InvoiceTableModel::Number).data().toString());

    // The largest open amount, exact to the cent, as the invoice's own row holds it.
    QSqlQuery stored = demo.database().run(
        QStringLiteral("SELECT total_incl_cents - paid_cents - credited_cents, total_incl_cents, currency FROM invoices WHERE number = ?"),
        {records.at(1).field(0)});
    REQUIRE(stored.next());
    CHECK(records.at(1).field(7) == plainOf(stored.value(0).toLongLong()));
    CHECK(records.at(1).field(6) == plainOf(stored.value(1).toLongLong()));
    CHECK(records.at(1).field(5) == stored.value(2).toString());
    // Every row names the filter's text, as the list does.
    for (int i = 1; i < records.size(); ++i)
        REQUIRE((records.at(i).field(0) + records.at(i).field(1) + records.at(i).field(2)).contains(QStringLiteral("B.V."), Qt::CaseInsensitive));
}

TEST_CASE("The customer, case and credit note lists export what they show", "[ui][lists][issue19]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    DemoDatabase demo;
    MainWindow window;
    openDemo(window, demo);
    auto *tabs = child<QTabWidget>(window, "mainTabs");
    TempDir dir;

    SECTION("customers, filtered and sorted by name")
    {
        tabs->setCurrentWidget(window.customerView());
        QSignalSpy filtered(window.customerView(), &CustomerListView::filterApplied);
        type(window, "customerFilter", QStringLiteral("B.V."));
        REQUIRE(filtered.wait(3000));
        auto *table = child<QTableView>(window, "customerTable");
        table->sortByColumn(CustomerTableModel::Name, Qt::AscendingOrder);
        const int shown = table->model()->rowCount();
        REQUIRE(shown > 0);
        const QList<CsvRecord> records = exportList(window.customerView()->output(), dir.filePath(QStringLiteral("c.csv")));
        REQUIRE(records.size() == shown + 1);
        for (int row = 0; row < shown; ++row)
            REQUIRE(records.at(row + 1).field(1) == table->model()->index(row, CustomerTableModel::Name).data().toString());
    }
    SECTION("the open cases the Disputes area lists")
    {
        tabs->setCurrentWidget(window.disputesView());
        DisputeListView *list = window.disputesView()->listView();
        const int shown = list->table()->model()->rowCount();
        const qint64 open = demo.database().scalar(QStringLiteral("SELECT COUNT(*) FROM disputes WHERE step <> 'closed'")).toLongLong();
        REQUIRE(open > 0);
        REQUIRE(shown == open); // the list opens on the open cases
        const QList<CsvRecord> records = exportList(list->output(), dir.filePath(QStringLiteral("d.csv")));
        REQUIRE(records.size() == shown + 1);
        CHECK(records.at(1).field(0) == list->table()->model()->index(0, DisputeTableModel::Number).data().toString());
        // The File menu reaches the case list inside the Disputes area too.
        CHECK(window.findChild<QAction *>(QStringLiteral("exportListAction"))->isEnabled());
    }
    SECTION("credit notes")
    {
        tabs->setCurrentWidget(window.creditNoteView());
        const int shown = window.creditNoteView()->table()->model()->rowCount();
        const QList<CsvRecord> records = exportList(window.creditNoteView()->output(), dir.filePath(QStringLiteral("n.csv")));
        CHECK(records.size() == shown + 1);
        CHECK(records.first().field(0) == QStringLiteral("number"));
    }
    SECTION("a tab without a list has nothing to export")
    {
        tabs->setCurrentWidget(window.dashboardView());
        CHECK_FALSE(window.findChild<QAction *>(QStringLiteral("exportListAction"))->isEnabled());
        CHECK_FALSE(window.findChild<QAction *>(QStringLiteral("printListAction"))->isEnabled());
    }
}

TEST_CASE("The list's context menu offers export and print", "[ui][lists][issue19]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    DemoDatabase demo(20, 100);
    MainWindow window;
    openDemo(window, demo);
    child<QTabWidget>(window, "mainTabs")->setCurrentWidget(window.disputesView());
    QTableView *table = window.disputesView()->listView()->table();
    emit table->customContextMenuRequested(QPoint(5, 5));
    auto *menu = window.disputesView()->listView()->findChild<QMenu *>(QStringLiteral("disputeListContextMenu"));
    REQUIRE(menu);
    QStringList names;
    for (QAction *action : menu->actions())
        names << action->objectName();
    CHECK(names == QStringList({QStringLiteral("listExportAction"), QStringLiteral("listPrintAction")}));
    CHECK(menu->actions().at(0)->text() == QStringLiteral("Export List…"));
    CHECK(menu->actions().at(0)->isEnabled());
    menu->close();
}

TEST_CASE("Print List prints every row of the filtered list, page after page", "[ui][lists][issue19]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    DemoDatabase demo;
    MainWindow window;
    openDemo(window, demo);
    child<QTabWidget>(window, "mainTabs")->setCurrentWidget(window.invoiceView());
    auto *table = child<QTableView>(window, "invoiceTable");
    TempDir dir;
    const auto printTo = [&](const QString &name, int *expectedPages) {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(dir.filePath(name));
        printer.setPageOrientation(QPageLayout::Landscape);
        *expectedPages = ListPrinter(*table, QStringLiteral("Invoices")).pageCount(printer);
        return window.invoiceView()->output()->printTo(printer);
    };

    int allPages = 0;
    CHECK(printTo(QStringLiteral("all.pdf"), &allPages) == allPages);
    // 900 invoices take many pages of some 20-40 rows each.
    CHECK(allPages >= 900 / 60);
    CHECK(allPages <= 900 / 10);
    QFile all(dir.filePath(QStringLiteral("all.pdf")));
    REQUIRE(all.open(QIODevice::ReadOnly));
    const QByteArray pdf = all.readAll();
    CHECK(pdf.startsWith("%PDF"));

    QSignalSpy filtered(window.invoiceView(), &InvoiceListView::filterApplied);
    type(window, "invoiceFilter", window.invoiceModel()->index(0, InvoiceTableModel::Number).data().toString());
    REQUIRE(filtered.wait(3000));
    REQUIRE(table->model()->rowCount() == 1);
    int onePage = 0;
    CHECK(printTo(QStringLiteral("one.pdf"), &onePage) == 1);
    CHECK(onePage == 1);
}
