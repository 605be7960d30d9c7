// Aged receivables on a hand-made data set whose answers are worked out below, by hand:
// invoices due exactly on every bucket boundary, partial payments, payments after the as-of date,
// an invoice issued after it, and two currencies.

#include "CoreTestSupport.h"
#include "TempDir.h"
#include "TestDatabase.h"

#include "customers/CustomerRepository.h"
#include "invoices/InvoiceRepository.h"
#include "payments/PaymentRepository.h"
#include "receivables/AgingReport.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QSqlRecord>

#include <array>

using namespace dd;
using namespace dd::test;

namespace {

using Buckets = std::array<qint64, AgingRow::bucketCount>; // current, 1-30, 31-60, 61-90, 91-120, >120

const Date asOf = day(2026, 3, 31);

Date daysBefore(const Date &date, int days)
{
    return date - boost::gregorian::days(days);
}

struct AgingFixture
{
    TempDir dir;
    std::unique_ptr<Database> db = Database::open(databaseLocation(dir, QStringLiteral("aging.disputedesk")));
    qint64 alfa = 0, bravo = 0, charlie = 0;

    AgingFixture()
    {
        CustomerRepository customers(*db);
        // Inserted out of number order, so that the report's own ordering is tested.
        Customer c3{};
        c3.number = QStringLiteral("C003");
        c3.name = QStringLiteral("Charlie Inc.");
        customers.insert(c3);
        Customer c1{};
        c1.number = QStringLiteral("C001");
        c1.name = QStringLiteral("Alfa B.V.");
        customers.insert(c1);
        Customer c2{};
        c2.number = QStringLiteral("C002");
        c2.name = QStringLiteral("Bravo & Zn.");
        customers.insert(c2);
        alfa = c1.id;
        bravo = c2.id;
        charlie = c3.id;

        // Invoices due `d` days before the as-of date are d days overdue on it.
        overdue(QStringLiteral("E1"), alfa, 0, 10000);
        overdue(QStringLiteral("E2"), alfa, 1, 10100);
        overdue(QStringLiteral("E3"), alfa, 30, 13000);
        const qint64 e4 = overdue(QStringLiteral("E4"), alfa, 31, 13100);
        overdue(QStringLiteral("E5"), alfa, 60, 16000);
        overdue(QStringLiteral("E6"), alfa, 61, 16100);
        overdue(QStringLiteral("U1"), alfa, 0, 700, QStringLiteral("USD"));
        const qint64 e7 = overdue(QStringLiteral("E7"), bravo, 90, 19000);
        const qint64 e8 = overdue(QStringLiteral("E8"), bravo, 91, 19100);
        overdue(QStringLiteral("E9"), bravo, 120, 22000);
        const qint64 e10 = overdue(QStringLiteral("E10"), bravo, 121, 22100);
        invoice(QStringLiteral("E11"), bravo, daysBefore(asOf, 20), asOf + boost::gregorian::days(10), 5000);
        invoice(QStringLiteral("E12"), bravo, asOf + boost::gregorian::days(5), asOf + boost::gregorian::days(35), 99900);
        const qint64 e13 = overdue(QStringLiteral("E13"), bravo, 45, 4500);
        overdue(QStringLiteral("U2"), charlie, 15, 1500, QStringLiteral("USD"));
        overdue(QStringLiteral("U3"), charlie, 200, 20000, QStringLiteral("USD"));

        pay(alfa, asOf + boost::gregorian::days(3), e4, 3100); // after the date: still open then
        pay(bravo, asOf, e7, 9000);                             // on the date: counts
        pay(bravo, asOf + boost::gregorian::days(1), e8, 19100); // paid in full, but after the date
        pay(bravo, daysBefore(asOf, 50), e10, 2100);
        pay(bravo, daysBefore(asOf, 5), e13, 4500);              // paid in full before the date
    }

    qint64 overdue(const QString &number, qint64 customer, int days, qint64 cents,
                   const QString &currency = QStringLiteral("EUR"))
    {
        const Date due = daysBefore(asOf, days);
        return invoice(number, customer, daysBefore(due, 30), due, cents, currency);
    }

