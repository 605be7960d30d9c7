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
    int runs = 0;
    for (const QByteArray &seed : seeds) {
        for (int i = 0; i < 300; ++i) {
            QByteArray input = seed.left(random.bounded(seed.size() + 1));
            if (i % 2) {
                for (int k = 0; k < 5 && !input.isEmpty(); ++k)
                    input[random.bounded(input.size())] = char(random.bounded(256));
            }
            ImportIssues issues;
            ImportIssue issue;
            (void)CsvReader::parse(QString::fromUtf8(input), u',', QStringLiteral("f"), &issue);
            (void)UblReader::read(input, QStringLiteral("f"), &issues);
            (void)CamtReader::read(input, QStringLiteral("f"), &issues);
            ++runs;
        }
    }
    CHECK(runs == 900);
}
