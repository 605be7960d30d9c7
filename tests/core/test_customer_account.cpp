// Issue 19, the customer card's account: open items with totals per currency (what is owed back
// kept apart), the cases, and the statement of account whose closing balance is what the open
// items add up to. Every amount in cents.
#include "DisputeFixture.h"

#include "creditnotes/CreditNoteService.h"
#include "customers/CustomerAccountQuery.h"
#include "payments/PaymentService.h"

using namespace dd;
using dd::test::day;
using dd::test::eur;

namespace {

struct AccountFixture : dd::test::DisputeFixture
{
    qint64 c1 = customer(QStringLiteral("C1"));
    qint64 inv1 = 0, inv2 = 0, usd = 0;

    AccountFixture()
    {
        InvoiceRepository invoices(*db);
        inv1 = invoices.findByNumber(invoice(c1, QStringLiteral("INV-1"), day(2026, 2, 1)))->id;   // 1,210.00
        inv2 = invoices.findByNumber(invoice(c1, QStringLiteral("INV-2"), day(2026, 2, 15)))->id;  // 1,210.00
        invoice(customer(QStringLiteral("C2")), QStringLiteral("OTHER-1"), day(2026, 2, 1));      // not C1's
        Invoice dollars;
        dollars.number = QStringLiteral("INV-U");
        dollars.customerId = c1;
        dollars.currency = QStringLiteral("USD");
        dollars.issueDate = day(2026, 2, 20);
        dollars.dueDate = day(2026, 3, 22);
        InvoiceLine line;
        line.description = QStringLiteral("Consulting");
        line.quantityThousandths = 1000;
        line.unitPrice = Money(70000, QStringLiteral("USD"));
        line.vatRateBasisPoints = 0;
        dollars.lines << line;
        invoices.insert(dollars);
        usd = dollars.id;

        PaymentService payments = session->paymentService();
        payments.receive(inv1, eur(121000), day(2026, 3, 2), QStringLiteral("SEPA 1"));
        const Payment part = payments.receive(inv2, eur(50000), day(2026, 3, 5), QStringLiteral("SEPA 2"));
        payments.reverse(part.id, day(2026, 3, 9), QStringLiteral("returned"));
        CreditNoteRequest refund;
        refund.invoiceNumber = QStringLiteral("INV-1");
        refund.amount = eur(40000);
        refund.reason = QStringLiteral("Prijscorrectie");
        CreditNoteService(*db, clock, QStringLiteral("anouk")).issue(refund);
    }
};

} // namespace

TEST_CASE("the open items of a customer, with totals per currency and the refund owed apart", "[customers][account]")
{
    AccountFixture f;
    const CustomerAccountQuery account(*f.db);
    const QList<OpenItem> items = account.openItems(f.c1);
    REQUIRE(items.size() == 3);
    CHECK(items.at(0).number == QStringLiteral("INV-1"));
    CHECK(items.at(0).open == eur(-40000));
    CHECK(items.at(1).number == QStringLiteral("INV-2"));
    CHECK(items.at(1).open == eur(121000));
    CHECK(items.at(2).number == QStringLiteral("INV-U"));
    CHECK(items.at(2).open == Money(70000, QStringLiteral("USD")));

    const QList<CurrencyTotals> totals = CustomerAccountQuery::totals(items);
    REQUIRE(totals.size() == 2);
    CHECK(totals.at(0).currency == QStringLiteral("EUR"));
    CHECK(totals.at(0).open == eur(121000));
    CHECK(totals.at(0).refundOwed == eur(40000));
    CHECK(totals.at(0).items == 2);
    CHECK(totals.at(1).currency == QStringLiteral("USD"));
    CHECK(totals.at(1).open == Money(70000, QStringLiteral("USD")));
    CHECK(totals.at(1).refundOwed == Money(0, QStringLiteral("USD")));
}

TEST_CASE("the statement of account runs from the opening balance through every movement to the balance, per currency",
          "[customers][account][statement]")
{
    AccountFixture f;
    const QList<Statement> statements = CustomerAccountQuery(*f.db).statements(f.c1, day(2026, 3, 1), day(2026, 3, 10));
    REQUIRE(statements.size() == 2);
    const Statement &euros = statements.at(0);
    CHECK(euros.currency == QStringLiteral("EUR"));
    CHECK(euros.opening == eur(242000)); // INV-1 and INV-2, both before the period
    REQUIRE(euros.lines.size() == 4);
    CHECK(euros.lines.at(0).kind == StatementLine::Kind::Payment);
    CHECK(euros.lines.at(0).amount == eur(-121000));
    CHECK(euros.lines.at(0).balance == eur(121000));
    CHECK(euros.lines.at(1).amount == eur(-50000));
    CHECK(euros.lines.at(1).balance == eur(71000));
    CHECK(euros.lines.at(2).kind == StatementLine::Kind::Reversal);
    CHECK(euros.lines.at(2).amount == eur(50000));
    CHECK(euros.lines.at(2).balance == eur(121000));
    CHECK(euros.lines.at(3).kind == StatementLine::Kind::CreditNote);
    CHECK(euros.lines.at(3).amount == eur(-40000));
    // 1,210.00 open on INV-2 less 400.00 owed back on INV-1.
    CHECK(euros.closing == eur(81000));
    CHECK(euros.lines.at(3).balance == euros.closing);

    const Statement &dollars = statements.at(1);
    CHECK(dollars.currency == QStringLiteral("USD"));
    CHECK(dollars.opening == Money(70000, QStringLiteral("USD")));
    CHECK(dollars.lines.isEmpty());
    CHECK(dollars.closing == Money(70000, QStringLiteral("USD")));

    // A period that ends before the payments: only the invoices.
    const QList<Statement> february = CustomerAccountQuery(*f.db).statements(f.c1, day(2026, 2, 1), day(2026, 2, 28));
    REQUIRE(february.size() == 2);
    CHECK(february.at(0).opening == eur(0));
    REQUIRE(february.at(0).lines.size() == 2);
    CHECK(february.at(0).lines.at(0).kind == StatementLine::Kind::Invoice);
    CHECK(february.at(0).lines.at(0).document == QStringLiteral("INV-1"));
    CHECK(february.at(0).closing == eur(242000));
}

TEST_CASE("the cases of a customer, newest first, with what they dispute", "[customers][account]")
{
    AccountFixture f;
    f.open(QStringLiteral("INV-2"));
    const QList<CustomerCase> cases = CustomerAccountQuery(*f.db).cases(f.c1);
    REQUIRE(cases.size() == 1);
    CHECK(cases.first().number == QStringLiteral("DSP-2026-000001"));
    CHECK(cases.first().step == DisputeStep::Hear);
    CHECK(cases.first().disputed == eur(121000));
    CHECK(cases.first().assignee == QStringLiteral("anouk"));
    CHECK(CustomerAccountQuery(*f.db).cases(f.customer(QStringLiteral("C3"))).isEmpty());
}
