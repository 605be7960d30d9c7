// The customers to contact about a product others complained about (issue 19): exported as CSV
// rows, and marked as warned with one contact in each customer's contact log, in one transaction.
#include "DisputeFixture.h"
#include "common/ValidationError.h"
#include "customers/CustomerContactRepository.h"
#include "disputes/ProactiveWarnings.h"
#include "disputes/ProductWarningContacts.h"

#include <QFile>

using namespace dd;
using dd::test::day;
using dd::test::rows;

namespace {

// Three customers complained about the pump and about the service; Q1 and Q2 bought both
// without complaining (Q2 with an e-mail address and a comma in its name), Q3 only the pump.
struct WarningFixture : dd::test::DisputeFixture
{
    std::vector<ProductWarning> warnings;
    qint64 q1 = 0, q2 = 0, q3 = 0;

    WarningFixture()
    {
        for (int i = 1; i <= 3; ++i) {
            const qint64 c = customer(QStringLiteral("K%1").arg(i));
            open(invoice(c, QStringLiteral("INV-K%1").arg(i), day(2026, 2, i), 0), std::nullopt, day(2026, 3, i));
            open(invoice(c, QStringLiteral("INV-KS%1").arg(i), day(2026, 2, i), 1), std::nullopt, day(2026, 3, i));
        }
        q1 = customer(QStringLiteral("Q1"));
        invoice(q1, QStringLiteral("INV-Q1"), day(2026, 2, 20), 0);
        invoice(q1, QStringLiteral("INV-Q1S"), day(2026, 2, 21), 1);
        q2 = customer(QStringLiteral("Q2"));
        db->run(QStringLiteral("UPDATE customers SET name = 'Bakker, Jansen & Zn', email = 'inkoop@bakker.example' WHERE id = ?"), {q2});
        invoice(q2, QStringLiteral("INV-Q2"), day(2026, 3, 1), 0);
        invoice(q2, QStringLiteral("INV-Q2S"), day(2026, 3, 2), 1);
        q3 = customer(QStringLiteral("Q3"));
        invoice(q3, QStringLiteral("INV-Q3"), day(2026, 2, 25), 0);
        const ProactiveWarnings proactive(*db);
        warnings = proactive.compute(day(2026, 3, 15));
        proactive.addCustomersToContact(warnings, day(2026, 3, 15));
    }
};

} // namespace

TEST_CASE("the export of the customers to contact has one row per product and customer", "[disputes][warnings][issue19]")
{
    WarningFixture f;
    REQUIRE(f.warnings.size() == 2);
    const QList<QStringList> all = ProductWarningContacts::rows(f.warnings);
    REQUIRE(all.size() == 1 + 3 + 2); // the pump: Q1, Q2, Q3; the service: Q1, Q2
    CHECK(all.at(0).join(u',') == QStringLiteral("product_code,product_name,complaining_customers,customer_number,customer_name,email,last_purchase"));
    QStringList pumpRows;
    for (const QStringList &row : all.mid(1)) {
        if (row.at(0) == u"PUMP")
            pumpRows << row.join(u'|');
    }
    // Latest buyer first.
    CHECK(pumpRows == QStringList{QStringLiteral("PUMP|pump|3|Q2|Bakker, Jansen & Zn|inkoop@bakker.example|2026-03-01"),
                                  QStringLiteral("PUMP|pump|3|Q3|Customer Q3||2026-02-25"),
                                  QStringLiteral("PUMP|pump|3|Q1|Customer Q1||2026-02-20")});

    const QString path = f.dir.filePath(QStringLiteral("to-contact.csv"));
    CHECK(ProductWarningContacts::writeCsv(f.warnings, path) == 5);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.startsWith(QStringLiteral("product_code,product_name,")));
    CHECK(text.contains(QStringLiteral("PUMP,pump,3,Q2,\"Bakker, Jansen & Zn\",inkoop@bakker.example,2026-03-01\r\n")));
    CHECK(text.count(QStringLiteral("\r\n")) == 6);

    CHECK_THROWS_WITH(ProductWarningContacts::writeCsv(f.warnings, f.dir.filePath(QStringLiteral("no/such/dir/x.csv"))),
                      Catch::Contains("no/such/dir/x.csv"));
}

TEST_CASE("marking as warned writes one contact per customer, naming its products", "[disputes][warnings][issue19]")
{
    WarningFixture f;
    const qint64 before = rows(*f.db, QStringLiteral("customer_contacts"));
    CHECK(ProductWarningContacts(*f.db).markWarned(f.warnings, day(2026, 3, 16)) == 3);
    CHECK(rows(*f.db, QStringLiteral("customer_contacts")) == before + 3);

    const CustomerContactRepository contacts(*f.db);
    const QList<CustomerContact> q2 = contacts.forCustomer(f.q2);
    REQUIRE(q2.size() == 1);
    CHECK(q2.at(0).date == day(2026, 3, 16));
    CHECK(q2.at(0).channel == Channel::Email);
    CHECK(q2.at(0).direction == ContactDirection::Outbound);
    // One contact naming both products, in the order of the warnings.
    CHECK(q2.at(0).summary.startsWith(QStringLiteral("Warned about complaints from other customers over ")));
    CHECK(q2.at(0).summary.contains(QStringLiteral("PUMP pump")));
    CHECK(q2.at(0).summary.contains(QStringLiteral("SERVICE service")));
    const QList<CustomerContact> q3 = contacts.forCustomer(f.q3);
    REQUIRE(q3.size() == 1);
    CHECK(q3.at(0).channel == Channel::Phone);
    CHECK(q3.at(0).summary == QStringLiteral("Warned about complaints from other customers over PUMP pump"));
    CHECK(contacts.forCustomer(f.q1).size() == 1);

    // One transaction: a contact the log refuses leaves none of the others behind.
    std::vector<ProductWarning> broken = f.warnings;
    broken.back().otherCustomers.back().customerId = 999999; // no such customer: the last one written
    CHECK_THROWS(ProductWarningContacts(*f.db).markWarned(broken, day(2026, 3, 17)));
    CHECK(rows(*f.db, QStringLiteral("customer_contacts")) == before + 3);
}
