// CSV import of customers, invoices and payments: errors named by file, line and column, re-imports,
// held changes, valid rows only and column mappings.
#include "CsvImportFixture.h"
#include "ImportTestSupport.h"
#include "common/Clock.h"
#include "disputes/DisputeService.h"
#include "importers/CsvImporter.h"
#include "importers/CsvReader.h"
#include "importers/ImportStore.h"
#include "importers/ImportValues.h"
#include "importers/InvoiceBatchWriter.h"
#include "importers/TextDecoding.h"
#include "invoices/InvoiceRepository.h"
#include "payments/PaymentRepository.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QFileInfo>

using namespace dd;
using namespace dd::test;

TEST_CASE("Customers: semicolon file with Dutch amounts, re-import is idempotent and updates changes", "[import][csv]")
{
    CsvImportFixture f;
    f.customers();
    CHECK(rows(*f.db, QStringLiteral("customers")) == 2);
    QSqlQuery q = f.db->run(QStringLiteral("SELECT name, kind, credit_limit_cents, payment_term_days FROM customers WHERE number = 'C1'"));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("Bakkerij \"De Zon\""));
    CHECK(q.value(2).toLongLong() == 150000);
    CHECK(q.value(3).toInt() == 14);
    CHECK(f.db->scalar(QStringLiteral("SELECT name FROM customers WHERE number = 'C2'")).toString() == QStringLiteral("Jansen; Zonen"));

    const QString path = f.dir.filePath(QStringLiteral("customers.csv"));
    const ImportReport again = importCsv(*f.db, path, ImportKind::Customers);
    CHECK(again.committed);
    CHECK(again.created == 0);
    CHECK(again.unchanged == 2);
    CHECK(rows(*f.db, QStringLiteral("customers")) == 2);

    writeFile(f.dir, QStringLiteral("renamed.csv"), "number,name\nC2,Jansen & Zonen BV\n");
    const ImportReport renamed = importCsv(*f.db, f.dir.filePath(QStringLiteral("renamed.csv")), ImportKind::Customers);
    CHECK(renamed.updated == 1);
    CHECK(f.db->scalar(QStringLiteral("SELECT name FROM customers WHERE number = 'C2'")).toString() == QStringLiteral("Jansen & Zonen BV"));
    // Columns the file does not have keep their values.
    CHECK(f.db->scalar(QStringLiteral("SELECT kind FROM customers WHERE number = 'C2'")).toString() == QStringLiteral("consumer"));
}

TEST_CASE("Customers: BOM and Windows-1252 files", "[import][csv]")
{
    CsvImportFixture f;
    const ImportReport bom = importCsv(*f.db, writeFile(f.dir, QStringLiteral("bom.csv"), "\xEF\xBB\xBFnumber,name\nC7,Caf\xC3\xA9 Noir\n"),
                                       ImportKind::Customers);
    CHECK(bom.committed);
    CHECK(bom.encoding == QStringLiteral("UTF-8 with BOM"));
    const ImportReport ansi = importCsv(*f.db, writeFile(f.dir, QStringLiteral("ansi.csv"), "number;name\nC8;Cr\xE8me \x80uro\n"),
                                        ImportKind::Customers);
    CHECK(ansi.committed);
    CHECK(ansi.encoding == QStringLiteral("Windows-1252"));
    CHECK(f.db->scalar(QStringLiteral("SELECT name FROM customers WHERE number = 'C7'")).toString() == QStringLiteral("Caf\u00E9 Noir"));
    CHECK(f.db->scalar(QStringLiteral("SELECT name FROM customers WHERE number = 'C8'")).toString() == QStringLiteral("Cr\u00E8me \u20ACuro"));
}

