// The Disputes area driven as a user drives it: a case opened from the invoice list's context
// menu and walked from Hear to Closed by clicking the real buttons and typing into the real
// forms; the audit trail checked after every step; refused moves not offered; undo and redo
// through the Edit menu's stack; the goodwill warning. The lists and settings of the area are in
// test_ui_disputes_lists.cpp.

#include "TestScreenshots.h"
#include "UiTestSupport.h"

#include "MainWindow.h"
#include "common/Clock.h"
#include "common/UiLocale.h"
#include "disputes/DisputeCaseView.h"
#include "disputes/DisputeEditor.h"
#include "disputes/DisputeListQuery.h"
#include "disputes/DisputeListView.h"
#include "disputes/DisputeRepository.h"
#include "disputes/DisputeRulesDialog.h"
#include "disputes/DisputeService.h"
#include "disputes/DisputeSettings.h"
#include "disputes/DisputesView.h"
#include "disputes/DisputeTableModel.h"
#include "disputes/OpenDisputeDialog.h"
#include "disputes/ProactiveWarnings.h"
#include "invoices/InvoiceListQuery.h"
#include "invoices/InvoiceListView.h"
#include "invoices/InvoiceTableModel.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QCryptographicHash>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QTreeWidget>
#include <QUndoStack>

using namespace dd;
using dd::test::ModelTesters;
using dd::test::DemoDatabase;
using dd::test::TestScreenshots;
using dd::test::child;
using dd::test::click;
using dd::test::type;
using dd::test::showAndActivate;

namespace {

bool hasButton(QWidget &parent, const char *name)
{
    return parent.findChild<QPushButton *>(QString::fromLatin1(name)) != nullptr;
}

// An invoice of a business customer with money open and no open case, and no earlier goodwill.
InvoiceListRow undisputedInvoice(Database &database)
{
    InvoiceListQuery query(database);
    DisputeRepository disputes(database);
    for (const InvoiceListRow &row : query.fetch(0, 1000)) {
        if (row.openDispute.isEmpty() && row.open().cents() > 20000 && row.paidCents == 0 && row.creditedCents == 0
            && !disputes.previousGoodwill(row.customerId, 0))
            return row;
    }
    FAIL("no undisputed open invoice in the demo data");
    return {};
}

QStringList auditActions(Database &database, qint64 disputeId)
{
    QStringList actions;
    for (const AuditEvent &event : DisputeRepository(database).audit(disputeId))
        actions << event.action;
    return actions;
}

// The audit tab lists exactly the stored events, in order.
void checkAuditTab(QWidget &caseView, Database &database, qint64 disputeId)
{
    const QList<AuditEvent> events = DisputeRepository(database).audit(disputeId);
    auto *audit = child<QTreeWidget>(caseView, "auditList");
    REQUIRE(audit->topLevelItemCount() == events.size());
    for (int i = 0; i < events.size(); ++i) {
        CHECK(audit->topLevelItem(i)->data(3, Qt::UserRole).toString() == events[i].action);
        CHECK(audit->topLevelItem(i)->text(4) == events[i].note);
    }
}

Dispute stored(Database &database, qint64 id)
{
    const auto dispute = DisputeRepository(database).find(id);
    REQUIRE(dispute);
    return *dispute;
}

void confirm(QWidget &caseView)
{
    click(caseView, "confirmMove");
    auto *error = child<QLabel>(caseView, "caseError");
    INFO("error shown: " << error->text().toStdString());
    CHECK_FALSE(error->isVisible());
}

} // namespace

