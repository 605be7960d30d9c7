// Issue 19, payments entered by hand from an invoice: money received (an overpayment accepted and
// stated), its reversal and a refund paid out of a credit balance, each a stored payment row and
// never a deletion. Every amount in cents.
#include "DisputeFixture.h"

#include "common/ValidationError.h"
#include "creditnotes/CreditNoteService.h"
#include "payments/PaymentRepository.h"
#include "payments/PaymentService.h"

using namespace dd;
using dd::test::day;
using dd::test::eur;
using dd::test::rows;

namespace {

Invoice invoiceOf(dd::test::DisputeFixture &f, const QString &number)
{
    return *InvoiceRepository(*f.db).findByNumber(number);
}

qint64 idOf(dd::test::DisputeFixture &f, const QString &number)
{
    return invoiceOf(f, number).id;
}

} // namespace

TEST_CASE("a payment received by hand pays the invoice in one stored row with who entered it", "[payments][manual]")
{
    dd::test::DisputeFixture f;
    const QString inv = f.invoice(f.customer(QStringLiteral("C1")), QStringLiteral("INV-1"), day(2026, 2, 1)); // 1,210.00
    PaymentService service = f.session->paymentService();

    const Payment payment = service.receive(idOf(f, inv), eur(50000), day(2026, 3, 5), QStringLiteral("  bank 123 "));
    CHECK(payment.id > 0);
    CHECK(invoiceOf(f, inv).paid == eur(50000));
    CHECK(invoiceOf(f, inv).openAmount() == eur(71000));

    const std::optional<Payment> stored = PaymentRepository(*f.db).findById(payment.id);
    REQUIRE(stored);
    CHECK(stored->amount == eur(50000));
    CHECK(stored->date == day(2026, 3, 5));
    CHECK(stored->reference == QStringLiteral("bank 123"));
    CHECK(stored->kind == PaymentKind::Received);
    CHECK(stored->recordedBy == QStringLiteral("anouk"));
    CHECK(stored->recordedAt == QStringLiteral("2026-03-10T09:30:00Z"));
    REQUIRE(stored->allocations.size() == 1);
    CHECK(stored->allocations.first().amount == eur(50000));
}

TEST_CASE("a payment by hand is refused, writing nothing, for a future date, another currency or no amount", "[payments][manual]")
{
    dd::test::DisputeFixture f;
    const QString inv = f.invoice(f.customer(QStringLiteral("C1")), QStringLiteral("INV-1"), day(2026, 2, 1));
    PaymentService service = f.session->paymentService();
    const qint64 id = idOf(f, inv);
    const auto before = dd::test::allCounts(*f.db);

    // The clock says 2026-03-10: the next day has not happened yet.
    CHECK_THROWS_WITH(service.receive(id, eur(100), day(2026, 3, 11), QString()), Catch::Contains("Date") && Catch::Contains("future"));
    CHECK_THROWS_WITH(service.receive(id, eur(100), day(2026, 1, 31), QString()), Catch::Contains("before the invoice date"));
    CHECK_THROWS_WITH(service.receive(id, Money(100, QStringLiteral("USD")), day(2026, 3, 5), QString()),
                      Catch::Contains("Amount") && Catch::Contains("EUR"));
    CHECK_THROWS_AS(service.receive(id, eur(0), day(2026, 3, 5), QString()), ValidationError);
    CHECK_THROWS_AS(service.receive(id, eur(-100), day(2026, 3, 5), QString()), ValidationError);
    CHECK(dd::test::allCounts(*f.db) == before);
    CHECK(invoiceOf(f, inv).paid == eur(0));
    // Today itself is fine.
    service.receive(id, eur(100), day(2026, 3, 10), QString());
    CHECK(invoiceOf(f, inv).paid == eur(100));
}

TEST_CASE("an overpayment is accepted, stated beforehand, and leaves a refund owed", "[payments][manual][refund]")
{
    dd::test::DisputeFixture f;
    const QString inv = f.invoice(f.customer(QStringLiteral("C1")), QStringLiteral("INV-1"), day(2026, 2, 1)); // 1,210.00
    PaymentService service = f.session->paymentService();
    const qint64 id = idOf(f, inv);

    CHECK(service.overpayment(id, eur(121000)) == eur(0));
    CHECK(service.overpayment(id, eur(130000)) == eur(9000));
    service.receive(id, eur(130000), day(2026, 3, 5), QString());
    CHECK(invoiceOf(f, inv).openAmount() == eur(-9000));
    CHECK(PaymentService::refundOwed(invoiceOf(f, inv)) == eur(9000));
    // Anything more on an invoice with nothing open is all overpayment.
    CHECK(service.overpayment(id, eur(500)) == eur(500));
}

