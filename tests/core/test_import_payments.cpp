// Payments CSV import (issue 16, speed): rows are written without a savepoint of their own unless
// they release an opening balance, so these prove that a refused row still writes nothing, beside
// rows that are written, in both cases.
#include "ImportTestSupport.h"
#include "importers/CsvImporter.h"

using namespace dd;
using namespace dd::test;

namespace {

ImportReport importRows(Database &db, const QString &path, ImportKind kind)
{
    CsvImportOptions options;
    options.kind = kind;
    options.validRowsOnly = true;
    return CsvImporter(db).importFile(path, options);
}

qint64 paidCents(Database &db, const QString &number)
{
    return db.scalar(QStringLiteral("SELECT paid_cents FROM invoices WHERE number = ?"), {number}).toLongLong();
}

// What every test here starts from: a database with the one customer C1, and its invoices
// imported from a file of totals (the columns of the program's own invoices export, or of
// ERPNext's Sales Invoice list with its "Paid Amount" mapped to paid), as of `asOf` if given.
struct PaymentsFixture
{
    TempDir dir;
    std::unique_ptr<Database> db = freshDatabase(dir);

    PaymentsFixture()
    {
        REQUIRE(importRows(*db, writeFile(dir, QStringLiteral("customers.csv"), "number,name\nC1,Bakkerij De Zon\n"), ImportKind::Customers)
                    .committed);
    }

    void invoices(const QByteArray &csv, std::optional<Date> asOf = std::nullopt)
    {
        CsvImportOptions options;
        options.kind = ImportKind::Invoices;
        options.validRowsOnly = true;
        options.asOf = asOf;
        REQUIRE(CsvImporter(*db).importFile(writeFile(dir, QStringLiteral("invoices.csv"), csv), options).committed);
    }

    ImportReport payments(const QByteArray &csv)
    {
        return importRows(*db, writeFile(dir, QStringLiteral("payments.csv"), csv), ImportKind::Payments);
    }
};

} // namespace

TEST_CASE_METHOD(PaymentsFixture, "Payments import: a refused row writes nothing, the rows around it are booked in full",
                 "[import][csv][payments]")
{
    // The columns of the program's own invoices export (one row per invoice, totals only).
    invoices("number,customer,issue_date,total_incl\nF-1,C1,2026-01-10,121.00\n"
             "F-2,C1,2026-01-11,79.00\nF-3,C1,2026-01-12,50.00\n");
    // A bank's export of received payments as a payments file: one payment of two invoices, one
    // naming F-3 twice (refused by the payment's record, after the row passed every check of its
    // own), then a part payment of F-3.
    const ImportReport report = payments("customer,date,amount,reference,invoice,iban\n"
                                         "C1,2026-01-20,150.00,Batch 1,F-1 F-2,NL91 ABNA 0417 1643 00\n"
                                         "C1,2026-01-21,200.00,Batch 2,F-3 F-3,\n"
                                         "C1,2026-01-22,10.00,Batch 3,F-3,\n");
    REQUIRE(report.committed);
    CHECK(report.created == 2);
    CHECK(report.rejected == 1);
    REQUIRE(report.errors.size() == 1);
    CHECK(report.errors.constFirst().line == 3);
    CHECK(report.errors.constFirst().reason.contains(QStringLiteral("F-3 twice")));
    CHECK(paidCents(*db, QStringLiteral("F-1")) == 12100);
    CHECK(paidCents(*db, QStringLiteral("F-2")) == 2900);
    CHECK(paidCents(*db, QStringLiteral("F-3")) == 1000);
    CHECK(rows(*db, QStringLiteral("payments")) == 2);
    CHECK(rows(*db, QStringLiteral("allocations")) == 3);
    CHECK(db->scalar(QStringLiteral("SELECT debtor_iban FROM payments WHERE reference = 'Batch 1'")).toString()
          == QStringLiteral("NL91ABNA0417164300"));
}

TEST_CASE_METHOD(PaymentsFixture, "Payments import: a refused row that released an opening balance gives it back",
                 "[import][csv][payments]")
{
    // ERPNext's Sales Invoice list with its "Paid Amount" (mapped to paid): 60.00 of 100.00 is an
    // opening payment.
    invoices("number,customer,issue_date,total_incl,paid\nF-1,C1,2026-01-10,100.00,60.00\n"
             "F-2,C1,2026-01-11,50.00,\n");
    REQUIRE(paidCents(*db, QStringLiteral("F-1")) == 6000);
    const ImportReport report = payments("customer,date,amount,reference,invoice\n"
                                         "C1,2026-01-20,150.00,Batch 1,F-1 F-1\n"
                                         "C1,2026-01-21,30.00,Batch 2,F-1\n");
    REQUIRE(report.committed);
    CHECK(report.created == 1);
    CHECK(report.rejected == 1);
    // Batch 2 took 30.00 of the opening payment's place: 60.00 paid still, 30.00 of it real.
    CHECK(paidCents(*db, QStringLiteral("F-1")) == 6000);
    CHECK(db->scalar(QStringLiteral("SELECT amount_cents FROM payments WHERE opening_balance = 1")).toLongLong() == 3000);
    CHECK(db->scalar(QStringLiteral("SELECT SUM(amount_cents) FROM allocations")).toLongLong() == 6000);
    CHECK(rows(*db, QStringLiteral("payments")) == 2);
}