TEST_CASE("A dispute opened from the invoice list walks from Hear to Closed through the real widgets", "[ui][disputes]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    DemoDatabase demo;
    Database &db = demo.database();
    FixedClock clock(QDateTime(dd::test::demoAsOf(), QTime(10, 0)));
    MainWindow window;
    ModelTesters::attach(window);
    window.disputeEditor()->setClock(&clock);
    dd::test::openDemo(window, demo);

    const InvoiceListRow invoice = undisputedInvoice(db);
    // The invoice list, filtered to the one invoice; then its context menu.
    auto *invoiceTable = child<QTableView>(window, "invoiceTable");
    type(window, "invoiceFilter", invoice.number);
    QTest::keyClick(child<QLineEdit>(window, "invoiceFilter"), Qt::Key_Return);
    REQUIRE(invoiceTable->model()->rowCount() == 1);
    const QPoint cell = invoiceTable->visualRect(invoiceTable->model()->index(0, 0)).center();
    QContextMenuEvent contextEvent(QContextMenuEvent::Mouse, cell, invoiceTable->viewport()->mapToGlobal(cell));
    QCoreApplication::sendEvent(invoiceTable->viewport(), &contextEvent);
    auto *menu = window.findChild<QMenu *>(QStringLiteral("invoiceContextMenu"));
    REQUIRE(menu);
    REQUIRE(QTest::qWaitForWindowExposed(menu));
    auto *openAction = menu->findChild<QAction *>(QStringLiteral("openDisputeAction"));
    REQUIRE(openAction);
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(openAction).center());

    OpenDisputeDialog *dialog = window.openDisputeDialog();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    // The amount offered is all that is open on the invoice.
    CHECK(child<QLineEdit>(*dialog, "openAmount")->text() == invoice.open().formatNumber(NumberStyle::English));
    auto *reason = child<QComboBox>(*dialog, "openReason");
    reason->setCurrentIndex(reason->findData(QStringLiteral("quality")));
    REQUIRE(reason->currentIndex() >= 0);
    type(*dialog, "openContact", QStringLiteral("Mrs. Jansen"));
    type(*dialog, "openStory", QStringLiteral("The pump stopped after two days; we will not pay for a broken pump."));
    type(*dialog, "openAmount", QStringLiteral("150.00"));
    click(*dialog, "openDisputeButton");
    auto *result = child<QLabel>(*dialog, "openResult");
    REQUIRE(result->isVisible());
    const QString number = dialog->disputeNumber();
    REQUIRE(number.startsWith(QStringLiteral("DSP-")));
    CHECK(result->text().contains(number));
    const qint64 id = dialog->disputeId();
    Dispute dispute = stored(db, id);
    CHECK(dispute.story == QStringLiteral("The pump stopped after two days; we will not pay for a broken pump."));
    CHECK(dispute.disputedTotal().cents() == 15000);
    CHECK(dispute.contactPerson == QStringLiteral("Mrs. Jansen"));
    // The invoice is on dunning hold, in the list too.
    CHECK(DisputeRepository(db).openDisputeOf(invoice.id) == number);
    CHECK(invoiceTable->model()->index(0, InvoiceTableModel::Status).data().toString() == QStringLiteral("Disputed, on hold"));

    click(*dialog, "showDisputeButton");
    auto *tabs = child<QTabWidget>(window, "mainTabs");
    CHECK(tabs->currentWidget() == window.disputesView());
    DisputeCaseView &view = *window.disputesView()->caseView();
    REQUIRE(view.disputeId() == id);
    auto *step = child<QLabel>(view, "caseStep");
    CHECK(step->text() == QStringLiteral("Hear"));
    CHECK(child<QLabel>(view, "caseTitle")->text().contains(number));
    checkAuditTab(view, db, id);
    CHECK(auditActions(db, id) == QStringList{QStringLiteral("open")});

    // Hear: only "start verification" leads on; concluding or deciding is not offered.
    CHECK(hasButton(view, "move-verify"));
    CHECK_FALSE(hasButton(view, "move-conclude"));
    CHECK_FALSE(hasButton(view, "move-decide"));
    CHECK_FALSE(hasButton(view, "move-step-back"));
    // Forced anyway, the guard's reason is shown and nothing is written.
    view.openMoveForm(DisputeMove::ConcludeVerification);
    click(view, "confirmMove");
    auto *error = child<QLabel>(view, "caseError");
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("can only be done in step Verify")));
    CHECK(auditActions(db, id).size() == 1);
    click(view, "cancelMove");

    // Hear → Verify.
    click(view, "move-verify");
    type(view, "moveNote", QStringLiteral("Asked the warehouse"));
    confirm(view);
    CHECK(step->text() == QStringLiteral("Verify"));
    CHECK(stored(db, id).step == DisputeStep::Verify);
    checkAuditTab(view, db, id);
    CHECK(auditActions(db, id).last() == QStringLiteral("verify"));
    // A conclusion needs a finding: not offered yet, and the reason is shown.
    CHECK_FALSE(hasButton(view, "move-conclude"));
    CHECK(child<QLabel>(view, "caseBlocked")->text().contains(QStringLiteral("no findings yet")));

    // A finding with an evidence file dropped onto the findings.
    dd::test::TempDir files;
    const QString evidencePath = files.filePath(QStringLiteral("delivery-note.txt"));
    {
        QFile file(evidencePath);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("Delivered 2025-06-02, pump tested OK on site.\n");
    }
    auto *caseTabs = child<QTabWidget>(view, "caseTabs");
    QWidget *findingsTab = child<QWidget>(view, "findingsTab");
    caseTabs->setCurrentWidget(findingsTab);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(evidencePath)});
    QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(findingsTab, &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(findingsTab, &drop);
    CHECK(child<QListWidget>(view, "findingEvidence")->count() == 1);
    CHECK(child<QWidget>(view, "findingForm")->isVisible());
    type(view, "findingSource", QStringLiteral("Delivery note"));
    auto *direction = child<QComboBox>(view, "findingDirection");
    direction->setCurrentIndex(direction->findData(int(FindingDirection::SupportsUs)));
    type(view, "findingText", QStringLiteral("The pump was tested on delivery."));
    click(view, "saveFindingButton");
    CHECK(child<QTreeWidget>(view, "findingsList")->topLevelItemCount() == 1);
    const QList<Finding> findings = DisputeRepository(db).findings(id, true);
    REQUIRE(findings.size() == 1);
    REQUIRE(findings[0].evidence.size() == 1);
    QFile evidenceFile(evidencePath);
    REQUIRE(evidenceFile.open(QIODevice::ReadOnly));
    CHECK(findings[0].evidence[0].sha256
          == QString::fromLatin1(QCryptographicHash::hash(evidenceFile.readAll(), QCryptographicHash::Sha256).toHex()));
    checkAuditTab(view, db, id);
    // A finding cannot be taken away: nothing to undo.
    CHECK_FALSE(window.findChild<QAction *>(QStringLiteral("undoAction"))->isEnabled());

    // A contact, logged on the contacts tab.
    caseTabs->setCurrentWidget(child<QWidget>(view, "contactsTab"));
    type(view, "contactSummary", QStringLiteral("Called Mrs. Jansen: we are checking the delivery."));
    click(view, "addContactButton");
    CHECK(child<QTreeWidget>(view, "contactsList")->topLevelItemCount() == 1);
    // A 14-day letter sent by post is recorded as such: only a letter to the customer can be one.
    auto *fourteenDay = child<QCheckBox>(view, "contactFourteenDay");
    CHECK_FALSE(fourteenDay->isEnabled());
    auto *contactChannel = child<QComboBox>(view, "contactChannel");
    auto *contactDirection = child<QComboBox>(view, "contactDirection");
    contactChannel->setCurrentIndex(contactChannel->findData(int(Channel::Letter)));
    contactDirection->setCurrentIndex(contactDirection->findData(int(ContactDirection::Outbound)));
    REQUIRE(fourteenDay->isEnabled());
    QTest::mouseClick(fourteenDay, Qt::LeftButton, {}, QPoint(8, fourteenDay->height() / 2));
    REQUIRE(fourteenDay->isChecked());
    type(view, "contactSummary", QStringLiteral("Veertiendagenbrief per post"));
    click(view, "addContactButton");
    const QList<ContactLogEntry> contacts = DisputeRepository(db).contacts(id);
    REQUIRE(contacts.size() == 2);
    CHECK(contacts.at(1).letterKind == QStringLiteral("fourteen-day"));
    CHECK(contacts.at(0).letterKind.isEmpty());
    CHECK(child<QTreeWidget>(view, "contactsList")->topLevelItem(1)->text(3).startsWith(QStringLiteral("14-day letter")));
    CHECK_FALSE(fourteenDay->isChecked());
    contactChannel->setCurrentIndex(contactChannel->findData(int(Channel::Phone)));
    CHECK_FALSE(fourteenDay->isEnabled());

    // Verify → Decide.
    click(view, "move-conclude");
    confirm(view);
    CHECK(step->text() == QStringLiteral("Decide"));
    checkAuditTab(view, db, id);

    // Decide → Resolve: partly justified, 40.00 of the 150.00.
    click(view, "move-decide");
    auto *verdict = child<QComboBox>(view, "decideVerdict");
    verdict->setCurrentIndex(verdict->findData(int(Verdict::PartlyJustified)));
    type(view, "decideAmount", QStringLiteral("40.00"));
    type(view, "decideRationale", QStringLiteral("Installation advice was wrong; the pump itself works."));
    confirm(view);
    CHECK(step->text() == QStringLiteral("Resolve"));
    dispute = stored(db, id);
    CHECK(dispute.verdict == Verdict::PartlyJustified);
    CHECK(dispute.justified.cents() == 4000);
    checkAuditTab(view, db, id);
    CHECK(auditActions(db, id).last() == QStringLiteral("decide"));
    // Nothing is resolved yet: learning is not offered.
    CHECK_FALSE(hasButton(view, "move-to-learn"));
    CHECK_FALSE(hasButton(view, "move-paid"));
    CHECK(hasButton(view, "move-credit"));
    CHECK(hasButton(view, "move-amicable"));

    // Resolve: credit the justified part, explain the rest, agree instalments.
    click(view, "move-credit");
    confirm(view);
    CHECK(stored(db, id).creditDecided);
    CHECK_FALSE(hasButton(view, "move-credit"));
    click(view, "move-amicable");
    type(view, "amicableExplanation", QStringLiteral("The order confirmation shows the pump model you chose."));
    confirm(view);
    CHECK(stored(db, id).path == UnjustifiedPath::Amicable);
    CHECK(hasButton(view, "move-assess"));
    click(view, "move-arrangement");
    type(view, "arrangementText", QStringLiteral("Two instalments of 55.00 on 1 August and 1 September"));
    confirm(view);
    CHECK(stored(db, id).amicable == AmicableState::Arrangement);
    checkAuditTab(view, db, id);

    // Resolve → Learn.
    click(view, "move-to-learn");
    confirm(view);
    CHECK(step->text() == QStringLiteral("Learn"));
    // Partly justified: no closing without the lessons.
    CHECK_FALSE(hasButton(view, "move-close"));
    CHECK(child<QLabel>(view, "caseBlocked")->text().contains(QStringLiteral("record what went wrong")));
    click(view, "move-lessons");
    type(view, "lessonWhat", QStringLiteral("Sales advised the wrong installation"));
    type(view, "lessonDepartment", QStringLiteral("Sales"));
    type(view, "lessonAction", QStringLiteral("Installation checklist with every pump"));
    confirm(view);
    CHECK(stored(db, id).lessonDepartment == QStringLiteral("Sales"));

    // Learn → Closed. The justified part was credited: the form says, before it is confirmed, that
    // closing cannot be undone (reopening would not take the credit note back).
    click(view, "move-close");
    auto *outcome = child<QComboBox>(view, "closeOutcome");
    outcome->setCurrentIndex(outcome->findData(int(Outcome::Credited)));
    auto *notice = child<QLabel>(view, "moveNotice");
    CHECK(notice->isVisible());
    CHECK(notice->text().contains(QStringLiteral("cannot be undone")));
    confirm(view);
    CHECK(step->text() == QStringLiteral("Closed: Credited"));
    dispute = stored(db, id);
    CHECK(dispute.step == DisputeStep::Closed);
    CHECK(dispute.outcome == Outcome::Credited);
    CHECK_FALSE(DisputeRepository(db).openDisputeOf(invoice.id));
    checkAuditTab(view, db, id);
    CHECK(auditActions(db, id)
          == QStringList({QStringLiteral("open"), QStringLiteral("verify"), QStringLiteral("finding"), QStringLiteral("contact"),
                          QStringLiteral("contact"), QStringLiteral("conclude"), QStringLiteral("decide"), QStringLiteral("credit"), QStringLiteral("amicable"),
                          QStringLiteral("arrangement"), QStringLiteral("to-learn"), QStringLiteral("lessons"), QStringLiteral("close")}));
    // Closed: only a correction (step back) is offered.
    CHECK(hasButton(view, "move-step-back"));
    CHECK_FALSE(hasButton(view, "move-close"));
    CHECK_FALSE(child<QPushButton>(view, "addContactButton")->isEnabled());

    // Closing a case with a credit is final: nothing of the case is left to undo.
    CHECK_FALSE(window.findChild<QAction *>(QStringLiteral("undoAction"))->isEnabled());
    CHECK(window.disputeEditor()->undoStack(id)->count() == 0);
    checkAuditTab(view, db, id);
}

