// Whatever `export` writes, `import` reads back (issue 16, item 4): a database with every kind of
// record the CSV files carry is exported, imported into an empty one, and the two are compared.
#include "ImportTestSupport.h"
#include "common/Clock.h"
#include "customers/CustomerRepository.h"
#include "disputes/DisputeService.h"
#include "exporters/CsvExporter.h"
#include "importers/CsvImporter.h"

using namespace dd;
using namespace dd::test;

namespace {

ImportReport importCsv(Database &db, const QString &path, ImportKind kind)
{
    const ImportReport report = importCsvFile(db, path, kind);
    INFO(issuesText(report).toStdString());
    REQUIRE(report.committed);
    return report;
}

// What the comparison looks at, one line per record, in a stable order.
QStringList snapshot(Database &db)
{
    QStringList lines;
    QSqlQuery invoices = db.run(QStringLiteral(
        "SELECT i.number, c.number, i.total_incl_cents, i.paid_cents, i.credited_cents, i.total_incl_cents - i.paid_cents - i.credited_cents "
        "FROM invoices i JOIN customers c ON c.id = i.customer_id ORDER BY i.number"));
    while (invoices.next())
        lines << QStringLiteral("invoice %1 of %2: total %3 paid %4 credited %5 open %6")
                     .arg(invoices.value(0).toString(), invoices.value(1).toString())
                     .arg(invoices.value(2).toLongLong())
                     .arg(invoices.value(3).toLongLong())
                     .arg(invoices.value(4).toLongLong())
                     .arg(invoices.value(5).toLongLong());
    QSqlQuery customers = db.run(QStringLiteral("SELECT number, do_not_dun FROM customers ORDER BY number"));
    while (customers.next())
        lines << QStringLiteral("customer %1 do_not_dun %2").arg(customers.value(0).toString()).arg(customers.value(1).toInt());
    QSqlQuery payments = db.run(QStringLiteral(
        "SELECT p.payment_date, p.amount_cents, p.opening_balance, COALESCE(SUM(a.amount_cents), 0) FROM payments p "
        "LEFT JOIN allocations a ON a.payment_id = p.id GROUP BY p.id ORDER BY p.payment_date, p.amount_cents, p.opening_balance"));
    while (payments.next())
        lines << QStringLiteral("payment %1 %2 opening %3 allocated %4")
                     .arg(payments.value(0).toString())
                     .arg(payments.value(1).toLongLong())
                     .arg(payments.value(2).toInt())
                     .arg(payments.value(3).toLongLong());
    QSqlQuery disputes = db.run(QStringLiteral(
        "SELECT d.number, d.step, d.received_on, d.promised_on, i.number, di.disputed_cents FROM disputes d "
        "JOIN dispute_invoices di ON di.dispute_id = d.id JOIN invoices i ON i.id = di.invoice_id ORDER BY d.number, i.number"));
    while (disputes.next())
        lines << QStringLiteral("dispute %1 %2 %3 %4 on %5: %6")
                     .arg(disputes.value(0).toString(), disputes.value(1).toString(), disputes.value(2).toString(),
                          disputes.value(3).toString(), disputes.value(4).toString())
                     .arg(disputes.value(5).toLongLong());
    return lines;
}

} // namespace

