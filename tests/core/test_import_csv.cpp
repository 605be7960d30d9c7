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

namespace {

const QByteArray customersCsv = "number;name;kind;vat_id;payment_term_days;credit_limit\r\n"
                                "C1;Bakkerij \"De Zon\";business;NL123456789B01;14;1.500,00\r\n"
                                "C2;\"Jansen; Zonen\";consumer;;30;\r\n";

ImportReport importCsv(Database &db, const QString &path, ImportKind kind, bool validRowsOnly = false,
                       std::optional<DateFormat> dateFormat = std::nullopt)
{
    CsvImportOptions options;
    options.kind = kind;
    options.validRowsOnly = validRowsOnly;
    options.dateFormat = dateFormat;
    return CsvImporter(db).importFile(path, options);
}

QStringList messages(const ImportReport &report)
{
    QStringList result;
    for (const ImportIssue &issue : report.errors)
        result << issue.toString();
    return result;
}

struct Fixture
{
    TempDir dir;
    std::unique_ptr<Database> db = freshDatabase(dir);

    void customers()
    {
        const ImportReport report = importCsv(*db, writeFile(dir, QStringLiteral("customers.csv"), customersCsv), ImportKind::Customers);
        INFO(messages(report).join(u'\n').toStdString());
        REQUIRE(report.committed);
    }
};

} // namespace

TEST_CASE("CSV reader: RFC 4180 quoting, embedded separators and line breaks, line numbers", "[import][csv]")
{
    const QString text = QStringLiteral("a,b,c\r\n1,\"x, y\",\"two\nlines\"\r\n\r\n2,\"say \"\"hi\"\"\",\n");
    ImportIssue issue;
    const auto records = CsvReader::parse(text, u',', QStringLiteral("f.csv"), &issue);
    REQUIRE(records);
    REQUIRE(records->size() == 3);
    CHECK(records->at(1).fields == QStringList{QStringLiteral("1"), QStringLiteral("x, y"), QStringLiteral("two\nlines")});
    CHECK(records->at(1).line == 2);
    CHECK(records->at(2).line == 5); // after the blank line 4
    CHECK(records->at(2).fields == QStringList{QStringLiteral("2"), QStringLiteral("say \"hi\""), QString()});

    CHECK(CsvReader::detectSeparator(u"a;b;\"c,d\"\n1,2") == u';');
    CHECK(CsvReader::detectSeparator(u"a,b,c") == u',');
    CHECK(CsvReader::detectSeparator(u"a\tb\tc") == u'\t');

    const auto broken = CsvReader::parse(u"a,b\n1,\"open\n2,3\n", u',', QStringLiteral("f.csv"), &issue);
    CHECK_FALSE(broken);
    CHECK(issue.toString() == QStringLiteral("f.csv:2:2: a quoted field is never closed"));
}

TEST_CASE("Text decoding: UTF-8 with and without BOM, Windows-1252 detected", "[import][csv]")
{
    CHECK(TextDecoding::decode("caf\xC3\xA9").text == QStringLiteral("caf\u00E9"));
    CHECK(TextDecoding::decode("caf\xC3\xA9").encoding == QStringLiteral("UTF-8"));
    const DecodedText bom = TextDecoding::decode("\xEF\xBB\xBFnumber");
    CHECK(bom.text == QStringLiteral("number"));
    CHECK(bom.encoding == QStringLiteral("UTF-8 with BOM"));
    const DecodedText ansi = TextDecoding::decode("Caf\xE9 \x80 5");
    CHECK(ansi.encoding == QStringLiteral("Windows-1252"));
    CHECK(ansi.text == QStringLiteral("Caf\u00E9 \u20AC 5"));
}

