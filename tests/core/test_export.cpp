#include "ImportTestSupport.h"
#include "demo/DemoDataGenerator.h"
#include "exporters/CsvExporter.h"
#include "importers/CamtReader.h"
#include "importers/CsvImporter.h"
#include "importers/CsvReader.h"
#include "importers/UblReader.h"

#include <QRandomGenerator>

using namespace dd;
using namespace dd::test;

namespace {
ImportReport importCsv(Database &db, const QString &path, ImportKind kind)
{
    CsvImportOptions options;
    options.kind = kind;
    return CsvImporter(db).importFile(path, options);
}
} // namespace

TEST_CASE("Export: RFC 4180 quoting, plain amounts, header row", "[export]")
{
    TempDir dir;
    auto db = freshDatabase(dir);
    REQUIRE(importCsv(*db, writeFile(dir, QStringLiteral("c.csv"), "number;name;credit_limit\nC1;\"Smit, \"\"de\"\" Bakker\";1.500,00\n"),
                      ImportKind::Customers)
                .committed);
    const QString out = dir.filePath(QStringLiteral("out.csv"));
    CHECK(CsvExporter(*db).exportTo(ExportKind::Customers, out) == 1);
    const QString text = QString::fromUtf8(fileBytes(out));
    CHECK(text.startsWith(QStringLiteral("number,name,kind,language,street,postal_code,city,country,vat_id,email,payment_term_days,credit_limit,currency,do_not_dun,peppol_id\r\n")));
    CHECK(text.contains(QStringLiteral("C1,\"Smit, \"\"de\"\" Bakker\",business,nl,,,,NL,,,30,1500.00,EUR,no,\r\n")));
}

TEST_CASE("Export then import into an empty database gives the same export (round trip)", "[export][import]")
{
    TempDir dir;
    auto source = freshDatabase(dir, QStringLiteral("source.sqlite"));
    DemoOptions demo;
    demo.customers = 25;
    demo.invoices = 300;
    demo.seed = 11;
    demo.until = Date(2026, 6, 30);
    DemoDataGenerator(*source).generate(demo);

    auto target = freshDatabase(dir, QStringLiteral("target.sqlite"));
    const struct
    {
        ExportKind exportKind;
        ImportKind importKind;
        const char *name;
    } kinds[] = {{ExportKind::Customers, ImportKind::Customers, "customers"},
                 {ExportKind::Invoices, ImportKind::Invoices, "invoices"},
                 {ExportKind::Payments, ImportKind::Payments, "payments"}};
    // Customers, then invoices, then payments (they settle the invoices); then every export again.
    for (const auto &kind : kinds) {
        INFO(kind.name);
        const QString first = dir.filePath(QString::fromLatin1(kind.name) + QStringLiteral("-1.csv"));
        CsvExporter(*source).exportTo(kind.exportKind, first);
        const ImportReport report = importCsv(*target, first, kind.importKind);
        INFO((report.errors.isEmpty() ? QString() : report.errors.at(0).toString()).toStdString());
        REQUIRE(report.committed);
    }
    for (const auto &kind : kinds) {
        INFO(kind.name);
        const QString first = dir.filePath(QString::fromLatin1(kind.name) + QStringLiteral("-1.csv"));
        const QString second = dir.filePath(QString::fromLatin1(kind.name) + QStringLiteral("-2.csv"));
        CsvExporter(*target).exportTo(kind.exportKind, second);
        CHECK(fileBytes(first) == fileBytes(second));
    }
    const QString disputes = dir.filePath(QStringLiteral("disputes.csv"));
    CsvExporter(*source).exportTo(ExportKind::Disputes, disputes);
    CHECK(QString::fromUtf8(fileBytes(disputes)).startsWith(QStringLiteral("number,customer,reason,channel,step,")));
}

