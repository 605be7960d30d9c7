// Edit ▸ Undo acts on the area in view (issue 18): the customers' "do not dun" marks have their
// own stack in the main window's QUndoGroup, active on the Customers and Dunning tabs; a case's
// moves stay on the case's stack, active only on the Disputes tab.

#include "UiTestSupport.h"

#include "bank/BankMatchTableModel.h"
#include "bank/BankReconciliationView.h"

#include "MainWindow.h"
#include "common/Clock.h"
#include "common/UiLocale.h"
#include "creditnotes/IssueCreditNoteDialog.h"
#include "customers/CustomerListView.h"
#include "customers/CustomerRepository.h"
#include "customers/CustomerTableModel.h"
#include "customers/DoNotDunEditor.h"
#include "disputes/DisputeCaseView.h"
#include "disputes/DisputeEditor.h"
#include "disputes/DisputeRepository.h"
#include "disputes/DisputeService.h"
#include "disputes/DisputesView.h"
#include "dunning/DunningSettings.h"
#include "documents/LetterDialog.h"
#include "dunning/DunningView.h"
#include "session/Session.h"
#include "invoices/InvoiceListQuery.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QContextMenuEvent>
#include <QLabel>
#include <QMenu>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoGroup>
#include <QUndoStack>

using namespace dd;
using namespace dd::test;

namespace {

struct ListedCustomer
{
    int row = -1;
    qint64 id = 0;
    QString name;
};

// The first customer of the list without the mark.
ListedCustomer unmarkedCustomer(MainWindow &window, Database &database)
{
    const auto *model = static_cast<CustomerTableModel *>(window.customerView()->table()->model());
    for (int row = 0; row < model->rowCount(); ++row) {
        const qint64 id = model->customerIdAt(row);
        if (!DunningSettings(database).doNotDun(id))
            return ListedCustomer{row, id, model->index(row, CustomerTableModel::Name).data().toString()};
    }
    FAIL("every customer of the demo data is marked");
    return {};
}

// Ticks "Do Not Dun" in the customer's context menu, as a right click and a click do.
void markFromMenu(MainWindow &window, int row)
{
    auto *table = window.customerView()->table();
    const QPoint cell = table->visualRect(table->model()->index(row, 0)).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, cell, table->viewport()->mapToGlobal(cell));
    QCoreApplication::sendEvent(table->viewport(), &event);
    auto *menu = window.findChild<QMenu *>(QStringLiteral("customerContextMenu"));
    REQUIRE(menu);
    REQUIRE(QTest::qWaitForWindowExposed(menu));
    auto *action = menu->findChild<QAction *>(QStringLiteral("customerDoNotDunAction"));
    REQUIRE(action);
    REQUIRE_FALSE(action->isChecked());
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

// A CAMT.053 statement with two credits: one naming `invoice` and paying what it has open, one
// of 1.01 without a reference (as the Bank area's own test, in the layout Dutch banks export).
QString statementPaying(const TempDir &dir, const QString &invoice, qint64 cents)
{
    const auto credit = [](const char *ref, qint64 amount, const QString &remittance) {
        return QStringLiteral("<Ntry><Amt Ccy=\"EUR\">%1.%2</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>"
                              "<BookgDt><Dt>2025-07-10</Dt></BookgDt><AcctSvcrRef>%3</AcctSvcrRef><NtryDtls><TxDtls>"
                              "<RltdPties><Dbtr><Nm>Payer %3</Nm></Dbtr></RltdPties><RmtInf><Ustrd>%4</Ustrd></RmtInf>"
                              "</TxDtls></NtryDtls></Ntry>")
            .arg(amount / 100)
            .arg(amount % 100, 2, 10, QLatin1Char('0'))
            .arg(QLatin1String(ref), remittance);
    };
    const QString path = dir.filePath(QStringLiteral("undo-statement.xml"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                              "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><BkToCstmrStmt>"
                              "<GrpHdr><MsgId>UNDO-1</MsgId><CreDtTm>2025-07-10T18:00:00</CreDtTm></GrpHdr><Stmt><Id>UNDO-1</Id>"
                              "<Acct><Id><IBAN>NL44RABO0123456789</IBAN></Id></Acct>%1%2</Stmt></BkToCstmrStmt></Document>\n")
                   .arg(credit("3001", cents, QStringLiteral("Invoice ") + invoice), credit("3002", 101, QStringLiteral("see mail")))
                   .toUtf8());
    return path;
}

void pressUndo(MainWindow &window, QWidget *focus)
{
    focus->setFocus();
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
}

// The demo data open in the main window, in English, at nine on the demo's day.
struct Desk
{
    bool english = (UiLocale::setLanguageCode(QStringLiteral("en")), true);
    DemoDatabase demo;
    Database &db = demo.database();
    FixedClock clock{QDateTime(demoAsOf(), QTime(9, 0))};
    MainWindow window;
    QTabWidget *tabs = nullptr;
    QAction *undo = nullptr;
    QAction *redo = nullptr;