TEST_CASE("Invoices: every error kind with file, line and column, nothing imported", "[import][csv]")
{
    CsvImportFixture f;
    f.customers();
    const auto before = importCounts(*f.db);
    const QString path = writeFile(f.dir, QStringLiteral("bad.csv"),
                                   "number,customer,issue_date,total_incl\n"
                                   "F-1,C1,2026-01-10,121.00\n"   // line 2: good
                                   "F-2,C1,2026-01-10,12x\n"      // line 3: bad amount
                                   "F-3,C1,2026-02-30,10.00\n"    // line 4: impossible date
                                   "F-4,C9,2026-01-10,10.00\n"    // line 5: unknown customer
                                   "F-1,C1,2026-01-10,121.00\n"   // line 6: duplicate number
                                   "\"F-5\",C2,2026-01-10,-5.00\n"); // line 7: a credit note (issue 16), no error
    const ImportReport report = importCsv(*f.db, path, ImportKind::Invoices);
    CHECK_FALSE(report.committed);
    const QStringList m = messages(report);
    INFO(m.join(u'\n').toStdString());
    REQUIRE(m.size() == 4);
    CHECK(m.at(0).startsWith(path + QStringLiteral(":3:4: total_incl: bad amount")));
    CHECK(m.at(1) == path + QStringLiteral(":4:3: issue_date: \"2026-02-30\" is an impossible date"));
    CHECK(m.at(2) == path + QStringLiteral(":5:2: unknown customer C9"));
    CHECK(m.at(3) == path + QStringLiteral(":6:1: duplicate invoice number F-1 in the file (also on line 2)"));
    CHECK(importCounts(*f.db) == before);

    const QString missing = writeFile(f.dir, QStringLiteral("missing.csv"), "number,issue_date,total_incl\nF-1,2026-01-10,1.00\n");
    const ImportReport noColumn = importCsv(*f.db, missing, ImportKind::Invoices);
    CHECK_FALSE(noColumn.committed);
    REQUIRE(noColumn.errors.size() == 1);
    CHECK(noColumn.errors.at(0).toString() == missing + QStringLiteral(":1:1: missing required column \"customer\""));
    CHECK(importCounts(*f.db) == before);
}

TEST_CASE("Invoices: lines over several rows, embedded line break, computed totals, dates by option", "[import][csv]")
{
    CsvImportFixture f;
    f.customers();
    const QString path = writeFile(f.dir, QStringLiteral("lines.csv"),
                                   "number;customer;issue_date;description;quantity;unit_price;vat_rate;product_code\n"
                                   "F-10;C1;05-01-2026;\"Consultancy\nJanuary\";2,5;1.000,00;21;CONS\n"
                                   "F-10;C1;05-01-2026;Travel;1;50,00;0;\n"
                                   "F-11;C2;06-01-2026;Book;1;20,00;9;\n");
    const ImportReport report = importCsv(*f.db, path, ImportKind::Invoices, false, DateFormat::DayMonthYearDash);
    INFO(messages(report).join(u'\n').toStdString());
    REQUIRE(report.committed);
    CHECK(report.created == 2);
    InvoiceRepository invoices(*f.db);
    const auto f10 = invoices.findByNumber(QStringLiteral("F-10"));
    REQUIRE(f10);
    CHECK(f10->issueDate == Date(2026, 1, 5));
    CHECK(f10->dueDate == Date(2026, 1, 19)); // C1 has 14 days
    REQUIRE(f10->lines.size() == 2);
    CHECK(f10->lines.at(0).description == QStringLiteral("Consultancy\nJanuary"));
    CHECK(f10->lines.at(0).productCode == QStringLiteral("CONS"));
    CHECK(f10->totalExclVat == eur(255000));
    CHECK(f10->vat == eur(52500));
    CHECK(f10->totalInclVat == eur(307500));

    // The same dates in ISO are refused when DD-MM-YYYY is asked for.
    const QString iso = writeFile(f.dir, QStringLiteral("iso.csv"), "number,customer,issue_date,total_incl\nF-12,C1,2026-01-05,1.00\n");
    const ImportReport wrongFormat = importCsv(*f.db, iso, ImportKind::Invoices, false, DateFormat::DayMonthYearDash);
    CHECK_FALSE(wrongFormat.committed);
    REQUIRE(wrongFormat.errors.size() == 1);
    CHECK(wrongFormat.errors.at(0).line == 2);
    CHECK(wrongFormat.errors.at(0).column == 3);

    // Re-importing changes nothing.
    const auto before = importCounts(*f.db);
    const ImportReport again = importCsv(*f.db, path, ImportKind::Invoices, false, DateFormat::DayMonthYearDash);
    CHECK(again.unchanged == 2);
    CHECK(again.created + again.updated == 0);
    CHECK(importCounts(*f.db) == before);
}

