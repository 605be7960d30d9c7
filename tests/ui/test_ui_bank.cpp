// The Bank area driven as a user drives it: a hand-made CAMT.053 statement imported in the main
// window, the proposals and the unmatched entry read back from the lists, a proposal unticked and
// ticked again with the keyboard, an entry matched by hand, the ticked ones booked; checked against
// the invoices and payments the database holds afterwards.

#include "CamtStatement.h"
#include "TestScreenshots.h"
#include "UiTestSupport.h"

#include "MainWindow.h"
#include "bank/BankMatchTableModel.h"
#include "bank/BankReconciliationView.h"
#include "session/Session.h"
#include "common/UiLocale.h"
#include "invoices/InvoiceRepository.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace dd;
using dd::test::ModelTesters;
using dd::test::TestScreenshots;
using dd::test::DemoDatabase;
using dd::test::TempDir;
using dd::test::child;
using dd::test::OpenInvoice;
using dd::test::entry;
using dd::test::openInvoices;
using dd::test::writeStatement;

namespace {

// A click on the first row's amount, as a user selects an entry.
void clickFirstRow(QTableView *view)
{
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(view->model()->index(0, BankMatchTableModel::AmountColumn)).center());
}

int rowOf(QTableView *view, const QString &text, int column)
{
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, column).data().toString().contains(text))
            return row;
    }
    return -1;
}

} // namespace

