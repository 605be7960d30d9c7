// Credit notes as e-invoices (issue 17): Peppol endpoints, refusal of what cannot be valid Peppol,
// positive prices, VAT categories from the invoice line to the credit note.
#include "test_creditnote_einvoicing_support.h"

#include "common/ValidationError.h"
#include "creditnotes/UblCreditNoteWriter.h"

using namespace dd;
using namespace dd::test;

TEST_CASE("Peppol participant ids: EAS schemes, check digits, VAT numbers by country", "[creditnotes][peppol]")
{
    QString why;
    CHECK(PeppolParticipant::parse(QStringLiteral("0106:12345678"), &why)->toString() == QStringLiteral("0106:12345678"));
    CHECK(PeppolParticipant::parse(QStringLiteral(" 0088 : 5790000435975 "), &why)->id == QStringLiteral("5790000435975"));
    CHECK_FALSE(PeppolParticipant::parse(QStringLiteral("0088:5790000435976"), &why)); // wrong check digit
    CHECK(why.contains(QStringLiteral("GLN")));
    CHECK(PeppolParticipant::parse(QStringLiteral("0208:0417497106"), &why)); // 97 - 04174971 mod 97 = 06
    CHECK_FALSE(PeppolParticipant::parse(QStringLiteral("0208:0417497107"), &why));
    CHECK_FALSE(PeppolParticipant::parse(QStringLiteral("EM:info@example.com"), &why));
    CHECK(why.contains(QStringLiteral("not a Peppol identifier scheme")));
    CHECK_FALSE(PeppolParticipant::parse(QStringLiteral("12345678"), &why));
    CHECK(PeppolParticipant::parse(QString(), &why)->isEmpty());
    CHECK(PeppolParticipant::fromVatId(QStringLiteral("NL001234567B01")).toString() == QStringLiteral("9944:NL001234567B01"));
    CHECK(PeppolParticipant::fromVatId(QStringLiteral("DE 123456789")).toString() == QStringLiteral("9930:DE123456789"));
    CHECK(PeppolParticipant::fromVatId(QStringLiteral("GB123456789")).toString() == QStringLiteral("9932:GB123456789"));
    CHECK(PeppolParticipant::fromVatId(QStringLiteral("US123")).isEmpty());
    CompanySettings company = acmeCompany();
    CHECK(company.peppolEndpoint().toString() == QStringLiteral("0106:12345678"));
    company.kvk.clear();
    CHECK(company.peppolEndpoint().toString() == QStringLiteral("9944:NL001234567B01"));
}

TEST_CASE("UBL credit note endpoints: never e-mail, a consumer's note is refused for Peppol before writing", "[creditnotes][peppol]")
{
    DocumentsFixture f;
    const qint64 be = addCustomer(f, QStringLiteral("C-BE"), QStringLiteral("BE"), QStringLiteral("BE0417497106"),
                                  QStringLiteral("0208:0417497106"));
    const qint64 consumer = addCustomer(f, QStringLiteral("C-P"), QStringLiteral("NL"), QString(), QString(), CustomerKind::Consumer);
    f.invoice(QStringLiteral("INV-BE"), be);
    f.invoice(QStringLiteral("INV-P"), consumer);
    f.invoice(QStringLiteral("INV-GB"), f.englishCustomer); // a business without VAT number or participant id
    const CreditNote toBelgium = f.issue(QStringLiteral("INV-BE"));
    const QString xml = QString::fromUtf8(f.credits.ubl(toBelgium));
    CHECK(xml.contains(QStringLiteral("<cbc:EndpointID schemeID=\"0208\">0417497106</cbc:EndpointID>")));
    CHECK(xml.contains(QStringLiteral("<cbc:EndpointID schemeID=\"0106\">12345678</cbc:EndpointID>")));
    CHECK_FALSE(xml.contains(QStringLiteral("\"EM\"")));

    const CreditNote toConsumer = f.issue(QStringLiteral("INV-P"));
    try {
        f.credits.ubl(toConsumer);
        FAIL("a consumer's credit note went out as Peppol");
    } catch (const ValidationError &refused) {
        CHECK(refused.message().contains(QStringLiteral("is a consumer")));
        CHECK(refused.message().contains(QStringLiteral("PDF")));
        CHECK(refused.message().contains(toConsumer.number + QStringLiteral("-en16931.xml")));
    }
    // The plain EN 16931 flavour is for them: no Peppol customization, no endpoint at all.
    const QString plain = QString::fromUtf8(f.credits.ubl(toConsumer, UblFlavour::En16931));
    CHECK(plain.contains(QStringLiteral("<cbc:CustomizationID>urn:cen.eu:en16931:2017</cbc:CustomizationID>")));
    CHECK_FALSE(plain.contains(QStringLiteral("ProfileID")));
    CHECK(plain.count(QStringLiteral("EndpointID")) == 2); // ours only: opening and closing tag
    CHECK_THROWS_AS(f.credits.ubl(f.issue(QStringLiteral("INV-GB"))), ValidationError);
}