TEST_CASE("Parsers never crash on random or truncated input", "[import][fuzz]")
{
    QRandomGenerator random(20260301);
    const QByteArray seeds[] = {
        "number,name\n\"a\"\"b\",c\r\n\"open,\n",
        R"(<?xml version="1.0"?><Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"><cbc:ID>1</cbc:ID><cbc:IssueDate>2026-01-01</cbc:IssueDate><cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode><cac:LegalMonetaryTotal><cbc:TaxExclusiveAmount currencyID="EUR">1</cbc:TaxExclusiveAmount><cbc:TaxInclusiveAmount currencyID="EUR">1</cbc:TaxInclusiveAmount></cac:LegalMonetaryTotal><cac:InvoiceLine><cbc:ID>1</cbc:ID><cbc:LineExtensionAmount currencyID="EUR">1</cbc:LineExtensionAmount></cac:InvoiceLine></Invoice>)",
        R"(<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><Stmt><Id>S</Id><Ntry><Amt Ccy="EUR">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2026-01-01</Dt></BookgDt><NtryDtls><TxDtls><RmtInf><Ustrd>x</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry></Stmt></BkToCstmrStmt></Document>)"};
    // Every input either reads or is refused with a reason naming the file; both happen.
    int read = 0;
    int refused = 0;
    const auto outcome = [&](bool parsed, const ImportIssues &issues) {
        if (parsed) {
            ++read;
            return;
        }
        ++refused;
        REQUIRE_FALSE(issues.isEmpty());
        CHECK(issues.first().file == QStringLiteral("f"));
        CHECK_FALSE(issues.first().reason.isEmpty());
    };
    for (const QByteArray &seed : seeds) {
        for (int i = 0; i < 300; ++i) {
            QByteArray input = seed.left(random.bounded(seed.size() + 1));
            if (i % 2) {
                for (int k = 0; k < 5 && !input.isEmpty(); ++k)
                    input[random.bounded(input.size())] = char(random.bounded(256));
            }
            INFO("input " << input.toStdString());
            ImportIssue issue;
            const bool csv = CsvReader::parse(QString::fromUtf8(input), u',', QStringLiteral("f"), &issue).has_value();
            outcome(csv, csv ? ImportIssues{} : ImportIssues{issue});
            ImportIssues ublIssues;
            outcome(UblReader::read(input, QStringLiteral("f"), &ublIssues).has_value(), ublIssues);
            ImportIssues camtIssues;
            outcome(CamtReader::read(input, QStringLiteral("f"), &camtIssues).has_value(), camtIssues);
        }
    }
    CHECK(read > 0);
    CHECK(refused > 0);
}

TEST_CASE("Export: the package's credit notes survive a round trip, and its monthly file then credits nothing twice",
          "[export][import][issue16]")
{
    // ERPNext's Sales Invoice list exported with Dutch number formats: a return has a negative
    // grand total and "Return Against" names the invoice it corrects; CN-2 corrects none.
    const QByteArray erpnext = R"({"kind": "invoices", "decimal": "comma", "columns": {"number": "ID", "customer": "Customer",
        "issue_date": "Date", "total_incl": "Grand Total", "credits": "Return Against"}})";
    const QByteArray monthly = "ID;Customer;Date;Grand Total;Return Against\n"
                               "H1;C1;2026-03-01;1.000,00;\n"
                               "C1;C1;2026-03-05;-400,00;H1\n"
                               "CN-2;C1;2026-03-06;-50,00;\n";
    TempDir dir;
    const auto importInto = [&](Database &db, const QString &path, ImportKind kind, const QByteArray &mapping = QByteArray()) {
        CsvImportOptions options;
        options.kind = kind;
        if (!mapping.isEmpty()) {
            QString why;
            const auto parsed = ColumnMapping::fromJson(mapping, &why);
            INFO(why.toStdString());
            REQUIRE(parsed);
            options.mapping = *parsed;
        }
        const ImportReport report = CsvImporter(db).importFile(path, options);
        INFO(issuesText(report).toStdString());
        REQUIRE(report.committed);
        return report;
    };
    const auto openOf = [](Database &db, const char *number) {
        return db.scalar(QStringLiteral("SELECT total_incl_cents - paid_cents - credited_cents FROM invoices WHERE number = ?"),
                         {QString::fromLatin1(number)})
            .toLongLong();
    };
    const auto creditedOf = [](Database &db, const char *number) {
        return db.scalar(QStringLiteral("SELECT credited_cents FROM invoices WHERE number = ?"), {QString::fromLatin1(number)}).toLongLong();
    };
    const QString monthlyFile = writeFile(dir, QStringLiteral("monthly.csv"), monthly);

    auto source = freshDatabase(dir, QStringLiteral("source.sqlite"));
    importInto(*source, writeFile(dir, QStringLiteral("c.csv"), "number,name\nC1,Bakkerij De Zon\n"), ImportKind::Customers);
    importInto(*source, monthlyFile, ImportKind::Invoices, erpnext);
    REQUIRE(openOf(*source, "H1") == 60000);

    const QString customers = dir.filePath(QStringLiteral("customers.csv"));
    const QString invoices = dir.filePath(QStringLiteral("invoices.csv"));
    CsvExporter(*source).exportTo(ExportKind::Customers, customers);
    CHECK(CsvExporter(*source).exportTo(ExportKind::Invoices, invoices) == 3); // H1 and both credit notes
    const QString text = QString::fromUtf8(fileBytes(invoices));
    // The invoice's credited leaves C1 out (C1 brings it), C1 says what of it was applied.
    CHECK(text.contains(QStringLiteral("H1,C1,2026-03-01,2026-03-31,EUR,1000.00,0.00,1000.00,0.00,0.00,")));
    CHECK(text.contains(QStringLiteral("C1,C1,2026-03-05,2026-03-05,EUR,,,-400.00,,400.00,,,,,,,,,,,,H1\r\n")));
    CHECK(text.contains(QStringLiteral("CN-2,C1,2026-03-06,2026-03-06,EUR,,,-50.00,,0.00,,,,,,,,,,,,\r\n")));

    auto target = freshDatabase(dir, QStringLiteral("target.sqlite"));
    importInto(*target, customers, ImportKind::Customers);
    importInto(*target, invoices, ImportKind::Invoices);
    CHECK(openOf(*target, "H1") == 60000);
    CHECK(creditedOf(*target, "H1") == 40000);
    CHECK(rows(*target, QStringLiteral("imported_credit_notes")) == 2);
    CHECK(target->scalar(QStringLiteral("SELECT applied_cents FROM imported_credit_notes WHERE number = 'C1'")).toLongLong() == 40000);
    CHECK(target->scalar(QStringLiteral("SELECT invoice_id IS NULL FROM imported_credit_notes WHERE number = 'CN-2'")).toBool());

    // Next month the package's file comes in again: both notes are known, nothing is credited twice.
    const ImportReport again = importInto(*target, monthlyFile, ImportKind::Invoices, erpnext);
    CHECK(again.created == 0);
    CHECK(openOf(*target, "H1") == 60000);
    CHECK(creditedOf(*target, "H1") == 40000);
    CHECK(rows(*target, QStringLiteral("imported_credit_notes")) == 2);
}

