// UBL import keeps the document's own totals and VAT categories (issue 17). The small documents
// follow the layout of the Peppol BIS Billing 3.0 examples (UBL 2.1 Invoice, one
// AccountingCustomerParty, TaxTotal with TaxSubtotals, LegalMonetaryTotal), cut down to what each
// case needs.
#include "ImportTestSupport.h"
#include "importers/UblImporter.h"
#include "importers/UblReader.h"
#include "invoices/InvoiceRepository.h"
#include "customers/CustomerRepository.h"

using namespace dd;
using namespace dd::test;

namespace {

struct UblCase
{
    QByteArray endpoint; // inside cac:Party, before PartyName
    QByteArray taxTotal;
    QByteArray monetary; // children of LegalMonetaryTotal
    QByteArray lines;
};

QByteArray invoiceXml(const UblCase &c)
{
    return QByteArray(R"(<?xml version="1.0" encoding="UTF-8"?>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
 xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
 xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:ID>INV-9</cbc:ID>
  <cbc:IssueDate>2026-02-01</cbc:IssueDate>
  <cbc:DueDate>2026-03-03</cbc:DueDate>
  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
  <cac:AccountingCustomerParty><cac:Party>)")
        + c.endpoint + R"(
    <cac:PartyName><cbc:Name>Kunde GmbH</cbc:Name></cac:PartyName>
    <cac:PostalAddress><cbc:CityName>Berlin</cbc:CityName><cac:Country><cbc:IdentificationCode>DE</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
    <cac:PartyTaxScheme><cbc:CompanyID>DE123456789</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
  </cac:Party></cac:AccountingCustomerParty>
  )" + c.taxTotal + R"(
  <cac:LegalMonetaryTotal>)" + c.monetary + R"(</cac:LegalMonetaryTotal>
)" + c.lines + "</Invoice>\n";
}

QByteArray line(int id, const char *net, const char *category, const char *percent)
{
    QByteArray xml = "  <cac:InvoiceLine><cbc:ID>" + QByteArray::number(id) + "</cbc:ID>"
        "<cbc:InvoicedQuantity unitCode=\"C62\">1</cbc:InvoicedQuantity>"
        "<cbc:LineExtensionAmount currencyID=\"EUR\">" + net + "</cbc:LineExtensionAmount>"
        "<cac:Item><cbc:Name>Item " + QByteArray::number(id) + "</cbc:Name><cac:ClassifiedTaxCategory><cbc:ID>" + category + "</cbc:ID>";
    if (percent)
        xml += QByteArray("<cbc:Percent>") + percent + "</cbc:Percent>";
    return xml + "<cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory></cac:Item>"
        "<cac:Price><cbc:PriceAmount currencyID=\"EUR\">" + net + "</cbc:PriceAmount></cac:Price></cac:InvoiceLine>\n";
}

QByteArray monetary(const char *net, const char *incl, const char *payable, const QByteArray &extra = {})
{
    return QByteArray("<cbc:LineExtensionAmount currencyID=\"EUR\">") + net + "</cbc:LineExtensionAmount>"
        "<cbc:TaxExclusiveAmount currencyID=\"EUR\">" + net + "</cbc:TaxExclusiveAmount>"
        "<cbc:TaxInclusiveAmount currencyID=\"EUR\">" + incl + "</cbc:TaxInclusiveAmount>" + extra
        + "<cbc:PayableAmount currencyID=\"EUR\">" + payable + "</cbc:PayableAmount>";
}

QByteArray standardTax(const char *taxable, const char *tax)
{
    return QByteArray("<cac:TaxTotal><cbc:TaxAmount currencyID=\"EUR\">") + tax + "</cbc:TaxAmount>"
        "<cac:TaxSubtotal><cbc:TaxableAmount currencyID=\"EUR\">" + taxable + "</cbc:TaxableAmount>"
        "<cbc:TaxAmount currencyID=\"EUR\">" + tax + "</cbc:TaxAmount><cac:TaxCategory><cbc:ID>S</cbc:ID>"
        "<cbc:Percent>21</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory></cac:TaxSubtotal></cac:TaxTotal>";
}

Invoice importOne(Database &db, const TempDir &dir, const UblCase &c, ImportReport *reportOut = nullptr)
{
    const ImportReport report = UblImporter(db).importPath(writeFile(dir, QStringLiteral("inv.xml"), invoiceXml(c)));
    INFO((report.errors.isEmpty() ? QString() : report.errors.at(0).toString()).toStdString());
    REQUIRE(report.committed);
    if (reportOut)
        *reportOut = report;
    const auto invoice = InvoiceRepository(db).findByNumber(QStringLiteral("INV-9"));
    REQUIRE(invoice);
    return *invoice;
}

} // namespace

