#include "ImportTestSupport.h"
#include "importers/ImportValues.h"
#include "importers/UblImporter.h"
#include "importers/UblReader.h"
#include "invoices/InvoiceRepository.h"

#include <QDir>
#include <QRegularExpression>

using namespace dd;
using namespace dd::test;

namespace {

const QByteArray smallInvoice = R"(<?xml version="1.0" encoding="UTF-8"?>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
 xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
 xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:ID>INV-77</cbc:ID>
  <cbc:IssueDate>2026-02-01</cbc:IssueDate>
  <cbc:DueDate>2026-03-03</cbc:DueDate>
  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
  <cac:AccountingCustomerParty><cac:Party>
    <cac:PartyName><cbc:Name>Klant BV</cbc:Name></cac:PartyName>
    <cac:PostalAddress><cbc:CityName>Utrecht</cbc:CityName><cac:Country><cbc:IdentificationCode>NL</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
    <cac:PartyTaxScheme><cbc:CompanyID>NL001234567B01</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
  </cac:Party></cac:AccountingCustomerParty>
  <cac:TaxTotal><cbc:TaxAmount currencyID="EUR">21.00</cbc:TaxAmount></cac:TaxTotal>
  <cac:LegalMonetaryTotal>
    <cbc:LineExtensionAmount currencyID="EUR">100.00</cbc:LineExtensionAmount>
    <cbc:TaxExclusiveAmount currencyID="EUR">100.00</cbc:TaxExclusiveAmount>
    <cbc:TaxInclusiveAmount currencyID="EUR">121.00</cbc:TaxInclusiveAmount>
    <cbc:PayableAmount currencyID="EUR">121.00</cbc:PayableAmount>
  </cac:LegalMonetaryTotal>
  <cac:InvoiceLine>
    <cbc:ID>1</cbc:ID>
    <cbc:InvoicedQuantity unitCode="HUR">4</cbc:InvoicedQuantity>
    <cbc:LineExtensionAmount currencyID="EUR">100.00</cbc:LineExtensionAmount>
    <cac:Item><cbc:Name>Advice</cbc:Name><cac:SellersItemIdentification><cbc:ID>ADV</cbc:ID></cac:SellersItemIdentification>
      <cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>21</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory></cac:Item>
    <cac:Price><cbc:PriceAmount currencyID="EUR">25.00</cbc:PriceAmount></cac:Price>
  </cac:InvoiceLine>
</Invoice>
)";

} // namespace

TEST_CASE("UBL: an invoice creates its customer by VAT id, takes lines and totals over, re-import is idempotent", "[import][ubl]")
{
    TempDir dir;
    auto db = freshDatabase(dir);
    const QString path = writeFile(dir, QStringLiteral("inv.xml"), smallInvoice);
    const ImportReport report = UblImporter(*db).importPath(path);
    REQUIRE(report.committed);
    CHECK(report.created == 1);
    const auto invoice = InvoiceRepository(*db).findByNumber(QStringLiteral("INV-77"));
    REQUIRE(invoice);
    CHECK(invoice->totalInclVat == eur(12100));
    CHECK(invoice->vat == eur(2100));
    CHECK(invoice->dueDate == Date(2026, 3, 3));
    REQUIRE(invoice->lines.size() == 1);
    CHECK(invoice->lines.at(0).quantityThousandths == 4000);
    CHECK(invoice->lines.at(0).unitPrice == eur(2500));
    CHECK(invoice->lines.at(0).productCode == QStringLiteral("ADV"));
    CHECK(db->scalar(QStringLiteral("SELECT name FROM customers WHERE vat_id = 'NL001234567B01'")).toString() == QStringLiteral("Klant BV"));

    const auto before = importCounts(*db);
    const ImportReport again = UblImporter(*db).importPath(path);
    CHECK(again.unchanged == 1);
    CHECK(importCounts(*db) == before);
}

TEST_CASE("UBL: malformed or foreign documents import nothing, with line and column", "[import][ubl]")
{
    TempDir dir;
    auto db = freshDatabase(dir);
    QDir(dir.filePath(QString())).mkdir(QStringLiteral("batch"));
    writeFile(dir, QStringLiteral("batch/a.xml"), smallInvoice);
    const QString broken = writeFile(dir, QStringLiteral("batch/b.xml"), "<?xml version=\"1.0\"?>\n<Invoice>\n  <ID>1</Wrong>\n</Invoice>\n");
    const auto before = importCounts(*db);
    const ImportReport report = UblImporter(*db).importPath(dir.filePath(QStringLiteral("batch")));
    CHECK_FALSE(report.committed);
    REQUIRE(report.errors.size() == 1);
    CHECK(report.errors.at(0).file == broken);
    CHECK(report.errors.at(0).line == 3);
    CHECK(importCounts(*db) == before);

    ImportIssues issues;
    CHECK_FALSE(UblReader::read("<Order xmlns=\"x\"/>", QStringLiteral("o.xml"), &issues));
    REQUIRE(issues.size() == 1);
    CHECK(issues.at(0).toString().startsWith(QStringLiteral("o.xml:1:")));
    CHECK(issues.at(0).reason.contains(QStringLiteral("not a UBL invoice")));
}

