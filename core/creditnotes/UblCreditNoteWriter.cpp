#include "UblCreditNoteWriter.h"

#include "documents/DocumentFormat.h"

#include <QCoreApplication>
#include <QSet>
#include <QXmlStreamWriter>

namespace dd {

namespace {
const QString cac = QStringLiteral("urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2");
const QString cbc = QStringLiteral("urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2");

QString tr(const char *text)
{
    return QCoreApplication::translate("dd::UblCreditNoteWriter", text);
}

QString percent(int basisPoints)
{
    return QStringLiteral("%1.%2").arg(basisPoints / 100).arg(basisPoints % 100, 2, 10, QLatin1Char('0'));
}

// "12.3457": a price with four decimals, for a line whose net is not quantity x stored price in
// cents (an imported line with a price per base quantity or line allowances): Peppol checks
// quantity x price against the line amount (PEPPOL-EN16931-R120).
QString exactPrice(qint64 netCents, qint64 quantityThousandths)
{
    const qint64 tenThousandths = (netCents * 100 * 1000 * 2 + quantityThousandths) / (2 * quantityThousandths);
    return QStringLiteral("%1.%2").arg(tenThousandths / 10000).arg(tenThousandths % 10000, 4, 10, QLatin1Char('0'));
}

bool notSubjectToVat(const CreditNote &note)
{
    for (const CreditNoteLine &line : note.lines) {
        if (line.vatTreatment.categoryFor(line.vatRateBasisPoints) == u"O")
            return true;
    }
    return false;
}

class Writer
{
public:
    explicit Writer(QByteArray *out)
        : x(out)
    {
        x.setAutoFormatting(true);
        x.setAutoFormattingIndent(2);
    }
    void basic(const QString &name, const QString &value) { x.writeTextElement(cbc, name, value); }
    void amount(const QString &name, const Money &money)
    {
        x.writeStartElement(cbc, name);
        x.writeAttribute(QStringLiteral("currencyID"), money.currency());
        x.writeCharacters(UblCreditNoteWriter::amount(money));
        x.writeEndElement();
    }
    void withScheme(const QString &name, const QString &scheme, const QString &value)
    {
        x.writeStartElement(cbc, name);
        x.writeAttribute(QStringLiteral("schemeID"), scheme);
        x.writeCharacters(value);
        x.writeEndElement();
    }
    void endpoint(const PeppolParticipant &participant)
    {
        if (!participant.isEmpty())
            withScheme(QStringLiteral("EndpointID"), participant.scheme, participant.id);
    }
    void start(const QString &name) { x.writeStartElement(cac, name); }
    void end() { x.writeEndElement(); }
    // withReason: the document-level category (BG-23) carries the exemption reason, a line's does not.
    void taxCategory(const QString &element, int rate, const VatTreatment &treatment, bool withReason)
    {
        const QString category = treatment.categoryFor(rate);
        start(element);
        basic(QStringLiteral("ID"), category);
        if (VatTreatment::hasRate(category))
            basic(QStringLiteral("Percent"), percent(rate));
        if (withReason && VatTreatment::needsExemptionReason(category)) {
            const QString code = treatment.exemptionCode.isEmpty() ? VatTreatment::defaultExemptionCode(category)
                                                                   : treatment.exemptionCode;
            if (!code.isEmpty())
                basic(QStringLiteral("TaxExemptionReasonCode"), code);
            if (!treatment.exemptionReason.isEmpty())
                basic(QStringLiteral("TaxExemptionReason"), treatment.exemptionReason);
            else if (code.isEmpty())
                basic(QStringLiteral("TaxExemptionReason"), QStringLiteral("Exempt from VAT"));
        }
        start(QStringLiteral("TaxScheme"));
        basic(QStringLiteral("ID"), QStringLiteral("VAT"));
        end();
        end();
    }
    void address(const QString &street, const QString &city, const QString &postalCode, const QString &country)
    {
        start(QStringLiteral("PostalAddress"));
        if (!street.trimmed().isEmpty())
            basic(QStringLiteral("StreetName"), street.trimmed());
        if (!city.trimmed().isEmpty())
            basic(QStringLiteral("CityName"), city.trimmed());
        if (!postalCode.trimmed().isEmpty())
            basic(QStringLiteral("PostalZone"), postalCode.trimmed());
        start(QStringLiteral("Country"));
        basic(QStringLiteral("IdentificationCode"), country.isEmpty() ? QStringLiteral("NL") : country);
        end();
        end();
    }
    void partyTaxScheme(const QString &vatId)
    {
        if (vatId.trimmed().isEmpty())
            return;
        start(QStringLiteral("PartyTaxScheme"));
        basic(QStringLiteral("CompanyID"), vatId.trimmed());
        start(QStringLiteral("TaxScheme"));
        basic(QStringLiteral("ID"), QStringLiteral("VAT"));
        end();
        end();
    }

