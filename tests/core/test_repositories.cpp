// Repositories: customers with contacts, invoices with lines, payments with allocations. Each
// refused write is checked to have written nothing, by counting every table before and after.

#include "CoreTestSupport.h"
#include "TempDir.h"
#include "TestDatabase.h"

#include "common/ValidationError.h"
#include "customers/CustomerRepository.h"
#include "invoices/InvoiceRepository.h"
#include "payments/PaymentRepository.h"
#include "products/ProductRepository.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <stdexcept>

using namespace dd;
using namespace dd::test;

namespace {

struct Fixture
{
    TempDir dir;
    std::unique_ptr<Database> db = Database::open(databaseLocation(dir, QStringLiteral("repo.disputedesk")));
    CustomerRepository customers{*db};
    InvoiceRepository invoices{*db};
    PaymentRepository payments{*db};
    ProductRepository products{*db};

    Customer addCustomer(const QString &number, const QString &name = QStringLiteral("Klant"))
    {
        Customer c;
        c.number = number;
        c.name = name;
        customers.insert(c);
        return c;
    }

    // One line per amount, quantity 1, no VAT: the invoice total is the sum of the amounts.
    Invoice addInvoice(const QString &number, qint64 customerId, std::initializer_list<qint64> amounts,
                       const QString &currency = QStringLiteral("EUR"))
    {
        Invoice invoice;
        invoice.number = number;
        invoice.customerId = customerId;
        invoice.issueDate = day(2026, 1, 5);
        invoice.dueDate = day(2026, 2, 4);
        invoice.currency = currency;
        for (qint64 cents : amounts) {
            InvoiceLine line;
            line.description = QStringLiteral("Werk");
            line.unitPrice = Money(cents, currency);
            line.vatRateBasisPoints = 0;
            invoice.lines.append(line);
        }
        invoices.insert(invoice);
        return invoice;
    }

    Payment pay(qint64 customerId, qint64 amount, std::initializer_list<std::pair<qint64, qint64>> allocations,
                const QString &currency = QStringLiteral("EUR"))
    {
        Payment payment;
        payment.customerId = customerId;
        payment.date = day(2026, 2, 10);
        payment.amount = Money(amount, currency);
        payment.reference = QStringLiteral("bank 123");
        for (const auto &[invoiceId, cents] : allocations)
            payment.allocations.append(Allocation{invoiceId, Money(cents, currency)});
        return payment;
    }

    qint64 paidCents(qint64 invoiceId) { return invoices.findById(invoiceId)->paid.cents(); }
};

} // namespace

