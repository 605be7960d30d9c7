// Bad and hostile input to the importers (issue 14): each case here once crashed, hung or was
// silently taken wrongly.

#include "ImportTestSupport.h"
#include "common/Clock.h"
#include "disputes/DisputeService.h"
#include "importers/BankReconciler.h"
#include "importers/CsvImporter.h"
#include "importers/FieldLimits.h"
#include "importers/ImportValues.h"
#include "importers/UblImporter.h"
#include "importers/UblReader.h"
#include "invoices/InvoiceRepository.h"

using namespace dd;
using namespace dd::test;

namespace {

ImportReport importCsv(Database &db, const QString &path, ImportKind kind, bool validRowsOnly = false)
{
    CsvImportOptions options;
    options.kind = kind;
    options.validRowsOnly = validRowsOnly;
    return CsvImporter(db).importFile(path, options);
}

struct Books
{
    TempDir dir;
    std::unique_ptr<Database> db = freshDatabase(dir);

    Books()
    {
        const QString path = writeFile(dir, QStringLiteral("customers.csv"),
                                       "number,name,payment_term_days\nC1,Bakkerij De Zon,14\nC2,Jansen,30\n");
        const ImportReport report = importCsv(*db, path, ImportKind::Customers);
        INFO(issuesText(report).toStdString());
        REQUIRE(report.committed);
    }

    Dispute dispute(const QString &invoiceNumber)
    {
        FixedClock clock{QDateTime(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC)};
        DisputeService service(*db, clock, QStringLiteral("test"));
        OpenDisputeRequest request;
        request.invoices << DisputeInvoiceRequest{invoiceNumber, std::nullopt};
        request.reasonCode = QStringLiteral("quality");
        request.channel = Channel::Email;
        request.story = QStringLiteral("Broken");
        request.receivedOn = Date(2026, 3, 9);
        return service.open(request);
    }
};

QByteArray ublInvoice(const QByteArray &issueDate, const QByteArray &buyerName, const QByteArray &dueDate = "")
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"\n"
           " xmlns:cac=\"urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2\"\n"
           " xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\">\n"
           "<cbc:ID>INV-9</cbc:ID>\n<cbc:IssueDate>" + issueDate + "</cbc:IssueDate>\n"
        + (dueDate.isEmpty() ? QByteArray() : "<cbc:DueDate>" + dueDate + "</cbc:DueDate>\n")
        + "<cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>\n"
          "<cac:AccountingCustomerParty><cac:Party><cac:PartyName><cbc:Name>" + buyerName + "</cbc:Name></cac:PartyName>\n"
          "<cac:PartyTaxScheme><cbc:CompanyID>NL001234567B01</cbc:CompanyID></cac:PartyTaxScheme></cac:Party></cac:AccountingCustomerParty>\n"
          "<cac:LegalMonetaryTotal><cbc:TaxExclusiveAmount currencyID=\"EUR\">100.00</cbc:TaxExclusiveAmount>"
          "<cbc:TaxInclusiveAmount currencyID=\"EUR\">100.00</cbc:TaxInclusiveAmount></cac:LegalMonetaryTotal>\n"
          "</Invoice>\n";
}

QByteArray camtStatement(const QList<QByteArray> &amounts)
{
    QByteArray entries;
    int n = 0;
    for (const QByteArray &amount : amounts) {
        const QByteArray ref = QByteArray::number(++n);
        entries += "<Ntry><NtryRef>" + ref + "</NtryRef><Amt Ccy=\"EUR\">" + amount
            + "</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-03-02</Dt></BookgDt>"
              "<AcctSvcrRef>BANK-" + ref + "</AcctSvcrRef><NtryDtls><TxDtls><RmtInf><Ustrd>F-1</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>\n";
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\">\n"
           "<BkToCstmrStmt><GrpHdr><MsgId>M1</MsgId></GrpHdr>\n"
           "<Stmt><Id>S-1</Id>\n" + entries + "</Stmt></BkToCstmrStmt></Document>\n";
}

} // namespace