TEST_CASE("UBL totals: PayableRoundingAmount is kept apart, net + VAT = total, open = payable", "[import][ubl][peppol]")
{
    TempDir dir;
    auto db = freshDatabase(dir);
    const Invoice invoice = importOne(*db, dir, {{}, standardTax("100.00", "21.00"),
                                                 monetary("100.00", "121.00", "121.05",
                                                          "<cbc:PayableRoundingAmount currencyID=\"EUR\">0.05</cbc:PayableRoundingAmount>"),
                                                 line(1, "100.00", "S", "21")});
    CHECK(invoice.totalExclVat == eur(10000));
    CHECK(invoice.vat == eur(2100));
    CHECK(invoice.totalInclVat == eur(12100));
    CHECK(invoice.payableRounding == eur(5));
    CHECK(invoice.amountDue() == eur(12105));
    CHECK(invoice.openAmount() == eur(12105));
}

TEST_CASE("UBL totals: a negative PrepaidAmount is kept, open is the PayableAmount", "[import][ubl][peppol]")
{
    // A corrective invoice of -10,834.90 of which 834.90 was already paid back: -10,000 payable.
    TempDir dir;
    auto db = freshDatabase(dir);
    const Invoice invoice = importOne(*db, dir, {{}, standardTax("-8954.46", "-1880.44"),
                                                 monetary("-8954.46", "-10834.90", "-10000.00",
                                                          "<cbc:PrepaidAmount currencyID=\"EUR\">-834.90</cbc:PrepaidAmount>"),
                                                 line(1, "-8954.46", "S", "21")});
    CHECK(invoice.totalInclVat == eur(-1083490));
    CHECK(invoice.prepaidNotBooked == eur(-83490));
    CHECK(invoice.openAmount() == eur(-1000000));
    CHECK(invoice.paid == eur(0));
}

TEST_CASE("UBL totals: a prepayment beyond the total settles the invoice and leaves a credit balance", "[import][ubl][peppol]")
{
    TempDir dir;
    auto db = freshDatabase(dir);
    ImportReport report;
    const Invoice invoice = importOne(*db, dir, {{}, standardTax("100.00", "21.00"),
                                                 monetary("100.00", "121.00", "-29.00",
                                                          "<cbc:PrepaidAmount currencyID=\"EUR\">150.00</cbc:PrepaidAmount>"),
                                                 line(1, "100.00", "S", "21")},
                                      &report);
    CHECK(invoice.paid == eur(12100));
    CHECK(invoice.openAmount() == eur(0));
    CHECK(db->scalar(QStringLiteral("SELECT amount_cents FROM payments")).toLongLong() == 15000);
    CHECK(db->scalar(QStringLiteral("SELECT SUM(amount_cents) FROM allocations")).toLongLong() == 12100);
    bool told = false;
    for (const QString &note : report.notes)
        told = told || note.contains(QStringLiteral("29.00 is a credit balance"));
    CHECK(told);
}

TEST_CASE("UBL totals: line VAT follows the document's VAT per category", "[import][ubl][peppol]")
{
    // Three lines of 10.02 at 21%: 2.1042 each, 2.10 rounded, 6.30 together; per category (EN 16931
    // BR-CO-17) 30.06 x 21% = 6.3126, 6.31: the document's VAT, which the lines must add up to.
    TempDir dir;
    auto db = freshDatabase(dir);
    const Invoice invoice = importOne(*db, dir, {{}, standardTax("30.06", "6.31"), monetary("30.06", "36.37", "36.37"),
                                                 line(1, "10.02", "S", "21") + line(2, "10.02", "S", "21") + line(3, "10.02", "S", "21")});
    qint64 vat = 0;
    for (const InvoiceLine &l : invoice.lines)
        vat += l.vat.cents();
    CHECK(vat == 631);
    CHECK(invoice.vat == eur(631));
    CHECK(invoice.lines.at(0).vat == eur(211)); // the cent goes to the first of the largest lines
}

TEST_CASE("UBL VAT categories: not subject to VAT at 0%, exempt with its reason, endpoint kept", "[import][ubl][peppol]")
{
    TempDir dir;
    auto db = freshDatabase(dir);
    const QByteArray tax = "<cac:TaxTotal><cbc:TaxAmount currencyID=\"EUR\">0.00</cbc:TaxAmount>"
                           "<cac:TaxSubtotal><cbc:TaxableAmount currencyID=\"EUR\">3200.00</cbc:TaxableAmount>"
                           "<cbc:TaxAmount currencyID=\"EUR\">0.00</cbc:TaxAmount><cac:TaxCategory><cbc:ID>O</cbc:ID>"
                           "<cbc:TaxExemptionReason>Not subject to VAT</cbc:TaxExemptionReason>"
                           "<cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory></cac:TaxSubtotal></cac:TaxTotal>";
    const Invoice invoice = importOne(*db, dir, {"<cbc:EndpointID schemeID=\"9930\">DE123456789</cbc:EndpointID>", tax,
                                                 monetary("3200.00", "3200.00", "3200.00"), line(1, "3200.00", "O", nullptr)});
    REQUIRE(invoice.lines.size() == 1);
    CHECK(invoice.lines.at(0).vatRateBasisPoints == 0);
    CHECK(invoice.lines.at(0).vat == eur(0));
    CHECK(invoice.lines.at(0).vatTreatment.category == QStringLiteral("O"));
    CHECK(invoice.lines.at(0).vatTreatment.exemptionReason == QStringLiteral("Not subject to VAT"));
    CHECK(invoice.vat == eur(0));
    const auto customer = CustomerRepository(*db).findById(invoice.customerId);
    REQUIRE(customer);
    CHECK(customer->peppol.toString() == QStringLiteral("9930:DE123456789"));
}