TEST_CASE("A customer with contacts survives a round trip", "[repositories][customers]")
{
    Fixture f;
    Customer c;
    c.number = QStringLiteral("C000042");
    c.name = QStringLiteral("Müller Logistik GmbH");
    c.kind = CustomerKind::Business;
    c.language = Language::English;
    c.street = QStringLiteral("Königsallee 1");
    c.postalCode = QStringLiteral("40212");
    c.city = QStringLiteral("Düsseldorf");
    c.country = QStringLiteral("DE");
    c.vatId = QStringLiteral("DE123456789");
    c.email = QStringLiteral("buchhaltung@example.de");
    c.paymentTermDays = 45;
    c.creditLimit = eur(2500000);
    c.contacts = {Contact{0, QStringLiteral("Anna Schäfer"), QStringLiteral("Buchhaltung"), QStringLiteral("anna@example.de"),
                          QStringLiteral("+49 211 1234")},
                  Contact{0, QStringLiteral("Jan Becker"), QStringLiteral("Einkauf"), QString(), QString()}};
    f.customers.insert(c);
    REQUIRE(c.id > 0);
    CHECK(c.contacts[0].id > 0);
    CHECK(c.contacts[1].id > c.contacts[0].id);

    const auto byNumber = f.customers.findByNumber(QStringLiteral("C000042"));
    const auto byId = f.customers.findById(c.id);
    REQUIRE(byNumber.has_value());
    REQUIRE(byId.has_value());
    for (const Customer &found : {*byNumber, *byId}) {
        CHECK(found.id == c.id);
        CHECK(found.name == c.name);
        CHECK(found.kind == CustomerKind::Business);
        CHECK(found.language == Language::English);
        CHECK(found.street == c.street);
        CHECK(found.postalCode == c.postalCode);
        CHECK(found.city == c.city);
        CHECK(found.country == QStringLiteral("DE"));
        CHECK(found.vatId == c.vatId);
        CHECK(found.email == c.email);
        CHECK(found.paymentTermDays == 45);
        CHECK(found.creditLimit == eur(2500000));
        REQUIRE(found.contacts.size() == 2);
        CHECK(found.contacts[0].name == QStringLiteral("Anna Schäfer"));
        CHECK(found.contacts[0].role == QStringLiteral("Buchhaltung"));
        CHECK(found.contacts[0].phone == QStringLiteral("+49 211 1234"));
        CHECK(found.contacts[1].name == QStringLiteral("Jan Becker"));
        CHECK(found.contacts[1].email.isEmpty());
    }

    Customer consumer;
    consumer.number = QStringLiteral("C000043");
    consumer.name = QStringLiteral("Sanne Bakker");
    consumer.kind = CustomerKind::Consumer;
    f.customers.insert(consumer);
    const auto foundConsumer = f.customers.findById(consumer.id);
    REQUIRE(foundConsumer.has_value());
    CHECK(foundConsumer->kind == CustomerKind::Consumer);
    CHECK(foundConsumer->language == Language::Dutch);
    CHECK(foundConsumer->contacts.isEmpty());
    CHECK(f.customers.count() == 2);
    CHECK_FALSE(f.customers.findByNumber(QStringLiteral("C999999")).has_value());
    CHECK_FALSE(f.customers.findById(9999).has_value());
}

TEST_CASE("A duplicate customer number writes nothing, not even its contacts", "[repositories][customers]")
{
    Fixture f;
    f.addCustomer(QStringLiteral("C1"));
    const auto before = allCounts(*f.db);
    Customer dup;
    dup.number = QStringLiteral("C1");
    dup.name = QStringLiteral("Dubbel");
    dup.contacts = {Contact{0, QStringLiteral("Iemand"), {}, {}, {}}};
    CHECK_THROWS_AS(f.customers.insert(dup), StorageError);
    CHECK(allCounts(*f.db) == before);
}

TEST_CASE("Customer kind and language codes", "[repositories][customers]")
{
    CHECK(Customer::kindCode(CustomerKind::Consumer) == QStringLiteral("consumer"));
    CHECK(Customer::kindFromCode(u"business") == CustomerKind::Business);
    CHECK_FALSE(Customer::kindFromCode(u"Business").has_value());
    CHECK(Customer::languageFromCode(u"en") == Language::English);
    CHECK_FALSE(Customer::languageFromCode(u"de").has_value());
}