TEST_CASE("Invoices: a file of totals only keeps the lines an invoice has while its totals stay", "[import][csv]")
{
    CsvImportFixture f;
    f.customers();
    const QString lines = writeFile(f.dir, QStringLiteral("lines.csv"),
                                    "number,customer,issue_date,description,quantity,unit_price,vat_rate\n"
                                    "F-20,C1,2026-02-02,Bread,10,2.00,9\n"
                                    "F-20,C1,2026-02-02,Cake,1,15.00,9\n");
    REQUIRE(importCsv(*f.db, lines, ImportKind::Invoices).committed);
    InvoiceRepository invoices(*f.db);
    REQUIRE(invoices.findByNumber(QStringLiteral("F-20"))->lines.size() == 2); // 35.00 + 3.15 VAT

    // The accounting package's list: same totals, unchanged; a later due date, updated; the lines stay.
    const QString totals = writeFile(f.dir, QStringLiteral("totals.csv"),
                                     "number,customer,issue_date,due_date,total_excl,vat,total_incl\n"
                                     "F-20,C1,2026-02-02,2026-02-16,35.00,3.15,38.15\n");
    const ImportReport same = importCsv(*f.db, totals, ImportKind::Invoices);
    INFO(messages(same).join(u'\n').toStdString());
    CHECK(same.unchanged == 1);
    writeFile(f.dir, QStringLiteral("totals.csv"),
              "number,customer,issue_date,due_date,total_excl,vat,total_incl\nF-20,C1,2026-02-02,2026-03-02,35.00,3.15,38.15\n");
    const ImportReport later = importCsv(*f.db, totals, ImportKind::Invoices);
    CHECK(later.updated == 1);
    auto f20 = invoices.findByNumber(QStringLiteral("F-20"));
    CHECK(f20->dueDate == Date(2026, 3, 2));
    REQUIRE(f20->lines.size() == 2);
    CHECK(f20->lines.at(1).description == QStringLiteral("Cake"));

    // Other totals: the old lines describe another amount and go.
    writeFile(f.dir, QStringLiteral("totals.csv"),
              "number,customer,issue_date,due_date,total_excl,vat,total_incl\nF-20,C1,2026-02-02,2026-03-02,30.00,2.70,32.70\n");
    CHECK(importCsv(*f.db, totals, ImportKind::Invoices).updated == 1);
    f20 = invoices.findByNumber(QStringLiteral("F-20"));
    CHECK(f20->totalInclVat == eur(3270));
    CHECK(f20->lines.isEmpty());
}

TEST_CASE("Invoices: a changed amount on a disputed invoice is reported, not overwritten", "[import][csv]")
{
    CsvImportFixture f;
    f.customers();
    const QString path = writeFile(f.dir, QStringLiteral("inv.csv"),
                                   "number,customer,issue_date,total_incl\nF-1,C1,2026-01-10,121.00\nF-2,C1,2026-01-10,50.00\n");
    REQUIRE(importCsv(*f.db, path, ImportKind::Invoices).committed);

    FixedClock clock{QDateTime(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC)};
    DisputeService service(*f.db, clock, QStringLiteral("test"));
    OpenDisputeRequest request;
    request.invoices << DisputeInvoiceRequest{QStringLiteral("F-1"), std::nullopt};
    request.reasonCode = QStringLiteral("quality");
    request.channel = Channel::Email;
    request.story = QStringLiteral("Broken");
    request.receivedOn = Date(2026, 3, 9);
    const Dispute dispute = service.open(request);

    writeFile(f.dir, QStringLiteral("inv.csv"), "number,customer,issue_date,total_incl\nF-1,C1,2026-01-10,100.00\nF-2,C1,2026-01-10,60.00\n");
    const ImportReport report = importCsv(*f.db, path, ImportKind::Invoices);
    REQUIRE(report.committed);
    CHECK(report.held == 1);
    CHECK(report.updated == 1);
    REQUIRE(report.notes.size() == 1);
    CHECK(report.notes.at(0).contains(QStringLiteral("disputed in case ") + dispute.number));
    CHECK(report.notes.at(0).contains(QStringLiteral(":2: ")));
    InvoiceRepository invoices(*f.db);
    CHECK(invoices.findByNumber(QStringLiteral("F-1"))->totalInclVat == eur(12100));
    CHECK(invoices.findByNumber(QStringLiteral("F-2"))->totalInclVat == eur(6000));
}

TEST_CASE("Valid rows only: the good rows go in, the rejected ones to a file next to the source", "[import][csv]")
{
    CsvImportFixture f;
    f.customers();
    const QString path = writeFile(f.dir, QStringLiteral("mixed.csv"),
                                   "number,customer,issue_date,total_incl\nF-1,C1,2026-01-10,121.00\nF-2,C9,2026-01-10,1.00\n"
                                   "F-3,C2,2026-01-10,\"1,000.00\"\n");
    const ImportReport report = importCsv(*f.db, path, ImportKind::Invoices, true);
    REQUIRE(report.committed);
    CHECK(report.created == 2);
    CHECK(report.rejected == 1);
    CHECK(report.rejectsFile == f.dir.filePath(QStringLiteral("mixed.rejected.csv")));
    REQUIRE(QFileInfo::exists(report.rejectsFile));
    const QString rejects = QString::fromUtf8(fileBytes(report.rejectsFile));
    CHECK(rejects.startsWith(QStringLiteral("number,customer,issue_date,total_incl,import_error\r\n")));
    CHECK(rejects.contains(QStringLiteral("F-2,C9,2026-01-10,1.00,3:2: unknown customer C9")));
    CHECK_FALSE(rejects.contains(QStringLiteral("F-1")));
    CHECK(rows(*f.db, QStringLiteral("invoices")) == 2);
}

