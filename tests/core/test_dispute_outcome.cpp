// Issue 19, "a case closes as Paid while its invoice still has € 819,27 open": the outcome must
// agree with the invoice. "paid" is refused while anything is open on the case's invoices on the
// close date (payments dated later do not count); any other outcome closes the case, and its
// invoices stay on dunning hold until they are settled.
#include "DisputeFixture.h"
#include "common/ValidationError.h"
#include "disputes/DisputeRepository.h"
#include "dunning/DunningRun.h"
#include "invoices/InvoiceRepository.h"

using namespace dd;
using dd::test::day;
using dd::test::eur;
using dd::test::rows;

namespace {

// A case at Learn about INV-1 (1,210.00, due 3 March 2026), decided unjustified and marked paid
// after the explanation, but with nothing of the money recorded.
Dispute paidInWordsOnly(dd::test::DisputeFixture &f)
{
    Dispute d = f.decided(f.openedCase(), Verdict::Unjustified);
    f.service.amicable(d.id, QStringLiteral("The order confirmation shows the price"));
    f.service.paid(d.id);
    f.service.finishResolution(d.id);
    return f.service.recordLessons(d.id, QStringLiteral("Price unclear"), QStringLiteral("Sales"), QStringLiteral("Quote template"));
}

// The run's view of INV-1 on 1 June: "letter", "hold <case>" or "none".
QString dunningOf(dd::test::DisputeFixture &f)
{
    const DunningPreview preview = DunningRun(*f.db, f.clock, QStringLiteral("anouk")).preview(day(2026, 6, 1));
    for (const DunningLetterPlan &letter : preview.letters) {
        for (const DunningInvoiceLine &line : letter.invoices) {
            if (line.number == u"INV-1")
                return QStringLiteral("letter");
        }
    }
    for (const DunningSkip &skip : preview.skipped) {
        if (skip.invoiceNumber == u"INV-1")
            return DunningSkip::reasonCode(skip.reason) + u' ' + skip.detail;
    }
    return QStringLiteral("none");
}

void payLater(dd::test::DisputeFixture &f, const Date &on, qint64 cents)
{
    const qint64 invoiceId = InvoiceRepository(*f.db).findByNumber(QStringLiteral("INV-1"))->id;
    const qint64 customerId = InvoiceRepository(*f.db).findById(invoiceId)->customerId;
    f.db->run(QStringLiteral("INSERT INTO payments (customer_id, payment_date, amount_cents, currency) VALUES (?, ?, ?, 'EUR')"),
              {customerId, IsoDate::format(on), cents});
    f.db->run(QStringLiteral("INSERT INTO allocations (payment_id, invoice_id, amount_cents) "
                             "SELECT MAX(id), ?, ? FROM payments"),
              {invoiceId, cents});
    f.db->run(QStringLiteral("UPDATE invoices SET paid_cents = paid_cents + ? WHERE id = ?"), {cents, invoiceId});
}

// What "paid" and "collected" share while INV-1 has money open on the close date: the refusal
// names the outcome, what is open and the date, nothing is written, the case stays at Learn and
// keeps the invoice on hold; after a part payment the refusal names what is left.
void requireRefusedWhileOpen(dd::test::DisputeFixture &f, const Dispute &d, Outcome outcome, const std::string &word)
{
    const qint64 events = rows(*f.db, QStringLiteral("audit_events"));
    CHECK_THROWS_WITH(f.service.close(d.id, outcome), Catch::Contains("cannot close as " + word)
                                                          && Catch::Contains("1,210.00 is still open") && Catch::Contains("2026-03-10"));
    CHECK(rows(*f.db, QStringLiteral("audit_events")) == events);
    CHECK(f.service.repository().find(d.id)->step == DisputeStep::Learn);
    CHECK(f.service.repository().find(d.id)->outcome == Outcome::None);
    // Still open, the case holds the invoice.
    CHECK(dunningOf(f) == QStringLiteral("dispute-hold ") + d.number);

    // Part paid: still refused, naming what is left.
    payLater(f, day(2026, 3, 9), 40000);
    CHECK_THROWS_WITH(f.service.close(d.id, outcome), Catch::Contains("810.00 is still open"));
    CHECK(rows(*f.db, QStringLiteral("audit_events")) == events);
}

// A case at Hear about INV-1 and INV-2 of customer C1 (as a CSV import of cases can make).
Dispute caseOfTwoInvoices(dd::test::DisputeFixture &f)
{
    const qint64 c1 = f.customer(QStringLiteral("C1"));
    f.invoice(c1, QStringLiteral("INV-1"), day(2026, 2, 1));
    f.invoice(c1, QStringLiteral("INV-2"), day(2026, 2, 1));
    OpenDisputeRequest request;
    request.invoices << DisputeInvoiceRequest{QStringLiteral("INV-1"), std::nullopt}
                     << DisputeInvoiceRequest{QStringLiteral("INV-2"), std::nullopt};
    request.reasonCode = QStringLiteral("agreement-not-kept");
    request.channel = Channel::Email;
    request.story = QStringLiteral("Two invoices at once");
    request.receivedOn = day(2026, 3, 9);
    return f.service.open(request);
}

} // namespace

