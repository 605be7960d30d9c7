// Credit notes of an invoice whose payable amount carries a PayableRoundingAmount (BT-114), as UBL
// invoices imported from Peppol do (reviewer defect 7): the rounding is no net and no VAT, so a note
// takes it back as a rounding of its own, and a full credit settles exactly what is open.
#include "test_creditnote_einvoicing_support.h"

#include "common/ValidationError.h"
#include "creditnotes/CreditNoteRepository.h"

using namespace dd;
using namespace dd::test;

namespace {
QString ublOf(DocumentsFixture &f, const CreditNote &note)
{
    return QString::fromUtf8(f.credits.ubl(note, UblFlavour::Peppol));
}
} // namespace

TEST_CASE("A full credit of an invoice rounded up settles it exactly, the rounding is no VAT", "[creditnotes][rounding]")
{
    DocumentsFixture f;
    const Invoice invoice = roundedInvoice(f, QStringLiteral("INV-RND"), 2);
    REQUIRE(invoice.amountDue() == eur(3635));
    const CreditNote note = f.issue(QStringLiteral("INV-RND"));
    CHECK(note.totalExclVat == eur(3003));
    CHECK(note.vat == eur(630)); // the lines' own VAT, no VAT on the rounding
    CHECK(note.totalInclVat == eur(3633));
    CHECK(note.payableRounding == eur(2));
    CHECK(note.amountCredited() == eur(3635));
    const Invoice after = f.reload(QStringLiteral("INV-RND"));
    CHECK(after.credited == eur(3635));
    CHECK(after.openAmount() == eur(0));
    // Read back from the database as issued.
    const auto stored = CreditNoteRepository(*f.db).findByNumber(note.number);
    REQUIRE(stored);
    CHECK(stored->totalInclVat == eur(3633));
    CHECK(stored->payableRounding == eur(2));
    const QString ubl = ublOf(f, *stored);
    CHECK(ubl.contains(QStringLiteral("<cbc:TaxInclusiveAmount currencyID=\"EUR\">36.33</cbc:TaxInclusiveAmount>")));
    CHECK(ubl.contains(QStringLiteral("<cbc:PayableRoundingAmount currencyID=\"EUR\">0.02</cbc:PayableRoundingAmount>")));
    CHECK(ubl.contains(QStringLiteral("<cbc:PayableAmount currencyID=\"EUR\">36.35</cbc:PayableAmount>")));
}

TEST_CASE("A full credit of an invoice rounded down is not refused and settles it exactly", "[creditnotes][rounding]")
{
    DocumentsFixture f;
    roundedInvoice(f, QStringLiteral("INV-RNDM"), -4);
    const CreditNote note = f.issue(QStringLiteral("INV-RNDM"));
    CHECK(note.totalInclVat == eur(3633));
    CHECK(note.payableRounding == eur(-4));
    CHECK(note.amountCredited() == eur(3629));
    const Invoice after = f.reload(QStringLiteral("INV-RNDM"));
    CHECK(after.credited == eur(3629));
    CHECK(after.openAmount() == eur(0));
    CHECK(ublOf(f, note).contains(QStringLiteral("<cbc:PayableRoundingAmount currencyID=\"EUR\">-0.04</cbc:PayableRoundingAmount>")));
}

TEST_CASE("The note that credits the last line or the rest takes the rounding back, once", "[creditnotes][rounding]")
{
    SECTION("line by line")
    {
        DocumentsFixture f;
        roundedInvoice(f, QStringLiteral("INV-L"), 2);
        const CreditNote first = f.issue(QStringLiteral("INV-L"), std::nullopt, {1});
        CHECK(first.payableRounding == eur(0));
        CHECK(first.amountCredited() == eur(1211));
        const CreditNote second = f.issue(QStringLiteral("INV-L"), std::nullopt, {2});
        CHECK(second.payableRounding == eur(2));
        CHECK(second.amountCredited() == eur(2422 + 2));
        CHECK(f.reload(QStringLiteral("INV-L")).openAmount() == eur(0));
    }
    SECTION("an amount, then the rest")
    {
        DocumentsFixture f;
        roundedInvoice(f, QStringLiteral("INV-R"), -4);
        const CreditNote part = f.issue(QStringLiteral("INV-R"), eur(1210));
        CHECK(part.payableRounding == eur(0));
        CHECK(f.reload(QStringLiteral("INV-R")).openAmount() == eur(3629 - 1210));
        const CreditNote rest = f.issue(QStringLiteral("INV-R"));
        // 24.19 open = 24.23 at 21% (net 20.02, VAT 4.21) and the rounding of -0.04.
        CHECK(rest.payableRounding == eur(-4));
        CHECK(rest.totalInclVat == eur(2423));
        CHECK(rest.totalExclVat == eur(2002));
        CHECK(rest.vat == eur(421));
        CHECK(f.reload(QStringLiteral("INV-R")).openAmount() == eur(0));
        // Nothing is left to take back: a further note is refused.
        CHECK_THROWS_AS(f.issue(QStringLiteral("INV-R")), ValidationError);
    }
}

TEST_CASE("An amount that is all that is open credits the rest: the rounding apart, not taxed", "[creditnotes][rounding]")
{
    DocumentsFixture f;
    roundedInvoice(f, QStringLiteral("INV-A"), 2);
    const CreditNote note = f.issue(QStringLiteral("INV-A"), eur(3635));
    CHECK(note.payableRounding == eur(2));
    CHECK(note.vat == eur(630));
    CHECK(note.amountCredited() == eur(3635));
    CHECK(f.reload(QStringLiteral("INV-A")).openAmount() == eur(0));
}