TEST_CASE("UBL VAT categories: exempt and reverse-charge lines keep category and reason", "[import][ubl][peppol]")
{
    TempDir dir;
    auto db = freshDatabase(dir);
    const QByteArray tax = "<cac:TaxTotal><cbc:TaxAmount currencyID=\"EUR\">0.00</cbc:TaxAmount>"
                           "<cac:TaxSubtotal><cbc:TaxableAmount currencyID=\"EUR\">100.00</cbc:TaxableAmount>"
                           "<cbc:TaxAmount currencyID=\"EUR\">0.00</cbc:TaxAmount><cac:TaxCategory><cbc:ID>E</cbc:ID><cbc:Percent>0</cbc:Percent>"
                           "<cbc:TaxExemptionReasonCode>VATEX-EU-132-1I</cbc:TaxExemptionReasonCode>"
                           "<cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory></cac:TaxSubtotal>"
                           "<cac:TaxSubtotal><cbc:TaxableAmount currencyID=\"EUR\">50.00</cbc:TaxableAmount>"
                           "<cbc:TaxAmount currencyID=\"EUR\">0.00</cbc:TaxAmount><cac:TaxCategory><cbc:ID>AE</cbc:ID><cbc:Percent>0</cbc:Percent>"
                           "<cbc:TaxExemptionReason>Reverse charge</cbc:TaxExemptionReason>"
                           "<cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory></cac:TaxSubtotal></cac:TaxTotal>";
    const Invoice invoice = importOne(*db, dir, {{}, tax, monetary("150.00", "150.00", "150.00"),
                                                 line(1, "100.00", "E", "0") + line(2, "50.00", "AE", "0")});
    REQUIRE(invoice.lines.size() == 2);
    CHECK(invoice.lines.at(0).vatTreatment == VatTreatment{QStringLiteral("E"), QStringLiteral("VATEX-EU-132-1I"), QString()});
    CHECK(invoice.lines.at(1).vatTreatment == VatTreatment{QStringLiteral("AE"), QString(), QStringLiteral("Reverse charge")});
}

TEST_CASE("UBL totals: a PayableAmount other than inclusive + rounding - prepaid is refused with file, line and field",
          "[import][ubl][peppol]")
{
    // 121.00 + 0.05 rounding - 20.00 prepaid is 101.05; the document says 121.05.
    const QByteArray xml = invoiceXml({{}, standardTax("100.00", "21.00"),
                                       monetary("100.00", "121.00", "121.05",
                                                "<cbc:PrepaidAmount currencyID=\"EUR\">20.00</cbc:PrepaidAmount>"
                                                "<cbc:PayableRoundingAmount currencyID=\"EUR\">0.05</cbc:PayableRoundingAmount>"),
                                       line(1, "100.00", "S", "21")});
    ImportIssues issues;
    CHECK_FALSE(UblReader::read(xml, QStringLiteral("pay.xml"), &issues));
    REQUIRE(issues.size() == 1);
    CHECK(issues.at(0).file == QStringLiteral("pay.xml"));
    CHECK(issues.at(0).line > 1); // where the PayableAmount is, not the start of the file
    CHECK(issues.at(0).reason.contains(QStringLiteral("PayableAmount 121.05")));
    CHECK(issues.at(0).reason.contains(QStringLiteral("= 101.05")));

    // The same document importing refuses it and writes nothing.
    TempDir dir;
    auto db = freshDatabase(dir);
    const ImportReport report = UblImporter(*db).importPath(writeFile(dir, QStringLiteral("pay.xml"), xml));
    CHECK_FALSE(report.committed);
    CHECK(rows(*db, QStringLiteral("invoices")) == 0);
    CHECK(rows(*db, QStringLiteral("payments")) == 0);
}

TEST_CASE("UBL VAT categories: a TaxSubtotal Percent that is no number is refused, not read as 0%", "[import][ubl][peppol]")
{
    QByteArray tax = standardTax("100.00", "21.00");
    tax.replace("<cbc:Percent>21</cbc:Percent>", "<cbc:Percent>21%x</cbc:Percent>");
    ImportIssues issues;
    CHECK_FALSE(UblReader::read(invoiceXml({{}, tax, monetary("100.00", "121.00", "121.00"), line(1, "100.00", "S", "21")}),
                                QStringLiteral("pct.xml"), &issues));
    REQUIRE(issues.size() == 1);
    CHECK(issues.at(0).line > 1);
    CHECK(issues.at(0).reason.contains(QStringLiteral("TaxSubtotal/TaxCategory/Percent")));
}