TEST_CASE("a case does not close as paid while money is open on its invoice, and nothing is written", "[disputes][service][outcome]")
{
    dd::test::DisputeFixture f;
    const Dispute d = paidInWordsOnly(f);
    const qint64 events = rows(*f.db, QStringLiteral("audit_events"));
    requireRefusedWhileOpen(f, d, Outcome::Paid, "paid");
    // The rest paid, but dated after the close date (the clock says 10 March): not paid on that day.
    payLater(f, day(2026, 3, 12), 81000);
    CHECK(InvoiceRepository(*f.db).findByNumber(QStringLiteral("INV-1"))->openAmount() == eur(0));
    CHECK_THROWS_WITH(f.service.close(d.id, Outcome::Paid), Catch::Contains("810.00 is still open"));
    CHECK(rows(*f.db, QStringLiteral("audit_events")) == events);
}

TEST_CASE("a case does not close as collected while money is open either: collected is received", "[disputes][service][outcome]")
{
    dd::test::DisputeFixture f;
    const Dispute d = paidInWordsOnly(f);
    requireRefusedWhileOpen(f, d, Outcome::Collected, "collected");
    // All received: it closes as collected.
    payLater(f, day(2026, 3, 9), 81000);
    const Dispute closed = f.service.close(d.id, Outcome::Collected);
    CHECK(closed.outcome == Outcome::Collected);
    CHECK(closed.step == DisputeStep::Closed);
    CHECK(f.service.openOnInvoices(closed) == eur(0));
}

TEST_CASE("closing at Resolve as paid with money open is refused too, and the resolution is not finished",
          "[disputes][service][outcome][composite]")
{
    dd::test::DisputeFixture f;
    Dispute d = f.decided(f.openedCase(), Verdict::Unjustified);
    f.service.amicable(d.id, QStringLiteral("The order confirmation shows the price"));
    f.service.paid(d.id);
    const qint64 events = rows(*f.db, QStringLiteral("audit_events"));
    CHECK_THROWS_AS(f.service.finishAndClose(d.id, Outcome::Paid), ValidationError);
    CHECK(rows(*f.db, QStringLiteral("audit_events")) == events);
    CHECK(f.service.repository().find(d.id)->step == DisputeStep::Resolve);
}

TEST_CASE("a case closed with another outcome while money is open keeps the dunning hold until it is settled",
          "[disputes][service][outcome]")
{
    dd::test::DisputeFixture f;
    const Dispute d = paidInWordsOnly(f);
    const Dispute closed = f.service.close(d.id, Outcome::Lost, QStringLiteral("Customer went bankrupt"));
    CHECK(closed.outcome == Outcome::Lost);
    CHECK(closed.step == DisputeStep::Closed);
    // Closed, yet 1,210.00 open: no letter (it used to get one as soon as the case closed).
    CHECK(dunningOf(f) == QStringLiteral("dispute-hold ") + d.number);
    // Settled: nothing to dun, nothing to hold.
    payLater(f, day(2026, 3, 9), 121000);
    CHECK(dunningOf(f) == QStringLiteral("none"));
}

TEST_CASE("a case closed as paid lifts the hold: money that comes open again is dunned", "[disputes][service][outcome]")
{
    dd::test::DisputeFixture f;
    const Dispute d = paidInWordsOnly(f);
    payLater(f, day(2026, 3, 9), 121000);
    CHECK(f.service.close(d.id, Outcome::Paid).outcome == Outcome::Paid);
    CHECK(dunningOf(f) == QStringLiteral("none"));
    // The payment bounces (a reversal takes it off the invoice): the invoice is dunned again.
    f.db->run(QStringLiteral("UPDATE invoices SET paid_cents = 0 WHERE number = 'INV-1'"));
    f.db->run(QStringLiteral("DELETE FROM allocations"));
    CHECK(dunningOf(f) == QStringLiteral("letter"));
}

TEST_CASE("what a case has open counts each invoice from zero: a refund owed on one does not pay another",
          "[disputes][service][outcome]")
{
    dd::test::DisputeFixture f;
    const Dispute d = caseOfTwoInvoices(f);
    REQUIRE(d.invoices.size() == 2);
    InvoiceRepository invoices(*f.db);
    const qint64 total = invoices.findByNumber(QStringLiteral("INV-1"))->totalInclVat.cents();
    // INV-2 paid in full and then credited 200.00: 200.00 is owed back on it.
    f.db->run(QStringLiteral("UPDATE invoices SET paid_cents = total_incl_cents, credited_cents = 20000 WHERE number = 'INV-2'"));
    DisputeRepository repository(*f.db);
    CHECK(repository.openOn(d, day(2026, 6, 1)).cents() == total);
}

TEST_CASE("a credit on a case of two invoices reduces what is open before it refunds what was paid",
          "[disputes][service][outcome][refund]")
{
    dd::test::DisputeFixture f;
    Dispute d = caseOfTwoInvoices(f);
    // INV-1, the first of the case, was paid in full; INV-2 is still wholly open.
    f.settle(QStringLiteral("INV-1"));
    InvoiceRepository invoices(*f.db);
    const qint64 open2 = invoices.findByNumber(QStringLiteral("INV-2"))->openAmount().cents();
    REQUIRE(open2 > 10000);
    d = f.decided(d, Verdict::PartlyJustified, eur(10000));
    const QList<CreditNote> preview = f.service.previewCredit(d.id);
    REQUIRE(preview.size() == 1);
    CHECK(preview.at(0).invoiceNumber == QStringLiteral("INV-2"));
    CHECK(preview.at(0).amountCredited() == eur(10000));
    CHECK(preview.at(0).refundDue == eur(0));
}