    Desk()
    {
        window.setClock(&clock);
        openDemo(window, demo);
        tabs = child<QTabWidget>(window, "mainTabs");
        undo = child<QAction>(window, "undoAction");
        redo = child<QAction>(window, "redoAction");
    }
};

} // namespace

TEST_CASE_METHOD(Desk, "Ctrl+Z takes back a do-not-dun mark on Customers, not while Disputes is shown", "[ui][undo][issue18]")
{
    tabs->setCurrentWidget(window.customerView());
    const ListedCustomer customer = unmarkedCustomer(window, db);
    QUndoStack *stack = window.doNotDunEditor()->undoStack();
    CHECK(window.undoGroup()->stacks().contains(stack));
    CHECK(window.undoGroup()->activeStack() == stack);

    markFromMenu(window, customer.row);
    CHECK(DunningSettings(db).doNotDun(customer.id));
    REQUIRE(stack->count() == 1);
    CHECK(undo->isEnabled());
    CHECK(undo->text() == QStringLiteral("&Undo: do not dun %1").arg(customer.name));

    // On the Disputes tab, with no case shown, there is nothing to undo: the mark stays.
    tabs->setCurrentWidget(window.disputesView());
    CHECK(window.undoGroup()->activeStack() != stack);
    CHECK_FALSE(undo->isEnabled());
    CHECK(undo->text() == QStringLiteral("&Undo"));
    pressUndo(window, window.disputesView());
    CHECK(DunningSettings(db).doNotDun(customer.id));
    CHECK(stack->index() == 1);

    // The Dunning area sets the same mark: the same step is undone there.
    tabs->setCurrentWidget(window.dunningView());
    CHECK(window.undoGroup()->activeStack() == stack);
    CHECK(undo->text() == QStringLiteral("&Undo: do not dun %1").arg(customer.name));

    // Back on Customers the same key takes the mark back, and redo sets it again.
    tabs->setCurrentWidget(window.customerView());
    REQUIRE(undo->isEnabled());
    pressUndo(window, window.customerView()->table());
    CHECK_FALSE(DunningSettings(db).doNotDun(customer.id));
    CHECK(stack->index() == 0);
    CHECK(redo->text() == QStringLiteral("&Redo: do not dun %1").arg(customer.name));
    redo->trigger();
    CHECK(DunningSettings(db).doNotDun(customer.id));
}

