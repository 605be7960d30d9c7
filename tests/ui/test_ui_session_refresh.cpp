// The views follow the Session (issue 18): a write made anywhere, here through the service the
// credit note dialog uses, shows in every area that depends on it without a call to refresh them.

#include "UiTestSupport.h"

#include "MainWindow.h"
#include "common/Clock.h"
#include "common/UiLocale.h"
#include "creditnotes/CreditNoteListView.h"
#include "creditnotes/CreditNoteService.h"
#include "creditnotes/CreditNoteTableModel.h"
#include "dashboard/DashboardView.h"
#include "dunning/DunningPreviewModel.h"
#include "dunning/DunningView.h"
#include "session/Session.h"

#include <QTabWidget>
#include <QTest>

using namespace dd;
using namespace dd::test;

namespace {

// The first euro invoice the dunning preview would send a letter about.
DunningInvoiceLine invoiceInPreview(const DunningView &view)
{
    for (const DunningLetterPlan &letter : view.model()->preview().letters) {
        if (letter.currency == QStringLiteral("EUR") && !letter.invoices.isEmpty())
            return letter.invoices.first();
    }
    FAIL("no euro letter in the dunning preview");
    return {};
}

} // namespace

TEST_CASE("A credit note shows in the dashboard, the dunning preview and the credit note list without a refresh call",
          "[ui][session][issue18]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    DemoDatabase demo;
    FixedClock clock(QDateTime(demoAsOf(), QTime(10, 0)));
    MainWindow window;
    window.setClock(&clock);
    openDemo(window, demo);
    auto *tabs = child<QTabWidget>(window, "mainTabs");

    // Each area as it is before the note: the dashboard's figures, the credit notes, and the
    // dunning preview, which is in front when the note is issued.
    DashboardView *dashboard = window.dashboardView();
    tabs->setCurrentWidget(dashboard);
    REQUIRE(QTest::qWaitFor([&] { return !dashboard->isBusy() && dashboard->figures().asOf == IsoDate::fromQDate(demoAsOf()); }, 20000));
    const qint64 openBefore = dashboard->figures().openCents;
    tabs->setCurrentWidget(window.creditNoteView());
    const int notesBefore = window.creditNoteView()->model()->rowCount();
    DunningView *dunning = window.dunningView();
    tabs->setCurrentWidget(dunning);
    REQUIRE(QTest::qWaitFor([&] { return !dunning->model()->isEmpty(); }, 20000));
    const DunningInvoiceLine invoice = invoiceInPreview(*dunning);
    REQUIRE(dunning->model()->invoiceIndex(invoice.number).isValid());
    REQUIRE(invoice.open.cents() > 0);

    // The whole open amount credited, as the dialog does it.
    CreditNoteRequest request;
    request.invoiceNumber = invoice.number;
    request.amount = invoice.open;
    request.reason = QStringLiteral("Delivered to the wrong address");
    const CreditNote note =
        CreditNoteService(window.session()->database(), window.session()->clock(), window.session()->actingUser()).issue(request);
    REQUIRE(note.id != 0);

    // Nothing is open on the invoice any more: no letter about it.
    CHECK(QTest::qWaitFor([&] { return !dunning->model()->invoiceIndex(invoice.number).isValid(); }, 20000));
    CHECK_FALSE(dunning->model()->isEmpty());
    // The dashboard, not in front when the note was issued, counts it when it is shown again.
    tabs->setCurrentWidget(dashboard);
    CHECK(QTest::qWaitFor([&] { return !dashboard->isBusy() && dashboard->figures().openCents != openBefore; }, 20000));
    CHECK(dashboard->figures().openCents == openBefore - invoice.open.cents());
    // The credit note list has the note.
    tabs->setCurrentWidget(window.creditNoteView());
    CHECK(QTest::qWaitFor([&] { return window.creditNoteView()->model()->rowCount() == notesBefore + 1; }));
    CHECK(window.creditNoteView()->model()->rowOf(note.id) >= 0);
}