TEST_CASE("An invoice with lines is stored with computed totals", "[repositories][invoices]")
{
    Fixture f;
    const Customer c = f.addCustomer(QStringLiteral("C1"));
    Product product{0, QStringLiteral("SRV-UUR"), QStringLiteral("Servicemonteur"), eur(8500), 2100};
    f.products.insert(product);
    REQUIRE(product.id > 0);

    Invoice invoice;
    invoice.number = QStringLiteral("INV-2026-000001");
    invoice.customerId = c.id;
    invoice.issueDate = day(2026, 1, 5);
    invoice.dueDate = day(2026, 2, 4);
    InvoiceLine hours;
    hours.productId = product.id;
    hours.description = QStringLiteral("Servicemonteur");
    hours.quantityThousandths = 2500; // 2.5 h x 85.00 = 212.50, VAT 44.625 -> 44.63
    hours.unitPrice = eur(8500);
    hours.vatRateBasisPoints = 2100;
    InvoiceLine book;
    book.description = QStringLiteral("Vakboek");
    book.quantityThousandths = 3000; // 3 x 0.99 = 2.97, VAT 9% 0.2673 -> 0.27
    book.unitPrice = eur(99);
    book.vatRateBasisPoints = 900;
    invoice.lines = {hours, book};
    f.invoices.insert(invoice);

    // 212.50 + 2.97 = 215.47 net; 44.63 + 0.27 = 44.90 VAT; 260.37 gross.
    CHECK(invoice.totalExclVat == eur(21547));
    CHECK(invoice.vat == eur(4490));
    CHECK(invoice.totalInclVat == eur(26037));

    const auto found = f.invoices.findByNumber(QStringLiteral("INV-2026-000001"));
    REQUIRE(found.has_value());
    CHECK(found->id == invoice.id);
    CHECK(found->customerId == c.id);
    CHECK(found->issueDate == day(2026, 1, 5));
    CHECK(found->dueDate == day(2026, 2, 4));
    CHECK(found->currency == QStringLiteral("EUR"));
    CHECK(found->totalExclVat == eur(21547));
    CHECK(found->vat == eur(4490));
    CHECK(found->totalInclVat == eur(26037));
    CHECK(found->paid == eur(0));
    CHECK(found->openAmount() == eur(26037));
    CHECK(found->status() == InvoiceStatus::Open);
    REQUIRE(found->lines.size() == 2);
    CHECK(found->lines[0].lineNo == 1);
    CHECK(found->lines[0].productId == product.id);
    CHECK(found->lines[0].productCode == QStringLiteral("SRV-UUR"));
    CHECK(found->lines[0].quantityThousandths == 2500);
    CHECK(found->lines[0].net == eur(21250));
    CHECK(found->lines[0].vat == eur(4463));
    CHECK(found->lines[1].lineNo == 2);
    CHECK(found->lines[1].productId == 0);
    CHECK(found->lines[1].productCode.isEmpty());
    CHECK(found->lines[1].description == QStringLiteral("Vakboek"));
    CHECK(found->lines[1].vatRateBasisPoints == 900);
    CHECK(found->lines[1].vat == eur(27));
    CHECK(rows(*f.db, QStringLiteral("invoice_lines")) == 2);
    CHECK(f.invoices.findById(invoice.id).has_value());
    CHECK(f.invoices.count() == 1);
}

TEST_CASE("VAT is summed per line, not computed on the invoice total", "[repositories][invoices]")
{
    // Three lines of 0.99 at 21%: each line 0.2079 -> 0.21, so 0.63 in total; VAT on the total
    // 2.97 would give 0.62.
    Invoice invoice;
    invoice.currency = QStringLiteral("EUR");
    for (int i = 0; i < 3; ++i) {
        InvoiceLine line;
        line.unitPrice = eur(99);
        line.vatRateBasisPoints = 2100;
        invoice.lines.append(line);
    }
    invoice.computeTotals();
    CHECK(invoice.totalExclVat == eur(297));
    CHECK(invoice.vat == eur(63));
    CHECK(invoice.totalInclVat == eur(360));
    CHECK(invoice.paid == eur(0));
}

TEST_CASE("Invoice status and days overdue follow the paid amount", "[repositories][invoices]")
{
    Invoice invoice;
    invoice.dueDate = day(2026, 2, 4);
    invoice.totalInclVat = eur(10000);
    invoice.paid = eur(0);
    CHECK(invoice.status() == InvoiceStatus::Open);
    CHECK(invoice.daysOverdue(day(2026, 2, 4)) == 0);
    CHECK(invoice.daysOverdue(day(2026, 2, 14)) == 10);
    invoice.paid = eur(1);
    CHECK(invoice.status() == InvoiceStatus::PartlyPaid);
    CHECK(invoice.daysOverdue(day(2026, 2, 14)) == 10);
    // More went back than came in (a refund paid out, then the payment it came from reversed).
    invoice.paid = eur(-1);
    CHECK(invoice.status() == InvoiceStatus::Open);
    invoice.paid = eur(10000);
    CHECK(invoice.status() == InvoiceStatus::Paid);
    CHECK(invoice.daysOverdue(day(2026, 2, 14)) == 0); // nothing open, nothing overdue
    CHECK(InvoiceStatuses::code(InvoiceStatus::PartlyPaid) == QStringLiteral("partly-paid"));
    CHECK(InvoiceStatuses::code(InvoiceStatus::Open) == QStringLiteral("open"));
    CHECK(InvoiceStatuses::code(InvoiceStatus::Paid) == QStringLiteral("paid"));
}

