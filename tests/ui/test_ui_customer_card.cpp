// Issue 19, the basics every business list has: a payment entered by hand from an invoice and
// its reversal, a refund owed shown and paid out, a case reassigned (and undone), and the
// customer card with its statement of account. Offscreen, through the real widgets, in English
// (the Dutch texts are the lead's to merge into the catalogue).

#include "UiTestSupport.h"

#include "MainWindow.h"
#include "common/Clock.h"
#include "common/UiLocale.h"
#include "creditnotes/CreditNoteService.h"
#include "customers/CustomerCardDialog.h"
#include "customers/CustomerStatementTab.h"
#include "disputes/DisputeCaseView.h"
#include "disputes/DisputeEditor.h"
#include "disputes/DisputeRepository.h"
#include "disputes/DisputeService.h"
#include "disputes/DisputesView.h"
#include "invoices/InvoiceDetailDialog.h"
#include "invoices/InvoiceRepository.h"
#include "payments/PaymentEntryDialog.h"
#include "payments/PaymentService.h"
#include "receivables/AgingTableModel.h"
#include "session/Session.h"

#include <QDateEdit>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QUndoStack>

using namespace dd;
using dd::test::DemoDatabase;
using dd::test::child;
using dd::test::click;
using dd::test::type;

namespace {

// An invoice of the demo data with money open, nothing paid on it yet and no case: its id.
qint64 unpaidInvoice(Database &db)
{
    const qint64 id = db.scalar(QStringLiteral(
                                    "SELECT MIN(id) FROM invoices WHERE paid_cents = 0 AND credited_cents = 0 AND issue_date <= '2025-06-30' "
                                    "AND id NOT IN (SELECT invoice_id FROM dispute_invoices)"))
                          .toLongLong();
    REQUIRE(id > 0);
    return id;
}

Invoice stored(Database &db, qint64 id)
{
    return *InvoiceRepository(db).findById(id);
}

QString money(qint64 cents)
{
    return UiLocale::formatMoney(cents, QStringLiteral("EUR"));
}

// The demo database in the main window, in English; open() shows it as of the demo's date.
struct DemoWindow
{
    void open() { dd::test::openDemo(window, demo); }

    // Set before the window is made, which reads it.
    const bool english = [] {
        UiLocale::setLanguageCode(QStringLiteral("en"));
        return true;
    }();
    DemoDatabase demo;
    Database &db = demo.database();
    MainWindow window;
};

} // namespace

TEST_CASE("A payment is recorded from the invoice and reversed as a stored fact, the invoice following both",
          "[ui][payments]")
{
    DemoWindow f;
    f.open();
    Database &db = f.db;
    MainWindow &window = f.window;
    const qint64 id = unpaidInvoice(db);
    const Invoice before = stored(db, id);
    REQUIRE(before.currency == QStringLiteral("EUR"));
    const qint64 total = before.openAmount().cents();
    const qint64 payments = db.scalar(QStringLiteral("SELECT COUNT(*) FROM payments")).toLongLong();

    window.showInvoice(id);
    InvoiceDetailDialog &detail = *window.invoiceDetail();
    CHECK(child<QLabel>(detail, "invoiceNoPayments")->isVisible());
    click(detail, "invoiceRecordPaymentButton");
    PaymentEntryDialog *form = detail.paymentForm();
    REQUIRE(form);
    // What is open is proposed; more than that is said before anything is written.
    CHECK(child<QLineEdit>(*form, "paymentAmount")->text() == before.openAmount().formatNumber(NumberStyle::English));
    CHECK_FALSE(child<QLabel>(*form, "paymentNotice")->isVisible());
    type(*form, "paymentAmount", QStringLiteral("100000000"));
    CHECK(child<QLabel>(*form, "paymentNotice")->isVisible());
    CHECK(child<QLabel>(*form, "paymentNotice")->text().contains(QStringLiteral("more than is open")));
    // A date after today is not offered; the as-of date is the default.
    CHECK(child<QDateEdit>(*form, "paymentDate")->date() == dd::test::demoAsOf());

    type(*form, "paymentAmount", QStringLiteral("12.34"));
    type(*form, "paymentReference", QStringLiteral("Phone: paid by transfer"));
    form->accept();
    CHECK_FALSE(form->isVisible());
    CHECK(stored(db, id).paid.cents() == 1234);
    CHECK(db.scalar(QStringLiteral("SELECT COUNT(*) FROM payments")).toLongLong() == payments + 1);
    // The dialog read the invoice again.
    CHECK(child<QLabel>(detail, "invoiceDetailPaid")->text() == money(1234));
    CHECK(child<QLabel>(detail, "invoiceDetailOpen")->text() == money(total - 1234));
    auto *table = child<QTableWidget>(detail, "invoicePaymentsTable");
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 1)->text() == QStringLiteral("Phone: paid by transfer"));

    // Reversed: the payment stays, a reversal stands beside it, all is open again.
    auto *reverse = child<QPushButton>(detail, "invoiceReversePaymentButton");
    CHECK_FALSE(reverse->isEnabled());
    table->selectRow(0);
    click(detail, "invoiceReversePaymentButton");
    PaymentEntryDialog *reversal = detail.paymentForm();
    REQUIRE(reversal);
    CHECK(child<QLineEdit>(*reversal, "paymentAmount")->isReadOnly());
    type(*reversal, "paymentReference", QStringLiteral("Returned by the bank"));
    reversal->accept();
    CHECK(stored(db, id).paid.cents() == 0);
    CHECK(db.scalar(QStringLiteral("SELECT COUNT(*) FROM payments")).toLongLong() == payments + 2);
    CHECK(child<QLabel>(detail, "invoiceDetailOpen")->text() == money(total));
    table = child<QTableWidget>(detail, "invoicePaymentsTable");
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(0, 1)->text() == QStringLiteral("Phone: paid by transfer (reversed)"));
    CHECK(table->item(1, 1)->text() == QStringLiteral("Reversal: Returned by the bank"));
    CHECK(table->item(1, 2)->text() == money(-1234));
    // The reversed payment cannot be reversed again.
    table->selectRow(0);
    CHECK_FALSE(child<QPushButton>(detail, "invoiceReversePaymentButton")->isEnabled());
}