TEST_CASE("Round trip: credited amounts, opening balances, the dunning hold and disputes come back", "[export][import][issue16]")
{
    TempDir dir;
    auto source = freshDatabase(dir, QStringLiteral("source.sqlite"));
    importCsv(*source, writeFile(dir, QStringLiteral("c.csv"), "number,name,do_not_dun\nC1,Bakkerij De Zon,yes\nC2,Jansen,no\n"),
              ImportKind::Customers);
    // F-1 half paid before DisputeDesk knew of it (an opening balance), F-3 partly credited by a
    // credit note of the accounting package.
    importCsv(*source,
              writeFile(dir, QStringLiteral("i.csv"),
                        "number,customer,issue_date,total_incl,open,credits\n"
                        "F-1,C1,2026-01-10,500.00,300.00,\nF-2,C2,2026-01-12,1000.00,,\nF-3,C2,2026-01-15,200.00,,\n"
                        "CN-1,C2,2026-01-20,-50.00,,F-3\n"),
              ImportKind::Invoices);
    // A payment of F-1 (it takes part of the opening balance's place), one of F-2 allocated in part
    // only, and one allocated to nothing.
    importCsv(*source,
              writeFile(dir, QStringLiteral("p.csv"),
                        "customer,date,amount,invoice,allocated\n"
                        "C1,2026-02-01,100.00,F-1,\nC2,2026-02-02,300.00,F-2,100.00\nC2,2026-02-03,40.00,,\n"),
              ImportKind::Payments);
    FixedClock clock{QDateTime(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC)};
    DisputeService disputes(*source, clock, QStringLiteral("test"));
    OpenDisputeRequest request;
    request.invoices << DisputeInvoiceRequest{QStringLiteral("F-2"), eur(15000)} << DisputeInvoiceRequest{QStringLiteral("F-3"), std::nullopt};
    request.reasonCode = QStringLiteral("quality");
    request.channel = Channel::Email;
    request.story = QStringLiteral("Broken");
    request.receivedOn = Date(2026, 3, 9);
    disputes.open(request);

    const QStringList before = snapshot(*source);
    // The source itself, as a check of what is compared.
    CHECK(before.contains(QStringLiteral("invoice F-1 of C1: total 50000 paid 20000 credited 0 open 30000")));
    CHECK(before.contains(QStringLiteral("invoice F-2 of C2: total 100000 paid 10000 credited 0 open 90000")));
    CHECK(before.contains(QStringLiteral("invoice F-3 of C2: total 20000 paid 0 credited 5000 open 15000")));
    CHECK(before.contains(QStringLiteral("customer C1 do_not_dun 1")));
    CHECK(before.contains(QStringLiteral("payment 2026-01-10 10000 opening 1 allocated 10000")));
    CHECK(before.contains(QStringLiteral("payment 2026-02-02 30000 opening 0 allocated 10000")));

    auto target = freshDatabase(dir, QStringLiteral("target.sqlite"));
    const struct
    {
        ExportKind exportKind;
        ImportKind importKind;
        const char *name;
    } kinds[] = {{ExportKind::Customers, ImportKind::Customers, "customers"},
                 {ExportKind::Invoices, ImportKind::Invoices, "invoices"},
                 {ExportKind::Payments, ImportKind::Payments, "payments"},
                 {ExportKind::Disputes, ImportKind::Disputes, "disputes"}};
    for (const auto &kind : kinds) {
        INFO(kind.name);
        const QString out = dir.filePath(QString::fromLatin1(kind.name) + QStringLiteral("-1.csv"));
        CsvExporter(*source).exportTo(kind.exportKind, out);
        importCsv(*target, out, kind.importKind);
    }
    CHECK(snapshot(*target) == before);
    // And the target exports the very same files.
    for (const auto &kind : kinds) {
        INFO(kind.name);
        const QString second = dir.filePath(QString::fromLatin1(kind.name) + QStringLiteral("-2.csv"));
        CsvExporter(*target).exportTo(kind.exportKind, second);
        CHECK(fileBytes(dir.filePath(QString::fromLatin1(kind.name) + QStringLiteral("-1.csv"))) == fileBytes(second));
    }
    // Imported again into the target: nothing changes.
    for (const auto &kind : kinds) {
        INFO(kind.name);
        const ImportReport again = importCsv(*target, dir.filePath(QString::fromLatin1(kind.name) + QStringLiteral("-1.csv")), kind.importKind);
        CHECK(again.created == 0);
        CHECK(again.updated == 0);
    }
    CHECK(snapshot(*target) == before);
}

