// On a server the imports look their rows up a batch at a time (issue 20: one round trip a row
// made a re-import and a payments file slow). These prove that the batches change nothing: files
// longer than one batch, with every kind of outcome mixed, give each row the same outcome,
// message and figures whether the rows are looked up a batch at a time or each on its own.
#include "CsvImportFixture.h"
#include "ImportTestSupport.h"
#include "invoices/InvoiceRepository.h"
#include "payments/PaymentRepository.h"

using namespace dd;
using namespace dd::test;

namespace {

QString invoiceNumber(int i)
{
    return QStringLiteral("F-%1").arg(i, 5, 10, QLatin1Char('0'));
}

// Invoice i of C1 (C2 for every seventh), issued in January 2026, of 100.00 + i cents.
QByteArray invoiceRow(int i, const QString &customer = QString(), qint64 cents = -1)
{
    const QString who = customer.isEmpty() ? (i % 7 == 0 ? QStringLiteral("C2") : QStringLiteral("C1")) : customer;
    const qint64 total = cents >= 0 ? cents : 10000 + i;
    return QStringLiteral("%1,%2,2026-01-%3,%4.%5\n")
        .arg(invoiceNumber(i), who)
        .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
        .arg(total / 100)
        .arg(total % 100, 2, 10, QLatin1Char('0'))
        .toUtf8();
}

qint64 totalCents(Database &db, const QString &number)
{
    return db.scalar(QStringLiteral("SELECT total_incl_cents FROM invoices WHERE number = ?"), {number}).toLongLong();
}

qint64 paidCents(Database &db, const QString &number)
{
    return db.scalar(QStringLiteral("SELECT paid_cents FROM invoices WHERE number = ?"), {number}).toLongLong();
}

// On a server the look-ups are read ahead, on SQLite row by row; each test runs both ways on both.
ImportReport importWith(Database &db, const QString &path, ImportKind kind, bool validRowsOnly, bool readAhead)
{
    CsvImportOptions options;
    options.kind = kind;
    options.validRowsOnly = validRowsOnly;
    options.readAhead = readAhead;
    return CsvImporter(db).importFile(path, options);
}

} // namespace

TEST_CASE("Invoices: a re-import longer than one look-up batch gives each row its own outcome and message", "[import][csv][lookahead]")
{
    const bool readAhead = GENERATE(false, true);
    CsvImportFixture f;
    f.customers();
    // 2,600 invoices: under the bulk load's threshold, so even the first import looks each
    // number up (all new), in batches of a thousand rows.
    const int count = 2600;
    QByteArray first = "number,customer,issue_date,total_incl\n";
    for (int i = 1; i <= count; ++i)
        first += invoiceRow(i);
    const QString path = writeFile(f.dir, QStringLiteral("invoices.csv"), first);
    const ImportReport created = importWith(*f.db, path, ImportKind::Invoices, false, readAhead);
    INFO(messages(created).join(u'\n').toStdString());
    REQUIRE(created.committed);
    REQUIRE(created.created == count);

    // F-01500 is paid 90.00 (of 115.00), F-02100 10.00 (of 121.00).
    PaymentRepository payments(*f.db);
    InvoiceRepository invoices(*f.db);
    for (const auto &[number, cents] : {std::pair{invoiceNumber(1500), qint64(9000)}, std::pair{invoiceNumber(2100), qint64(1000)}}) {
        Payment payment;
        payment.customerId = invoices.findByNumber(number)->customerId;
        payment.date = Date(2026, 2, 1);
        payment.amount = eur(cents);
        payment.allocations << Allocation{invoices.findByNumber(number)->id, eur(cents)};
        payments.record(payment);
    }

    // The month after: every row again, but
    // - F-00010 (batch 1) and F-01001 (batch 2, its first row) have another customer: updated;
    // - F-01500 is lowered to 50.00, under what is paid: held, with its note;
    // - F-02100 is raised to 200.00: updated;
    // - ten new invoices, around the batches' edges and at the end: created.
    QByteArray next = "number,customer,issue_date,total_incl\n";
    QList<int> newOnLine;
    int line = 1;
    const auto add = [&](const QByteArray &row) {
        next += row;
        ++line;
    };
    for (int i = 1; i <= count; ++i) {
        if (i == 10 || i == 1001)
            add(invoiceRow(i, i % 7 == 0 ? QStringLiteral("C1") : QStringLiteral("C2")));
        else if (i == 1500)
            add(invoiceRow(i, QString(), 5000));
        else if (i == 2100)
            add(invoiceRow(i, QString(), 20000));
        else
            add(invoiceRow(i));
        if (i == 998 || i == 999 || i == 1000 || i == 1999 || i == count) {
            for (int extra = 0; extra < 2; ++extra) {
                add(invoiceRow(count + 1 + int(newOnLine.size())));
                newOnLine << line;
            }
        }
    }
    REQUIRE(newOnLine.size() == 10);
    writeFile(f.dir, QStringLiteral("invoices.csv"), next);
    const int heldLine = 1 + 1500 + 6; // the header, the rows before it and the six new ones above it

    const ImportReport again = importWith(*f.db, path, ImportKind::Invoices, false, readAhead);
    INFO(messages(again).join(u'\n').toStdString());
    REQUIRE(again.committed);
    CHECK(again.created == 10);
    CHECK(again.updated == 3);
    CHECK(again.held == 1);
    CHECK(again.unchanged == count - 4);
    REQUIRE(again.notes.size() == 1);
    CHECK(again.notes.at(0)
          == QStringLiteral("%1:%2: invoice F-01500 is already paid €90.00, more than its new amount €50.00; not overwritten")
                 .arg(path)
                 .arg(heldLine));
    CHECK(rows(*f.db, QStringLiteral("invoices")) == count + 10);
    CHECK(totalCents(*f.db, invoiceNumber(1500)) == 11500);
    CHECK(totalCents(*f.db, invoiceNumber(2100)) == 20000);
    CHECK(paidCents(*f.db, invoiceNumber(2100)) == 1000);
    CHECK(invoices.findByNumber(invoiceNumber(10))->customerId == invoices.findByNumber(invoiceNumber(7))->customerId);
    CHECK(invoices.findByNumber(invoiceNumber(1001))->customerId == invoices.findByNumber(invoiceNumber(1000))->customerId);
    CHECK(invoices.findByNumber(invoiceNumber(count + 10))->totalInclVat == eur(10000 + count + 10));

    // The same file once more, with "import the valid rows" (the two passes): all unchanged but
    // the held one, held again.
    const ImportReport third = importWith(*f.db, path, ImportKind::Invoices, true, readAhead);
    INFO(messages(third).join(u'\n').toStdString());
    REQUIRE(third.committed);
    CHECK(third.created == 0);
    CHECK(third.updated == 0);
    CHECK(third.held == 1);
    CHECK(third.unchanged == count + 10 - 1);
    REQUIRE(third.notes.size() == 1);
    CHECK(third.notes.at(0).startsWith(QStringLiteral("%1:%2: invoice F-01500 is already paid").arg(path).arg(heldLine)));
}