TEST_CASE("A refused payment keeps the form open with the reason and writes nothing", "[ui][payments]")
{
    DemoWindow f;
    f.open();
    Database &db = f.db;
    MainWindow &window = f.window;
    const qint64 id = unpaidInvoice(db);
    window.showInvoice(id);
    InvoiceDetailDialog &detail = *window.invoiceDetail();
    click(detail, "invoiceRecordPaymentButton");
    PaymentEntryDialog *form = detail.paymentForm();
    REQUIRE(form);
    type(*form, "paymentAmount", QStringLiteral("twelve"));
    form->accept();
    CHECK(form->isVisible());
    CHECK(child<QLabel>(*form, "paymentError")->text().startsWith(QStringLiteral("Amount:")));
    type(*form, "paymentAmount", QStringLiteral("0"));
    form->accept();
    CHECK(form->isVisible());
    CHECK(child<QLabel>(*form, "paymentError")->text().contains(QStringLiteral("more than zero")));
    CHECK(stored(db, id).paid.cents() == 0);
}

TEST_CASE("A refund owed is shown on the invoice and paid out to zero", "[ui][payments][refund]")
{
    DemoWindow f;
    f.open();
    Database &db = f.db;
    MainWindow &window = f.window;
    Session &session = *window.session();
    const qint64 id = unpaidInvoice(db);
    const Invoice invoice = stored(db, id);
    // The aging's own column, apart from what is owed: read as of today, the credit note's date.
    AgingTableModel aging(AgingTableModel::Grouping::ByCurrency);
    const auto refundInAging = [&] {
        aging.load(&session.aging(), QDate::currentDate());
        for (int row = 0; row < aging.rowCount(); ++row) {
            if (aging.rows()[size_t(row)].currency == QStringLiteral("EUR"))
                return aging.index(row, aging.refundOwedColumn()).data(AgingTableModel::CentsRole).toLongLong();
        }
        return qint64(-1);
    };
    const qint64 owedBefore = refundInAging();
    REQUIRE(owedBefore >= 0);
    CHECK(aging.headerData(aging.refundOwedColumn(), Qt::Horizontal).toString() == QStringLiteral("Refund owed"));
    // Paid in full, then a refund credit note of 10.00: 10.00 owed back.
    session.paymentService().receive(id, invoice.openAmount(), IsoDate::fromQDate(dd::test::demoAsOf()), QStringLiteral("paid"));
    CreditNoteRequest request;
    request.invoiceNumber = invoice.number;
    request.amount = Money(1000, invoice.currency);
    request.reason = QStringLiteral("Price correction");
    session.creditNoteService().issue(request);
    REQUIRE(stored(db, id).openAmount().cents() == -1000);
    CHECK(refundInAging() == owedBefore + 1000);

    window.showInvoice(id);
    InvoiceDetailDialog &detail = *window.invoiceDetail();
    CHECK(child<QLabel>(detail, "invoiceDetailRefundOwed")->text() == money(1000));
    CHECK_FALSE(detail.findChild<QLabel *>(QStringLiteral("invoiceDetailOpen")));
    click(detail, "invoicePayRefundButton");
    PaymentEntryDialog *form = detail.paymentForm();
    REQUIRE(form);
    CHECK(child<QLineEdit>(*form, "paymentAmount")->text() == QStringLiteral("10.00"));
    form->accept();
    CHECK(stored(db, id).openAmount().cents() == 0);
    CHECK(child<QLabel>(detail, "invoiceDetailOpen")->text() == money(0));
    CHECK_FALSE(detail.findChild<QPushButton *>(QStringLiteral("invoicePayRefundButton")));
    CHECK(refundInAging() == owedBefore);
}

