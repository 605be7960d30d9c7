// Issue 19, "safety of the user's work", in the Disputes area: no answer is pre-selected where
// the user must decide (the reason of a new case, the verdict, the close outcome) and the button
// that records it stays disabled until a choice is made; a case does not close as "Paid" while
// its invoice has money open, and another outcome keeps the invoice on dunning hold.

#include "UiTestSupport.h"

#include "MainWindow.h"
#include "common/Clock.h"
#include "common/UiLocale.h"
#include "disputes/DisputeCaseView.h"
#include "disputes/DisputeEditor.h"
#include "disputes/DisputeRepository.h"
#include "disputes/DisputeService.h"
#include "disputes/DisputesView.h"
#include "disputes/OpenDisputeDialog.h"
#include "dunning/DunningRun.h"
#include "invoices/InvoiceListQuery.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace dd;
using dd::test::DemoDatabase;
using dd::test::child;
using dd::test::click;
using dd::test::type;

namespace {

// An invoice of the demo data with money open, nothing paid and no case.
InvoiceListRow undisputedInvoice(Database &database)
{
    for (const InvoiceListRow &row : InvoiceListQuery(database).fetch(0, 1000)) {
        if (row.openDispute.isEmpty() && row.open().cents() > 20000 && row.paidCents == 0 && row.creditedCents == 0)
            return row;
    }
    FAIL("no undisputed open invoice in the demo data");
    return {};
}

int auditCount(Database &database, qint64 disputeId)
{
    return int(DisputeRepository(database).audit(disputeId).size());
}

// How a dunning run long after the due date treats the invoice: "hold <case>", "letter" or "none".
QString dunningOf(Database &database, const Clock &clock, const QString &invoiceNumber)
{
    const DunningPreview preview = DunningRun(database, clock, QStringLiteral("test")).preview(Date(2026, 12, 31));
    for (const DunningSkip &skip : preview.skipped) {
        if (skip.invoiceNumber == invoiceNumber)
            return QStringLiteral("hold ") + skip.detail;
    }
    for (const DunningLetterPlan &letter : preview.letters) {
        for (const DunningInvoiceLine &line : letter.invoices) {
            if (line.number == invoiceNumber)
                return QStringLiteral("letter");
        }
    }
    return QStringLiteral("none");
}

// The demo data in the main window, in English, with an invoice that has money open and no case.
struct Area
{
    // First: the window's texts follow the language set before it is made.
    bool english = (UiLocale::setLanguageCode(QStringLiteral("en")), true);
    DemoDatabase demo;
    Database &db = demo.database();
    FixedClock clock{QDateTime(dd::test::demoAsOf(), QTime(9, 0))};
    MainWindow window;
    InvoiceListRow invoice;

    Area()
    {
        window.disputeEditor()->setClock(&clock);
        dd::test::openDemo(window, demo);
        invoice = undisputedInvoice(db);
    }
};

} // namespace

TEST_CASE("No answer is pre-selected for the reason, the verdict and the outcome, and Paid is refused while money is open",
          "[ui][disputes][safety]")
{
    Area area;
    Database &db = area.db;
    const FixedClock &clock = area.clock;
    MainWindow &window = area.window;
    const InvoiceListRow &invoice = area.invoice;

    // A new case: the reason starts empty and the case cannot be opened without one.
    window.openDisputeFor(invoice.id);
    OpenDisputeDialog *dialog = window.openDisputeDialog();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    auto *reason = child<QComboBox>(*dialog, "openReason");
    auto *openButton = child<QPushButton>(*dialog, "openDisputeButton");
    CHECK(reason->currentIndex() == -1);
    CHECK(reason->placeholderText() == QStringLiteral("— choose —"));
    type(*dialog, "openStory", QStringLiteral("The price is higher than quoted."));
    CHECK_FALSE(openButton->isEnabled());
    reason->setCurrentIndex(reason->findData(QStringLiteral("price-too-high")));
    CHECK(openButton->isEnabled());
    click(*dialog, "openDisputeButton");
    const qint64 id = dialog->disputeId();
    REQUIRE(id != 0);
    CHECK(DisputeRepository(db).find(id)->reasonCode == QStringLiteral("price-too-high"));
    dialog->close();

    // Verified with one finding that supports us: the verdict is still the user's to choose.
    DisputeService service(db, clock, QStringLiteral("test"));
    service.startVerification(id);
    service.addFinding(id, Finding{0, QStringLiteral("Quote"), QStringLiteral("The quote shows this price."),
                                   FindingDirection::SupportsUs, {}, {}});
    service.concludeVerification(id);
    window.showDispute(id);
    DisputeCaseView &view = *window.disputesView()->caseView();
    REQUIRE(view.disputeId() == id);
    view.reload();
    click(view, "move-decide");
    auto *verdict = child<QComboBox>(view, "decideVerdict");
    auto *confirm = child<QPushButton>(view, "confirmMove");
    CHECK(verdict->currentIndex() == -1);
    CHECK(verdict->placeholderText() == QStringLiteral("— choose —"));
    CHECK_FALSE(confirm->isEnabled());
    verdict->setCurrentIndex(verdict->findData(int(Verdict::Unjustified)));
    CHECK(confirm->isEnabled());
    child<QPlainTextEdit>(view, "decideRationale")->setPlainText(QStringLiteral("The quote shows the price."));
    click(view, "confirmMove");
    REQUIRE(DisputeRepository(db).find(id)->verdict == Verdict::Unjustified);

    // Explained and "paid" in words, but no money came in; the resolution is finished.
    service.amicable(id, QStringLiteral("The quote shows the price."));
    service.paid(id);
    service.finishResolution(id);
    view.reload();
    click(view, "move-close");
    auto *outcome = child<QComboBox>(view, "closeOutcome");
    CHECK(outcome->currentIndex() == -1);
    CHECK(outcome->placeholderText() == QStringLiteral("— choose —"));
    CHECK_FALSE(confirm->isEnabled());

    // "Paid" with the whole invoice open: refused, with the amount, and nothing written.
    const int events = auditCount(db, id);
    outcome->setCurrentIndex(outcome->findData(int(Outcome::Paid)));
    REQUIRE(confirm->isEnabled());
    click(view, "confirmMove");
    auto *error = child<QLabel>(view, "caseError");
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("cannot close as paid")));
    CHECK(error->text().contains(invoice.open().format(NumberStyle::English)));
    CHECK(auditCount(db, id) == events);
    CHECK(DisputeRepository(db).find(id)->step == DisputeStep::Learn);

    // Another outcome, chosen knowingly: the case closes and the invoice stays on dunning hold.
    const QString number = DisputeRepository(db).find(id)->number;
    outcome->setCurrentIndex(outcome->findData(int(Outcome::WrittenOff)));
    click(view, "confirmMove");
    CHECK(DisputeRepository(db).find(id)->step == DisputeStep::Closed);
    CHECK(DisputeRepository(db).find(id)->outcome == Outcome::WrittenOff);
    CHECK(dunningOf(db, clock, invoice.number) == QStringLiteral("hold ") + number);
}