// The two-pass import kept a reference to an invoice's first row after the rows were freed (a
// heap use-after-free under AddressSanitizer): the error and the note about a held invoice read it.
TEST_CASE("Invoices with lines in rows apart: a held re-import and an error name the invoice's first line", "[import][csv][asan]")
{
    Books b;
    const QByteArray header = "number,customer,issue_date,description,quantity,unit_price,vat_rate,total_incl\n";
    const QString path = writeFile(b.dir, QStringLiteral("lines.csv"),
                                   (header + "F-1,C1,2026-01-10,Bread,10,2.00,9,\n"
                                             "F-2,C2,2026-01-11,Cake,1,15.00,9,\n"
                                             "F-1,C1,2026-01-10,Flour,1,5.00,9,\n"
                                             "F-2,C2,2026-01-11,Tea,2,1.00,21,\n"));
    const ImportReport first = importCsv(*b.db, path, ImportKind::Invoices);
    INFO(issuesText(first).toStdString());
    REQUIRE(first.committed);
    CHECK(first.created == 2);
    const Dispute dispute = b.dispute(QStringLiteral("F-1"));

    // F-1 changes amount while disputed: held, and the note names line 2, where F-1 starts.
    writeFile(b.dir, QStringLiteral("lines.csv"),
              (header + "F-1,C1,2026-01-10,Bread,10,2.50,9,\n"
                        "F-2,C2,2026-01-11,Cake,1,15.00,9,\n"
                        "F-1,C1,2026-01-10,Flour,1,5.00,9,\n"
                        "F-2,C2,2026-01-11,Tea,2,1.00,21,\n"));
    for (const bool validRowsOnly : {false, true}) {
        const ImportReport held = importCsv(*b.db, path, ImportKind::Invoices, validRowsOnly);
        INFO(issuesText(held).toStdString());
        REQUIRE(held.committed);
        CHECK(held.held == 1);
        CHECK(held.unchanged == 1);
        REQUIRE(held.notes.size() == 1);
        CHECK(held.notes.at(0).startsWith(path + QStringLiteral(":2: ")));
        CHECK(held.notes.at(0).contains(QStringLiteral("disputed in case ") + dispute.number));
    }
    CHECK(InvoiceRepository(*b.db).findByNumber(QStringLiteral("F-1"))->totalInclVat == eur(2725));

    // A given total that the lines do not make: the error stands on F-2's first row, in total_incl.
    const QString wrong = writeFile(b.dir, QStringLiteral("wrong.csv"),
                                    (header + "F-3,C1,2026-01-12,Bread,1,2.00,9,\n"
                                              "F-4,C2,2026-01-12,Cake,1,15.00,9,99.00\n"
                                              "F-3,C1,2026-01-12,Flour,1,5.00,9,\n"
                                              "F-4,C2,2026-01-12,Tea,2,1.00,21,\n"));
    const ImportReport refused = importCsv(*b.db, wrong, ImportKind::Invoices, true);
    REQUIRE(refused.errors.size() == 1);
    CHECK(refused.errors.at(0).line == 3);
    CHECK(refused.errors.at(0).column == 8);
    CHECK(refused.errors.at(0).reason.contains(QStringLiteral("does not match the lines")));
    CHECK(refused.created == 1); // F-3
}