TEST_CASE("A case is reassigned from its view and the undo hands it back", "[ui][disputes][reassign]")
{
    DemoWindow f;
    FixedClock clock(QDateTime(dd::test::demoAsOf(), QTime(9, 0)));
    f.window.disputeEditor()->setClock(&clock);
    f.open();
    Database &db = f.db;
    MainWindow &window = f.window;
    const qint64 caseId = db.scalar(QStringLiteral("SELECT MIN(id) FROM disputes WHERE step <> 'closed'")).toLongLong();
    REQUIRE(caseId > 0);
    const QString before = DisputeRepository(db).find(caseId)->assignee;
    window.showDispute(caseId);
    DisputeCaseView &view = *window.disputesView()->caseView();

    click(view, "move-reassign");
    auto *form = child<QInputDialog>(view, "reassignForm");
    form->setTextValue(QStringLiteral("Sanne Visser"));
    form->accept();
    CHECK(DisputeRepository(db).find(caseId)->assignee == QStringLiteral("Sanne Visser"));
    CHECK(DisputeRepository(db).audit(caseId).last().note
          == QStringLiteral("reassigned from %1 to Sanne Visser").arg(before.isEmpty() ? QStringLiteral("nobody") : before));
    if (before.isEmpty())
        return; // nobody to hand it back to
    QUndoStack *stack = window.disputeEditor()->undoStack(caseId);
    REQUIRE(stack->canUndo());
    stack->undo();
    CHECK(DisputeRepository(db).find(caseId)->assignee == before);
}

TEST_CASE("The customer card shows the open items per currency, the payments and a statement that adds up",
          "[ui][customers][card]")
{
    DemoWindow f;
    f.open();
    Database &db = f.db;
    MainWindow &window = f.window;
    const qint64 customerId = db.scalar(QStringLiteral("SELECT customer_id FROM invoices WHERE paid_cents + credited_cents < total_incl_cents "
                                                       "GROUP BY customer_id ORDER BY COUNT(*) DESC LIMIT 1"))
                                  .toLongLong();
    REQUIRE(customerId > 0);
    const qint64 openCount = db.scalar(QStringLiteral("SELECT COUNT(*) FROM invoices WHERE customer_id = ? "
                                                      "AND paid_cents + credited_cents <> total_incl_cents"),
                                       {customerId})
                                 .toLongLong();
    const qint64 openCents = db.scalar(QStringLiteral("SELECT SUM(total_incl_cents - paid_cents - credited_cents) FROM invoices "
                                                      "WHERE customer_id = ? AND currency = 'EUR'"),
                                       {customerId})
                                 .toLongLong();

    CustomerCardDialog card(*window.session(), customerId, &window);
    card.show();
    REQUIRE(card.isValid());
    CHECK(card.tabs()->count() == 5);
    CHECK(child<QTableWidget>(card, "customerCardOpenItems")->rowCount() == openCount);
    CHECK(child<QLabel>(card, "customerCardTotals")->text().startsWith(QStringLiteral("EUR: open ")));
    const qint64 paymentRows = db.scalar(QStringLiteral("SELECT COUNT(*) FROM payments WHERE customer_id = ?"), {customerId}).toLongLong();
    CHECK(child<QTableWidget>(card, "customerCardPayments")->rowCount() == paymentRows);

    // The statement from the first invoice to the as-of date closes on what is open now.
    CustomerStatementTab &statement = *card.statementTab();
    child<QDateEdit>(statement, "statementFrom")->setDate(QDate(2000, 1, 1));
    REQUIRE_FALSE(statement.statements().isEmpty());
    const Statement &euros = statement.statements().first();
    CHECK(euros.currency == QStringLiteral("EUR"));
    CHECK(euros.opening.cents() == 0);
    CHECK(euros.closing.cents() == openCents);

    // A payment entered anywhere shows on the card at once.
    const qint64 invoiceId = db.scalar(QStringLiteral("SELECT MIN(id) FROM invoices WHERE customer_id = ? AND currency = 'EUR' "
                                                      "AND paid_cents + credited_cents < total_incl_cents"),
                                       {customerId})
                                 .toLongLong();
    window.session()->paymentService().receive(invoiceId, Money(500, QStringLiteral("EUR")), IsoDate::fromQDate(dd::test::demoAsOf()),
                                               QStringLiteral("by hand"));
    CHECK(child<QTableWidget>(card, "customerCardPayments")->rowCount() == paymentRows + 1);
    CHECK(statement.statements().first().closing.cents() == openCents - 500);

    dd::test::TempDir dir;
    const QString path = dir.filePath(QStringLiteral("statement.pdf"));
    REQUIRE(statement.savePdf(path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArray("%PDF-"));
}
