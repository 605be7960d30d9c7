#pragma once

// A database file with a company, three products and a helper per kind of record, for the tests of
// DisputeService and of the undo commands that drive it. The database is owned by a Session, as in
// the program, so that the undo commands can act through it; `service` acts as "anouk" directly.

#include "CoreTestSupport.h"
#include "TempDir.h"
#include "TestDatabase.h"
#include "TestCompany.h"
#include "common/Clock.h"
#include "customers/CustomerRepository.h"
#include "disputes/DisputeService.h"
#include "documents/SettingsRepository.h"
#include "invoices/InvoiceRepository.h"
#include "products/ProductRepository.h"
#include "session/Session.h"

namespace dd::test {

struct DisputeFixture
{
    test::TempDir dir;
    std::unique_ptr<Session> session = Session::open(databaseLocation(dir, QStringLiteral("disputes.sqlite")));
    Database *db = &session->database();
    FixedClock clock{QDateTime(QDate(2026, 3, 10), QTime(9, 30), Qt::UTC)};
    DisputeService service{*db, clock, QStringLiteral("anouk")};
    QList<Product> products;

    DisputeFixture()
    {
        session->setClock(&clock);
        session->setActingUser(QStringLiteral("anouk"));
        // Crediting issues credit notes, which need the company's details.
        SettingsRepository(*db).setCompany(dd::test::acmeCompany());
        ProductRepository productRepository(*db);
        for (const char *code : {"PUMP", "SERVICE", "LUNCH"}) {
            Product p{0, QString::fromLatin1(code), QString::fromLatin1(code).toLower(), eur(10000), 2100};
            productRepository.insert(p);
            products << p;
        }
    }

    qint64 customer(const QString &number, CustomerKind kind = CustomerKind::Business)
    {
        Customer c;
        c.number = number;
        c.name = QStringLiteral("Customer ") + number;
        c.kind = kind;
        CustomerRepository(*db).insert(c);
        return c.id;
    }

    // An invoice of 1 x 1,000.00 + 21% VAT = 1,210.00 for the product at `productIndex`.
    QString invoice(qint64 customerId, const QString &number, const Date &issued, int productIndex = 0)
    {
        Invoice invoice;
        invoice.number = number;
        invoice.customerId = customerId;
        invoice.issueDate = issued;
        invoice.dueDate = issued + boost::gregorian::date_duration(30);
        InvoiceLine line;
        line.productId = products.at(productIndex).id;
        line.description = products.at(productIndex).name;
        line.quantityThousandths = 1000;
        line.unitPrice = eur(100000);
        line.vatRateBasisPoints = 2100;
        invoice.lines << line;
        InvoiceRepository(*db).insert(invoice);
        return number;
    }

    Dispute open(const QString &invoiceNumber, std::optional<Money> amount = std::nullopt, const Date &received = day(2026, 3, 9))
    {
        OpenDisputeRequest request;
        request.invoices << DisputeInvoiceRequest{invoiceNumber, amount};
        request.reasonCode = QStringLiteral("agreement-not-kept");
        request.channel = Channel::Email;
        request.story = QStringLiteral("Sales promised 10% discount");
        request.receivedOn = received;
        return service.open(request);
    }

    Finding finding(FindingDirection direction = FindingDirection::SupportsUs)
    {
        Finding f;
        f.source = QStringLiteral("Account manager");
        f.text = QStringLiteral("No discount was agreed");
        f.direction = direction;
        return f;
    }

    // A case at Hear about invoice INV-1 of customer C1.
    Dispute openedCase() { return open(invoice(customer(QStringLiteral("C1")), QStringLiteral("INV-1"), day(2026, 2, 1))); }

    // A case at Resolve with an unjustified verdict that was paid after the explanation: ready
    // to finish the resolution (and to close as paid: nothing is open on INV-1 any more).
    Dispute paidAfterExplanation()
    {
        const Dispute d = decided(openedCase(), Verdict::Unjustified);
        service.amicable(d.id, QStringLiteral("The order confirmation shows the price"));
        settle(QStringLiteral("INV-1"));
        return service.paid(d.id);
    }

    // The invoice's open amount paid, as a bank import's allocation leaves it on the invoice.
    void settle(const QString &invoiceNumber)
    {
        db->run(QStringLiteral("UPDATE invoices SET paid_cents = total_incl_cents - credited_cents WHERE number = ?"), {invoiceNumber});
    }

    // Hear -> Verify -> (finding) -> Decide -> Resolve with the verdict.
    Dispute decided(const Dispute &d, Verdict verdict, std::optional<Money> justified = std::nullopt)
    {
        service.startVerification(d.id);
        service.addFinding(d.id, finding());
        service.concludeVerification(d.id);
        return service.decide(d.id, verdict, justified, QStringLiteral("Checked the order"));
    }
};

} // namespace dd::test