TEST_CASE("Bank reconciliation: exact reference pre-ticked, unmatched listed and matched by hand, booked", "[ui][import][bank]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    DemoDatabase demo(6, 40);
    const QList<OpenInvoice> open = openInvoices(demo.database());
    REQUIRE(open.size() == 2);
    const OpenInvoice paid = open.at(0);   // paid in full, named in the remittance
    const OpenInvoice manual = open.at(1); // paid 1.01 without a reference
    const qint64 payments = demo.database().scalar(QStringLiteral("SELECT COUNT(*) FROM payments")).toLongLong();

    TempDir dir;
    const QString statement = dir.filePath(QStringLiteral("statement.xml"));
    REQUIRE(writeStatement(statement, "UI-STMT-1",
                           entry("1001", paid.open, "CRDT", "Payment of invoice " + paid.number.toUtf8() + ", thank you")
                               + entry("1002", 101, "CRDT", "see our e-mail") + entry("1003", 2500, "DBIT", "bank charges")));

    MainWindow window;
    ModelTesters::attach(window);
    window.setAsOf(dd::test::demoAsOf());
    REQUIRE(window.openDatabase(demo.path()));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *tabs = child<QTabWidget>(window, QStringLiteral("mainTabs"));
    BankReconciliationView *bank = window.bankView();
    QList<int> confirmed; // booking asks first (test_ui_undo_areas checks the question)
    bank->setBookingConfirmer([&confirmed](int count) { confirmed << count; return true; });
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_7, Qt::ControlModifier); // View ▸ Bank
    REQUIRE(tabs->currentWidget() == bank);
    CHECK(tabs->tabText(tabs->currentIndex()) == QStringLiteral("Ban&k"));

    // What the file dialog of Import Statement… hands over.
    REQUIRE(bank->importStatement(statement));
    INFO(bank->message().toStdString());
    CHECK(bank->message().contains(QStringLiteral("2 credit(s), of which 1 with a proposal, 1 unmatched")));
    CHECK(bank->message().contains(QStringLiteral("1 debit(s) left out")));

    auto *proposals = child<QTableView>(window, QStringLiteral("bankProposals"));
    auto *unmatched = child<QTableView>(window, QStringLiteral("bankUnmatched"));
    REQUIRE(proposals->model()->rowCount() == 1);
    const auto cell = [&](int column) { return proposals->model()->index(0, column).data().toString(); };
    CHECK(cell(BankMatchTableModel::DateColumn) == UiLocale::formatDate(QDate(2025, 7, 10)));
    CHECK(cell(BankMatchTableModel::AmountColumn) == UiLocale::formatMoney(paid.open, QStringLiteral("EUR")));
    CHECK(cell(BankMatchTableModel::CounterpartyColumn) == QStringLiteral("Payer 1001"));
    CHECK(cell(BankMatchTableModel::RemittanceColumn).contains(paid.number));
    CHECK(cell(BankMatchTableModel::InvoicesColumn).startsWith(paid.number));
    CHECK(cell(BankMatchTableModel::ScoreColumn) == QStringLiteral("100"));
    CHECK(proposals->model()->index(0, 0).data(Qt::CheckStateRole).toInt() == Qt::Checked);

    REQUIRE(unmatched->model()->rowCount() == 1);
    CHECK(unmatched->model()->index(0, BankMatchTableModel::AmountColumn).data().toString()
          == UiLocale::formatMoney(101, QStringLiteral("EUR")));
    CHECK(unmatched->model()->index(0, BankMatchTableModel::RemittanceColumn).data().toString() == QStringLiteral("see our e-mail"));

    // Space on the tick box unticks and ticks again; a threshold above 100 unticks, 75 ticks.
    proposals->setFocus();
    proposals->setCurrentIndex(proposals->model()->index(0, 0));
    QTest::keyClick(proposals, Qt::Key_Space);
    CHECK(proposals->model()->index(0, 0).data(Qt::CheckStateRole).toInt() == Qt::Unchecked);
    CHECK_FALSE(child<QPushButton>(window, QStringLiteral("bankBook"))->isEnabled());
    QTest::keyClick(proposals, Qt::Key_Space);
    CHECK(proposals->model()->index(0, 0).data(Qt::CheckStateRole).toInt() == Qt::Checked);
    auto *threshold = child<QSpinBox>(window, QStringLiteral("bankThreshold"));
    threshold->setValue(100);
    CHECK(proposals->model()->index(0, 0).data(Qt::CheckStateRole).toInt() == Qt::Checked);
    threshold->setValue(BankReconciliationView::defaultThreshold);

    // The unmatched entry: chosen, its invoice typed, matched by hand; it joins the proposals, ticked.
    clickFirstRow(unmatched);
    auto *manualInvoice = child<QLineEdit>(window, QStringLiteral("bankManualInvoice"));
    QTest::keyClicks(manualInvoice, manual.number);
    QTest::mouseClick(child<QPushButton>(window, QStringLiteral("bankMatch")), Qt::LeftButton);
    CHECK(unmatched->model()->rowCount() == 0);
    REQUIRE(proposals->model()->rowCount() == 2);
    const int byHand = rowOf(proposals, QStringLiteral("by hand"), BankMatchTableModel::ScoreColumn);
    REQUIRE(byHand >= 0);
    CHECK(proposals->model()->index(byHand, BankMatchTableModel::InvoicesColumn).data().toString().startsWith(manual.number));
    CHECK(proposals->model()->index(byHand, 0).data(Qt::CheckStateRole).toInt() == Qt::Checked);
    TestScreenshots::save(window, QStringLiteral("bank-before-booking"));

    auto *book = child<QPushButton>(window, QStringLiteral("bankBook"));
    REQUIRE(book->isEnabled());
    QTest::mouseClick(book, Qt::LeftButton);
    INFO(bank->message().toStdString());
    CHECK(bank->message() == QStringLiteral("Booked 2 payment(s)."));
    CHECK(confirmed == QList<int>{2});
    CHECK(demo.database().scalar(QStringLiteral("SELECT COUNT(*) FROM payments")).toLongLong() == payments + 2);
    InvoiceRepository invoices(demo.database());
    const auto paidInvoice = invoices.findByNumber(paid.number);
    REQUIRE(paidInvoice);
    CHECK(paidInvoice->openAmount().cents() == 0);
    const auto manualInvoiceAfter = invoices.findByNumber(manual.number);
    REQUIRE(manualInvoiceAfter);
    CHECK(manualInvoiceAfter->openAmount().cents() == manual.open - 101);
    CHECK(demo.database().scalar(QStringLiteral("SELECT COUNT(*) FROM bank_entries WHERE payment_id IS NULL")).toLongLong() == 0);
    CHECK(proposals->model()->rowCount() == 0);
    CHECK(unmatched->model()->rowCount() == 0);

    // The same statement again books nothing twice and lists nothing new.
    REQUIRE(bank->importStatement(statement));
    CHECK(bank->message().contains(QStringLiteral("2 booked before")));
    CHECK(proposals->model()->rowCount() == 0);
    CHECK(demo.database().scalar(QStringLiteral("SELECT COUNT(*) FROM payments")).toLongLong() == payments + 2);
    TestScreenshots::save(window, QStringLiteral("bank-after-booking"));
}