TEST_CASE_METHOD(Desk, "A case move and a do-not-dun mark are each undone on their own tab", "[ui][undo][issue18]")
{

    qint64 caseId = 0;
    for (const InvoiceListRow &row : InvoiceListQuery(db).fetch(0, 1000)) {
        if (!row.openDispute.isEmpty() || row.open().cents() <= 0)
            continue;
        OpenDisputeRequest request;
        request.invoices = {DisputeInvoiceRequest{row.number, std::nullopt}};
        request.reasonCode = QStringLiteral("price-too-high");
        request.story = QStringLiteral("Too expensive.");
        request.receivedOn = IsoDate::fromQDate(demoAsOf());
        caseId = DisputeService(db, clock, QStringLiteral("test")).open(request).id;
        break;
    }
    REQUIRE(caseId != 0);
    window.showDispute(caseId);
    DisputeCaseView &view = *window.disputesView()->caseView();
    click(view, "move-verify");
    click(view, "confirmMove");
    REQUIRE(DisputeRepository(db).find(caseId)->step == DisputeStep::Verify);

    tabs->setCurrentWidget(window.customerView());
    const ListedCustomer customer = unmarkedCustomer(window, db);
    markFromMenu(window, customer.row);
    REQUIRE(DunningSettings(db).doNotDun(customer.id));

    // Ctrl+Z on Customers: the mark goes, the case stays where it is.
    pressUndo(window, window.customerView()->table());
    CHECK_FALSE(DunningSettings(db).doNotDun(customer.id));
    CHECK(DisputeRepository(db).find(caseId)->step == DisputeStep::Verify);
    // A second Ctrl+Z there has nothing left to undo: the case still stays.
    pressUndo(window, window.customerView()->table());
    CHECK(DisputeRepository(db).find(caseId)->step == DisputeStep::Verify);

    // On Disputes the same key undoes the case's move and leaves the mark alone.
    tabs->setCurrentWidget(window.disputesView());
    pressUndo(window, child<QLabel>(view, "caseStep"));
    CHECK(DisputeRepository(db).find(caseId)->step == DisputeStep::Hear);
    CHECK_FALSE(DunningSettings(db).doNotDun(customer.id));
}

TEST_CASE_METHOD(Desk, "Bank: ticks and matches by hand are undone on the Bank tab, booking asks first", "[ui][undo][bank][issue18]")
{
    QSqlQuery open = db.run(QStringLiteral("SELECT number, total_incl_cents - paid_cents - credited_cents FROM invoices "
                                           "WHERE currency = 'EUR' AND total_incl_cents - paid_cents - credited_cents > 200 "
                                           "ORDER BY id"));
    REQUIRE(open.next());
    const QString paid = open.value(0).toString();
    const qint64 openCents = open.value(1).toLongLong();
    REQUIRE(open.next());
    const QString manual = open.value(0).toString();
    open.finish(); // an open read would keep this connection on the data as it is now
    const qint64 payments = db.scalar(QStringLiteral("SELECT COUNT(*) FROM payments")).toLongLong();

    TempDir dir;
    BankReconciliationView *bank = window.bankView();
    tabs->setCurrentWidget(bank);
    REQUIRE(bank->importStatement(statementPaying(dir, paid, openCents)));
    QUndoStack *stack = bank->undoStack();
    CHECK(window.undoGroup()->activeStack() == stack);
    auto *proposals = bank->proposalView();
    REQUIRE(proposals->model()->rowCount() == 1);
    const QModelIndex tick = proposals->model()->index(0, BankMatchTableModel::DateColumn);
    REQUIRE(tick.data(Qt::CheckStateRole).toInt() == Qt::Checked);

    // Unticked with the keyboard, as a user does; Ctrl+Z ticks it again, Redo unticks.
    proposals->setFocus();
    proposals->setCurrentIndex(tick);
    QTest::keyClick(proposals, Qt::Key_Space);
    CHECK(tick.data(Qt::CheckStateRole).toInt() == Qt::Unchecked);
    const QString amount = Money(openCents, QStringLiteral("EUR")).format(UiLocale::numberStyle());
    CHECK(undo->text() == QStringLiteral("&Undo: untick %1 from Payer 3001").arg(amount));
    pressUndo(window, proposals);
    CHECK(tick.data(Qt::CheckStateRole).toInt() == Qt::Checked);
    redo->trigger();
    CHECK(tick.data(Qt::CheckStateRole).toInt() == Qt::Unchecked);
    pressUndo(window, proposals);
    CHECK(tick.data(Qt::CheckStateRole).toInt() == Qt::Checked);

    // The unmatched entry named by hand joins the proposals; on Customers Ctrl+Z leaves it be,
    // back on Bank it goes back to the unmatched entries.
    auto *unmatched = bank->unmatchedView();
    REQUIRE(unmatched->model()->rowCount() == 1);
    unmatched->setCurrentIndex(unmatched->model()->index(0, BankMatchTableModel::AmountColumn));
    REQUIRE(bank->matchSelected(manual));
    CHECK(proposals->model()->rowCount() == 2);
    CHECK(unmatched->model()->rowCount() == 0);
    CHECK(undo->text() == QStringLiteral("&Undo: match €1.01 from Payer 3002 to %1").arg(manual));
    tabs->setCurrentWidget(window.customerView());
    CHECK(window.undoGroup()->activeStack() != stack);
    pressUndo(window, window.customerView()->table());
    CHECK(proposals->model()->rowCount() == 2);
    tabs->setCurrentWidget(bank);
    pressUndo(window, proposals);
    CHECK(proposals->model()->rowCount() == 1);
    CHECK(unmatched->model()->rowCount() == 1);
    CHECK(db.scalar(QStringLiteral("SELECT COUNT(*) FROM payments")).toLongLong() == payments);

    // Booking asks first and says it cannot be undone here; No books nothing.
    QString question;
    QTimer answer;
    QObject::connect(&answer, &QTimer::timeout, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            answer.stop();
            question = box->text();
            box->button(QMessageBox::No)->click();
        }
    });
    answer.start(20);
    CHECK_FALSE(bank->bookTicked());
    CHECK(question.contains(QStringLiteral("cannot be undone here")));
    CHECK(db.scalar(QStringLiteral("SELECT COUNT(*) FROM payments")).toLongLong() == payments);
    CHECK(stack->count() == 1); // the match by hand, undone; the tick's redo went with its push

    // Booked: the steps before it no longer apply and leave the stack.
    bank->setBookingConfirmer([](int count) { return count == 1; });
    REQUIRE(bank->bookTicked());
    INFO(bank->message().toStdString());
    CHECK(db.scalar(QStringLiteral("SELECT COUNT(*) FROM payments")).toLongLong() == payments + 1);
    CHECK(stack->count() == 0);
    CHECK_FALSE(undo->isEnabled());
}

