#include "StandardFields.h"

#include "documents/DocumentFormat.h"

#include <QCoreApplication>

namespace dd {

QList<StandardFields::Field> StandardFields::fieldsFor(DocumentKind kind)
{
    struct Entry
    {
        const char *key;
        const char *description;
    };
    static const Entry common[] = {
        {"company.name", QT_TRANSLATE_NOOP("dd::StandardFields", "Company name")},
        {"company.address", QT_TRANSLATE_NOOP("dd::StandardFields", "Company address")},
        {"company.city", QT_TRANSLATE_NOOP("dd::StandardFields", "Company city")},
        {"company.email", QT_TRANSLATE_NOOP("dd::StandardFields", "Company e-mail")},
        {"company.phone", QT_TRANSLATE_NOOP("dd::StandardFields", "Company phone")},
        {"company.iban", QT_TRANSLATE_NOOP("dd::StandardFields", "Company IBAN")},
        {"company.kvk", QT_TRANSLATE_NOOP("dd::StandardFields", "Company KvK number")},
        {"company.vat_id", QT_TRANSLATE_NOOP("dd::StandardFields", "Company VAT number")},
        {"customer.name", QT_TRANSLATE_NOOP("dd::StandardFields", "Customer name")},
        {"customer.number", QT_TRANSLATE_NOOP("dd::StandardFields", "Customer number")},
        {"customer.address", QT_TRANSLATE_NOOP("dd::StandardFields", "Customer address")},
        {"customer.contact", QT_TRANSLATE_NOOP("dd::StandardFields", "Person addressed")},
        {"customer.salutation", QT_TRANSLATE_NOOP("dd::StandardFields", "Salutation (Dear …,)")},
        {"customer.vat_line", QT_TRANSLATE_NOOP("dd::StandardFields", "Customer VAT number line")},
    };
    static const Entry letter[] = {
        {"letter.date", QT_TRANSLATE_NOOP("dd::StandardFields", "Letter date")},
        {"letter.place_date", QT_TRANSLATE_NOOP("dd::StandardFields", "Place and date")},
        {"letter.pay_by", QT_TRANSLATE_NOOP("dd::StandardFields", "Date to pay by")},
        {"sender.name", QT_TRANSLATE_NOOP("dd::StandardFields", "Your name (sender)")},
        {"dispute.number", QT_TRANSLATE_NOOP("dd::StandardFields", "Case number")},
        {"dispute.received", QT_TRANSLATE_NOOP("dd::StandardFields", "Date the complaint was received")},
        {"dispute.promised", QT_TRANSLATE_NOOP("dd::StandardFields", "Date we promised to answer")},
        {"dispute.promise_sentence", QT_TRANSLATE_NOOP("dd::StandardFields", "Sentence with the date we answer by")},
        {"dispute.reason", QT_TRANSLATE_NOOP("dd::StandardFields", "Reason of the dispute")},
        {"dispute.story", QT_TRANSLATE_NOOP("dd::StandardFields", "The complaint as recorded")},
        {"dispute.rationale", QT_TRANSLATE_NOOP("dd::StandardFields", "Grounds of the decision")},
        {"dispute.arrangement", QT_TRANSLATE_NOOP("dd::StandardFields", "The payment arrangement")},
        {"dispute.invoices", QT_TRANSLATE_NOOP("dd::StandardFields", "Table of the disputed invoices")},
        {"invoice.numbers", QT_TRANSLATE_NOOP("dd::StandardFields", "Invoice numbers")},
        {"amount.disputed", QT_TRANSLATE_NOOP("dd::StandardFields", "Amount disputed")},
        {"amount.justified", QT_TRANSLATE_NOOP("dd::StandardFields", "Amount found justified")},
        {"amount.unjustified", QT_TRANSLATE_NOOP("dd::StandardFields", "Amount still to pay")},
        {"amount.goodwill", QT_TRANSLATE_NOOP("dd::StandardFields", "Goodwill amount")},
        {"amount.goodwill_cost", QT_TRANSLATE_NOOP("dd::StandardFields", "Goodwill credited, excl. VAT")},
        {"creditnote.number", QT_TRANSLATE_NOOP("dd::StandardFields", "Credit note number")},
        {"creditnote.total_incl", QT_TRANSLATE_NOOP("dd::StandardFields", "Credit note total incl. VAT")},
    };
    // Filled in only for the letter they belong in.
    static const Entry justified[] = {
        {"dispute.verdict_sentence", QT_TRANSLATE_NOOP("dd::StandardFields", "Sentence with the decision")},
        {"dispute.remaining_sentence", QT_TRANSLATE_NOOP("dd::StandardFields", "Sentence with what is left to pay")},
    };
    static const Entry rejection[] = {
        {"dispute.findings", QT_TRANSLATE_NOOP("dd::StandardFields", "List of the findings")},
    };
    static const Entry creditNote[] = {
        {"creditnote.number", QT_TRANSLATE_NOOP("dd::StandardFields", "Credit note number")},
        {"creditnote.date", QT_TRANSLATE_NOOP("dd::StandardFields", "Credit note date")},
        {"creditnote.reason", QT_TRANSLATE_NOOP("dd::StandardFields", "Reason on the credit note")},
        {"creditnote.lines", QT_TRANSLATE_NOOP("dd::StandardFields", "Table of the credited lines")},
        {"creditnote.vat_table", QT_TRANSLATE_NOOP("dd::StandardFields", "Table of the VAT")},
        {"creditnote.total_excl", QT_TRANSLATE_NOOP("dd::StandardFields", "Credit note total excl. VAT")},
        {"creditnote.vat", QT_TRANSLATE_NOOP("dd::StandardFields", "Credit note VAT")},
        {"creditnote.total_incl", QT_TRANSLATE_NOOP("dd::StandardFields", "Credit note total incl. VAT")},
        {"invoice.number", QT_TRANSLATE_NOOP("dd::StandardFields", "Invoice credited")},
        {"invoice.date", QT_TRANSLATE_NOOP("dd::StandardFields", "Date of the invoice credited")},
    };
    QList<Field> fields;
    auto add = [&fields](const auto &entries) {
        for (const Entry &entry : entries)
            fields.append({QString::fromLatin1(entry.key), QCoreApplication::translate("dd::StandardFields", entry.description)});
    };
    add(common);
    if (kind == DocumentKind::CreditNote) {
        add(creditNote);
        return fields;
    }
    add(letter);
    if (kind == DocumentKind::Justified)
        add(justified);
    if (kind == DocumentKind::Rejection)
        add(rejection);
    return fields;
}

void StandardFields::addCompany(DocumentFields &fields, const CompanySettings &company)
{
    fields.setText(QStringLiteral("company.name"), company.name);
    fields.setText(QStringLiteral("company.address"), company.addressLine());
    fields.setText(QStringLiteral("company.city"), company.city);
    fields.setText(QStringLiteral("company.email"), company.email);
    fields.setText(QStringLiteral("company.phone"), company.phone);
    fields.setText(QStringLiteral("company.iban"), company.iban);
    fields.setText(QStringLiteral("company.kvk"), company.kvk);
    fields.setText(QStringLiteral("company.vat_id"), company.vatId);
}

void StandardFields::addCustomer(DocumentFields &fields, const Customer &customer, const QString &contactName)
{
    const bool nl = customer.language == Language::Dutch;
    fields.setText(QStringLiteral("customer.name"), customer.name);
    fields.setText(QStringLiteral("customer.number"), customer.number);
    fields.setText(QStringLiteral("customer.address"), DocumentFormat::customerAddress(customer));
    fields.setText(QStringLiteral("customer.vat_id"), customer.vatId);
    // The line with its label, or nothing: a consumer has no VAT number, and an empty
    // "Btw-nummer:" reads as if one were missing.
    fields.setHtml(QStringLiteral("customer.vat_line"),
                   customer.vatId.trimmed().isEmpty()
                       ? QString()
                       : QStringLiteral("<br/>") + (nl ? QStringLiteral("Btw-nummer: ") : QStringLiteral("VAT number: "))
                             + DocumentFields::escape(customer.vatId.trimmed()));
    fields.setText(QStringLiteral("customer.contact"), contactName);
    if (contactName.trimmed().isEmpty())
        fields.setText(QStringLiteral("customer.salutation"),
                       nl ? QStringLiteral("Geachte heer/mevrouw,") : QStringLiteral("Dear Sir or Madam,"));
    else
        fields.setText(QStringLiteral("customer.salutation"),
                       (nl ? QStringLiteral("Geachte %1,") : QStringLiteral("Dear %1,")).arg(contactName.trimmed()));
}

QString StandardFields::table(const QStringList &header, const QList<QStringList> &rows, const QList<bool> &rightAligned,
                              int boldLastRows)
{
    auto cell = [&](const QString &tag, int column, const QString &text, bool bold) {
        const bool right = column < rightAligned.size() && rightAligned.at(column);
        QString content = DocumentFields::escape(text);
        if (bold)
            content = QStringLiteral("<b>") + content + QStringLiteral("</b>");
        return QStringLiteral("<%1 align=\"%2\" style=\"padding: 2px 6px;\">%3</%1>")
            .arg(tag, right ? QStringLiteral("right") : QStringLiteral("left"), content);
    };
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" style=\"border-collapse: collapse;\">");
    if (!header.isEmpty()) {
        html += QStringLiteral("<tr style=\"background-color: #e8e8e8;\">");
        for (int i = 0; i < header.size(); ++i)
            html += cell(QStringLiteral("th"), i, header.at(i), false);
        html += QStringLiteral("</tr>");
    }
    for (int r = 0; r < rows.size(); ++r) {
        html += QStringLiteral("<tr>");
        const bool bold = r >= rows.size() - boldLastRows;
        for (int i = 0; i < rows.at(r).size(); ++i)
            html += cell(QStringLiteral("td"), i, rows.at(r).at(i), bold);
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString StandardFields::bulletList(const QStringList &items)
{
    QString html = QStringLiteral("<ul>");
    for (const QString &item : items)
        html += QStringLiteral("<li>") + DocumentFields::escape(item) + QStringLiteral("</li>");
    return html + QStringLiteral("</ul>");
}

} // namespace dd