TEST_CASE("Invalid invoices are refused and write nothing", "[repositories][invoices]")
{
    Fixture f;
    const Customer c = f.addCustomer(QStringLiteral("C1"));
    f.addInvoice(QStringLiteral("INV-1"), c.id, {10000});
    const auto before = allCounts(*f.db);

    auto valid = [&] {
        Invoice invoice;
        invoice.number = QStringLiteral("INV-2");
        invoice.customerId = c.id;
        invoice.issueDate = day(2026, 3, 1);
        invoice.dueDate = day(2026, 3, 31);
        InvoiceLine line;
        line.description = QStringLiteral("Werk");
        line.unitPrice = eur(5000);
        invoice.lines = {line, line};
        return invoice;
    };
    auto refuse = [&](Invoice invoice, const QString &phrase) {
        try {
            f.invoices.insert(invoice);
            FAIL("the invoice was accepted");
        } catch (const ValidationError &error) {
            INFO("message: " << error.message().toStdString());
            CHECK(error.message().contains(phrase));
        }
        CHECK(allCounts(*f.db) == before);
    };

    SECTION("unknown customer")
    {
        Invoice invoice = valid();
        invoice.customerId = c.id + 100;
        refuse(invoice, QStringLiteral("customer"));
    }
    SECTION("due before issue")
    {
        Invoice invoice = valid();
        invoice.dueDate = day(2026, 2, 28);
        refuse(invoice, QStringLiteral("due before"));
    }
    SECTION("duplicate number")
    {
        Invoice invoice = valid();
        invoice.number = QStringLiteral("INV-1");
        refuse(invoice, QStringLiteral("INV-1"));
    }
    SECTION("empty number")
    {
        Invoice invoice = valid();
        invoice.number = QStringLiteral("   ");
        refuse(invoice, QStringLiteral("number"));
    }
    SECTION("missing dates")
    {
        Invoice invoice = valid();
        invoice.issueDate = Date(boost::date_time::not_a_date_time);
        refuse(invoice, QStringLiteral("date"));
    }
    SECTION("a line in another currency")
    {
        Invoice invoice = valid();
        invoice.lines[1].unitPrice = Money(5000, QStringLiteral("USD"));
        refuse(invoice, QStringLiteral("USD"));
    }
    SECTION("an unknown product: the database refuses, and the invoice row is rolled back too")
    {
        Invoice invoice = valid();
        invoice.lines[1].productId = 4242;
        CHECK_THROWS_AS(f.invoices.insert(invoice), StorageError);
        CHECK(allCounts(*f.db) == before);
    }
    SECTION("due on the issue date is fine")
    {
        Invoice invoice = valid();
        invoice.dueDate = invoice.issueDate;
        f.invoices.insert(invoice);
        CHECK(rows(*f.db, QStringLiteral("invoices")) == before.at(QStringLiteral("invoices")) + 1);
        CHECK(rows(*f.db, QStringLiteral("invoice_lines")) == before.at(QStringLiteral("invoice_lines")) + 2);
    }
}

TEST_CASE("Payments move an invoice from open to partly paid to paid", "[repositories][payments]")
{
    Fixture f;
    const Customer c = f.addCustomer(QStringLiteral("C1"));
    const Invoice a = f.addInvoice(QStringLiteral("INV-A"), c.id, {10000}); // 100.00
    const Invoice b = f.addInvoice(QStringLiteral("INV-B"), c.id, {5000, 2500}); // 75.00
    CHECK(f.invoices.findById(a.id)->status() == InvoiceStatus::Open);

    Payment first = f.pay(c.id, 4000, {{a.id, 4000}});
    f.payments.record(first);
    CHECK(first.id > 0);
    CHECK(f.paidCents(a.id) == 4000);
    CHECK(f.invoices.findById(a.id)->status() == InvoiceStatus::PartlyPaid);
    CHECK(f.invoices.findById(a.id)->openAmount() == eur(6000));

    // One payment settling the rest of A and all of B, with 5.00 left unallocated.
    Payment second = f.pay(c.id, 14000, {{a.id, 6000}, {b.id, 7500}});
    second.date = day(2026, 2, 20);
    f.payments.record(second);
    CHECK(f.paidCents(a.id) == 10000);
    CHECK(f.paidCents(b.id) == 7500);
    CHECK(f.invoices.findById(a.id)->status() == InvoiceStatus::Paid);
    CHECK(f.invoices.findById(b.id)->status() == InvoiceStatus::Paid);
    CHECK(rows(*f.db, QStringLiteral("payments")) == 2);
    CHECK(rows(*f.db, QStringLiteral("allocations")) == 3);

    const QList<Payment> forA = f.payments.forInvoice(a.id);
    REQUIRE(forA.size() == 2);
    CHECK(forA[0].id == first.id);
    CHECK(forA[0].date == day(2026, 2, 10));
    CHECK(forA[0].amount == eur(4000));
    CHECK(forA[0].reference == QStringLiteral("bank 123"));
    REQUIRE(forA[0].allocations.size() == 1);
    CHECK(forA[0].allocations[0].amount == eur(4000));
    CHECK(forA[1].id == second.id);
    CHECK(forA[1].amount == eur(14000));
    CHECK(forA[1].allocations[0].amount == eur(6000));
    CHECK(f.payments.forInvoice(b.id).size() == 1);
}

