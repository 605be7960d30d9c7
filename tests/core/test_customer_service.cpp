// The customer dialog's core: CustomerService checks the edited details field by field and writes
// them in one transaction, or nothing.

#include "CoreTestSupport.h"
#include "TempDir.h"
#include "TestDatabase.h"

#include "common/ValidationError.h"
#include "customers/CustomerRepository.h"
#include "customers/CustomerService.h"
#include "storage/Database.h"

using namespace dd;
using namespace dd::test;

namespace {

struct Fixture
{
    TempDir dir;
    std::unique_ptr<Database> db = Database::open(databaseLocation(dir, QStringLiteral("customers.disputedesk")));
    CustomerRepository customers{*db};

    Customer add()
    {
        Customer c;
        c.number = QStringLiteral("D1001");
        c.name = QStringLiteral("Bakkerij De Zon");
        c.vatId = QStringLiteral("NL123456789B01");
        c.creditLimit = eur(500000);
        c.contacts.append(Contact{0, QStringLiteral("J. de Vries"), QStringLiteral("inkoop"), QString(), QString()});
        customers.insert(c);
        return c;
    }
};

QList<CustomerField> fieldsOf(const QList<CustomerProblem> &problems)
{
    QList<CustomerField> fields;
    for (const CustomerProblem &problem : problems)
        fields << problem.field;
    return fields;
}

} // namespace

TEST_CASE("Saving a customer writes every edited field and its Peppol id, keeping number and contacts", "[customers][issue17]")
{
    Fixture f;
    Customer c = f.add();
    c.name = QStringLiteral("Bakkerij De Zon B.V.");
    c.kind = CustomerKind::Consumer;
    c.language = Language::English;
    c.street = QStringLiteral("Marktstraat 1");
    c.postalCode = QStringLiteral("B-3000");
    c.city = QStringLiteral("Leuven");
    c.country = QStringLiteral("BE");
    c.vatId = QStringLiteral("BE0403170701");
    c.email = QStringLiteral("boekhouding@dezon.be; inkoop@dezon.be");
    c.paymentTermDays = 14;
    c.peppol = {QStringLiteral("0208"), QStringLiteral("0403170701")};
    CustomerService(*f.db).save(c);

    const Customer stored = *f.customers.findById(c.id);
    CHECK(stored.number == QStringLiteral("D1001"));
    CHECK(stored.name == QStringLiteral("Bakkerij De Zon B.V."));
    CHECK(stored.kind == CustomerKind::Consumer);
    CHECK(stored.language == Language::English);
    CHECK(stored.street == QStringLiteral("Marktstraat 1"));
    CHECK(stored.postalCode == QStringLiteral("B-3000"));
    CHECK(stored.city == QStringLiteral("Leuven"));
    CHECK(stored.country == QStringLiteral("BE"));
    CHECK(stored.vatId == QStringLiteral("BE0403170701"));
    CHECK(stored.email == QStringLiteral("boekhouding@dezon.be; inkoop@dezon.be"));
    CHECK(stored.paymentTermDays == 14);
    CHECK(stored.creditLimit == eur(500000));
    CHECK(stored.peppol == PeppolParticipant{QStringLiteral("0208"), QStringLiteral("0403170701")});
    REQUIRE(stored.contacts.size() == 1);
    CHECK(stored.contacts.first().name == QStringLiteral("J. de Vries"));

    // An empty participant id is stored as none: the endpoint is derived again (a consumer has none).
    c.peppol = {};
    CustomerService(*f.db).save(c);
    CHECK(f.customers.findById(c.id)->peppol.isEmpty());
    CHECK(f.customers.findById(c.id)->peppolEndpoint().isEmpty());
}

TEST_CASE("A customer that breaks a rule is refused, naming the field, and nothing is written", "[customers][issue17]")
{
    Fixture f;
    const Customer original = f.add();
    Customer c = original;
    c.name = QStringLiteral("  ");
    c.country = QStringLiteral("Nederland");
    c.email = QStringLiteral("boekhouding at dezon.nl");
    c.paymentTermDays = 4000;
    c.peppol = {QStringLiteral("0106"), QStringLiteral("1234")};
    c.city = QStringLiteral("Amster\ndam");
    const QList<CustomerProblem> problems = CustomerService::problems(c);
    CHECK(fieldsOf(problems)
          == QList<CustomerField>{CustomerField::Name, CustomerField::City, CustomerField::Country, CustomerField::Email,
                                  CustomerField::PaymentTerm, CustomerField::Peppol});
    CHECK(problems.at(3).message == QStringLiteral("E-mail: \"boekhouding at dezon.nl\" is not an e-mail address"));
    CHECK(problems.at(5).message == QStringLiteral("Peppol participant id: a KvK number (0106) has 8 digits, not 1234"));

    try {
        CustomerService(*f.db).save(c);
        FAIL("saved");
    } catch (const ValidationError &error) {
        CHECK(error.message().startsWith(QStringLiteral("Name: ")));
    }
    const Customer stored = *f.customers.findById(original.id);
    CHECK(stored.name == original.name);
    CHECK(stored.country == QStringLiteral("NL"));
    CHECK(stored.paymentTermDays == 30);
    CHECK(stored.peppol.isEmpty());

    // A scheme Peppol does not accept (the e-mail scheme of the old exports) is refused too.
    c = original;
    c.peppol = {QStringLiteral("EM"), QStringLiteral("a@b.nl")};
    CHECK(fieldsOf(CustomerService::problems(c)) == QList<CustomerField>{CustomerField::Peppol});
}

TEST_CASE("Saving a customer that was deleted meanwhile is refused", "[customers][issue17]")
{
    Fixture f;
    Customer c = f.add();
    c.id += 1000;
    CHECK_THROWS_AS(CustomerService(*f.db).save(c), ValidationError);
    CHECK(f.customers.count() == 1);
}