TEST_CASE("a credit of the open rest never has a negative price (BR-27)", "[creditnotes][peppol]")
{
    // An allowance of its own VAT rate (imported UBL invoices have those as lines): 9% part negative.
    DocumentsFixture f;
    InvoiceLine allowance = lineOf(QStringLiteral("Allowance"), -1000, 900);
    allowance.quantityThousandths = 1000;
    invoiceWith(f, QStringLiteral("INV-A"), f.dutchCustomer, {lineOf(QStringLiteral("Work"), 5000, 2100), allowance});
    const CreditNote part = f.issue(QStringLiteral("INV-A"), eur(5000));
    REQUIRE(part.lines.size() == 2);
    const CreditNoteLine &negative = part.lines.at(1);
    CHECK(negative.vatRateBasisPoints == 900);
    CHECK(negative.net.cents() < 0);
    CHECK(negative.quantityThousandths == -1000);
    CHECK_FALSE(negative.unitPrice.isNegative());
    CHECK(negative.unitPrice == -negative.net);
    const QString xml = QString::fromUtf8(f.credits.ubl(part));
    CHECK_FALSE(xml.contains(QStringLiteral("<cbc:PriceAmount currencyID=\"EUR\">-")));
    CHECK(xml.contains(QStringLiteral("<cbc:CreditedQuantity unitCode=\"C62\">-1</cbc:CreditedQuantity>")));
}

TEST_CASE("VAT categories go from the invoice line to the credit note, with their reason", "[creditnotes][peppol][vat]")
{
    DocumentsFixture f;
    const qint64 de = addCustomer(f, QStringLiteral("C-DE"), QStringLiteral("DE"), QStringLiteral("DE123456789"));
    invoiceWith(f, QStringLiteral("INV-E"), f.dutchCustomer,
                {lineOf(QStringLiteral("Course"), 10000, 0, exempt), lineOf(QStringLiteral("Book"), 2000, 900)});
    invoiceWith(f, QStringLiteral("INV-AE"), de, {lineOf(QStringLiteral("Repair"), 30000, 0, reverseCharge)});

    const CreditNote lines = f.issue(QStringLiteral("INV-E"), std::nullopt, {1});
    REQUIRE(lines.lines.size() == 1);
    CHECK(lines.lines.at(0).vatTreatment == exempt);
    const CreditNote amount = f.issue(QStringLiteral("INV-AE"), eur(15000));
    REQUIRE(amount.lines.size() == 1);
    CHECK(amount.lines.at(0).vatTreatment == reverseCharge);
    CHECK(amount.vat == eur(0));

    const QString exemptXml = QString::fromUtf8(f.credits.ubl(lines));
    CHECK(exemptXml.contains(QStringLiteral("<cbc:ID>E</cbc:ID>")));
    CHECK(exemptXml.contains(QStringLiteral("<cbc:TaxExemptionReasonCode>VATEX-EU-132-1I</cbc:TaxExemptionReasonCode>")));
    CHECK_FALSE(exemptXml.contains(QStringLiteral("<cbc:ID>Z</cbc:ID>")));
    const QString aeXml = QString::fromUtf8(f.credits.ubl(amount));
    CHECK(aeXml.contains(QStringLiteral("<cbc:ID>AE</cbc:ID>")));
    CHECK(aeXml.contains(QStringLiteral("<cbc:TaxExemptionReason>Reverse charge</cbc:TaxExemptionReason>")));
}

TEST_CASE("an intra-community (K) credit note is refused for Peppol before anything is written", "[creditnotes][peppol][vat]")
{
    DocumentsFixture f;
    const qint64 de = addCustomer(f, QStringLiteral("C-DE"), QStringLiteral("DE"), QStringLiteral("DE123456789"));
    const VatTreatment intraCommunity{QStringLiteral("K"), QStringLiteral("VATEX-EU-IC"), QStringLiteral("Intra-community supply")};
    invoiceWith(f, QStringLiteral("INV-K"), de, {lineOf(QStringLiteral("Pump"), 30000, 0, intraCommunity)});
    const CreditNote note = f.issue(QStringLiteral("INV-K"));
    CHECK(note.lines.at(0).vatTreatment == intraCommunity);
    // BR-IC-11/12 would reject it: the delivery date and country are not kept.
    CHECK_THROWS_WITH(f.credits.ubl(note), Catch::Contains("VAT category K"));
}

TEST_CASE("an invoice not subject to VAT credits in full at 0% VAT", "[creditnotes][peppol][vat]")
{
    DocumentsFixture f;
    invoiceWith(f, QStringLiteral("INV-O"), f.dutchCustomer, {lineOf(QStringLiteral("Disbursement"), 16000, 0, notSubject)});
    const Invoice invoice = f.reload(QStringLiteral("INV-O"));
    CHECK(invoice.vat == eur(0));
    CHECK(invoice.totalInclVat == eur(32000));
    const CreditNote full = f.issue(QStringLiteral("INV-O"));
    CHECK(full.totalInclVat == eur(32000));
    CHECK(full.vat == eur(0));
    CHECK(f.reload(QStringLiteral("INV-O")).openAmount() == eur(0));
    const QString xml = QString::fromUtf8(f.credits.ubl(full));
    CHECK(xml.contains(QStringLiteral("<cbc:ID>O</cbc:ID>")));
    CHECK_FALSE(xml.contains(QStringLiteral("<cbc:Percent>"))); // O states no rate (BR-O-05)
    CHECK_FALSE(xml.contains(QStringLiteral("PartyTaxScheme"))); // nor VAT ids (BR-O-02)
}