// The customers file as `export --kind customers` writes it, reduced to the columns the case needs;
// peppol_id is written "SCHEME:ID" as `customer peppol --id` takes it (issue 17).
TEST_CASE("Round trip: the Peppol participant id travels in the customers file as peppol_id", "[export][import][issue17]")
{
    TempDir dir;
    auto source = freshDatabase(dir, QStringLiteral("source.sqlite"));
    importCsv(*source,
              writeFile(dir, QStringLiteral("c.csv"),
                        "number,name,vat_id,peppol_id\n"
                        "C1,Bakkerij De Zon,NL123456789B01,0106:12345678\n"
                        "C2,Brasserie Leuven,BE0403170701, 0208 : 0403170701 \n"
                        "C3,Jansen,,\n"),
              ImportKind::Customers);
    CustomerRepository sourceCustomers(*source);
    CHECK(sourceCustomers.findByNumber(QStringLiteral("C1"))->peppol == PeppolParticipant{QStringLiteral("0106"), QStringLiteral("12345678")});
    CHECK(sourceCustomers.findByNumber(QStringLiteral("C2"))->peppol == PeppolParticipant{QStringLiteral("0208"), QStringLiteral("0403170701")});
    CHECK(sourceCustomers.findByNumber(QStringLiteral("C3"))->peppol.isEmpty());

    const QString exported = dir.filePath(QStringLiteral("customers-1.csv"));
    CsvExporter(*source).exportTo(ExportKind::Customers, exported);
    const QStringList lines = QString::fromUtf8(fileBytes(exported)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 4);
    CHECK(lines.at(0).endsWith(QStringLiteral(",do_not_dun,peppol_id")));
    CHECK(lines.at(1).startsWith(QStringLiteral("C1,")));
    CHECK(lines.at(1).endsWith(QStringLiteral(",no,0106:12345678")));
    CHECK(lines.at(2).endsWith(QStringLiteral(",no,0208:0403170701")));
    CHECK(lines.at(3).endsWith(QStringLiteral(",no,")));

    auto target = freshDatabase(dir, QStringLiteral("target.sqlite"));
    CHECK(importCsv(*target, exported, ImportKind::Customers).created == 3);
    CustomerRepository targetCustomers(*target);
    CHECK(targetCustomers.findByNumber(QStringLiteral("C1"))->peppol == PeppolParticipant{QStringLiteral("0106"), QStringLiteral("12345678")});
    CHECK(targetCustomers.findByNumber(QStringLiteral("C2"))->peppol == PeppolParticipant{QStringLiteral("0208"), QStringLiteral("0403170701")});
    CHECK(targetCustomers.findByNumber(QStringLiteral("C3"))->peppol.isEmpty());
    const QString second = dir.filePath(QStringLiteral("customers-2.csv"));
    CsvExporter(*target).exportTo(ExportKind::Customers, second);
    CHECK(fileBytes(exported) == fileBytes(second));

    // Re-imported with a changed id the customer is updated; an empty cell clears it.
    const ImportReport changed = importCsv(*target, writeFile(dir, QStringLiteral("changed.csv"),
                                                              "number,name,peppol_id\nC1,Bakkerij De Zon,9944:NL123456789B01\n"
                                                              "C2,Brasserie Leuven,\n"),
                                           ImportKind::Customers);
    CHECK(changed.updated == 2);
    CHECK(targetCustomers.findByNumber(QStringLiteral("C1"))->peppol == PeppolParticipant{QStringLiteral("9944"), QStringLiteral("NL123456789B01")});
    CHECK(targetCustomers.findByNumber(QStringLiteral("C2"))->peppol.isEmpty());
}

TEST_CASE("A bad peppol_id refuses the customers file, naming line and field, and changes nothing", "[import][issue17]")
{
    TempDir dir;
    auto db = freshDatabase(dir);
    importCsv(*db, writeFile(dir, QStringLiteral("c.csv"), "number,name,peppol_id\nC1,Bakkerij De Zon,0106:12345678\n"),
              ImportKind::Customers);
    CsvImportOptions options;
    options.kind = ImportKind::Customers;
    const QString path = writeFile(dir, QStringLiteral("bad.csv"),
                                   "number,name,peppol_id\nC1,Bakkerij De Zon,0106:87654321\nC2,Jansen,EM:jansen@example.nl\n");
    const ImportReport report = CsvImporter(*db).importFile(path, options);
    CHECK_FALSE(report.committed);
    REQUIRE(report.errors.size() == 1);
    CHECK(report.errors.first().line == 3);
    CHECK(report.errors.first().column == 3);
    CHECK(report.errors.first().reason.startsWith(QStringLiteral("peppol_id: EM is not a Peppol identifier scheme")));
    CHECK(CustomerRepository(*db).count() == 1);
    CHECK(CustomerRepository(*db).findByNumber(QStringLiteral("C1"))->peppol.id == QStringLiteral("12345678"));
}