TEST_CASE("Dates outside 1900-2199 are refused where files are read, naming the field", "[import][dates]")
{
    QString why;
    CHECK_FALSE(ImportValues::date(QStringLiteral("9999-12-20"), DateFormat::Auto, &why));
    CHECK(why == QStringLiteral("9999-12-20 is outside the dates DisputeDesk accepts (1900-01-01 to 2199-12-31)"));
    CHECK_FALSE(ImportValues::date(QStringLiteral("01-01-1400"), DateFormat::Auto, &why));
    CHECK(why.contains(QStringLiteral("outside the dates")));
    CHECK_FALSE(ImportValues::date(QStringLiteral("01/01/0900"), DateFormat::Auto, &why));
    CHECK(why.contains(QStringLiteral("outside the dates")));
    CHECK(ImportValues::date(QStringLiteral("1900-01-01"), DateFormat::Auto, &why) == Date(1900, 1, 1));
    CHECK(ImportValues::date(QStringLiteral("31-12-2199"), DateFormat::Auto, &why) == Date(2199, 12, 31));
    CHECK_FALSE(IsoDate::parseInput(QStringLiteral("2200-01-01"), &why));
    CHECK_FALSE(IsoDate::parseInput(QStringLiteral("0001-01-01"), &why));
    CHECK(why.contains(QStringLiteral("outside the dates")));
    CHECK_FALSE(IsoDate::parseInput(QStringLiteral("2100-02-29"), &why)); // not a leap year
    CHECK(why.contains(QStringLiteral("is not a date")));
    CHECK(IsoDate::parseInput(QStringLiteral("2000-02-29"), &why) == Date(2000, 2, 29));
    // As stored, a due date may lie past the range.
    CHECK(IsoDate::parse(QStringLiteral("2200-01-14")) == Date(2200, 1, 14));

    // An invoice issued 9999-12-20 without a due date aborted the import (boost::gregorian::bad_year).
    Books b;
    const auto before = importCounts(*b.db);
    const QString csv = writeFile(b.dir, QStringLiteral("late.csv"), "number,customer,issue_date,total_incl\nF-9,C1,9999-12-20,10.00\n");
    const ImportReport fromCsv = importCsv(*b.db, csv, ImportKind::Invoices);
    CHECK_FALSE(fromCsv.committed);
    REQUIRE(fromCsv.errors.size() == 1);
    CHECK(fromCsv.errors.at(0).toString()
          == csv + QStringLiteral(":2:3: issue_date: 9999-12-20 is outside the dates DisputeDesk accepts (1900-01-01 to 2199-12-31)"));

    const QString ubl = writeFile(b.dir, QStringLiteral("late.xml"), ublInvoice("9999-12-20", "Klant BV"));
    const ImportReport fromUbl = UblImporter(*b.db).importPath(ubl);
    CHECK_FALSE(fromUbl.committed);
    REQUIRE(fromUbl.errors.size() == 1);
    CHECK(fromUbl.errors.at(0).reason.startsWith(QStringLiteral("IssueDate: 9999-12-20 is outside the dates")));
    CHECK(importCounts(*b.db) == before);

    // The last accepted day, plus a payment term, still works.
    writeFile(b.dir, QStringLiteral("late.csv"), "number,customer,issue_date,total_incl\nF-9,C1,2199-12-31,10.00\n");
    REQUIRE(importCsv(*b.db, csv, ImportKind::Invoices).committed);
    CHECK(InvoiceRepository(*b.db).findByNumber(QStringLiteral("F-9"))->dueDate == Date(2200, 1, 14));
}

TEST_CASE("UBL nested deeper than 64 levels is refused at once, naming the file, normal UBL still imports", "[import][ubl]")
{
    TempDir dir;
    auto db = freshDatabase(dir);
    // 200,000 levels took over a minute, the whole element path joined for every element.
    QByteArray deep = "<?xml version=\"1.0\"?>\n<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\">";
    const int levels = 200000;
    deep.reserve(deep.size() + levels * 7 + 20);
    for (int i = 0; i < levels; ++i)
        deep += "<a>";
    for (int i = 0; i < levels; ++i)
        deep += "</a>";
    deep += "</Invoice>\n";
    const QString path = writeFile(dir, QStringLiteral("deep.xml"), deep);
    const ImportReport report = UblImporter(*db).importPath(path);
    CHECK_FALSE(report.committed);
    REQUIRE(report.errors.size() == 1);
    CHECK(report.errors.at(0).file == path);
    CHECK(report.errors.at(0).line == 2);
    CHECK(report.errors.at(0).reason
          == QStringLiteral("elements are nested more than %1 levels deep; this is not a UBL document").arg(UblReader::maxDepth));
    CHECK(rows(*db, QStringLiteral("invoices")) == 0);

    const QString normal = writeFile(dir, QStringLiteral("normal.xml"), ublInvoice("2026-02-01", "Klant BV", "2026-03-01"));
    const ImportReport fine = UblImporter(*db).importPath(normal);
    INFO(issuesText(fine).toStdString());
    CHECK(fine.committed);
    CHECK(fine.created == 1);
}