TEST_CASE("Crediting from a case previews the credit note with the customer's reason, and a paid invoice is refunded",
          "[ui][disputes][safety][creditnotes]")
{
    Area area;
    Database &db = area.db;
    const FixedClock &clock = area.clock;
    MainWindow &window = area.window;
    const InvoiceListRow &invoice = area.invoice;

    // A justified case; the customer paid the invoice in full meanwhile.
    DisputeService service(db, clock, QStringLiteral("test"));
    OpenDisputeRequest request;
    request.invoices = {DisputeInvoiceRequest{invoice.number, std::nullopt}};
    request.reasonCode = QStringLiteral("invoice-error");
    request.story = QStringLiteral("You billed the wrong quantity.");
    request.receivedOn = IsoDate::fromQDate(dd::test::demoAsOf());
    const qint64 id = service.open(request).id;
    service.startVerification(id);
    service.addFinding(id, Finding{0, QStringLiteral("Delivery note"), QStringLiteral("Fewer were delivered."),
                                   FindingDirection::SupportsCustomer, {}, {}});
    service.concludeVerification(id);
    service.decide(id, Verdict::Justified, std::nullopt, QStringLiteral("Internal: the warehouse keyed it wrong"));
    db.run(QStringLiteral("UPDATE invoices SET paid_cents = total_incl_cents - credited_cents WHERE id = ?"), {invoice.id});

    window.showDispute(id);
    DisputeCaseView &view = *window.disputesView()->caseView();
    view.reload();
    click(view, "move-credit");
    const QString preview = child<QLabel>(view, "creditPreview")->text();
    const Money total = invoice.total();
    CHECK(preview.contains(invoice.number));
    CHECK(preview.contains(UiLocale::formatMoney(total)));
    CHECK(preview.contains(QStringLiteral("a refund of %1 is due").arg(UiLocale::formatMoney(total))));
    CHECK_FALSE(preview.contains(QStringLiteral("warehouse")));
    auto *reason = child<QLineEdit>(view, "creditReason");
    CHECK(reason->text() == service.customerReason(*DisputeRepository(db).find(id)));
    CHECK(db.scalar(QStringLiteral("SELECT COUNT(*) FROM credit_notes WHERE dispute_id = ?"), {id}).toInt() == 0);

    reason->selectAll();
    QTest::keyClicks(reason, QStringLiteral("Wrong quantity invoiced"));
    click(view, "confirmMove");
    CHECK_FALSE(child<QLabel>(view, "caseError")->isVisible());
    CHECK(db.scalar(QStringLiteral("SELECT reason FROM credit_notes WHERE dispute_id = ?"), {id}).toString()
          == QStringLiteral("Wrong quantity invoiced"));
    CHECK(db.scalar(QStringLiteral("SELECT total_incl_cents FROM credit_notes WHERE dispute_id = ?"), {id}).toLongLong()
          == invoice.totalCents);
    // Paid and credited: what was paid goes back.
    CHECK(db.scalar(QStringLiteral("SELECT total_incl_cents - paid_cents - credited_cents FROM invoices WHERE id = ?"), {invoice.id})
              .toLongLong()
          == -invoice.totalCents);
}