    QXmlStreamWriter x;
};
} // namespace

QString UblCreditNoteWriter::amount(const Money &money)
{
    return money.toPlain();
}

QString UblCreditNoteWriter::fileName(const CreditNote &note, UblFlavour flavour)
{
    return note.number + (flavour == UblFlavour::Peppol ? QStringLiteral(".xml") : QStringLiteral("-en16931.xml"));
}

QString UblCreditNoteWriter::peppolProblem(const CreditNote &note, const Customer &customer, const CompanySettings &company)
{
    if (customer.peppolEndpoint().isEmpty()) {
        return customer.kind == CustomerKind::Consumer
            ? tr("customer %1 is a consumer, who has no Peppol address").arg(customer.number)
            : tr("customer %1 has no Peppol participant id (and no VAT number that gives one)").arg(customer.number);
    }
    if (company.peppolEndpoint().isEmpty())
        return tr("the company has no Peppol participant id: fill in its KvK or VAT number");
    // Not subject to VAT excludes every other category in one document (BR-O-11 to BR-O-14).
    QSet<QString> categories;
    for (const CreditNoteLine &line : note.lines)
        categories.insert(line.vatTreatment.categoryFor(line.vatRateBasisPoints));
    if (categories.contains(QStringLiteral("O")) && categories.size() > 1)
        return tr("it mixes lines not subject to VAT with other VAT categories");
    // An intra-community supply names its delivery date and country (BR-IC-11, BR-IC-12), which
    // DisputeDesk does not keep: such a note would be rejected, so none is written.
    if (categories.contains(QStringLiteral("K")))
        return tr("an intra-community supply (VAT category K) needs its delivery date and country, which are not recorded");
    return QString();
}

QByteArray UblCreditNoteWriter::write(const CreditNote &note, const Customer &customer, const CompanySettings &company,
                                      UblFlavour flavour)
{
    QByteArray out;
    Writer w(&out);
    QXmlStreamWriter &x = w.x;
    // A document not subject to VAT names no VAT identifiers (BR-O-02 to BR-O-04).
    const bool withVatIds = !notSubjectToVat(note);
    x.writeStartDocument();
    x.writeNamespace(cac, QStringLiteral("cac"));
    x.writeNamespace(cbc, QStringLiteral("cbc"));
    x.writeDefaultNamespace(QStringLiteral("urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"));
    x.writeStartElement(QStringLiteral("urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"), QStringLiteral("CreditNote"));
    if (flavour == UblFlavour::Peppol) {
        w.basic(QStringLiteral("CustomizationID"),
                QStringLiteral("urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0"));
        w.basic(QStringLiteral("ProfileID"), QStringLiteral("urn:fdc:peppol.eu:2017:poacc:billing:01:1.0"));
    } else {
        w.basic(QStringLiteral("CustomizationID"), QStringLiteral("urn:cen.eu:en16931:2017"));
    }
    w.basic(QStringLiteral("ID"), note.number);
    w.basic(QStringLiteral("IssueDate"), IsoDate::format(note.issueDate));
    w.basic(QStringLiteral("CreditNoteTypeCode"), QStringLiteral("381"));
    if (!note.reason.isEmpty())
        w.basic(QStringLiteral("Note"), note.reason);
    w.basic(QStringLiteral("DocumentCurrencyCode"), note.currency);
    // BT-6: the VAT accounting currency, with BT-111 the VAT in it (VAT Directive art. 230).
    if (note.vatInEur)
        w.basic(QStringLiteral("TaxCurrencyCode"), note.vatInEur->currency());
    // Peppol asks for a buyer reference or an order reference: the customer's number with us.
    w.basic(QStringLiteral("BuyerReference"), customer.number.isEmpty() ? note.invoiceNumber : customer.number);
    w.start(QStringLiteral("BillingReference"));
    w.start(QStringLiteral("InvoiceDocumentReference"));
    w.basic(QStringLiteral("ID"), note.invoiceNumber);
    if (!note.invoiceDate.is_special())
        w.basic(QStringLiteral("IssueDate"), IsoDate::format(note.invoiceDate));
    w.end();
    w.end();

    w.start(QStringLiteral("AccountingSupplierParty"));
    w.start(QStringLiteral("Party"));
    w.endpoint(company.peppolEndpoint());
    w.start(QStringLiteral("PartyName"));
    w.basic(QStringLiteral("Name"), company.name);
    w.end();
    w.address(company.street, company.city, company.postalCode, company.country);
    if (withVatIds)
        w.partyTaxScheme(company.vatId);
    w.start(QStringLiteral("PartyLegalEntity"));
    w.basic(QStringLiteral("RegistrationName"), company.name);
    if (!company.kvk.trimmed().isEmpty())
        w.withScheme(QStringLiteral("CompanyID"), QStringLiteral("0106"), company.kvk.trimmed());
    w.end();
    w.end();
    w.end();

    w.start(QStringLiteral("AccountingCustomerParty"));
    w.start(QStringLiteral("Party"));
    w.endpoint(customer.peppolEndpoint());
    if (!customer.number.isEmpty()) {
        w.start(QStringLiteral("PartyIdentification"));
        w.basic(QStringLiteral("ID"), customer.number);
        w.end();
    }
    w.start(QStringLiteral("PartyName"));
    w.basic(QStringLiteral("Name"), customer.name);
    w.end();
    w.address(customer.street, customer.city, customer.postalCode, customer.country);
    if (withVatIds)
        w.partyTaxScheme(customer.vatId);
    w.start(QStringLiteral("PartyLegalEntity"));
    w.basic(QStringLiteral("RegistrationName"), customer.name);
    w.end();
    w.end();
    w.end();

    if (!company.iban.trimmed().isEmpty()) {
        w.start(QStringLiteral("PaymentMeans"));
        w.basic(QStringLiteral("PaymentMeansCode"), QStringLiteral("58")); // SEPA credit transfer
        w.basic(QStringLiteral("PaymentID"), note.number);
        w.start(QStringLiteral("PayeeFinancialAccount"));
        w.basic(QStringLiteral("ID"), QString(company.iban).remove(u' ').trimmed());
        w.end();
        w.end();
    }

    w.start(QStringLiteral("TaxTotal"));
    w.amount(QStringLiteral("TaxAmount"), note.vat);
    for (const VatSubtotal &subtotal : note.vatSubtotals()) {
        w.start(QStringLiteral("TaxSubtotal"));
        w.amount(QStringLiteral("TaxableAmount"), subtotal.taxable);
        w.amount(QStringLiteral("TaxAmount"), subtotal.vat);
        w.taxCategory(QStringLiteral("TaxCategory"), subtotal.rateBasisPoints, subtotal.treatment, true);
        w.end();
    }
    w.end();

    if (note.vatInEur) {
        // EN 16931 BR-53: the total VAT in the accounting currency, in a TaxTotal of its own without
        // subtotals (Peppol allows subtotals in one TaxTotal only).
        w.start(QStringLiteral("TaxTotal"));
        w.amount(QStringLiteral("TaxAmount"), *note.vatInEur);
        w.end();
    }

    w.start(QStringLiteral("LegalMonetaryTotal"));
    w.amount(QStringLiteral("LineExtensionAmount"), note.totalExclVat);
    w.amount(QStringLiteral("TaxExclusiveAmount"), note.totalExclVat);
    w.amount(QStringLiteral("TaxInclusiveAmount"), note.totalInclVat);
    // EN 16931 BR-CO-16: payable = inclusive - prepaid + rounding; the rounding is the part of the
    // invoice's own PayableRoundingAmount this note takes back.
    if (note.payableRounding.cents() != 0)
        w.amount(QStringLiteral("PayableRoundingAmount"), note.payableRounding);
    w.amount(QStringLiteral("PayableAmount"), note.amountCredited());
    w.end();

    for (const CreditNoteLine &line : note.lines) {
        // The sign of a line goes into its quantity: a net price is never negative (BR-27).
        const bool negativePrice = line.unitPrice.isNegative();
        const qint64 quantity = negativePrice ? -line.quantityThousandths : line.quantityThousandths;
        const Money price = negativePrice ? -line.unitPrice : line.unitPrice;
        w.start(QStringLiteral("CreditNoteLine"));
        w.basic(QStringLiteral("ID"), QString::number(line.lineNo));
        x.writeStartElement(cbc, QStringLiteral("CreditedQuantity"));
        x.writeAttribute(QStringLiteral("unitCode"), QStringLiteral("C62"));
        x.writeCharacters(DocumentFormat::quantity(quantity, Language::English));
        x.writeEndElement();
        w.amount(QStringLiteral("LineExtensionAmount"), line.net);
        w.start(QStringLiteral("Item"));
        w.basic(QStringLiteral("Name"), line.description.left(200));
        w.taxCategory(QStringLiteral("ClassifiedTaxCategory"), line.vatRateBasisPoints, line.vatTreatment, false);
        w.end();
        w.start(QStringLiteral("Price"));
        const qint64 product = price.scaled(quantity, 1000).cents();
        if (quantity != 0 && std::abs(product - line.net.cents()) > 1) {
            x.writeStartElement(cbc, QStringLiteral("PriceAmount"));
            x.writeAttribute(QStringLiteral("currencyID"), price.currency());
            x.writeCharacters(exactPrice(std::abs(line.net.cents()), std::abs(quantity)));
            x.writeEndElement();
        } else {
            w.amount(QStringLiteral("PriceAmount"), price);
        }
        w.end();
        w.end();
    }
    x.writeEndElement();
    x.writeEndDocument();
    return out;
}

} // namespace dd