#ifdef DD_UBL_EXAMPLES
namespace {
qint64 centsIn(const QString &xml, const QString &element)
{
    const QRegularExpression re(QStringLiteral("<cbc:%1[^>]*>([^<]*)<").arg(element));
    const auto m = re.match(xml);
    if (!m.hasMatch())
        return 0;
    QString why;
    return ImportValues::scaled(m.captured(1), 2, &why).value_or(0);
}
} // namespace

TEST_CASE("UBL: every Peppol BIS Billing 3.0 example imports with its totals", "[import][ubl][peppol]")
{
    const QDir examples(QStringLiteral(DD_UBL_EXAMPLES));
    const QStringList files = examples.entryList({QStringLiteral("*.xml")}, QDir::Files, QDir::Name);
    REQUIRE(files.size() >= 5);
    for (const QString &name : files) {
        INFO(name.toStdString());
        TempDir dir;
        auto db = freshDatabase(dir);
        const QString path = examples.filePath(name);
        const QString xml = QString::fromUtf8(fileBytes(path));
        const ImportReport report = UblImporter(*db).importPath(path);
        INFO((report.errors.isEmpty() ? QString() : report.errors.at(0).toString()).toStdString());
        REQUIRE(report.committed);
        if (xml.contains(QStringLiteral("<CreditNote"))) {
            CHECK(report.skipped == 1);
            CHECK(rows(*db, QStringLiteral("invoices")) == 0);
            REQUIRE(report.notes.size() == 1);
            CHECK(report.notes.at(0).contains(QStringLiteral("credit note")));
            continue;
        }
        CHECK(report.created == 1);
        const QString number = QRegularExpression(QStringLiteral("<cbc:ID>([^<]*)</cbc:ID>")).match(xml).captured(1);
        const auto invoice = InvoiceRepository(*db).findByNumber(number);
        REQUIRE(invoice);
        const qint64 payable = centsIn(xml, QStringLiteral("PayableAmount"));
        const qint64 prepaid = centsIn(xml, QStringLiteral("PrepaidAmount"));
        // The document's LegalMonetaryTotal as it stands: rounding apart, what is open = PayableAmount.
        CHECK(invoice->totalInclVat.cents() == centsIn(xml, QStringLiteral("TaxInclusiveAmount")));
        CHECK(invoice->payableRounding.cents() == centsIn(xml, QStringLiteral("PayableRoundingAmount")));
        CHECK(invoice->totalExclVat.cents() + invoice->vat.cents() == invoice->totalInclVat.cents());
        CHECK(invoice->totalExclVat.cents() == centsIn(xml, QStringLiteral("TaxExclusiveAmount")));
        CHECK(invoice->openAmount().cents() == payable);
        CHECK(invoice->paid.cents() == prepaid);
        // The lines' VAT adds up to the document's VAT (per category, EN 16931).
        qint64 lineVat = 0;
        for (const InvoiceLine &line : invoice->lines)
            lineVat += line.vat.cents();
        CHECK(lineVat == invoice->vat.cents());
        // Lines (with document-level allowances and charges) add up to the total excluding VAT.
        qint64 net = 0;
        for (const InvoiceLine &line : invoice->lines)
            net += line.net.cents();
        CHECK(net == invoice->totalExclVat.cents());
        CHECK(invoice->currency == QRegularExpression(QStringLiteral("<cbc:DocumentCurrencyCode>([A-Z]{3})<")).match(xml).captured(1));
    }

    // The whole folder at once: all import, one customer per buyer VAT id, credit note reported.
    TempDir dir;
    auto db = freshDatabase(dir);
    const ImportReport folder = UblImporter(*db).importPath(examples.path());
    REQUIRE(folder.committed);
    CHECK(folder.skipped == 1);
    CHECK(db->scalar(QStringLiteral("SELECT COUNT(*) FROM customers WHERE vat_id = 'SE4598375937'")).toInt() == 1);
    const auto before = importCounts(*db);
    CHECK(UblImporter(*db).importPath(examples.path()).created == 0);
    CHECK(importCounts(*db) == before);
}
#endif
