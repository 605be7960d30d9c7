// Credit notes in another currency (issue 15, defect 4; VAT Directive art. 230): the VAT adjusted
// is stated in euros too, converted at the rate of the credited invoice's date (art. 91 lid 2),
// kept with the note, printed in its VAT table and written to the UBL file as BT-6 / BT-111.
// Without a rate close to that date nothing is issued.

#include "test_documents_fixture.h"
#include "common/ValidationError.h"
#include "exchangerates/ExchangeRateRepository.h"

using namespace dd;
using namespace dd::test;

namespace {

Money gbp(qint64 cents)
{
    return Money(cents, QStringLiteral("GBP"));
}

// The fixture's invoice in pounds: 3 x 33.33 at 21% and 1 x 10.01 at 9%: net 110.00, VAT 21.90.
void poundInvoice(DocumentsFixture &f, int highRate = 2100, int lowRate = 900)
{
    Invoice invoice;
    invoice.number = QStringLiteral("INV-GB");
    invoice.customerId = f.englishCustomer;
    invoice.currency = QStringLiteral("GBP");
    invoice.issueDate = day(2026, 2, 2); // a Monday: Friday's rate is the latest
    invoice.dueDate = day(2026, 3, 4);
    InvoiceLine a;
    a.description = QStringLiteral("Repair hours");
    a.quantityThousandths = 3000;
    a.unitPrice = gbp(3333);
    a.vatRateBasisPoints = highRate;
    InvoiceLine b;
    b.description = QStringLiteral("Parts");
    b.quantityThousandths = 1000;
    b.unitPrice = gbp(1001);
    b.vatRateBasisPoints = lowRate;
    invoice.lines << a << b;
    InvoiceRepository(*f.db).insert(invoice);
    // A business with a VAT number: a Peppol participant (scheme 9932), so the UBL file can be made.
    f.db->run(QStringLiteral("UPDATE customers SET vat_id = 'GB123456789' WHERE id = ?"), {f.englishCustomer});
}

void rate(DocumentsFixture &f, const Date &date)
{
    ExchangeRateRepository(*f.db).save({ExchangeRate{QStringLiteral("GBP"), date, 861300, QStringLiteral("ECB")}});
}

QString refusal(DocumentsFixture &f)
{
    try {
        f.issue(QStringLiteral("INV-GB"));
    } catch (const ValidationError &error) {
        return error.message();
    }
    return QString();
}

} // namespace

TEST_CASE("a credit note in pounds states its VAT in euros at the invoice date's rate", "[creditnotes][currency]")
{
    DocumentsFixture f;
    poundInvoice(f);

    SECTION("without a rate, or with one from long before the invoice, nothing is issued")
    {
        CHECK(refusal(f).contains(QStringLiteral("VAT Directive art. 230")));
        CHECK(refusal(f).contains(QStringLiteral("exchange-rates --currency GBP --date 2026-02-02")));
        rate(f, day(2026, 1, 20));
        CHECK(refusal(f).contains(QStringLiteral("more than 7 days earlier")));
        // A rate after the invoice date is not the rate its VAT was converted at.
        rate(f, day(2026, 2, 3));
        CHECK(refusal(f).contains(QStringLiteral("more than 7 days earlier")));
        CHECK(rows(*f.db, QStringLiteral("credit_notes")) == 0);
        CHECK(f.reload(QStringLiteral("INV-GB")).credited.isZero());
    }
    SECTION("with Friday's ECB rate")
    {
        rate(f, day(2026, 1, 30));
        const CreditNote issued = f.issue(QStringLiteral("INV-GB"));
        CHECK(issued.vat == gbp(2190));
        // £ 21.90 / 0.8613 = € 25.4267: € 25.43.
        REQUIRE(issued.vatInEur);
        CHECK(*issued.vatInEur == eur(2543));
        REQUIRE(issued.eurRate);
        CHECK(issued.eurRate->date == day(2026, 1, 30));
        CHECK(issued.eurRate->perEurMicros == 861300);

        // A later rate changes nothing of an issued note.
        ExchangeRateRepository(*f.db).save({ExchangeRate{QStringLiteral("GBP"), day(2026, 1, 30), 900000, QStringLiteral("ECB")}});
        const CreditNote kept = *CreditNoteRepository(*f.db).find(issued.id);
        CHECK(*kept.vatInEur == eur(2543));
        CHECK(kept.eurRate->perEurMicros == 861300);

        const QString text = pdfText(f.credits.pdf(kept));
        INFO(text.toStdString());
        CHECK(text.contains(QStringLiteral("VAT in euros (1 EUR = 0.8613 GBP, rate of 30 January 2026)")));
        CHECK(text.contains(QStringLiteral("-€25.43")));
        CHECK(text.contains(QStringLiteral("-£21.90")));

        const QString ubl = QString::fromUtf8(f.credits.ubl(kept));
        INFO(ubl.toStdString());
        CHECK(ubl.contains(QStringLiteral("<cbc:DocumentCurrencyCode>GBP</cbc:DocumentCurrencyCode>")));
        CHECK(ubl.contains(QStringLiteral("<cbc:TaxCurrencyCode>EUR</cbc:TaxCurrencyCode>")));
        CHECK(ubl.contains(QStringLiteral("<cbc:TaxAmount currencyID=\"EUR\">25.43</cbc:TaxAmount>")));
        CHECK(ubl.contains(QStringLiteral("<cbc:TaxAmount currencyID=\"GBP\">21.90</cbc:TaxAmount>")));
    }
}

TEST_CASE("a credit note in pounds without VAT needs no euro rate", "[creditnotes][currency]")
{
    DocumentsFixture f;
    poundInvoice(f, 0, 0); // zero-rated export: no VAT to adjust, so nothing to state in euros
    const CreditNote note = f.issue(QStringLiteral("INV-GB"));
    CHECK(note.vat == gbp(0));
    CHECK_FALSE(note.vatInEur);
    CHECK_FALSE(QString::fromUtf8(f.credits.ubl(note)).contains(QStringLiteral("TaxCurrencyCode")));
}

TEST_CASE("a credit note in euros has no second VAT total", "[creditnotes][currency]")
{
    DocumentsFixture f;
    f.invoice(QStringLiteral("INV-1"), f.dutchCustomer);
    const CreditNote note = f.issue(QStringLiteral("INV-1"));
    CHECK_FALSE(note.vatInEur);
    const QString ubl = QString::fromUtf8(f.credits.ubl(note));
    CHECK_FALSE(ubl.contains(QStringLiteral("TaxCurrencyCode")));
    CHECK(ubl.count(QStringLiteral("<cac:TaxTotal>")) == 1);
}