TEST_CASE("Export: a credit note applied only in part is applied as much again after a round trip", "[export][import][issue16]")
{
    TempDir dir;
    auto db = freshDatabase(dir);
    REQUIRE(importCsv(*db, writeFile(dir, QStringLiteral("c.csv"), "number,name\nC1,Jansen\n"), ImportKind::Customers).committed);
    // H2 of 100.00 has 80.00 paid by a real payment; the package's credit note of 50.00 fits 20.00 only.
    REQUIRE(importCsv(*db, writeFile(dir, QStringLiteral("i.csv"), "number,customer,issue_date,total_incl\nH2,C1,2026-03-01,100.00\n"),
                      ImportKind::Invoices)
                .committed);
    REQUIRE(importCsv(*db, writeFile(dir, QStringLiteral("p.csv"), "customer,date,amount,invoice\nC1,2026-03-02,80.00,H2\n"),
                      ImportKind::Payments)
                .committed);
    REQUIRE(importCsv(*db, writeFile(dir, QStringLiteral("n.csv"), "number,customer,issue_date,total_incl,credits\nCN-3,C1,2026-03-03,-50.00,H2\n"),
                      ImportKind::Invoices)
                .committed);
    REQUIRE(db->scalar(QStringLiteral("SELECT credited_cents FROM invoices WHERE number = 'H2'")).toLongLong() == 2000);

    const QString path = dir.filePath(QStringLiteral("out.csv"));
    CsvExporter(*db).exportTo(ExportKind::Invoices, path);
    auto target = freshDatabase(dir, QStringLiteral("target.sqlite"));
    REQUIRE(importCsv(*target, writeFile(dir, QStringLiteral("c.csv"), "number,name\nC1,Jansen\n"), ImportKind::Customers).committed);
    REQUIRE(importCsv(*target, path, ImportKind::Invoices).committed);
    // 20.00 credited as before (not 50.00), and 80.00 is the paid amount it was.
    CHECK(target->scalar(QStringLiteral("SELECT credited_cents FROM invoices WHERE number = 'H2'")).toLongLong() == 2000);
    CHECK(target->scalar(QStringLiteral("SELECT paid_cents FROM invoices WHERE number = 'H2'")).toLongLong() == 8000);
    CHECK(target->scalar(QStringLiteral("SELECT applied_cents FROM imported_credit_notes WHERE number = 'CN-3'")).toLongLong() == 2000);
}