TEST_CASE_METHOD(PaymentsFixture,
                 "Payments import: parts and the package's day decide the savepoint, a refused part gives the opening balance back",
                 "[import][csv][payments][openings]")
{
    // ERPNext's Sales Invoice list with its "Paid Amount" (mapped to paid), its figures as of
    // 2026-01-31: 60.00 of F-1's 100.00 is an opening payment.
    invoices("number,customer,issue_date,total_incl,paid\nF-1,C1,2026-01-10,100.00,60.00\n"
             "F-2,C1,2026-01-11,50.00,\n",
             Date(2026, 1, 31));
    const auto opening = [&]() {
        return db->scalar(QStringLiteral("SELECT COALESCE(SUM(amount_cents), 0) FROM payments WHERE opening_balance = 1")).toLongLong();
    };
    REQUIRE(opening() == 6000);
    // The program's own payments export, parts named per invoice:
    // line 2, before the package's day: 50.00 of F-1's opening balance is this payment;
    // line 3, before it too: F-1 takes the last 10.00 of the opening balance, then F-2's stated
    //         60.00 exceeds its 50.00 open and the repository refuses the row;
    // line 4, after the package's day: the package cannot have counted it, so it pays what is open;
    // line 5, after it too: refused like line 3, with no opening balance to give back.
    const ImportReport report = payments("customer,date,amount,reference,invoice\n"
                                         "C1,2026-01-25,50.00,Batch 1,F-1=50.00\n"
                                         "C1,2026-01-26,80.00,Batch 2,F-1=20.00 F-2=60.00\n"
                                         "C1,2026-02-10,5.00,Batch 3,F-1\n"
                                         "C1,2026-02-11,60.00,Batch 4,F-2=60.00\n");
    REQUIRE(report.committed);
    CHECK(report.created == 2);
    CHECK(report.rejected == 2);
    REQUIRE(report.errors.size() == 2);
    CHECK(report.errors.at(0).line == 3);
    CHECK(report.errors.at(0).reason == QStringLiteral("Invoice F-2 has €50.00 open; €60.00 cannot be allocated to it."));
    CHECK(report.errors.at(1).line == 5);
    CHECK(report.errors.at(1).reason == QStringLiteral("Invoice F-2 has €50.00 open; €60.00 cannot be allocated to it."));
    // Line 3's release of 10.00 was taken back with it; line 4 left the opening balance alone.
    CHECK(opening() == 1000);
    CHECK(paidCents(*db, QStringLiteral("F-1")) == 6500);
    CHECK(paidCents(*db, QStringLiteral("F-2")) == 0);
    CHECK(rows(*db, QStringLiteral("payments")) == 3);
    CHECK(db->scalar(QStringLiteral("SELECT SUM(amount_cents) FROM allocations")).toLongLong() == 6500);
}

TEST_CASE_METHOD(PaymentsFixture, "Payments import: a recorded payment is looked for through the index on customer and date",
                 "[import][payments][sqlite]")
{
    // SQLite's query plan (a server plans by its own statistics; the index serves it too).
    // PaymentRepository::recorded's look-up, row by row in an import. With separate indexes on
    // the customer and on the date SQLite chose the date's, reading every payment of that day for
    // each row (issue 16: nearly half of a 100,000-payment import).
    QSqlQuery plan = db->run(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM payments WHERE customer_id = ? AND payment_date = ? "
                                            "AND amount_cents = ? AND currency = ? AND reference = ?"),
                             {1, QStringLiteral("2026-01-15"), 100, QStringLiteral("EUR"), QStringLiteral("R1")});
    QStringList steps;
    while (plan.next())
        steps << plan.value(3).toString();
    INFO(steps.join(u'\n').toStdString());
    REQUIRE(steps.size() == 1);
    CHECK(steps.first().contains(QStringLiteral("payments_customer_date (customer_id=? AND payment_date=?)")));
}

TEST_CASE_METHOD(PaymentsFixture, "A large import runs with the larger page cache and sets it back", "[import][payments][sqlite]")
{
    // SqliteDialect::largeWriteSettings: 128 MB while a file of more than 10,000 records goes in,
    // the everyday 64 MB (connectionSettings) before and after.
    const auto cacheSize = [&] { return db->scalar(QStringLiteral("PRAGMA cache_size")).toLongLong(); };
    REQUIRE(cacheSize() == -65536);
    QByteArray csv = "number,name\n";
    for (int i = 1; i <= 10001; ++i)
        csv += QStringLiteral("K%1,Klant %1\n").arg(i).toUtf8();
    CsvImportOptions options;
    options.kind = ImportKind::Customers;
    qint64 during = 0;
    options.progress = [&](qint64, qint64) {
        during = cacheSize();
        return true;
    };
    const ImportReport report = CsvImporter(*db).importFile(writeFile(dir, QStringLiteral("many.csv"), csv), options);
    REQUIRE(report.committed);
    CHECK(report.created == 10001);
    CHECK(during == -131072);
    CHECK(cacheSize() == -65536);

    // A small file keeps the everyday cache throughout.
    options.progress = [&](qint64, qint64) {
        during = cacheSize();
        return true;
    };
    during = 0;
    REQUIRE(CsvImporter(*db).importFile(writeFile(dir, QStringLiteral("few.csv"), "number,name\nK1,Klant 1\n"), options).committed);
    CHECK(during == -65536);
    CHECK(cacheSize() == -65536);
}