TEST_CASE("Undo of a move is a recorded step back, an edit that cannot be undone ends the history", "[ui][disputes][undo]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    DemoDatabase demo;
    Database &db = demo.database();
    FixedClock clock(QDateTime(dd::test::demoAsOf(), QTime(9, 0)));
    MainWindow window;
    ModelTesters::attach(window);
    window.disputeEditor()->setClock(&clock);
    dd::test::openDemo(window, demo);

    const InvoiceListRow invoice = undisputedInvoice(db);
    DisputeService service(db, clock, QStringLiteral("test"));
    OpenDisputeRequest request;
    request.invoices = {DisputeInvoiceRequest{invoice.number, std::nullopt}};
    request.reasonCode = QStringLiteral("price-too-high");
    request.story = QStringLiteral("Too expensive.");
    request.receivedOn = IsoDate::fromQDate(dd::test::demoAsOf());
    const qint64 id = service.open(request).id;
    window.refresh();
    window.showDispute(id);
    DisputeCaseView &view = *window.disputesView()->caseView();
    QUndoStack *stack = window.disputeEditor()->undoStack(id);
    CHECK(window.disputeEditor()->activeStack() == stack);
    QAction *undo = window.findChild<QAction *>(QStringLiteral("undoAction"));
    CHECK_FALSE(undo->isEnabled());

    click(view, "move-verify");
    confirm(view);
    REQUIRE(stack->count() == 1);
    CHECK(undo->text().contains(QStringLiteral("back from Verify to Hear")));
    undo->trigger();
    Dispute dispute = stored(db, id);
    CHECK(dispute.step == DisputeStep::Hear);
    QList<AuditEvent> audit = DisputeRepository(db).audit(id);
    CHECK(audit.last().action == QStringLiteral("step-back"));
    CHECK(audit.last().note == QStringLiteral("Undo: start verification"));
    CHECK(child<QLabel>(view, "caseStep")->text() == QStringLiteral("Hear"));
    CHECK(hasButton(view, "move-verify"));
    stack->redo();
    CHECK(stored(db, id).step == DisputeStep::Verify);
    CHECK(DisputeRepository(db).audit(id).last().action == QStringLiteral("verify"));

    SECTION("Undo of a decision steps back to Decide and the verdict no longer stands")
    {
        service.addFinding(id, Finding{0, QStringLiteral("Price list"), QStringLiteral("The price is the list price."),
                                       FindingDirection::SupportsUs, {}, {}});
        service.concludeVerification(id);
        view.reload();
        stack->clear();
        click(view, "move-decide");
        auto *verdict = child<QComboBox>(view, "decideVerdict");
        verdict->setCurrentIndex(verdict->findData(int(Verdict::Unjustified)));
        type(view, "decideRationale", QStringLiteral("The agreed price list applies."));
        confirm(view);
        CHECK(stored(db, id).verdict == Verdict::Unjustified);
        CHECK(undo->text().contains(QStringLiteral("back from Resolve to Decide")));
        undo->trigger();
        dispute = stored(db, id);
        CHECK(dispute.step == DisputeStep::Decide);
        CHECK(dispute.verdict == Verdict::None);
        CHECK(DisputeRepository(db).audit(id).last().note == QStringLiteral("Undo: decision Unjustified"));
        stack->redo();
        dispute = stored(db, id);
        CHECK(dispute.step == DisputeStep::Resolve);
        CHECK(dispute.verdict == Verdict::Unjustified);
        CHECK(dispute.rationale == QStringLiteral("The agreed price list applies."));

        // An amicable explanation is final: the decision before it can no longer be undone.
        click(view, "move-amicable");
        type(view, "amicableExplanation", QStringLiteral("See the signed price list."));
        confirm(view);
        CHECK(stack->count() == 0);
        CHECK_FALSE(undo->isEnabled());
    }

    SECTION("An undo the case no longer allows is refused with the reason and leaves the stack")
    {
        // Someone else moves the case on in the meantime.
        service.addFinding(id, Finding{0, QStringLiteral("Price list"), QStringLiteral("List price."),
                                       FindingDirection::SupportsUs, {}, {}});
        service.concludeVerification(id);
        QSignalSpy failed(window.disputeEditor(), &DisputeEditor::failed);
        undo->trigger();
        REQUIRE(failed.count() == 1);
        CHECK(failed.at(0).at(0).toString().contains(QStringLiteral("no longer in step Verify")));
        CHECK(stored(db, id).step == DisputeStep::Decide);
        CHECK(stack->count() == 0);
    }
}