TEST_CASE("Payments: allocated to invoices, IBAN kept, re-import idempotent, bad rows refused", "[import][csv]")
{
    CsvImportFixture f;
    f.customers();
    REQUIRE(importCsv(*f.db, writeFile(f.dir, QStringLiteral("inv.csv"),
                                       "number,customer,issue_date,total_incl\nF-1,C1,2026-01-10,121.00\nF-2,C1,2026-01-11,79.00\n"),
                      ImportKind::Invoices)
                .committed);
    const QString path = writeFile(f.dir, QStringLiteral("pay.csv"),
                                   "customer;date;amount;reference;invoice;iban\n"
                                   "C1;20/01/2026;150,00;Batch 1;F-1 F-2;NL91 ABNA 0417 1643 00\n");
    const ImportReport report = importCsv(*f.db, path, ImportKind::Payments);
    INFO(messages(report).join(u'\n').toStdString());
    REQUIRE(report.committed);
    CHECK(report.created == 1);
    InvoiceRepository invoices(*f.db);
    CHECK(invoices.findByNumber(QStringLiteral("F-1"))->paid == eur(12100));
    CHECK(invoices.findByNumber(QStringLiteral("F-2"))->paid == eur(2900));
    CHECK(f.db->scalar(QStringLiteral("SELECT debtor_iban FROM payments")).toString() == QStringLiteral("NL91ABNA0417164300"));

    const ImportReport again = importCsv(*f.db, path, ImportKind::Payments);
    CHECK(again.unchanged == 1);
    CHECK(rows(*f.db, QStringLiteral("payments")) == 1);

    const auto before = importCounts(*f.db);
    const QString bad = writeFile(f.dir, QStringLiteral("badpay.csv"),
                                  "customer,date,amount,invoice\nC2,2026-01-20,10.00,F-1\nC1,2026-01-20,0.00,\nC1,2026-13-01,5.00,\n");
    const ImportReport refused = importCsv(*f.db, bad, ImportKind::Payments);
    CHECK_FALSE(refused.committed);
    const QStringList m = messages(refused);
    REQUIRE(m.size() == 3);
    CHECK(m.at(0) == bad + QStringLiteral(":2:4: invoice F-1 belongs to another customer"));
    CHECK(m.at(1).startsWith(bad + QStringLiteral(":3:3: amount: a payment must be positive")));
    CHECK(m.at(2).startsWith(bad + QStringLiteral(":4:2: date:")));
    CHECK(importCounts(*f.db) == before);
}

TEST_CASE("A column mapping renames headers and sets the formats", "[import][csv]")
{
    CsvImportFixture f;
    QString why;
    const auto mapping = ColumnMapping::fromJson(
        R"({"kind": "customers", "columns": {"number": "Debiteurnr", "name": "Naam"}, "decimal": "comma"})", &why);
    REQUIRE(mapping);
    CsvImportOptions options;
    options.kind = ImportKind::Customers;
    options.mapping = *mapping;
    const QString path = writeFile(f.dir, QStringLiteral("exact.csv"), "Debiteurnr,Naam,credit_limit\nD-1,Exact BV,\"1.234,50\"\n");
    const ImportReport report = CsvImporter(*f.db).importFile(path, options);
    REQUIRE(report.committed);
    // A mapping that names columns names all it wants: credit_limit, left out, is not read although
    // the file has a column of that name (issue 16).
    CHECK(f.db->scalar(QStringLiteral("SELECT credit_limit_cents FROM customers WHERE number = 'D-1'")).toLongLong() == 0);
    options.mapping.setColumn(QStringLiteral("credit_limit"), QStringLiteral("credit_limit"));
    REQUIRE(CsvImporter(*f.db).importFile(path, options).committed);
    CHECK(f.db->scalar(QStringLiteral("SELECT credit_limit_cents FROM customers WHERE number = 'D-1'")).toLongLong() == 123450);
    CHECK_FALSE(ColumnMapping::fromJson(R"({"columns": {"nummer": "x"}})", &why));
    CHECK(why.contains(QStringLiteral("nummer")));
    const auto roundTrip = ColumnMapping::fromJson(mapping->toJson(), &why);
    REQUIRE(roundTrip);
    CHECK(roundTrip->headerFor(QStringLiteral("number")) == QStringLiteral("Debiteurnr"));
}