    qint64 invoice(const QString &number, qint64 customer, const Date &issued, const Date &due, qint64 cents,
                   const QString &currency = QStringLiteral("EUR"))
    {
        Invoice invoice;
        invoice.number = number;
        invoice.customerId = customer;
        invoice.issueDate = issued;
        invoice.dueDate = due;
        invoice.currency = currency;
        InvoiceLine line;
        line.description = QStringLiteral("Werk");
        line.unitPrice = Money(cents, currency);
        line.vatRateBasisPoints = 0;
        invoice.lines = {line};
        InvoiceRepository(*db).insert(invoice);
        return invoice.id;
    }

    void pay(qint64 customer, const Date &date, qint64 invoiceId, qint64 cents)
    {
        Payment payment;
        payment.customerId = customer;
        payment.date = date;
        payment.amount = eur(cents);
        payment.allocations = {Allocation{invoiceId, eur(cents)}};
        PaymentRepository(*db).record(payment);
    }
};

void checkRow(const AgingRow &row, const QString &currency, const Buckets &buckets, qint64 total, int count)
{
    INFO("row " << row.currency.toStdString() << " " << row.customerNumber.toStdString());
    CHECK(row.currency == currency);
    for (int b = 0; b < AgingRow::bucketCount; ++b) {
        INFO("bucket " << AgingReport::bucketCodes().at(b).toStdString());
        CHECK(row.bucketCents[size_t(b)] == buckets[size_t(b)]);
    }
    CHECK(row.totalCents == total);
    CHECK(row.invoiceCount == count);
}

// Every row of `sql` run through a plain query, each column as the shell prints it: no knowledge
// of which column holds what, so the expected rows below are the only description of the output.
std::vector<QStringList> plainRows(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(sql));
    std::vector<QStringList> result;
    while (query.next()) {
        QStringList row;
        for (int column = 0; column < query.record().count(); ++column)
            row << query.value(column).toString();
        result.push_back(row);
    }
    return result;
}

} // namespace

TEST_CASE("Bucket codes are stable", "[aging]")
{
    CHECK(AgingReport::bucketCodes()
          == QStringList({QStringLiteral("current"), QStringLiteral("1-30"), QStringLiteral("31-60"),
                          QStringLiteral("61-90"), QStringLiteral("91-120"), QStringLiteral("over-120")}));
}

TEST_CASE("Aging per currency on the bucket boundaries", "[aging]")
{
    AgingFixture f;
    const auto rows = AgingReport(*f.db).byCurrency(asOf);
    REQUIRE(rows.size() == 2);
    // EUR:
    //   current  E1 (0 days) 100.00 + E11 (due in 10 days) 50.00                     = 150.00
    //   1-30     E2 (1) 101.00 + E3 (30) 130.00                                        = 231.00
    //   31-60    E4 (31) 131.00 (its 31.00 payment is dated after) + E5 (60) 160.00    = 291.00
    //   61-90    E6 (61) 161.00 + E7 (90) 190.00 - 90.00 paid on the date             = 261.00
    //   91-120   E8 (91) 191.00 (paid in full, but the day after) + E9 (120) 220.00    = 411.00
    //   >120     E10 (121) 221.00 - 21.00                                              = 200.00
    //   not counted: E12 (issued after the date), E13 (paid in full before it)
    checkRow(rows[0], QStringLiteral("EUR"), {15000, 23100, 29100, 26100, 41100, 20000}, 154400, 11);
    CHECK(rows[0].customerId == 0);
    // USD: U1 (0 days) 7.00, U2 (15) 15.00, U3 (200) 200.00.
    checkRow(rows[1], QStringLiteral("USD"), {700, 1500, 0, 0, 0, 20000}, 22200, 3);
}

TEST_CASE("Aging per customer keeps customers and currencies apart", "[aging]")
{
    AgingFixture f;
    const auto rows = AgingReport(*f.db).byCustomer(asOf);
    REQUIRE(rows.size() == 4);
    // Ordered by currency, then customer number.
    CHECK(rows[0].customerNumber == QStringLiteral("C001"));
    CHECK(rows[0].customerName == QStringLiteral("Alfa B.V."));
    CHECK(rows[0].customerId == f.alfa);
    checkRow(rows[0], QStringLiteral("EUR"), {10000, 23100, 29100, 16100, 0, 0}, 78300, 6);
    CHECK(rows[1].customerNumber == QStringLiteral("C002"));
    CHECK(rows[1].customerName == QStringLiteral("Bravo & Zn."));
    checkRow(rows[1], QStringLiteral("EUR"), {5000, 0, 0, 10000, 41100, 20000}, 76100, 5);
    CHECK(rows[2].customerNumber == QStringLiteral("C001"));
    checkRow(rows[2], QStringLiteral("USD"), {700, 0, 0, 0, 0, 0}, 700, 1);
    CHECK(rows[3].customerNumber == QStringLiteral("C003"));
    CHECK(rows[3].customerId == f.charlie);
    checkRow(rows[3], QStringLiteral("USD"), {0, 1500, 0, 0, 0, 20000}, 21500, 2);
}

