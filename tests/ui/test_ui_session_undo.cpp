// Edit ▸ Undo acts on what is in view (issue 18): the main window's QUndoGroup has the case
// edits' stack active only while the Disputes area is shown.

#include "UiTestSupport.h"

#include "MainWindow.h"
#include "common/Clock.h"
#include "common/UiLocale.h"
#include "disputes/DisputeCaseView.h"
#include "disputes/DisputeEditor.h"
#include "disputes/DisputeRepository.h"
#include "disputes/DisputeService.h"
#include "disputes/DisputesView.h"
#include "invoices/InvoiceListQuery.h"
#include "invoices/InvoiceListView.h"

#include <QAction>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoGroup>
#include <QUndoStack>

using namespace dd;
using namespace dd::test;

namespace {

// An open invoice without a case, from the demo data.
InvoiceListRow invoiceWithoutCase(Database &database)
{
    for (const InvoiceListRow &row : InvoiceListQuery(database).fetch(0, 1000)) {
        if (row.openDispute.isEmpty() && row.open().cents() > 0)
            return row;
    }
    FAIL("no open invoice without a case in the demo data");
    return {};
}

DisputeStep stepOf(Database &database, qint64 id)
{
    const auto dispute = DisputeRepository(database).find(id);
    REQUIRE(dispute);
    return dispute->step;
}

} // namespace

TEST_CASE("Ctrl+Z undoes a case move only while the Disputes area is shown", "[ui][undo][issue18]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    DemoDatabase demo;
    Database &db = demo.database();
    FixedClock clock(QDateTime(demoAsOf(), QTime(9, 0)));
    MainWindow window;
    window.setClock(&clock);
    openDemo(window, demo);

    OpenDisputeRequest request;
    request.invoices = {DisputeInvoiceRequest{invoiceWithoutCase(db).number, std::nullopt}};
    request.reasonCode = QStringLiteral("price-too-high");
    request.story = QStringLiteral("Too expensive.");
    request.receivedOn = IsoDate::fromQDate(demoAsOf());
    const qint64 id = DisputeService(db, clock, QStringLiteral("test")).open(request).id;
    window.showDispute(id);
    DisputeCaseView &view = *window.disputesView()->caseView();
    QUndoStack *stack = window.disputeEditor()->undoStack(id);
    CHECK(window.undoGroup()->stacks().contains(stack));
    CHECK(window.undoGroup()->activeStack() == stack);

    click(view, "move-verify");
    click(view, "confirmMove");
    REQUIRE(stack->count() == 1);
    REQUIRE(stepOf(db, id) == DisputeStep::Verify);
    QAction *undo = window.findChild<QAction *>(QStringLiteral("undoAction"));
    CHECK(undo->isEnabled());
    const QString number = DisputeRepository(db).find(id)->number;
    CHECK(undo->text() == QStringLiteral("&Undo: step %1 back from Verify to Hear").arg(number));

    // On the Invoices tab nothing can be undone: Ctrl+Z leaves the case where it is.
    auto *tabs = child<QTabWidget>(window, "mainTabs");
    tabs->setCurrentWidget(window.invoiceView());
    CHECK(window.undoGroup()->activeStack() == nullptr);
    // A case shown again while another area is in view (a reload) does not make its stack active.
    window.disputeEditor()->setCurrentCase(id);
    CHECK(window.undoGroup()->activeStack() == nullptr);
    CHECK_FALSE(undo->isEnabled());
    CHECK(undo->text() == QStringLiteral("&Undo"));
    window.invoiceView()->table()->setFocus();
    QTest::keyClick(window.invoiceView()->table(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(stepOf(db, id) == DisputeStep::Verify);
    CHECK(stack->index() == 1);

    // Back on the Disputes area the move is undone by the same key.
    tabs->setCurrentWidget(window.disputesView());
    CHECK(window.undoGroup()->activeStack() == stack);
    REQUIRE(undo->isEnabled());
    auto *step = child<QLabel>(view, "caseStep");
    step->setFocus();
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(stepOf(db, id) == DisputeStep::Hear);
    CHECK(stack->index() == 0);
}