TEST_CASE("Field lengths are limited in CSV, UBL and CAMT files, refused with file, line and column", "[import][limits]")
{
    Books b;
    const auto before = importCounts(*b.db);
    // A 10 MB customer number was taken as it stood.
    const QByteArray huge(10 * 1024 * 1024, 'x');
    const QString customers = writeFile(b.dir, QStringLiteral("huge.csv"), "number,name\nC9," + QByteArray(300, 'n') + "\n" + huge + ",Big\n");
    const ImportReport report = importCsv(*b.db, customers, ImportKind::Customers);
    CHECK_FALSE(report.committed);
    REQUIRE(report.errors.size() == 2);
    CHECK(report.errors.at(0).toString() == customers + QStringLiteral(":2:2: name is 300 characters long; at most 255 are accepted"));
    CHECK(report.errors.at(1).toString()
          == customers + QStringLiteral(":3:1: number is %1 characters long; at most 64 are accepted").arg(huge.size()));

    const QString invoices = writeFile(b.dir, QStringLiteral("long.csv"),
                                       "number,customer,issue_date,description,unit_price\nF-1,C1,2026-01-10,"
                                           + QByteArray(FieldLimits::textChars + 1, 'd') + ",1.00\n");
    const ImportReport lines = importCsv(*b.db, invoices, ImportKind::Invoices);
    CHECK_FALSE(lines.committed);
    REQUIRE(lines.errors.size() == 1);
    CHECK(lines.errors.at(0).column == 4);
    CHECK(lines.errors.at(0).reason.startsWith(QStringLiteral("description is 4001 characters long")));

    const QString ubl = writeFile(b.dir, QStringLiteral("long.xml"), ublInvoice("2026-02-01", QByteArray(1000, 'K')));
    const ImportReport fromUbl = UblImporter(*b.db).importPath(ubl);
    CHECK_FALSE(fromUbl.committed);
    REQUIRE(fromUbl.errors.size() == 1);
    CHECK(fromUbl.errors.at(0).line == 8);
    CHECK(fromUbl.errors.at(0).reason == QStringLiteral("Name is 1000 characters long; at most 255 are accepted"));

    const QString camt = writeFile(b.dir, QStringLiteral("long-camt.xml"), camtStatement({"1" + QByteArray(100, '0') + ".00"}));
    const ReconcileReport statement = BankReconciler(*b.db).importStatement(camt, std::nullopt);
    CHECK_FALSE(statement.committed);
    REQUIRE(statement.errors.size() == 1);
    CHECK(statement.errors.at(0).reason.startsWith(QStringLiteral("Amt is 104 characters long")));
    CHECK(importCounts(*b.db) == before);
}

TEST_CASE("A CSV header name with a control character is refused with its column number", "[import][csv]")
{
    Books b;
    REQUIRE(importCsv(*b.db, writeFile(b.dir, QStringLiteral("inv.csv"), "number,customer,issue_date,total_incl\nF-1,C1,2026-01-10,121.00\n"),
                      ImportKind::Invoices)
                .committed);
    const auto before = importCounts(*b.db);
    // A NUL in "invoice" made the column unknown: the payment went in without its allocation.
    static const char bytes[] = "customer,date,amount,invo\0ice\nC1,2026-02-01,121.00,F-1\n";
    const QString path = writeFile(b.dir, QStringLiteral("pay.csv"), QByteArray(bytes, sizeof bytes - 1));
    const ImportReport report = importCsv(*b.db, path, ImportKind::Payments);
    CHECK_FALSE(report.committed);
    REQUIRE(report.errors.size() == 1);
    CHECK(report.errors.at(0).toString() == path + QStringLiteral(":1:4: column 4: the header name contains a control character (U+0000)"));
    CHECK(importCounts(*b.db) == before);
}

TEST_CASE("CAMT: a negative credit refuses the statement, a credit of 0.00 is left out with a note", "[import][camt]")
{
    Books b;
    REQUIRE(importCsv(*b.db, writeFile(b.dir, QStringLiteral("inv.csv"), "number,customer,issue_date,total_incl\nF-1,C1,2026-01-10,500.00\n"),
                      ImportKind::Invoices)
                .committed);
    const auto before = importCounts(*b.db);
    const QString negative = writeFile(b.dir, QStringLiteral("negative.xml"), camtStatement({"-179.69"}));
    const ReconcileReport refused = BankReconciler(*b.db).importStatement(negative, 50);
    CHECK_FALSE(refused.committed);
    REQUIRE(refused.errors.size() == 1);
    CHECK(refused.errors.at(0).line == 5);
    CHECK(refused.errors.at(0).reason.contains(QStringLiteral("negative amount \"EUR -179.69\"")));
    CHECK(importCounts(*b.db) == before);

    const QString zero = writeFile(b.dir, QStringLiteral("zero.xml"), camtStatement({"0.00", "100.00"}));
    const ReconcileReport report = BankReconciler(*b.db).importStatement(zero, std::nullopt);
    REQUIRE(report.committed);
    REQUIRE(report.matches.size() == 1);
    CHECK(report.matches.at(0).transaction.amount == eur(10000));
    CHECK(report.matches.at(0).score == 80); // a partial payment of F-1
    REQUIRE(report.notes.size() == 1);
    CHECK(report.notes.at(0) == zero + QStringLiteral(":5: a credit of EUR 0.00 pays nothing; left out"));
    CHECK(rows(*b.db, QStringLiteral("bank_entries")) == 1);
}