TEST_CASE_METHOD(Desk, "What cannot be undone says so before the user confirms", "[ui][undo][issue18]")
{
    Session &session = *window.session();
    // Issuing a credit note.
    IssueCreditNoteDialog credit(session);
    CHECK(child<QLabel>(credit, "creditIrreversible")->text().contains(QStringLiteral("cannot be undone")));
    // Recording a case's letter as sent (the dialog of any case will do: the sentence comes first).
    LetterDialog letter(session, 0);
    CHECK(child<QLabel>(letter, "letterIrreversible")->text() == QStringLiteral("A letter that was sent cannot be unsent: this cannot be undone."));
    // Writing and recording the dunning run's letters.
    CHECK(child<QLabel>(*window.dunningView(), "dunningIrreversible")->text().contains(QStringLiteral("cannot be undone")));
}

TEST_CASE_METHOD(Desk, "Edit ▸ Undo keeps an '&' of the name it shows", "[ui][undo][issue18]")
{
    tabs->setCurrentWidget(window.customerView());
    const ListedCustomer customer = unmarkedCustomer(window, db);
    std::optional<Customer> renamed = CustomerRepository(db).findById(customer.id);
    REQUIRE(renamed);
    renamed->name = QStringLiteral("Drukkerij Dekker & Zn.");
    CustomerRepository(db).update(*renamed);
    window.doNotDunEditor()->setDoNotDun(customer.id, true);
    // "&&" shows as one "&"; a single "&" would be taken for a mnemonic and vanish.
    CHECK(undo->text() == QStringLiteral("&Undo: do not dun Drukkerij Dekker && Zn."));
}