TEST_CASE("The goodwill form warns before confirming when the customer already had goodwill", "[ui][disputes]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    DemoDatabase demo;
    Database &db = demo.database();
    FixedClock clock(QDateTime(dd::test::demoAsOf(), QTime(9, 0)));
    MainWindow window;
    ModelTesters::attach(window);
    window.disputeEditor()->setClock(&clock);
    dd::test::openDemo(window, demo);

    // Two open invoices of one customer without cases.
    InvoiceListQuery query(db);
    QHash<qint64, QStringList> byCustomer;
    QStringList pair;
    for (const InvoiceListRow &row : query.fetch(0, 1000)) {
        if (!row.openDispute.isEmpty() || row.open().cents() <= 0 || DisputeRepository(db).previousGoodwill(row.customerId, 0))
            continue;
        byCustomer[row.customerId] << row.number;
        if (byCustomer[row.customerId].size() == 2) {
            pair = byCustomer[row.customerId];
            break;
        }
    }
    REQUIRE(pair.size() == 2);
    DisputeService service(db, clock, QStringLiteral("test"));
    auto unjustifiedCase = [&](const QString &invoiceNumber) {
        OpenDisputeRequest request;
        request.invoices = {DisputeInvoiceRequest{invoiceNumber, std::nullopt}};
        request.reasonCode = QStringLiteral("price-too-high");
        request.story = QStringLiteral("Too expensive.");
        request.receivedOn = IsoDate::fromQDate(dd::test::demoAsOf());
        const qint64 id = service.open(request).id;
        service.startVerification(id);
        service.addFinding(id, Finding{0, QStringLiteral("Price list"), QStringLiteral("List price."), FindingDirection::SupportsUs, {}, {}});
        service.concludeVerification(id);
        service.decide(id, Verdict::Unjustified, std::nullopt, QStringLiteral("Agreed prices."));
        return id;
    };
    const qint64 first = unjustifiedCase(pair[0]);
    const GoodwillResult earlier = service.goodwill(first, QStringLiteral("Long-standing customer"));
    service.finishResolution(first);
    service.close(first, Outcome::WrittenOff);
    const qint64 second = unjustifiedCase(pair[1]);
    window.refresh();
    window.showDispute(second);
    DisputeCaseView &view = *window.disputesView()->caseView();

    click(view, "move-goodwill");
    auto *warning = child<QLabel>(view, "goodwillWarning");
    CHECK(warning->isVisible());
    CHECK(warning->text().contains(earlier.dispute.number));
    CHECK(warning->text().contains(UiLocale::formatMoney(earlier.dispute.goodwill)));
    CHECK(child<QPushButton>(view, "confirmMove")->text() == QStringLiteral("Give goodwill again"));
    // Nothing is written before the confirmation.
    CHECK(stored(db, second).path == UnjustifiedPath::None);
    type(view, "goodwillReason", QStringLiteral("Exceptional season"));
    confirm(view);
    CHECK(stored(db, second).path == UnjustifiedPath::Goodwill);
    CHECK(DisputeRepository(db).audit(second).last().note.contains(earlier.dispute.number));
}
