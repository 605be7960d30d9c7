#include "CreditNoteDocument.h"

#include "customers/CustomerRepository.h"
#include "documents/DocumentFormat.h"
#include "documents/DocumentTemplates.h"
#include "documents/PdfRenderer.h"
#include "documents/SettingsRepository.h"
#include "documents/StandardFields.h"

namespace dd {

DocumentFields CreditNoteDocument::fields(const CreditNote &note, const Customer &customer, const CompanySettings &company)
{
    const Language lang = customer.language;
    const bool nl = lang == Language::Dutch;
    auto money = [&](const Money &m) { return DocumentFormat::money(-m, lang); };
    DocumentFields f;
    StandardFields::addCompany(f, company);
    StandardFields::addCustomer(f, customer, QString());
    f.setText(QStringLiteral("creditnote.number"), note.number.isEmpty() ? (nl ? QStringLiteral("(concept)") : QStringLiteral("(draft)")) : note.number);
    f.setText(QStringLiteral("creditnote.date"), DocumentFormat::date(note.issueDate, lang));
    f.setText(QStringLiteral("creditnote.reason"), note.reason);
    f.setText(QStringLiteral("creditnote.total_excl"), money(note.totalExclVat));
    f.setText(QStringLiteral("creditnote.vat"), money(note.vat));
    f.setText(QStringLiteral("creditnote.total_incl"), money(note.totalInclVat));
    f.setText(QStringLiteral("invoice.number"), note.invoiceNumber);
    f.setText(QStringLiteral("invoice.date"), DocumentFormat::date(note.invoiceDate, lang));
    f.setText(QStringLiteral("dispute.number"), note.disputeNumber);

    QList<QStringList> rows;
    for (const CreditNoteLine &line : note.lines) {
        rows << QStringList{QString::number(line.lineNo), line.description,
                            DocumentFormat::quantity(-line.quantityThousandths, lang), DocumentFormat::money(line.unitPrice, lang),
                            DocumentFormat::rate(line.vatRateBasisPoints, lang), money(line.net)};
    }
    f.setHtml(QStringLiteral("creditnote.lines"),
              StandardFields::table(nl ? QStringList{QStringLiteral("#"), QStringLiteral("Omschrijving"), QStringLiteral("Aantal"),
                                                     QStringLiteral("Prijs"), QStringLiteral("Btw"), QStringLiteral("Bedrag")}
                                       : QStringList{QStringLiteral("#"), QStringLiteral("Description"), QStringLiteral("Quantity"),
                                                     QStringLiteral("Price"), QStringLiteral("VAT"), QStringLiteral("Amount")},
                                    rows, {false, false, true, true, true, true}));
    QList<QStringList> vatRows;
    for (const VatSubtotal &subtotal : note.vatSubtotals()) {
        vatRows << QStringList{DocumentFormat::rate(subtotal.rateBasisPoints, lang), money(subtotal.taxable), money(subtotal.vat),
                               money(subtotal.taxable + subtotal.vat)};
    }
    vatRows << QStringList{nl ? QStringLiteral("Totaal") : QStringLiteral("Total"), money(note.totalExclVat), money(note.vat),
                           money(note.totalInclVat)};
    // The invoice's payment rounding taken back: outside the VAT, so below its total.
    if (note.payableRounding.cents() != 0) {
        vatRows << QStringList{nl ? QStringLiteral("Afronding") : QStringLiteral("Rounding"), QString(), QString(),
                               money(note.payableRounding)};
        vatRows << QStringList{nl ? QStringLiteral("Gecrediteerd") : QStringLiteral("Amount credited"), QString(), QString(),
                               money(note.amountCredited())};
    }
    // VAT Directive art. 230: the VAT adjusted, in euros, with the rate it was converted at. In the
    // VAT table, which every credit note template shows, so that a user's own template has it too.
    if (note.vatInEur && note.eurRate)
        vatRows << QStringList{(nl ? QStringLiteral("Btw in euro (1 EUR = %1 %2, koers van %3)")
                                   : QStringLiteral("VAT in euros (1 EUR = %1 %2, rate of %3)"))
                                   .arg(note.eurRate->rateText(nl ? NumberStyle::Dutch : NumberStyle::English), note.currency,
                                        DocumentFormat::date(note.eurRate->date, lang)),
                               QString(), DocumentFormat::money(-*note.vatInEur, lang), QString()};
    f.setHtml(QStringLiteral("creditnote.vat_table"),
              StandardFields::table(nl ? QStringList{QStringLiteral("Btw-tarief"), QStringLiteral("Grondslag"), QStringLiteral("Btw"),
                                                     QStringLiteral("Totaal")}
                                       : QStringList{QStringLiteral("VAT rate"), QStringLiteral("Taxable amount"), QStringLiteral("VAT"),
                                                     QStringLiteral("Total")},
                                    vatRows, {false, true, true, true}, 1));
    return f;
}

QString CreditNoteDocument::title(const CreditNote &note, Language language)
{
    return (language == Language::Dutch ? QStringLiteral("Creditnota %1") : QStringLiteral("Credit note %1")).arg(note.number);
}

QString CreditNoteDocument::html(Database &database, const CreditNote &note)
{
    const Customer customer = CustomerRepository(database).findById(note.customerId).value_or(Customer());
    const CompanySettings company = SettingsRepository(database).company();
    return fields(note, customer, company).render(DocumentTemplates(database).text(DocumentKind::CreditNote, customer.language));
}

QByteArray CreditNoteDocument::pdf(Database &database, const CreditNote &note)
{
    const Customer customer = CustomerRepository(database).findById(note.customerId).value_or(Customer());
    return PdfRenderer::render(html(database, note), SettingsRepository(database).company(), customer.language,
                               title(note, customer.language));
}

} // namespace dd