TEST_CASE("Aging moves with the as-of date", "[aging]")
{
    AgingFixture f;
    AgingReport report(*f.db);
    SECTION("one day later: everything one day older, E8's payment now counts")
    {
        const auto rows = report.byCurrency(asOf + boost::gregorian::days(1));
        REQUIRE(rows.size() == 2);
        // current E11 50.00; 1-30 E1 100.00 + E2 101.00; 31-60 E3 130.00 + E4 131.00;
        // 61-90 E5 160.00 + E6 161.00; 91-120 E7 100.00; >120 E9 220.00 + E10 200.00.
        checkRow(rows[0], QStringLiteral("EUR"), {5000, 20100, 26100, 32100, 10000, 42000}, 135300, 10);
    }
    SECTION("five days later: E4's payment counts and E12 has been issued")
    {
        const auto rows = report.byCurrency(asOf + boost::gregorian::days(5));
        REQUIRE(rows.size() == 2);
        CHECK(rows[0].bucketCents[0] == 5000 + 99900); // E11 and E12 are not yet due
        CHECK(rows[0].totalCents == 135300 - 3100 + 99900);
        CHECK(rows[0].invoiceCount == 11);
    }
    SECTION("before the first invoice: nothing")
    {
        CHECK(report.byCurrency(day(2025, 1, 1)).empty());
        CHECK(report.byCustomer(day(2025, 1, 1)).empty());
    }
    SECTION("long after: only what is still unpaid today, all over 120 days")
    {
        const auto rows = report.byCurrency(day(2027, 6, 30));
        REQUIRE(rows.size() == 2);
        // EUR open now: E1 100, E2 101, E3 130, E4 100, E5 160, E6 161, E7 100, E9 220,
        // E10 200, E11 50, E12 999 = 2321.00
        checkRow(rows[0], QStringLiteral("EUR"), {0, 0, 0, 0, 0, 232100}, 232100, 11);
    }
}

TEST_CASE("The SQL written out for the shell gives the figures worked out by hand", "[aging]")
{
    AgingFixture f;
    // One row per line, its columns between bars; ALFA, BRAVO, CHARLIE stand for the customers' ids.
    const auto rows = [&f](QString table) {
        table.replace(QStringLiteral("ALFA"), QString::number(f.alfa))
            .replace(QStringLiteral("BRAVO"), QString::number(f.bravo))
            .replace(QStringLiteral("CHARLIE"), QString::number(f.charlie));
        std::vector<QStringList> result;
        for (const QString &line : table.split(u'\n', Qt::SkipEmptyParts))
            result.push_back(line.split(u'|'));
        return result;
    };
    // Currency, [customer id, number, name,] the six buckets, total, invoice count, refund owed: the figures of
    // "Aging per currency on the bucket boundaries" and "Aging per customer keeps customers and
    // currencies apart" above.
    CHECK(plainRows(*f.db, AgingReport::sqlFor(asOf, false))
          == rows(QStringLiteral("EUR|15000|23100|29100|26100|41100|20000|154400|11|0\n"
                                 "USD|700|1500|0|0|0|20000|22200|3|0\n")));
    CHECK(plainRows(*f.db, AgingReport::sqlFor(asOf, true))
          == rows(QStringLiteral("EUR|ALFA|C001|Alfa B.V.|10000|23100|29100|16100|0|0|78300|6|0\n"
                                 "EUR|BRAVO|C002|Bravo & Zn.|5000|0|0|10000|41100|20000|76100|5|0\n"
                                 "USD|ALFA|C001|Alfa B.V.|700|0|0|0|0|0|700|1|0\n"
                                 "USD|CHARLIE|C003|Charlie Inc.|0|1500|0|0|0|20000|21500|2|0\n")));
    // One day later ("Aging moves with the as-of date"); USD: U1 and U2 now 1-30, U3 still over 120.
    CHECK(plainRows(*f.db, AgingReport::sqlFor(asOf + boost::gregorian::days(1), false))
          == rows(QStringLiteral("EUR|5000|20100|26100|32100|10000|42000|135300|10|0\n"
                                 "USD|0|2200|0|0|0|20000|22200|3|0\n")));
    CHECK(plainRows(*f.db, AgingReport::sqlFor(day(2025, 1, 1), false)).empty());
    CHECK_FALSE(AgingReport::sqlFor(asOf, true).contains(u':'));
    CHECK(AgingReport::sqlFor(asOf, false).contains(QStringLiteral("'2026-03-31'")));
}