TEST_CASE("Invoices: the lines of an invoice whose rows lie in two look-up batches are compared with its stored lines",
          "[import][csv][lookahead]")
{
    const bool readAhead = GENERATE(false, true);
    CsvImportFixture f;
    f.customers();
    // 1,200 invoices of one line each, the first with a second line at the end of the file.
    const auto file = [](const QString &lastDescription) {
        QByteArray csv = "number,customer,issue_date,description,quantity,unit_price,vat_rate\n";
        for (int i = 1; i <= 1200; ++i)
            csv += QStringLiteral("L-%1,C1,2026-03-01,Bread,%2,2.50,9\n").arg(i, 4, 10, QLatin1Char('0')).arg(1 + i % 5).toUtf8();
        csv += QStringLiteral("L-0001,C1,2026-03-01,%1,1,12.00,9\n").arg(lastDescription).toUtf8();
        return csv;
    };
    const QString path = writeFile(f.dir, QStringLiteral("lines.csv"), file(QStringLiteral("Cake")));
    const ImportReport created = importWith(*f.db, path, ImportKind::Invoices, false, readAhead);
    INFO(messages(created).join(u'\n').toStdString());
    REQUIRE(created.committed);
    REQUIRE(created.created == 1200);

    const ImportReport same = importWith(*f.db, path, ImportKind::Invoices, false, readAhead);
    INFO(messages(same).join(u'\n').toStdString());
    REQUIRE(same.committed);
    CHECK(same.unchanged == 1200);
    CHECK(same.updated == 0);

    // Its second line described otherwise: that invoice alone is updated.
    writeFile(f.dir, QStringLiteral("lines.csv"), file(QStringLiteral("Tart")));
    const ImportReport changed = importWith(*f.db, path, ImportKind::Invoices, false, readAhead);
    INFO(messages(changed).join(u'\n').toStdString());
    REQUIRE(changed.committed);
    CHECK(changed.updated == 1);
    CHECK(changed.unchanged == 1199);
    const auto l1 = InvoiceRepository(*f.db).findByNumber(QStringLiteral("L-0001"));
    REQUIRE(l1->lines.size() == 2);
    CHECK(l1->lines.at(1).description == QStringLiteral("Tart"));
}

