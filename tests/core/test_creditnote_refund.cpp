// Issue 19, crediting from a case: the credit note prints a customer-facing reason (by default the
// wording of the case's reason in the customer's language, or the user's own), never the verdict's
// internal rationale; and a paid invoice can be credited: a refund credit note, limited to what
// was invoiced less earlier credit notes.
#include "DisputeFixture.h"
#include "test_documents_fixture.h"

#include "common/ValidationError.h"
#include "common/TextCatalogue.h"
#include "creditnotes/CreditNoteRepository.h"
#include "creditnotes/CreditNoteService.h"
#include "disputes/ReasonTaxonomy.h"

using namespace dd;
using dd::test::day;
using dd::test::eur;
using dd::test::rows;

namespace {

CreditNoteRequest byAmount(const QString &invoice, qint64 cents)
{
    CreditNoteRequest request;
    request.invoiceNumber = invoice;
    request.amount = eur(cents);
    request.reason = QStringLiteral("Prijscorrectie");
    return request;
}

Money openOf(dd::test::DisputeFixture &f, const QString &number)
{
    return InvoiceRepository(*f.db).findByNumber(number)->openAmount();
}

} // namespace

TEST_CASE("a paid invoice is credited as a refund, never beyond what was invoiced less earlier credits",
          "[creditnotes][refund]")
{
    dd::test::DisputeFixture f;
    const QString inv = f.invoice(f.customer(QStringLiteral("C1")), QStringLiteral("INV-1"), day(2026, 2, 1)); // 1,210.00
    f.settle(inv);
    CreditNoteService credits(*f.db, f.clock, QStringLiteral("anouk"));

    const CreditNote preview = credits.preview(byAmount(inv, 40000));
    CHECK(preview.amountCredited() == eur(40000));
    CHECK(preview.refundDue == eur(40000));
    const CreditNote first = credits.issue(byAmount(inv, 40000));
    CHECK(first.refundDue == eur(40000));
    CHECK(openOf(f, inv) == eur(-40000)); // 400.00 goes back to the customer

    // 1,210.00 - 400.00 = 810.00 is all that can still be credited.
    const qint64 notes = rows(*f.db, QStringLiteral("credit_notes"));
    CHECK_THROWS_WITH(credits.issue(byAmount(inv, 81001)), Catch::Contains("810.00"));
    CHECK(rows(*f.db, QStringLiteral("credit_notes")) == notes);
    CHECK(openOf(f, inv) == eur(-40000));
    CHECK(credits.issue(byAmount(inv, 81000)).refundDue == eur(81000));
    CHECK(openOf(f, inv) == eur(-121000));
    CHECK_THROWS_WITH(credits.issue(byAmount(inv, 1)), Catch::Contains("nothing left to credit"));
}

TEST_CASE("a partly paid invoice credited beyond its open amount refunds only the difference", "[creditnotes][refund]")
{
    dd::test::DisputeFixture f;
    const QString inv = f.invoice(f.customer(QStringLiteral("C1")), QStringLiteral("INV-1"), day(2026, 2, 1));
    f.db->run(QStringLiteral("UPDATE invoices SET paid_cents = 100000 WHERE number = ?"), {inv}); // 210.00 open
    CreditNoteService credits(*f.db, f.clock, QStringLiteral("anouk"));
    const CreditNote note = credits.issue(byAmount(inv, 30000));
    CHECK(note.amountCredited() == eur(30000));
    CHECK(note.refundDue == eur(9000));
    CHECK(openOf(f, inv) == eur(-9000));
    // Within what is open nothing is refunded.
    const QString other = f.invoice(f.customer(QStringLiteral("C2")), QStringLiteral("INV-2"), day(2026, 2, 1));
    CHECK(credits.issue(byAmount(other, 30000)).refundDue == eur(0));
}

TEST_CASE("crediting from a case prints the customer-facing reason, not the internal rationale, and a paid invoice is refunded",
          "[creditnotes][refund][disputes]")
{
    dd::test::DisputeFixture f;
    Dispute d = f.openedCase(); // INV-1, 1,210.00, reason "agreement-not-kept", a Dutch customer
    f.service.startVerification(d.id);
    f.service.addFinding(d.id, f.finding(FindingDirection::SupportsCustomer));
    f.service.concludeVerification(d.id);
    const QString rationale = QStringLiteral("Intern: Piet van Verkoop vergat de korting door te geven");
    f.service.decide(d.id, Verdict::Justified, std::nullopt, rationale);
    // The customer paid in full before the verdict: the credit is a refund.
    f.settle(QStringLiteral("INV-1"));

    const QString wording = f.service.customerReason(*f.service.repository().find(d.id));
    CHECK(wording == ReasonTaxonomy::find(QStringLiteral("agreement-not-kept"), TextCatalogue::language(QStringLiteral("nl")))->name);
    const QList<CreditNote> preview = f.service.previewCredit(d.id);
    REQUIRE(preview.size() == 1);
    CHECK(preview.at(0).reason == wording);
    CHECK(preview.at(0).amountCredited() == eur(121000));
    CHECK(preview.at(0).refundDue == eur(121000));
    CHECK(rows(*f.db, QStringLiteral("credit_notes")) == 0); // a preview writes nothing

    f.service.credit(d.id, QString(), QStringLiteral("Korting zoals afgesproken met uw accountmanager"));
    const QList<CreditNote> issued = CreditNoteRepository(*f.db).forDispute(d.id);
    REQUIRE(issued.size() == 1);
    CHECK(issued.at(0).amountCredited() == eur(121000));
    CHECK(openOf(f, QStringLiteral("INV-1")) == eur(-121000));
    const QString text = dd::test::pdfText(CreditNoteService(*f.db, f.clock, QStringLiteral("anouk")).pdf(issued.at(0)));
    CHECK(text.contains(QStringLiteral("Korting zoals afgesproken met uw accountmanager")));
    CHECK_FALSE(text.contains(QStringLiteral("Piet")));
    // Nothing is open on the paid invoice: the note must not say it reduces what is open, but
    // that what was paid comes back (found by a review run). pdftotext breaks lines anywhere.
    const QString words = text.simplified();
    CHECK_FALSE(words.contains(QStringLiteral("vermindert het openstaande bedrag")));
    CHECK(words.contains(QStringLiteral("al betaald is, betalen wij u terug")));
}