TEST_CASE("Refused payments write nothing", "[repositories][payments]")
{
    Fixture f;
    const Customer c = f.addCustomer(QStringLiteral("C1"));
    const Customer other = f.addCustomer(QStringLiteral("C2"));
    const Invoice a = f.addInvoice(QStringLiteral("INV-A"), c.id, {10000});
    const Invoice b = f.addInvoice(QStringLiteral("INV-B"), c.id, {5000});
    const Invoice theirs = f.addInvoice(QStringLiteral("INV-X"), other.id, {5000});
    const Invoice dollars = f.addInvoice(QStringLiteral("INV-USD"), c.id, {5000}, QStringLiteral("USD"));
    Payment partial = f.pay(c.id, 3000, {{a.id, 3000}});
    f.payments.record(partial);
    const auto before = allCounts(*f.db);
    const QString paid = QStringLiteral("SELECT paid_cents FROM invoices ORDER BY id");
    const QString paidBefore = joined(*f.db, paid);

    auto refuse = [&](Payment payment, const QString &phrase) {
        try {
            f.payments.record(payment);
            FAIL("the payment was accepted");
        } catch (const ValidationError &error) {
            INFO("message: " << error.message().toStdString());
            CHECK(error.message().contains(phrase));
        }
        CHECK(allCounts(*f.db) == before);
        CHECK(joined(*f.db, paid) == paidBefore);
    };

    SECTION("more than is open on the invoice")
    {
        refuse(f.pay(c.id, 8000, {{a.id, 7001}}), QStringLiteral("INV-A")); // 70.00 open
    }
    SECTION("the second allocation over-allocates: the first is undone as well")
    {
        refuse(f.pay(c.id, 20000, {{b.id, 5000}, {a.id, 7001}}), QStringLiteral("INV-A"));
        CHECK(f.paidCents(b.id) == 0);
    }
    SECTION("allocations exceed the payment")
    {
        refuse(f.pay(c.id, 5000, {{a.id, 3000}, {b.id, 2001}}), QStringLiteral("exceed"));
    }
    SECTION("an invoice of another customer")
    {
        refuse(f.pay(c.id, 5000, {{a.id, 1000}, {theirs.id, 1000}}), QStringLiteral("INV-X"));
    }
    SECTION("an invoice in another currency than the payment")
    {
        refuse(f.pay(c.id, 1000, {{dollars.id, 1000}}), QStringLiteral("USD"));
    }
    SECTION("an allocation in another currency than the payment")
    {
        Payment payment = f.pay(c.id, 1000, {});
        payment.allocations = {Allocation{a.id, Money(1000, QStringLiteral("USD"))}};
        refuse(payment, QStringLiteral("USD"));
    }
    SECTION("an invoice that does not exist")
    {
        refuse(f.pay(c.id, 1000, {{a.id, 500}, {9999, 500}}), QStringLiteral("does not exist"));
    }
    SECTION("a zero or negative amount")
    {
        refuse(f.pay(c.id, 0, {}), QStringLiteral("positive"));
        refuse(f.pay(c.id, -500, {}), QStringLiteral("positive"));
        refuse(f.pay(c.id, 1000, {{a.id, 0}}), QStringLiteral("positive"));
        refuse(f.pay(c.id, 1000, {{a.id, -100}}), QStringLiteral("positive"));
    }
    SECTION("no date")
    {
        Payment payment = f.pay(c.id, 1000, {{a.id, 1000}});
        payment.date = Date(boost::date_time::not_a_date_time);
        refuse(payment, QStringLiteral("date"));
    }
    SECTION("an unknown customer: the database refuses")
    {
        Payment payment = f.pay(9999, 1000, {});
        CHECK_THROWS_AS(f.payments.record(payment), StorageError);
        CHECK(allCounts(*f.db) == before);
    }
    SECTION("the same invoice twice in one payment, together more than open")
    {
        Payment payment = f.pay(c.id, 8000, {{a.id, 4000}, {a.id, 4000}});
        CHECK_THROWS(f.payments.record(payment));
        CHECK(allCounts(*f.db) == before);
        CHECK(f.paidCents(a.id) == 3000);
    }
    SECTION("the same invoice twice in one payment, within what is open: refused as such, not by the table's key")
    {
        refuse(f.pay(c.id, 6000, {{a.id, 3000}, {a.id, 3000}}), QStringLiteral("INV-A twice"));
        CHECK(f.paidCents(a.id) == 3000);
    }
    SECTION("exactly what is open is accepted")
    {
        Payment payment = f.pay(c.id, 7000, {{a.id, 7000}});
        f.payments.record(payment);
        CHECK(f.paidCents(a.id) == 10000);
        CHECK(f.invoices.findById(a.id)->status() == InvoiceStatus::Paid);
    }
}

