#include "UblCreditNoteWriter.h"

#include "documents/DocumentFormat.h"

#include <QXmlStreamWriter>

namespace dd {

namespace {
const QString cac = QStringLiteral("urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2");
const QString cbc = QStringLiteral("urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2");

QString percent(int basisPoints)
{
    return QStringLiteral("%1.%2").arg(basisPoints / 100).arg(basisPoints % 100, 2, 10, QLatin1Char('0'));
}

// S: standard or reduced rate; Z: zero rated.
QString category(int basisPoints)
{
    return basisPoints > 0 ? QStringLiteral("S") : QStringLiteral("Z");
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
    void start(const QString &name) { x.writeStartElement(cac, name); }
    void end() { x.writeEndElement(); }
    void taxCategory(const QString &element, int rate)
    {
        start(element);
        basic(QStringLiteral("ID"), category(rate));
        basic(QStringLiteral("Percent"), percent(rate));
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

QByteArray UblCreditNoteWriter::write(const CreditNote &note, const Customer &customer, const CompanySettings &company)
{
    QByteArray out;
    Writer w(&out);
    QXmlStreamWriter &x = w.x;
    x.writeStartDocument();
    x.writeNamespace(cac, QStringLiteral("cac"));
    x.writeNamespace(cbc, QStringLiteral("cbc"));
    x.writeDefaultNamespace(QStringLiteral("urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"));
    x.writeStartElement(QStringLiteral("urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"), QStringLiteral("CreditNote"));
    w.basic(QStringLiteral("CustomizationID"),
            QStringLiteral("urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0"));
    w.basic(QStringLiteral("ProfileID"), QStringLiteral("urn:fdc:peppol.eu:2017:poacc:billing:01:1.0"));
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

    // Supplier: endpoint by KvK number (scheme 0106), else by e-mail.
    w.start(QStringLiteral("AccountingSupplierParty"));
    w.start(QStringLiteral("Party"));
    if (!company.kvk.trimmed().isEmpty())
        w.withScheme(QStringLiteral("EndpointID"), QStringLiteral("0106"), company.kvk.trimmed());
    else if (!company.email.trimmed().isEmpty())
        w.withScheme(QStringLiteral("EndpointID"), QStringLiteral("EM"), company.email.trimmed());
    w.start(QStringLiteral("PartyName"));
    w.basic(QStringLiteral("Name"), company.name);
    w.end();
    w.address(company.street, company.city, company.postalCode, company.country);
    w.partyTaxScheme(company.vatId);
    w.start(QStringLiteral("PartyLegalEntity"));
    w.basic(QStringLiteral("RegistrationName"), company.name);
    if (!company.kvk.trimmed().isEmpty())
        w.withScheme(QStringLiteral("CompanyID"), QStringLiteral("0106"), company.kvk.trimmed());
    w.end();
    w.end();
    w.end();

    // Customer: endpoint by Dutch VAT number (scheme 9944), else by e-mail.
    w.start(QStringLiteral("AccountingCustomerParty"));
    w.start(QStringLiteral("Party"));
    if (customer.vatId.trimmed().startsWith(QStringLiteral("NL"), Qt::CaseInsensitive))
        w.withScheme(QStringLiteral("EndpointID"), QStringLiteral("9944"), customer.vatId.trimmed());
    else if (!customer.email.trimmed().isEmpty())
        w.withScheme(QStringLiteral("EndpointID"), QStringLiteral("EM"), customer.email.trimmed());
    if (!customer.number.isEmpty()) {
        w.start(QStringLiteral("PartyIdentification"));
        w.basic(QStringLiteral("ID"), customer.number);
        w.end();
    }
    w.start(QStringLiteral("PartyName"));
    w.basic(QStringLiteral("Name"), customer.name);
    w.end();
    w.address(customer.street, customer.city, customer.postalCode, customer.country);
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
        w.taxCategory(QStringLiteral("TaxCategory"), subtotal.rateBasisPoints);
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
    w.amount(QStringLiteral("PayableAmount"), note.totalInclVat);
    w.end();

    for (const CreditNoteLine &line : note.lines) {
        w.start(QStringLiteral("CreditNoteLine"));
        w.basic(QStringLiteral("ID"), QString::number(line.lineNo));
        x.writeStartElement(cbc, QStringLiteral("CreditedQuantity"));
        x.writeAttribute(QStringLiteral("unitCode"), QStringLiteral("C62"));
        x.writeCharacters(DocumentFormat::quantity(line.quantityThousandths, Language::English));
        x.writeEndElement();
        w.amount(QStringLiteral("LineExtensionAmount"), line.net);
        w.start(QStringLiteral("Item"));
        w.basic(QStringLiteral("Name"), line.description.left(200));
        w.taxCategory(QStringLiteral("ClassifiedTaxCategory"), line.vatRateBasisPoints);
        w.end();
        w.start(QStringLiteral("Price"));
        w.amount(QStringLiteral("PriceAmount"), line.unitPrice);
        w.end();
        w.end();
    }
    x.writeEndElement();
    x.writeEndDocument();
    return out;
}

} // namespace dd
