// Undo per case (issue 18): each case has its own undo stack in the editor's QUndoGroup, and the
// case in view has the active one. An edit of one case neither undoes nor wipes another's
// history; Ctrl+Z acts on the case shown.

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

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>
#include <QUndoGroup>
#include <QUndoStack>

using namespace dd;
using dd::test::DemoDatabase;
using dd::test::child;
using dd::test::click;

namespace {

// Two cases at Hear, about two invoices of the demo data with money open and no case yet.
QList<qint64> openTwoCases(Database &database, const Clock &clock)
{
    DisputeService service(database, clock, QStringLiteral("test"));
    DisputeRepository disputes(database);
    QList<qint64> ids;
    for (const InvoiceListRow &row : InvoiceListQuery(database).fetch(0, 1000)) {
        if (ids.size() == 2)
            break;
        if (!row.openDispute.isEmpty() || row.open().cents() <= 0)
            continue;
        OpenDisputeRequest request;
        request.invoices = {DisputeInvoiceRequest{row.number, std::nullopt}};
        request.reasonCode = QStringLiteral("price-too-high");
        request.story = QStringLiteral("Too expensive.");
        request.receivedOn = IsoDate::fromQDate(dd::test::demoAsOf());
        ids << service.open(request).id;
    }
    REQUIRE(ids.size() == 2);
    return ids;
}

DisputeStep stepOf(Database &database, qint64 id)
{
    return DisputeRepository(database).find(id)->step;
}

void startVerification(DisputeCaseView &view)
{
    click(view, "move-verify");
    click(view, "confirmMove");
    CHECK_FALSE(child<QLabel>(view, "caseError")->isVisible());
}

} // namespace

TEST_CASE("Each case keeps its own undo, Ctrl+Z acts on the case shown", "[ui][disputes][undo]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    DemoDatabase demo;
    Database &db = demo.database();
    FixedClock clock(QDateTime(dd::test::demoAsOf(), QTime(9, 0)));
    MainWindow window;
    window.disputeEditor()->setClock(&clock);
    dd::test::openDemo(window, demo);
    const QList<qint64> ids = openTwoCases(db, clock);
    const qint64 a = ids.at(0);
    const qint64 b = ids.at(1);
    window.refresh();
    DisputeCaseView &view = *window.disputesView()->caseView();
    DisputeEditor &editor = *window.disputeEditor();
    QAction *undo = window.findChild<QAction *>(QStringLiteral("undoAction"));

    // Edit A, then B.
    window.showDispute(a);
    startVerification(view);
    window.showDispute(b);
    CHECK(editor.activeStack() == editor.undoStack(b));
    // B has nothing to undo yet, though A has.
    CHECK_FALSE(undo->isEnabled());
    startVerification(view);
    CHECK(editor.undoStack(a)->count() == 1);
    CHECK(editor.undoStack(b)->count() == 1);

    SECTION("Back on A, undo undoes A's edit and leaves B's")
    {
        window.showDispute(a);
        CHECK(editor.undoGroup()->activeStack() == editor.undoStack(a));
        REQUIRE(undo->isEnabled());
        CHECK(undo->text().contains(QStringLiteral("back from Verify to Hear")));
        undo->trigger();
        CHECK(stepOf(db, a) == DisputeStep::Hear);
        CHECK(stepOf(db, b) == DisputeStep::Verify);
        CHECK(editor.undoStack(b)->canUndo());
        // The view follows the undo through the session.
        CHECK(child<QLabel>(view, "caseStep")->text() == QStringLiteral("Hear"));
    }

    SECTION("Ctrl+Z with B shown undoes B's edit; then, with A shown, A's")
    {
        auto *audit = child<QTreeWidget>(view, "auditList");
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        // From the audit trail: a text field would undo its own typing.
        audit->setFocus();
        QTest::keyClick(audit, Qt::Key_Z, Qt::ControlModifier);
        CHECK(stepOf(db, b) == DisputeStep::Hear);
        CHECK(stepOf(db, a) == DisputeStep::Verify);
        CHECK(DisputeRepository(db).audit(b).last().note == QStringLiteral("Undo: start verification"));

        window.showDispute(a);
        audit->setFocus();
        QTest::keyClick(audit, Qt::Key_Z, Qt::ControlModifier);
        CHECK(stepOf(db, a) == DisputeStep::Hear);
        // Redo with Ctrl+Shift+Z, on A only.
        QTest::keyClick(audit, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        CHECK(stepOf(db, a) == DisputeStep::Verify);
        CHECK(stepOf(db, b) == DisputeStep::Hear);
    }

    SECTION("A final edit on B (a finding) ends B's history only")
    {
        // Recorded through the view: the finding form on its tab.
        view.openMoveForm(DisputeMove::AddFinding);
        dd::test::type(view, "findingSource", QStringLiteral("Contract"));
        dd::test::type(view, "findingText", QStringLiteral("The contract names the price."));
        // Nothing is chosen for the user: the finding cannot be saved before they say whom it supports.
        CHECK_FALSE(dd::test::child<QPushButton>(view, "saveFindingButton")->isEnabled());
        auto *direction = dd::test::child<QComboBox>(view, "findingDirection");
        CHECK(direction->currentIndex() == -1);
        direction->setCurrentIndex(direction->findData(int(FindingDirection::SupportsUs)));
        click(view, "saveFindingButton");
        CHECK(DisputeRepository(db).findings(b).size() == 1);
        CHECK(editor.undoStack(b)->count() == 0);
        CHECK_FALSE(undo->isEnabled());
        CHECK(editor.undoStack(a)->count() == 1);
        window.showDispute(a);
        CHECK(undo->isEnabled());
    }
}

TEST_CASE("The undo group can be the main window's: the stacks move to it", "[ui][disputes][undo]")
{
    DisputeEditor editor;
    QUndoStack *first = editor.undoStack(1);
    editor.setCurrentCase(1);
    CHECK(editor.undoGroup()->activeStack() == first);
    QUndoGroup group;
    editor.setUndoGroup(&group);
    CHECK(editor.undoGroup() == &group);
    CHECK(group.stacks().contains(first));
    CHECK(group.activeStack() == first);
    editor.setCurrentCase(2);
    CHECK(group.activeStack() == editor.undoStack(2));
    CHECK(group.stacks().size() == 2);
}