TEST_CASE("Payments: rows of one look-up batch that pay the same invoice see what the earlier ones left open",
          "[import][csv][payments][lookahead]")
{
    const bool readAhead = GENERATE(false, true);
    CsvImportFixture f;
    f.customers();
    // 1,200 invoices of C1 of 100.00 each, P-0001 ... P-1200.
    QByteArray invoicesCsv = "number,customer,issue_date,total_incl\n";
    for (int i = 1; i <= 1200; ++i)
        invoicesCsv += QStringLiteral("P-%1,C1,2026-01-10,100.00\n").arg(i, 4, 10, QLatin1Char('0')).toUtf8();
    REQUIRE(importCsv(*f.db, writeFile(f.dir, QStringLiteral("invoices.csv"), invoicesCsv), ImportKind::Invoices).committed);

    // One payment of 10.00 a row for each invoice from P-0101 on, with among them:
    // lines 2 and 4: 70.00 then 50.00 for P-0001: the second finds 30.00 open and takes that;
    // lines 6 and 7: P-0002=60.00 then P-0002=50.00: the second is refused (40.00 open);
    // lines 9 and 10: the same payment twice: the second is refused;
    // lines 1000 and 1003, in two batches: 80.00 then 40.00 for P-0003: 20.00 of the second goes to it.
    QStringList rowsOfFile;
    int next = 101;
    const auto payment = [&](const QString &amount, const QString &reference, const QString &invoice) {
        rowsOfFile << QStringLiteral("C1,2026-02-01,%1,%2,%3").arg(amount, reference, invoice);
    };
    for (int line = 2; line <= 1102; ++line) {
        const QString reference = QStringLiteral("R%1").arg(line);
        if (line == 2)
            payment(QStringLiteral("70.00"), reference, QStringLiteral("P-0001"));
        else if (line == 4)
            payment(QStringLiteral("50.00"), reference, QStringLiteral("P-0001"));
        else if (line == 6)
            payment(QStringLiteral("60.00"), reference, QStringLiteral("P-0002=60.00"));
        else if (line == 7)
            payment(QStringLiteral("50.00"), reference, QStringLiteral("P-0002=50.00"));
        else if (line == 9 || line == 10)
            payment(QStringLiteral("25.00"), QStringLiteral("twice"), QStringLiteral("P-0004"));
        else if (line == 1000)
            payment(QStringLiteral("80.00"), reference, QStringLiteral("P-0003"));
        else if (line == 1003)
            payment(QStringLiteral("40.00"), reference, QStringLiteral("P-0003"));
        else
            payment(QStringLiteral("10.00"), reference, QStringLiteral("P-%1").arg(next++, 4, 10, QLatin1Char('0')));
    }
    const QByteArray paymentsCsv = "customer,date,amount,reference,invoice\n" + rowsOfFile.join(u'\n').toUtf8() + "\n";
    const QString path = writeFile(f.dir, QStringLiteral("payments.csv"), paymentsCsv);
    const int tens = 1101 - 8;

    const ImportReport report = importWith(*f.db, path, ImportKind::Payments, true, readAhead);
    REQUIRE(report.committed);
    CHECK(report.created == tens + 6);
    CHECK(report.rejected == 2);
    const QStringList m = messages(report);
    REQUIRE(m.size() == 2);
    CHECK(m.at(0).endsWith(QStringLiteral(":7:1: Invoice P-0002 has €40.00 open; €50.00 cannot be allocated to it.")));
    CHECK(m.at(1).endsWith(QStringLiteral(":10:3: the same payment (customer, date, amount, reference) is also on line 9")));
    CHECK(paidCents(*f.db, QStringLiteral("P-0001")) == 10000);
    CHECK(paidCents(*f.db, QStringLiteral("P-0002")) == 6000);
    CHECK(paidCents(*f.db, QStringLiteral("P-0003")) == 10000);
    CHECK(paidCents(*f.db, QStringLiteral("P-0004")) == 2500);
    CHECK(paidCents(*f.db, QStringLiteral("P-0500")) == 1000);
    CHECK(f.db->scalar(QStringLiteral("SELECT a.amount_cents FROM allocations a JOIN payments p ON p.id = a.payment_id "
                                      "WHERE p.reference = 'R1003'"))
              .toLongLong()
          == 2000);
    CHECK(f.db->scalar(QStringLiteral("SELECT a.amount_cents FROM allocations a JOIN payments p ON p.id = a.payment_id "
                                      "WHERE p.reference = 'R4'"))
              .toLongLong()
          == 3000);
    CHECK(f.db->scalar(QStringLiteral("SELECT SUM(paid_cents) FROM invoices")).toLongLong() == tens * 1000 + 10000 + 6000 + 10000 + 2500);

    // The same file again: every payment recorded is recognised, in each batch; the refused
    // rows are refused again.
    const ImportReport again = importWith(*f.db, path, ImportKind::Payments, true, readAhead);
    REQUIRE(again.committed);
    CHECK(again.unchanged == tens + 6);
    CHECK(again.created == 0);
    CHECK(again.rejected == 2);
    CHECK(messages(again) == m);
    CHECK(rows(*f.db, QStringLiteral("payments")) == tens + 6);
}