TEST_CASE("Values: three date styles, impossible dates, a chosen format, both amount styles", "[import][csv]")
{
    QString why;
    CHECK(ImportValues::date(QStringLiteral("2026-03-01"), DateFormat::Auto, &why) == Date(2026, 3, 1));
    CHECK(ImportValues::date(QStringLiteral("01-03-2026"), DateFormat::Auto, &why) == Date(2026, 3, 1));
    CHECK(ImportValues::date(QStringLiteral("1/3/2026"), DateFormat::Auto, &why) == Date(2026, 3, 1));
    CHECK_FALSE(ImportValues::date(QStringLiteral("2026-02-30"), DateFormat::Auto, &why));
    CHECK(why.contains(QStringLiteral("impossible")));
    CHECK_FALSE(ImportValues::date(QStringLiteral("01-03-2026"), DateFormat::Iso, &why));
    CHECK(why.contains(QStringLiteral("YYYY-MM-DD")));
    CHECK(ImportValues::date(QStringLiteral("01/03/2026"), DateFormat::DayMonthYearSlash, &why) == Date(2026, 3, 1));

    CHECK(ImportValues::amount(QStringLiteral("1.234,56"), QStringLiteral("EUR"), NumberStyle::Dutch, &why)->cents() == 123456);
    CHECK(ImportValues::amount(QStringLiteral("1,234.56"), QStringLiteral("EUR"), NumberStyle::English, &why)->cents() == 123456);
    CHECK(ImportValues::amount(QStringLiteral("1234.56"), QStringLiteral("EUR"), NumberStyle::Dutch, &why)->cents() == 123456);
    CHECK(ImportValues::scaled(QStringLiteral("2,5"), 3, &why) == 2500);
    CHECK(ImportValues::vatRate(QStringLiteral("21%"), &why) == 2100);
}