TEST_CASE("Bank reconciliation: a file that is not a statement is refused with its name", "[ui][import][bank]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    DemoDatabase demo(3, 10);
    TempDir dir;
    const QString path = dir.filePath(QStringLiteral("not-camt.xml"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("<html><body>no statement</body></html>");
    file.close();
    const auto session = Session::open(demo.path());
    BankReconciliationView view;
    ModelTesters::attach(view);
    view.setSession(session.get());
    CHECK_FALSE(view.importStatement(path));
    CHECK(view.message().startsWith(QStringLiteral("Nothing was imported from not-camt.xml:")));
    CHECK(view.message().contains(path));
    CHECK(demo.database().scalar(QStringLiteral("SELECT COUNT(*) FROM bank_entries")).toLongLong() == 0);
}

TEST_CASE("Bank reconciliation: a wrong proposal rejected for good, matched by hand to another invoice and booked there",
          "[ui][import][bank]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    DemoDatabase demo(6, 40);
    const QList<OpenInvoice> open = openInvoices(demo.database());
    REQUIRE(open.size() == 2);
    const OpenInvoice named = open.at(0); // the remittance names it, but the money is for the other
    const OpenInvoice meant = open.at(1);

    TempDir dir;
    const QString statement = dir.filePath(QStringLiteral("statement.xml"));
    REQUIRE(writeStatement(statement, "UI-STMT-2", entry("2001", 150, "CRDT", "Invoice " + named.number.toUtf8())));

    const auto session = Session::open(demo.path());
    BankReconciliationView view;
    ModelTesters::attach(view);
    view.setSession(session.get());
    view.setBookingConfirmer([](int) { return true; }); // booking asks first
    view.resize(1000, 600);
    dd::test::showAndActivate(view);
    REQUIRE(view.importStatement(statement));
    QTableView *proposals = view.proposalView();
    QTableView *unmatched = view.unmatchedView();
    auto *reject = child<QPushButton>(view, QStringLiteral("bankReject"));
    REQUIRE(proposals->model()->rowCount() == 1);
    CHECK(proposals->model()->index(0, BankMatchTableModel::InvoicesColumn).data().toString().startsWith(named.number));
    CHECK_FALSE(reject->isEnabled()); // nothing selected yet

    // Delete on the selected proposal rejects it: with nothing else found, the entry joins the
    // unmatched ones, saying why.
    clickFirstRow(proposals);
    REQUIRE(reject->isEnabled());
    QTest::keyClick(proposals, Qt::Key_Delete);
    CHECK(proposals->model()->rowCount() == 0);
    REQUIRE(unmatched->model()->rowCount() == 1);
    CHECK(unmatched->model()->index(0, BankMatchTableModel::UnmatchedReasonColumn).data().toString()
          == QStringLiteral("you rejected the proposal %1").arg(named.number));
    CHECK(view.message().contains(QStringLiteral("no longer pays %1").arg(named.number)));
    CHECK_FALSE(reject->isEnabled());
    CHECK(child<QLabel>(view, QStringLiteral("bankProposalSummary"))->text()
          == QStringLiteral("No proposals: name the invoices of the unmatched entries below."));
    CHECK(demo.database().scalar(QStringLiteral("SELECT COUNT(*) FROM bank_rejections")).toInt() == 1);

    TestScreenshots::save(view, QStringLiteral("bank-rejected"));

    // The rejection is kept: a new view on the database, as after a restart, shows the same.
    {
        BankReconciliationView reopened;
        ModelTesters::attach(reopened);
        reopened.setSession(session.get());
        CHECK(reopened.proposals()->rowCount() == 0);
        CHECK(reopened.unmatched()->rowCount() == 1);
    }

    // Named by hand, it pays the invoice meant; that match taken back, it is unmatched again.
    clickFirstRow(unmatched);
    QTest::keyClicks(child<QLineEdit>(view, QStringLiteral("bankManualInvoice")), meant.number);
    QTest::mouseClick(child<QPushButton>(view, QStringLiteral("bankMatch")), Qt::LeftButton);
    REQUIRE(proposals->model()->rowCount() == 1);
    CHECK(proposals->model()->index(0, BankMatchTableModel::InvoicesColumn).data().toString().startsWith(meant.number));
    CHECK(unmatched->model()->rowCount() == 0);
    clickFirstRow(proposals);
    QTest::mouseClick(reject, Qt::LeftButton);
    CHECK(proposals->model()->rowCount() == 0);
    CHECK(unmatched->model()->rowCount() == 1);
    CHECK(view.message().contains(QStringLiteral("no longer pays %1").arg(meant.number)));
    CHECK(demo.database().scalar(QStringLiteral("SELECT COUNT(*) FROM bank_rejections")).toInt() == 1); // by hand is not kept

    // Matched to the invoice meant again, then booked: the money lands there.
    clickFirstRow(unmatched);
    QTest::keyClicks(child<QLineEdit>(view, QStringLiteral("bankManualInvoice")), meant.number);
    QTest::keyClick(child<QLineEdit>(view, QStringLiteral("bankManualInvoice")), Qt::Key_Return);
    REQUIRE(proposals->model()->rowCount() == 1);
    QTest::mouseClick(child<QPushButton>(view, QStringLiteral("bankBook")), Qt::LeftButton);
    INFO(view.message().toStdString());
    CHECK(view.message() == QStringLiteral("Booked 1 payment(s)."));
    InvoiceRepository invoices(demo.database());
    CHECK(invoices.findByNumber(meant.number)->openAmount().cents() == meant.open - 150);
    CHECK(invoices.findByNumber(named.number)->openAmount().cents() == named.open);
}

TEST_CASE("Bank reconciliation follows the session: a statement imported and booked elsewhere shows at once",
          "[ui][import][bank][session]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    DemoDatabase demo(6, 40);
    const QList<OpenInvoice> open = openInvoices(demo.database());
    REQUIRE(open.size() == 2);
    const OpenInvoice paid = open.at(0);
    TempDir dir;
    const QString statement = dir.filePath(QStringLiteral("statement.xml"));
    REQUIRE(writeStatement(statement, "UI-STMT-3", entry("3001", paid.open, "CRDT", "Invoice " + paid.number.toUtf8())));

    const auto session = Session::open(demo.path());
    BankReconciliationView view;
    ModelTesters::attach(view);
    view.setSession(session.get());
    dd::test::showAndActivate(view);
    REQUIRE(view.proposals()->rowCount() == 0);

    // Imported through the core on the same session, as the import wizard does: the view lists it
    // without being told to reload.
    REQUIRE(session->bankReconciler().importStatement(statement, std::nullopt).committed);
    REQUIRE(view.proposals()->rowCount() == 1);
    CHECK(view.proposals()->index(0, BankMatchTableModel::InvoicesColumn).data().toString().startsWith(paid.number));
    CHECK(view.unmatched()->rowCount() == 0);

    // Booked elsewhere: the entry leaves the list, and the invoice is paid.
    QList<BankMatch> proposed;
    for (const BankMatch &match : session->bankReconciler().pending().matches) {
        if (match.state == BankMatch::State::Proposed)
            proposed << match;
    }
    REQUIRE(proposed.size() == 1);
    REQUIRE(session->bankReconciler().book(proposed).booked == 1);
    CHECK(view.proposals()->rowCount() == 0);
    CHECK(view.unmatched()->rowCount() == 0);
    CHECK(InvoiceRepository(demo.database()).findByNumber(paid.number)->openAmount().cents() == 0);
}

TEST_CASE("Bank reconciliation: an entry the user unticked stays unticked when the view reloads after a save elsewhere",
          "[ui][import][bank][session]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    DemoDatabase demo(6, 40);
    const QList<OpenInvoice> open = openInvoices(demo.database());
    REQUIRE(open.size() == 2);
    TempDir dir;
    const QString statement = dir.filePath(QStringLiteral("statement.xml"));
    REQUIRE(writeStatement(statement, "UI-STMT-4",
                           entry("4001", open.at(0).open, "CRDT", "Invoice " + open.at(0).number.toUtf8())
                               + entry("4002", open.at(1).open, "CRDT", "Invoice " + open.at(1).number.toUtf8())));
    const auto session = Session::open(demo.path());
    BankReconciliationView view;
    view.setSession(session.get());
    dd::test::showAndActivate(view);
    REQUIRE(session->bankReconciler().importStatement(statement, std::nullopt).committed);
    BankMatchTableModel *proposals = view.proposals();
    REQUIRE(proposals->rowCount() == 2);
    REQUIRE(proposals->ticked().size() == 2);

    // The user leaves the second invoice's payment out (a click on its tick box).
    int second = -1;
    for (int row = 0; row < proposals->rowCount(); ++row) {
        if (proposals->index(row, BankMatchTableModel::InvoicesColumn).data().toString().startsWith(open.at(1).number))
            second = row;
    }
    REQUIRE(second >= 0);
    REQUIRE(proposals->setData(proposals->index(second, BankMatchTableModel::DateColumn), Qt::Unchecked, Qt::CheckStateRole));
    REQUIRE(proposals->ticked().size() == 1);
    const qint64 leftOut = proposals->match(second).entryId;

    // The first is booked elsewhere: the view reloads, and the entry left out stays left out.
    QList<BankMatch> first;
    for (const BankMatch &match : session->bankReconciler().pending().matches) {
        if (match.entryId != leftOut && match.state == BankMatch::State::Proposed)
            first << match;
    }
    REQUIRE(first.size() == 1);
    REQUIRE(session->bankReconciler().book(first).booked == 1);
    REQUIRE(proposals->rowCount() == 1);
    CHECK(proposals->match(0).entryId == leftOut);
    CHECK_FALSE(proposals->isEntryTicked(leftOut));
    CHECK(proposals->ticked().isEmpty());
    CHECK(InvoiceRepository(demo.database()).findByNumber(open.at(1).number)->openAmount().cents() == open.at(1).open);
}