TEST_CASE("A credit balance is a refund owed beside the buckets, never subtracted from what is owed", "[aging][refund]")
{
    AgingFixture f;
    // Issue 19: an overpaid invoice (as a payment entered by hand allows) owes money back. Alfa
    // owes as before and is owed 5.00; Charlie owes nothing in EUR and is owed 2.00.
    const qint64 e14 = f.overdue(QStringLiteral("E14"), f.alfa, 10, 1000);
    const qint64 e15 = f.overdue(QStringLiteral("E15"), f.charlie, 10, 1000);
    const auto overpay = [&f](qint64 customer, qint64 invoiceId, qint64 cents) {
        Payment payment;
        payment.customerId = customer;
        payment.date = daysBefore(asOf, 2);
        payment.amount = eur(cents);
        payment.allocations = {Allocation{invoiceId, eur(cents)}};
        PaymentRepository(*f.db).recordOverpaying(payment);
    };
    overpay(f.alfa, e14, 1500);
    overpay(f.charlie, e15, 1200);

    const auto customers = AgingReport(*f.db).byCustomer(asOf);
    REQUIRE(customers.size() == 5);
    checkRow(customers[0], QStringLiteral("EUR"), {10000, 23100, 29100, 16100, 0, 0}, 78300, 6);
    CHECK(customers[0].refundOwedCents == 500);
    CHECK(customers[1].customerNumber == QStringLiteral("C002"));
    CHECK(customers[1].refundOwedCents == 0);
    CHECK(customers[2].customerNumber == QStringLiteral("C003"));
    checkRow(customers[2], QStringLiteral("EUR"), {0, 0, 0, 0, 0, 0}, 0, 0);
    CHECK(customers[2].refundOwedCents == 200);
    CHECK(customers[3].currency == QStringLiteral("USD"));
    CHECK(customers[3].refundOwedCents == 0);

    const auto currencies = AgingReport(*f.db).byCurrency(asOf);
    REQUIRE(currencies.size() == 2);
    checkRow(currencies[0], QStringLiteral("EUR"), {15000, 23100, 29100, 26100, 41100, 20000}, 154400, 11);
    CHECK(currencies[0].refundOwedCents == 700);
    CHECK(currencies[1].refundOwedCents == 0); // never added to another currency

    // Before the overpayments the invoices were simply open: no refund owed then.
    const auto earlier = AgingReport(*f.db).byCurrency(daysBefore(asOf, 3));
    REQUIRE_FALSE(earlier.empty());
    CHECK(earlier[0].refundOwedCents == 0);

    // The shell's statement is the program's, refunds owed included: the yardstick does the same work.
    const auto shell = plainRows(*f.db, AgingReport::sqlFor(asOf, false));
    REQUIRE(shell.size() == 2);
    CHECK(shell[0].back() == QStringLiteral("700"));
    CHECK(shell[1].back() == QStringLiteral("0"));
}

TEST_CASE("The invoices in credit are found through their small partial index, not by reading every invoice", "[aging][refund][sqlite]")
{
    AgingFixture f;
    // The term AgingQuery::credits starts from; a full scan would read every invoice ever sent.
    QSqlQuery plan(f.db->connection());
    REQUIRE(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM invoices WHERE paid_cents + credited_cents > total_incl_cents")));
    QString details;
    while (plan.next())
        details += plan.value(3).toString() + u'\n';
    INFO(details.toStdString());
    CHECK(details.contains(QStringLiteral("invoices_credit_balance")));
}