TEST_CASE("Customers: semicolon file with Dutch amounts, re-import is idempotent and updates changes", "[import][csv]")
{
    Fixture f;
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
    Fixture f;
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
    Fixture f;
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
    Fixture f;
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
    Fixture f;
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
    Fixture f;
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
    Fixture f;
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
    Fixture f;
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
    Fixture f;
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

TEST_CASE("Many invoices into an empty table (bulk load): all written, progress read while a second thread writes, indexes back",
          "[import][csv]")
{
    Fixture f;
    f.customers();
    QByteArray csv = "number,customer,issue_date,total_incl\n";
    const int count = 30000;
    for (int i = 0; i < count; ++i)
        csv += QStringLiteral("F-%1,C%2,2026-01-%3,%4.%5\n").arg(i).arg(1 + i % 2).arg(1 + i % 28).arg(100 + i % 900).arg(i % 100, 2, 10, QLatin1Char('0')).toUtf8();
    CsvImportOptions options;
    options.kind = ImportKind::Invoices;
    // What a progress dialog may do: read the database. Every batch handed to the writing
    // thread is in by then, and only the rows of the batch being filled are not.
    qint64 reports = 0, lastDone = 0, behind = 0;
    options.progress = [&](qint64 done, qint64 total) {
        ++reports;
        CHECK(total == 2 * count);
        CHECK(done >= lastDone);
        lastDone = done;
        const qint64 written = rows(*f.db, QStringLiteral("invoices"));
        const qint64 read = std::max<qint64>(done / 2 - 1, 0); // rows checked before this one
        behind = std::max(behind, read - written);
        CHECK(written <= read);
        return true;
    };
    const ImportReport report = CsvImporter(*f.db).importFile(writeFile(f.dir, QStringLiteral("many.csv"), csv), options);
    REQUIRE(report.committed);
    CHECK(report.created == count);
    CHECK(reports >= 2); // the first row and the last, and some 25 a second between them
    CHECK(behind < qint64(ImportStore::headerBatch));
    CHECK(rows(*f.db, QStringLiteral("invoices")) == count);
    // In the order of the file: ids ascend with the numbers' rows.
    CHECK(f.db->scalar(QStringLiteral("SELECT number FROM invoices ORDER BY id LIMIT 1 OFFSET 12345")).toString() == QStringLiteral("F-12345"));
    // The indexes dropped for the load are back.
    CHECK(f.db->scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'invoices_due_date'")).toInt() == 1);
}

TEST_CASE("Invoice batch writer: batches in order, a refused one and those after it come back unwritten", "[import][csv]")
{
    Fixture f;
    f.customers();
    const qint64 customer = f.db->scalar(QStringLiteral("SELECT id FROM customers WHERE number = 'C1'")).toLongLong();
    const auto batchFrom = [&](int first) {
        std::vector<Invoice> batch;
        for (size_t i = 0; i < ImportStore::headerBatch; ++i) {
            Invoice invoice;
            invoice.number = QStringLiteral("W-%1").arg(first + int(i));
            invoice.customerId = customer;
            invoice.issueDate = Date(2026, 4, 1);
            invoice.dueDate = Date(2026, 4, 15);
            invoice.totalExclVat = eur(1000);
            invoice.vat = eur(210);
            invoice.totalInclVat = eur(1210);
            batch.push_back(invoice);
        }
        return batch;
    };
    Transaction transaction(*f.db, DataChanges());
    ImportStore store(*f.db);
    {
        InvoiceBatchWriter writer(store);
        writer.submit(batchFrom(0));
        writer.submit(batchFrom(64));
        writer.submit(batchFrom(100)); // W-100..W-127 exist already
        writer.submit(batchFrom(500)); // fine, but after a refused one
        const std::vector<InvoiceBatchWriter::Done> done = writer.drain();
        REQUIRE(done.size() == 4);
        CHECK(done[0].written);
        CHECK(done[1].written);
        CHECK_FALSE(done[2].written);
        CHECK_FALSE(done[3].written);
        CHECK(done[1].invoices.front().id == done[0].invoices.back().id + 1);
        CHECK(done[2].invoices.front().id == 0);
        CHECK(rows(*f.db, QStringLiteral("invoices")) == 128);

        // After drain the writer writes again.
        writer.submit(batchFrom(500));
        const std::vector<InvoiceBatchWriter::Done> again = writer.drain();
        REQUIRE(again.size() == 1);
        CHECK(again[0].written);
        CHECK(again[0].invoices.back().number == QStringLiteral("W-563"));
        CHECK(again[0].invoices.back().id == done[1].invoices.back().id + 64);
        CHECK(writer.collect().empty());

        // A failure on the thread (here a customer that does not exist) comes out of drain().
        std::vector<Invoice> orphans = batchFrom(1000);
        orphans[5].customerId = 999999;
        writer.submit(std::move(orphans));
        writer.submit(batchFrom(2000));
        CHECK_THROWS_AS(writer.drain(), StorageError);
        CHECK(writer.drain().empty());
    }
    CHECK(rows(*f.db, QStringLiteral("invoices")) == 192);
}

TEST_CASE("Streamed reading: records across buffer boundaries are those of the whole text, the encoding is the whole file's",
          "[import][csv]")
{
    // Quoted fields with separators, doubled quotes, CRLF and LF inside, blank lines between.
    QByteArray bytes = "number,text,amount\r\n";
    for (int i = 0; i < 300; ++i) {
        bytes += "N" + QByteArray::number(i) + ",\"line one, " + QByteArray(i % 17, 'x') + "\r\nsays \"\"" + QByteArray::number(i)
            + "\"\"\nend\"," + QByteArray::number(i) + ".00" + (i % 3 ? "\n" : "\r\n\r\n");
    }
    const auto whole = CsvReader::parse(QString::fromUtf8(bytes), u',', QStringLiteral("f.csv"), nullptr);
    REQUIRE(whole);
    REQUIRE(whole->size() == 301);
    for (const qsizetype buffer : {qsizetype(8), qsizetype(13), qsizetype(64), qsizetype(4096)}) {
        QBuffer device(&bytes);
        REQUIRE(device.open(QIODevice::ReadOnly));
        CsvReader reader(device, QStringLiteral("f.csv"), buffer);
        REQUIRE(reader.start());
        CHECK(reader.recordCount() == 301);
        CHECK(reader.encoding() == QStringLiteral("UTF-8"));
        QList<CsvRecord> streamed;
        CsvRecord next;
        while (reader.next(next))
            streamed << next;
        CHECK_FALSE(reader.issue());
        REQUIRE(streamed.size() == whole->size());
        for (qsizetype i = 0; i < streamed.size(); ++i) {
            INFO("buffer " << buffer << ", record " << i);
            CHECK(streamed.at(i).fields == whole->at(i).fields);
            CHECK(streamed.at(i).line == whole->at(i).line);
            CHECK(streamed.at(i).fieldLines == whole->at(i).fieldLines);
        }
    }

    // One Windows-1252 byte far beyond the first buffer makes the whole file Windows-1252; a
    // character of several UTF-8 bytes split by a buffer boundary is still one character.
    QByteArray ansi = "number,name\n" + QByteArray(5000, 'a') + ",x\nC1,Caf\xE9\n";
    QBuffer ansiDevice(&ansi);
    REQUIRE(ansiDevice.open(QIODevice::ReadOnly));
    CsvReader ansiReader(ansiDevice, QStringLiteral("a.csv"), 64);
    REQUIRE(ansiReader.start());
    CHECK(ansiReader.encoding() == QStringLiteral("Windows-1252"));
    CsvRecord record;
    CsvRecord last;
    while (ansiReader.next(record))
        last = record;
    CHECK(last.fields.at(1) == QStringLiteral("Caf\u00E9"));

    QByteArray utf8 = "\xEF\xBB\xBFnumber,name\nC1,\xE2\x82\xAC \xF0\x9F\x98\x80\n";
    for (const qsizetype buffer : {qsizetype(8), qsizetype(9), qsizetype(10), qsizetype(11)}) {
        QBuffer device(&utf8);
        REQUIRE(device.open(QIODevice::ReadOnly));
        CsvReader reader(device, QStringLiteral("u.csv"), buffer);
        REQUIRE(reader.start());
        CHECK(reader.encoding() == QStringLiteral("UTF-8 with BOM"));
        REQUIRE(reader.next(record));
        CHECK(record.fields == QStringList{QStringLiteral("number"), QStringLiteral("name")});
        REQUIRE(reader.next(record));
        CHECK(record.fields.at(1) == QStringLiteral("\u20AC \U0001F600"));
    }
}

TEST_CASE("A file larger than the reader's buffer, quoted lines across its boundaries, imports as a small one would",
          "[import][csv]")
{
    Fixture f;
    f.customers();
    // Invoices with lines whose descriptions span lines and hold separators and quotes; the
    // rows of one invoice are not all adjacent (a line of each invoice comes again at the end).
    QByteArray csv = "number,customer,issue_date,description,quantity,unit_price,vat_rate\n";
    std::vector<std::pair<qsizetype, qsizetype>> quoted; // byte ranges of the quoted fields
    auto description = [](int invoice, int line) {
        return QStringLiteral("Item %1/%2, \"model %3\"\nsecond line\r\nthird %4").arg(invoice).arg(line).arg(invoice % 7).arg(QString(line * 11 % 40, u'z'));
    };
    auto quote = [](const QString &text) { return "\"" + text.toUtf8().replace("\"", "\"\"") + "\""; };
    auto row = [&](int invoice, int line) {
        csv += "S-" + QByteArray::number(invoice) + "," + (invoice % 2 ? "C1" : "C2") + ",2026-02-03,";
        const qsizetype start = csv.size();
        csv += quote(description(invoice, line));
        quoted.emplace_back(start, csv.size());
        csv += ",1," + QByteArray::number(10 + line) + ".50,21\n";
    };
    const int invoices = 900;
    for (int i = 0; i < invoices; ++i) {
        row(i, 1);
        row(i, 2);
    }
    for (int i = 0; i < invoices; ++i)
        row(i, 3);
    REQUIRE(csv.size() > 3 * CsvReader::defaultBufferBytes);
    int crossings = 0;
    for (qsizetype boundary = CsvReader::defaultBufferBytes; boundary < csv.size(); boundary += CsvReader::defaultBufferBytes) {
        crossings += int(std::count_if(quoted.begin(), quoted.end(),
                                       [&](const auto &range) { return range.first < boundary && boundary < range.second; }));
    }
    REQUIRE(crossings >= 3);

    const QString path = writeFile(f.dir, QStringLiteral("big-lines.csv"), csv);
    const ImportReport report = importCsv(*f.db, path, ImportKind::Invoices);
    INFO(messages(report).join(u'\n').toStdString());
    REQUIRE(report.committed);
    CHECK(report.rows == 3 * invoices);
    CHECK(report.created == invoices);
    InvoiceRepository repository(*f.db);
    for (const int i : {0, 1, 449, 898, 899}) {
        const auto invoice = repository.findByNumber(QStringLiteral("S-%1").arg(i));
        REQUIRE(invoice);
        REQUIRE(invoice->lines.size() == 3);
        for (int l = 0; l < 3; ++l)
            CHECK(invoice->lines.at(l).description == description(i, l + 1));
        CHECK(invoice->totalExclVat == eur(1150 + 1250 + 1350));
    }
    // The same invoices from a file of one invoice are exactly these.
    const QString small = writeFile(f.dir, QStringLiteral("one.csv"),
                                    "number,customer,issue_date,description,quantity,unit_price,vat_rate\n"
                                    "S-449,C1,2026-02-03," + quote(description(449, 1)) + ",1,11.50,21\n"
                                    "S-449,C1,2026-02-03," + quote(description(449, 2)) + ",1,12.50,21\n"
                                    "S-449,C1,2026-02-03," + quote(description(449, 3)) + ",1,13.50,21\n");
    const ImportReport again = importCsv(*f.db, small, ImportKind::Invoices);
    CHECK(again.committed);
    CHECK(again.unchanged == 1);

    // An error after the multi-line fields is reported on its physical line.
    QByteArray bad = csv;
    bad += "S-900,C1,2026-02-31,\"x\ny\",1,1.00,21\n";
    const qsizetype badLine = bad.count('\n') - 1; // the last row starts one line before its end
    const QString badPath = writeFile(f.dir, QStringLiteral("big-bad.csv"), bad);
    const auto before = importCounts(*f.db);
    const ImportReport refused = importCsv(*f.db, badPath, ImportKind::Invoices);
    CHECK_FALSE(refused.committed);
    REQUIRE(refused.errors.size() == 1);
    CHECK(refused.errors.at(0).toString() == badPath + QStringLiteral(":%1:3: issue_date: \"2026-02-31\" is an impossible date").arg(badLine));
    CHECK(importCounts(*f.db) == before);
}

TEST_CASE("An error on the last line of a large file leaves the database as it was", "[import][csv]")
{
    const int count = 25000; // above the bulk-load threshold: indexes are dropped while rows go in
    QByteArray good = "number,customer,issue_date,total_incl\n";
    for (int i = 0; i < count; ++i)
        good += "L-" + QByteArray::number(i) + ",C" + QByteArray::number(1 + i % 2) + ",2026-01-" + QByteArray::number(10 + i % 18) + ","
            + QByteArray::number(100 + i % 900) + ".25\n";
    const int lastLine = count + 2;
    const std::vector<std::pair<QByteArray, QString>> endings = {
        {"L-x,C1,2026-01-10,12x\n", QStringLiteral(":%1:4: total_incl: bad amount").arg(lastLine)},
        {"L-0,C1,2026-01-10,1.00\n", QStringLiteral(":%1:1: duplicate invoice number L-0 in the file (also on line 2)").arg(lastLine)},
        {"L-x,C9,2026-01-10,1.00\n", QStringLiteral(":%1:2: unknown customer C9").arg(lastLine)},
        {"L-x,C1,2026-01-10,\"1.00\n", QStringLiteral(":%1:4: a quoted field is never closed").arg(lastLine)},
    };
    for (const auto &[ending, message] : endings) {
        Fixture f;
        f.customers();
        const auto before = importCounts(*f.db);
        const QByteArray schemaBefore = f.db->scalar(QStringLiteral("SELECT group_concat(name) FROM sqlite_master")).toByteArray();
        const QString path = writeFile(f.dir, QStringLiteral("last.csv"), good + ending);
        const ImportReport report = importCsv(*f.db, path, ImportKind::Invoices);
        INFO(messages(report).join(u'\n').toStdString());
        CHECK_FALSE(report.committed);
        REQUIRE(report.errors.size() == 1);
        CHECK(report.errors.at(0).toString().startsWith(path + message));
        CHECK(importCounts(*f.db) == before);
        CHECK(rows(*f.db, QStringLiteral("invoices")) == 0);
        // The indexes the load dropped are back, and the connection's settings too.
        CHECK(f.db->scalar(QStringLiteral("SELECT group_concat(name) FROM sqlite_master")).toByteArray() == schemaBefore);
        CHECK(f.db->scalar(QStringLiteral("PRAGMA temp_store")).toInt() == 2);
        CHECK(f.db->scalar(QStringLiteral("PRAGMA cache_size")).toInt() == -65536);

        // Without the last line the same file goes in whole.
        const ImportReport fine = importCsv(*f.db, writeFile(f.dir, QStringLiteral("good.csv"), good), ImportKind::Invoices);
        CHECK(fine.committed);
        CHECK(fine.created == count);
    }
}

TEST_CASE("Duplicate numbers in a bulk load are found wherever they are, every error reported", "[import][csv]")
{
    Fixture f;
    f.customers();
    const int count = 22000;
    QByteArray csv = "number,customer,issue_date,total_incl\n";
    for (int i = 0; i < count; ++i) {
        QByteArray number = "D-" + QByteArray::number(i);
        QByteArray amount = QByteArray::number(10 + i % 90) + ".00";
        if (i == 7000)
            number = "D-6990"; // a second time, ten rows on: in the same batch of rows written together
        else if (i == 9001)
            number = "D-9000", amount = "-1.00"; // a bad row repeating the row just before it
        else if (i == 12000)
            amount = "abc"; // a bad row ...
        else if (i == 15000)
            number = "D-12000"; // ... repeated by a good one
        else if (i == 20000)
            number = "D-5"; // far back
        csv += number + ",C" + QByteArray::number(1 + i % 2) + ",2026-03-01," + amount + "\n";
    }
    const QString path = writeFile(f.dir, QStringLiteral("dups.csv"), csv);
    const auto before = importCounts(*f.db);
    const ImportReport report = importCsv(*f.db, path, ImportKind::Invoices);
    CHECK_FALSE(report.committed);
    const QStringList m = messages(report);
    INFO(m.join(u'\n').toStdString());
    REQUIRE(m.size() == 5);
    CHECK(m.at(0) == path + QStringLiteral(":7002:1: duplicate invoice number D-6990 in the file (also on line 6992)"));
    CHECK(m.at(1) == path + QStringLiteral(":9003:1: duplicate invoice number D-9000 in the file (also on line 9002)"));
    CHECK(m.at(2).startsWith(path + QStringLiteral(":12002:4: total_incl: bad amount")));
    CHECK(m.at(3) == path + QStringLiteral(":15002:1: duplicate invoice number D-12000 in the file (also on line 12002)"));
    CHECK(m.at(4) == path + QStringLiteral(":20002:1: duplicate invoice number D-5 in the file (also on line 7)"));
    CHECK(importCounts(*f.db) == before);

    // With "import the valid rows" both rows of a repeated number are rejected, as in a small file.
    const ImportReport valid = importCsv(*f.db, path, ImportKind::Invoices, true);
    REQUIRE(valid.committed);
    CHECK(valid.created == count - 8);
    CHECK(valid.rejected == 8);
    CHECK_FALSE(InvoiceRepository(*f.db).findByNumber(QStringLiteral("D-6990")));
    CHECK(InvoiceRepository(*f.db).findByNumber(QStringLiteral("D-6991")));
}

TEST_CASE("Streamed reading of random and truncated bytes gives what reading the whole decoded text gives", "[import][csv][fuzz]")
{
    QRandomGenerator random(20261123);
    const QByteArray seed = "\xEF\xBB\xBFnumber;name;note\r\n1;\"a\"\"b\";\"x\ny\"\r\n\r\n2;Caf\xC3\xA9;\xE2\x82\xAC 5\n3;\"open;\n\"\"\";z";
    for (int i = 0; i < 2000; ++i) {
        QByteArray input = seed.left(random.bounded(seed.size() + 1));
        if (i % 2) {
            for (int k = 0; k < 4 && !input.isEmpty(); ++k)
                input[random.bounded(input.size())] = "\"\r\n;\xE9\xC3\x80"[random.bounded(8)];
        }
        const DecodedText decoded = TextDecoding::decode(input);
        ImportIssue wholeIssue;

        QBuffer device(&input);
        REQUIRE(device.open(QIODevice::ReadOnly));
        CsvReader reader(device, QStringLiteral("f"), 8 + random.bounded(24));
        REQUIRE(reader.start());
        INFO("input " << input.toHex().toStdString());
        CHECK(reader.encoding() == decoded.encoding);
        QList<CsvRecord> streamed;
        CsvRecord record;
        while (reader.next(record))
            streamed << record;
        // The separator is detected from the header; compare with a whole-text parse that uses it.
        const auto same = CsvReader::parse(decoded.text, reader.separator(), QStringLiteral("f"), &wholeIssue);
        CHECK(bool(same) == !reader.issue());
        if (same && !reader.issue()) {
            REQUIRE(streamed.size() == same->size());
            for (qsizetype r = 0; r < streamed.size(); ++r) {
                CHECK(streamed.at(r).fields == same->at(r).fields);
                CHECK(streamed.at(r).fieldLines == same->at(r).fieldLines);
            }
        } else if (!same && reader.issue()) {
            CHECK(reader.issue()->toString() == wholeIssue.toString());
        }
    }
}