TEST_CASE("a reversal is a stored negative payment linked to the one it takes back, and the invoice is open again",
          "[payments][manual][reversal]")
{
    dd::test::DisputeFixture f;
    const QString inv = f.invoice(f.customer(QStringLiteral("C1")), QStringLiteral("INV-1"), day(2026, 2, 1));
    PaymentService service = f.session->paymentService();
    const qint64 id = idOf(f, inv);
    const Payment paid = service.receive(id, eur(121000), day(2026, 3, 2), QStringLiteral("SEPA 1"));
    CHECK(invoiceOf(f, inv).openAmount() == eur(0));

    CHECK_THROWS_WITH(service.reverse(paid.id, day(2026, 3, 1), QString()), Catch::Contains("before the payment"));
    const Payment reversal = service.reverse(paid.id, day(2026, 3, 9), QStringLiteral("Returned: account closed"));
    CHECK(reversal.amount == eur(-121000));
    CHECK(reversal.kind == PaymentKind::Reversal);
    CHECK(reversal.reverses == paid.id);
    CHECK(invoiceOf(f, inv).paid == eur(0));
    CHECK(invoiceOf(f, inv).openAmount() == eur(121000));

    // Both rows stay: the payment is not deleted, and it knows what reversed it.
    CHECK(rows(*f.db, QStringLiteral("payments")) == 2);
    CHECK(rows(*f.db, QStringLiteral("allocations")) == 2);
    const std::optional<Payment> original = PaymentRepository(*f.db).findById(paid.id);
    REQUIRE(original);
    CHECK(original->amount == eur(121000));
    CHECK(original->reversedBy == reversal.id);
    const QList<Payment> listed = PaymentRepository(*f.db).forInvoice(id);
    REQUIRE(listed.size() == 2);
    CHECK(listed.at(1).allocations.first().amount == eur(-121000));

    // Once only, and never the reversal itself.
    CHECK_THROWS_WITH(service.reverse(paid.id, day(2026, 3, 10), QString()), Catch::Contains("reversed before"));
    CHECK_THROWS_WITH(service.reverse(reversal.id, day(2026, 3, 10), QString()), Catch::Contains("only a payment received"));
    CHECK(rows(*f.db, QStringLiteral("payments")) == 2);
    CHECK(invoiceOf(f, inv).openAmount() == eur(121000));
}

TEST_CASE("a refund paid out of the credit balance a refund credit note left brings the invoice to zero",
          "[payments][refund]")
{
    dd::test::DisputeFixture f;
    const QString inv = f.invoice(f.customer(QStringLiteral("C1")), QStringLiteral("INV-1"), day(2026, 2, 1));
    PaymentService service = f.session->paymentService();
    const qint64 id = idOf(f, inv);
    service.receive(id, eur(121000), day(2026, 3, 2), QString());
    CHECK_THROWS_WITH(service.payRefund(id, eur(100), day(2026, 3, 10), QString()), Catch::Contains("no credit balance"));

    CreditNoteRequest request;
    request.invoiceNumber = inv;
    request.amount = eur(40000);
    request.reason = QStringLiteral("Prijscorrectie");
    CreditNoteService(*f.db, f.clock, QStringLiteral("anouk")).issue(request);
    CHECK(invoiceOf(f, inv).openAmount() == eur(-40000));
    CHECK(PaymentService::refundOwed(invoiceOf(f, inv)) == eur(40000));

    CHECK_THROWS_WITH(service.payRefund(id, eur(40001), day(2026, 3, 10), QString()), Catch::Contains("400.00"));
    CHECK_THROWS_AS(service.payRefund(id, Money(40000, QStringLiteral("USD")), day(2026, 3, 10), QString()), ValidationError);
    CHECK(invoiceOf(f, inv).openAmount() == eur(-40000));

    const Payment part = service.payRefund(id, eur(15000), day(2026, 3, 10), QString());
    CHECK(part.kind == PaymentKind::Refund);
    CHECK(part.amount == eur(-15000));
    CHECK(PaymentService::refundOwed(invoiceOf(f, inv)) == eur(25000));
    service.payRefund(id, eur(25000), day(2026, 3, 10), QStringLiteral("NL91 transfer"));
    CHECK(invoiceOf(f, inv).openAmount() == eur(0));
    CHECK(invoiceOf(f, inv).paid == eur(81000));
    CHECK(PaymentService::refundOwed(invoiceOf(f, inv)) == eur(0));
}

TEST_CASE("a payment by hand on an invoice in an open case is noted in the case's audit trail", "[payments][manual][disputes]")
{
    dd::test::DisputeFixture f;
    const Dispute d = f.openedCase(); // about INV-1
    PaymentService service = f.session->paymentService();
    const qint64 events = rows(*f.db, QStringLiteral("audit_events"));

    const Payment paid = service.receive(idOf(f, QStringLiteral("INV-1")), eur(50000), day(2026, 3, 10), QStringLiteral("SEPA 9"));
    REQUIRE(rows(*f.db, QStringLiteral("audit_events")) == events + 1);
    AuditEvent last = f.service.repository().audit(d.id).last();
    CHECK(last.action == QStringLiteral("payment"));
    CHECK(last.actor == QStringLiteral("anouk"));
    CHECK(last.from == d.step);
    CHECK(last.to == d.step);
    CHECK(last.note == QStringLiteral("payment recorded by hand on invoice INV-1: €500.00 (SEPA 9)"));

    service.reverse(paid.id, day(2026, 3, 10), QStringLiteral("bounced"));
    last = f.service.repository().audit(d.id).last();
    CHECK(last.note.startsWith(QStringLiteral("payment reversed on invoice INV-1: ")));
    CHECK(last.note.endsWith(QStringLiteral("(bounced)")));
    // An invoice in no case leaves the audit alone.
    const QString other = f.invoice(f.customer(QStringLiteral("C2")), QStringLiteral("INV-2"), day(2026, 2, 1));
    const qint64 before = rows(*f.db, QStringLiteral("audit_events"));
    service.receive(idOf(f, other), eur(100), day(2026, 3, 10), QString());
    CHECK(rows(*f.db, QStringLiteral("audit_events")) == before);
}