TEST_CASE("A payment keeps the payer's IBAN, inside a caller's transaction too", "[repositories][payments]")
{
    Fixture f;
    const Customer c = f.addCustomer(QStringLiteral("C1"));
    const Invoice a = f.addInvoice(QStringLiteral("INV-A"), c.id, {10000});
    Payment payment = f.pay(c.id, 2500, {{a.id, 2500}});
    payment.debtorIban = QStringLiteral("NL91ABNA0417164300");
    {
        // Recorded as part of a larger action, which then rolls back: nothing of it stays.
        Transaction outer(*f.db, DataChanges());
        f.payments.record(payment);
        CHECK(f.paidCents(a.id) == 2500);
    }
    CHECK(rows(*f.db, QStringLiteral("payments")) == 0);
    CHECK(rows(*f.db, QStringLiteral("allocations")) == 0);
    CHECK(f.paidCents(a.id) == 0);

    f.payments.record(payment);
    CHECK(f.db->scalar(QStringLiteral("SELECT debtor_iban FROM payments WHERE id = ?"), {payment.id}).toString()
          == QStringLiteral("NL91ABNA0417164300"));
    CHECK(f.paidCents(a.id) == 2500);
}

TEST_CASE("Products round trip in code order", "[repositories][products]")
{
    Fixture f;
    Product b{0, QStringLiteral("B-2"), QStringLiteral("Glasbewassing"), eur(18500), 2100};
    Product a{0, QStringLiteral("A-1"), QStringLiteral("Vakboek"), eur(5495), 900};
    f.products.insert(b);
    f.products.insert(a);
    const auto all = f.products.all();
    REQUIRE(all.size() == 2);
    CHECK(all[0].code == QStringLiteral("A-1"));
    CHECK(all[0].vatRateBasisPoints == 900);
    CHECK(all[0].listPrice == eur(5495));
    CHECK(all[1].code == QStringLiteral("B-2"));
    const auto found = f.products.findByCode(QStringLiteral("B-2"));
    REQUIRE(found.has_value());
    CHECK(found->id == b.id);
    CHECK(found->name == QStringLiteral("Glasbewassing"));
    CHECK_FALSE(f.products.findByCode(QStringLiteral("C-3")).has_value());
    Product dup{0, QStringLiteral("A-1"), QStringLiteral("Dubbel"), eur(1), 0};
    CHECK_THROWS_AS(f.products.insert(dup), StorageError);
    CHECK(f.products.all().size() == 2);
}
