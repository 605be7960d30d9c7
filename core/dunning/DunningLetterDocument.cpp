#include "DunningLetterDocument.h"

#include "common/CsvField.h"
#include "common/ValidationError.h"
#include "customers/CustomerRepository.h"
#include "documents/DocumentFields.h"
#include "documents/DocumentFormat.h"
#include "documents/EmlWriter.h"
#include "documents/PdfRenderer.h"
#include "documents/SettingsRepository.h"
#include "documents/StandardFields.h"
#include "dunning/DunningHistory.h"
#include "dunning/DunningSettings.h"
#include "legal/InterestRateTable.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QTextDocument>

#include <algorithm>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::DunningLetterDocument", text);
}

// "openstaande factuur" / "openstaande facturen", in the letter's language.
QString openInvoices(const DunningLetterPlan &plan)
{
    const bool one = plan.invoices.size() == 1;
    return plan.language == Language::Dutch ? (one ? QStringLiteral("openstaande factuur") : QStringLiteral("openstaande facturen"))
                                            : (one ? QStringLiteral("overdue invoice") : QStringLiteral("overdue invoices"));
}

// The person addressed: the first contact with an e-mail address, else the customer.
void addressee(const Customer &customer, QString &name, QString &email)
{
    email = customer.email;
    for (const Contact &contact : customer.contacts) {
        if (!contact.email.isEmpty()) {
            name = contact.name;
            if (email.isEmpty())
                email = contact.email;
            return;
        }
    }
}
} // namespace

DunningLetterDocument::DunningLetterDocument(Database &database, QString senderName)
    : m_database(database)
    , m_sender(std::move(senderName))
    , m_company(SettingsRepository(database).company())
    , m_paymentDays(DunningSettings(database).paymentDays())
{
}

QString DunningLetterDocument::templateText(Database &database, const QString &templateName, CustomerKind kind,
                                            Language language)
{
    const QString lang = Customer::languageCode(language);
    const QString specific = templateName + u'-' + Customer::kindCode(kind);
    const SettingsRepository settings(database);
    for (const QString &name : {specific, templateName}) {
        if (const auto own = settings.value(QStringLiteral("template.%1.%2").arg(lang, name)))
            return *own;
        QFile file(QStringLiteral(":/templates/%1/%2.html").arg(lang, name));
        if (file.open(QIODevice::ReadOnly))
            return QString::fromUtf8(file.readAll());
    }
    throw ValidationError(tr("The dunning template %1 (%2) is missing.").arg(templateName, lang));
}

// A letter in another currency: the statutory costs are euro amounts (Besluit BIK art. 2, art. 6:96
// lid 4 BW), computed on the claim converted at the rate of the letter date; the debtor sees the
// rate, its date, the claim in euros and what the costs come to in the invoices' currency.
QString DunningLetterDocument::conversionText(const DunningLetterPlan &plan, const Money &claimed, Language lang)
{
    const bool nl = lang == Language::Dutch;
    const ExchangeRate &rate = *plan.eurRate;
    const bool ecb = rate.source == QLatin1String("ECB");
    const QString rateName = nl ? (ecb ? QStringLiteral("de referentiekoers van de Europese Centrale Bank van %1")
                                       : QStringLiteral("de wisselkoers van %1"))
                                : (ecb ? QStringLiteral("the European Central Bank's reference rate of %1")
                                       : QStringLiteral("the exchange rate of %1"));
    const QString rateText = QStringLiteral("1 EUR = %1 %2").arg(rate.rateText(nl ? NumberStyle::Dutch : NumberStyle::English), rate.currency);
    return (nl ? QStringLiteral("Uw facturen luiden in %1; de wettelijke incassokosten zijn bedragen in euro's. Wij hebben het "
                                "openstaande bedrag van %2 daarom omgerekend tegen %3 (%4): %5. Het gevorderde bedrag van %6 "
                                "komt overeen met %7.")
               : QStringLiteral("Your invoices are in %1; the statutory collection costs are amounts in euros. We have therefore "
                                "converted the open amount of %2 at %3 (%4): %5. The %6 claimed equals %7."))
        .arg(plan.currency, DocumentFormat::money(plan.total, lang), rateName.arg(DocumentFormat::date(rate.date, lang)), rateText,
             DocumentFormat::money(plan.totalInEur, lang), DocumentFormat::money(claimed, lang),
             DocumentFormat::money(rate.fromEur(claimed), lang));
}

QString DunningLetterDocument::subject(const DunningLetterPlan &plan) const
{
    const bool nl = plan.language == Language::Dutch;
    if (plan.isFourteenDayLetter())
        return nl ? QStringLiteral("Ingebrekestelling en veertiendagenbrief") : QStringLiteral("Notice of default: final reminder");
    if (plan.level.statutoryNotice)
        return nl ? QStringLiteral("Ingebrekestelling") : QStringLiteral("Notice of default");
    const QString invoices = openInvoices(plan);
    if (plan.level.level >= 2)
        return (nl ? QStringLiteral("Tweede herinnering: %1") : QStringLiteral("Second reminder: %1")).arg(invoices);
    return (nl ? QStringLiteral("Herinnering: %1") : QStringLiteral("Reminder: %1")).arg(invoices);
}

QString DunningLetterDocument::html(const DunningLetterPlan &plan, const Date &letterDate) const
{
    const QString text = plan.ownText.isEmpty() ? templateText(m_database, plan.level.templateName, plan.customerKind, plan.language)
                                                : plan.ownText;
    return fields(plan, letterDate).render(text);
}

QStringList DunningLetterDocument::figureFields()
{
    return {QStringLiteral("dunning.invoices"),       QStringLiteral("dunning.total"),
            QStringLiteral("dunning.pay_by"),         QStringLiteral("dunning.payment_days"),
            QStringLiteral("dunning.interest_text"),  QStringLiteral("dunning.costs"),
            QStringLiteral("dunning.costs_total"),    QStringLiteral("dunning.total_with_costs"),
            QStringLiteral("dunning.eu_compensation"), QStringLiteral("dunning.costs_claimed"),
            QStringLiteral("dunning.costs_claim_text"), QStringLiteral("dunning.costs_vat_text"),
            QStringLiteral("dunning.costs_from"),     QStringLiteral("dunning.invoice_count")};
}

QString DunningLetterDocument::editableText(const DunningLetterPlan &plan, const Date &letterDate, bool standard) const
{
    DocumentFields wording = fields(plan, letterDate);
    for (const QString &figure : figureFields())
        wording.remove(figure);
    if (!standard && !plan.ownText.isEmpty())
        return plan.ownText; // its wording is filled in already, its figures are still fields
    return wording.render(templateText(m_database, plan.level.templateName, plan.customerKind, plan.language));
}

QStringList DunningLetterDocument::missingFigures(const DunningLetterPlan &plan, const QString &ownText) const
{
    const QString standard = templateText(m_database, plan.level.templateName, plan.customerKind, plan.language);
    QStringList missing;
    for (const QString &figure : figureFields()) {
        const QString field = QStringLiteral("{{%1}}").arg(figure);
        if (standard.contains(field) && !ownText.contains(field))
            missing << field;
    }
    return missing;
}

DocumentFields DunningLetterDocument::fields(const DunningLetterPlan &plan, const Date &letterDate) const
{
    if (plan.level.isHandOver())
        throw ValidationError(tr("A hand-over is a file for the collector, not a letter."));
    // A letter that asks for payment without saying from whom, from where and into which account
    // is worse than none: refused before anything is written or recorded.
    if (const QStringList missing = m_company.missingForLetter(true); !missing.isEmpty())
        throw ValidationError(CompanySettings::missingMessage(tr("A dunning letter"), missing));
    const Language lang = plan.language;
    const bool nl = lang == Language::Dutch;
    const Customer customer = CustomerRepository(m_database).findById(plan.customerId).value_or(Customer());
    QString contactName;
    QString email;
    addressee(customer, contactName, email);

    DocumentFields f;
    StandardFields::addCompany(f, m_company);
    StandardFields::addCustomer(f, customer, contactName);
    f.setText(QStringLiteral("letter.date"), DocumentFormat::date(letterDate, lang));
    f.setText(QStringLiteral("sender.name"), m_sender);
    f.setText(QStringLiteral("dunning.level"), plan.level.name);

    const bool interestColumn = plan.showsInterest && plan.interest.has_value();
    QStringList header = nl ? QStringList{QStringLiteral("Factuur"), QStringLiteral("Factuurdatum"), QStringLiteral("Vervaldatum"),
                                          QStringLiteral("Dagen te laat"), QStringLiteral("Openstaand")}
                            : QStringList{QStringLiteral("Invoice"), QStringLiteral("Invoice date"), QStringLiteral("Due date"),
                                          QStringLiteral("Days overdue"), QStringLiteral("Open")};
    QList<bool> right{false, false, false, true, true};
    if (interestColumn) {
        header << (nl ? QStringLiteral("Rente") : QStringLiteral("Interest"));
        right << true;
    }
    QList<QStringList> rows;
    for (const DunningInvoiceLine &line : plan.invoices) {
        QStringList row{line.number, DocumentFormat::date(line.issueDate, lang), DocumentFormat::date(line.dueDate, lang),
                        QString::number(line.daysOverdue), DocumentFormat::money(line.open, lang)};
        if (interestColumn)
            row << DocumentFormat::money(line.interest.value_or(Money::zero(plan.currency)), lang);
        rows << row;
    }
    QStringList totalRow{nl ? QStringLiteral("Totaal") : QStringLiteral("Total"), QString(), QString(), QString(),
                         DocumentFormat::money(plan.total, lang)};
    if (interestColumn)
        totalRow << DocumentFormat::money(*plan.interest, lang);
    rows << totalRow;
    f.setHtml(QStringLiteral("dunning.invoices"), StandardFields::table(header, rows, right, 1));
    f.setText(QStringLiteral("dunning.total"), DocumentFormat::money(plan.total, lang));
    f.setText(QStringLiteral("dunning.invoice_count"), QString::number(plan.invoices.size()));
    // A letter over one invoice says so: "onderstaande factuur", not "onderstaande facturen". The
    // letter is in the customer's language, not the interface's, so the words are chosen here.
    const bool one = plan.invoices.size() == 1;
    const QString invoicesBelow = nl ? (one ? QStringLiteral("onderstaande factuur") : QStringLiteral("onderstaande facturen"))
                                     : (one ? QStringLiteral("the invoice below") : QStringLiteral("the invoices below"));
    f.setText(QStringLiteral("dunning.invoices_below"), invoicesBelow);
    f.setText(QStringLiteral("dunning.open_invoices"), openInvoices(plan));
    f.setText(QStringLiteral("dunning.invoice_numbers"),
              nl ? (one ? QStringLiteral("het factuurnummer") : QStringLiteral("de factuurnummers"))
                 : (one ? QStringLiteral("the invoice number") : QStringLiteral("the invoice numbers")));
    f.setText(QStringLiteral("dunning.payment_days"), QString::number(m_paymentDays));
    // "Despite our reminders" only where a reminder was sent: a first letter about an invoice
    // (a customer's first notice, or an invoice joining a later letter) says the term has passed.
    const bool reminded = std::any_of(plan.invoices.begin(), plan.invoices.end(),
                                      [](const DunningInvoiceLine &line) { return line.previousLevel > 0; });
    f.setText(QStringLiteral("dunning.opening"),
              (reminded ? (nl ? QStringLiteral("Ondanks onze eerdere herinnering hebben wij de betaling van %1 nog niet ontvangen.")
                              : QStringLiteral("Despite our earlier reminder we have not yet received payment of %1."))
                        : (nl ? QStringLiteral("De betalingstermijn van %1 is verstreken en wij hebben de betaling nog niet ontvangen.")
                              : QStringLiteral("The payment term of %1 has passed and we have not yet received payment.")))
                  .arg(invoicesBelow));
    // One rule with the interest and the assessment (LegalDefault): the due date was a fatal term,
    // so the customer is in default since the day after it; this letter does not start it.
    f.setText(QStringLiteral("dunning.default_text"),
              nl ? QStringLiteral("De vervaldatum van een factuur is een fatale termijn: sinds de dag daarna bent u zonder nadere "
                                  "ingebrekestelling in verzuim (art. 6:83 sub a BW).")
                 : QStringLiteral("The due date of an invoice is a fixed deadline: since the day after it you are in default "
                                  "without further notice (art. 6:83 (a) Dutch Civil Code)."));
    f.setText(QStringLiteral("dunning.pay_by"), DocumentFormat::date(letterDate + boost::gregorian::date_duration(m_paymentDays), lang));

    const InterestKind kind = plan.customerKind == CustomerKind::Consumer ? InterestKind::Consumer : InterestKind::Commercial;
    const QString article = InterestRateTable::article(kind);
    QString interestText;
    if (plan.showsInterest) {
        const QString what = kind == InterestKind::Consumer ? (nl ? QStringLiteral("de wettelijke rente") : QStringLiteral("statutory interest"))
                                                            : (nl ? QStringLiteral("de wettelijke handelsrente")
                                                                  : QStringLiteral("statutory commercial interest"));
        if (plan.interest)
            interestText = nl ? QStringLiteral("Vanaf de dag na de vervaldatum bent u %1 (%2) verschuldigd; tot en met %3 is dat %4.")
                                    .arg(what, article, DocumentFormat::date(letterDate, lang), DocumentFormat::money(*plan.interest, lang))
                              : QStringLiteral("From the day after the due date you owe %1 (%2); up to and including %3 it amounts to %4.")
                                    .arg(what, article, DocumentFormat::date(letterDate, lang), DocumentFormat::money(*plan.interest, lang));
        else
            interestText = nl ? QStringLiteral("Vanaf de dag na de vervaldatum bent u %1 (%2) verschuldigd; het bedrag berekenen wij bij betaling.")
                                    .arg(what, article)
                              : QStringLiteral("From the day after the due date you owe %1 (%2); we will calculate the amount on payment.")
                                    .arg(what, article);
    }
    f.setText(QStringLiteral("dunning.interest_text"), interestText);

    f.setText(QStringLiteral("dunning.costs"), DocumentFormat::money(plan.costs, lang));
    const Money costsTotal = plan.costs + plan.costsVat;
    f.setText(QStringLiteral("dunning.costs_total"), DocumentFormat::money(costsTotal, lang));
    // Costs are euro amounts: on a letter in another currency the two are not added up.
    f.setText(QStringLiteral("dunning.total_with_costs"),
              plan.total.currency() == costsTotal.currency()
                  ? DocumentFormat::money(plan.total + costsTotal, lang)
                  : DocumentFormat::money(plan.total, lang) + QStringLiteral(" + ") + DocumentFormat::money(costsTotal, lang));
    f.setText(QStringLiteral("dunning.eu_compensation"), DocumentFormat::money(plan.euCompensation, lang));
    // Art. 6:96 lid 4 BW: the € 40 per invoice is a minimum; the higher of it and the scale is
    // claimed, and the letter says which.
    const bool minimumHigher = plan.costs < plan.euCompensation;
    // "deze factuur" / "deze 6 facturen": the letter is in the customer's language, not the
    // interface's, so its singular and plural are written here like the rest of its text.
    const int count = int(plan.invoices.size());
    const QString invoices = nl ? (count == 1 ? QStringLiteral("voor deze factuur") : QStringLiteral("voor deze %1 facturen samen").arg(count))
                                : (count == 1 ? QStringLiteral("for this invoice") : QStringLiteral("for these %1 invoices").arg(count));
    f.setText(QStringLiteral("dunning.costs_claimed"), DocumentFormat::money(minimumHigher ? plan.euCompensation : plan.costs, lang));
    f.setText(QStringLiteral("dunning.costs_claim_text"),
              minimumHigher
                  ? (nl ? QStringLiteral("Daarnaast bent u een vergoeding voor invorderingskosten verschuldigd van ten minste € 40 per "
                                         "factuur (art. 6:96 lid 4 BW). Wij vorderen dat minimum, %1 %2; "
                                         "de wettelijke staffel komt lager uit (%3).")
                        : QStringLiteral("In addition you owe compensation for recovery costs of at least € 40 per invoice "
                                         "(Directive 2011/7/EU, art. 6:96(4) Dutch Civil Code). We claim that minimum, %2 "
                                         "%1; the statutory scale comes to less (%3)."))
                        .arg(invoices, DocumentFormat::money(plan.euCompensation, lang), DocumentFormat::money(plan.costs, lang))
                  : (nl ? QStringLiteral("Daarnaast bent u buitengerechtelijke incassokosten verschuldigd. Wij vorderen %2 volgens de "
                                         "wettelijke staffel (Besluit vergoeding voor buitengerechtelijke incassokosten); dat is meer "
                                         "dan het minimum van € 40 per factuur (art. 6:96 lid 4 BW), %1 %3.")
                        : QStringLiteral("In addition you owe extrajudicial collection costs. We claim %2 under the statutory scale; "
                                         "that is more than the minimum of € 40 per invoice (art. 6:96(4) Dutch Civil Code), %3 "
                                         "%1."))
                        .arg(invoices, DocumentFormat::money(plan.costs, lang), DocumentFormat::money(plan.euCompensation, lang)));
    QString vatText;
    // Besluit BIK art. 2 lid 3: VAT is added only by a creditor that cannot deduct it, and the
    // letter must say so.
    if (plan.costsVatAdded)
        vatText = nl ? QStringLiteral("Omdat wij de btw over deze kosten niet als voorbelasting kunnen verrekenen, verhogen wij ze "
                                      "met %1 btw (%2, art. 2 lid 3 Besluit vergoeding voor buitengerechtelijke incassokosten); "
                                      "de incassokosten bedragen inclusief btw %3.")
                           .arg(DocumentFormat::rate(plan.costsVatRateBasisPoints, lang), DocumentFormat::money(plan.costsVat, lang),
                                DocumentFormat::money(costsTotal, lang))
                     : QStringLiteral("As we cannot deduct the VAT on these costs as input tax, we add %1 VAT (%2, art. 2(3) of "
                                      "the Dutch Decree on extrajudicial collection costs), making %3 including VAT.")
                           .arg(DocumentFormat::rate(plan.costsVatRateBasisPoints, lang), DocumentFormat::money(plan.costsVat, lang),
                                DocumentFormat::money(costsTotal, lang));
    else
        vatText = nl ? QStringLiteral("Over deze incassokosten wordt geen btw berekend.")
                     : QStringLiteral("No VAT is added to these collection costs.");
    if (plan.eurRate) {
        const Money claimed = plan.customerKind == CustomerKind::Business && minimumHigher ? plan.euCompensation : plan.costs;
        vatText = conversionText(plan, claimed, lang) + u' ' + vatText;
    }
    f.setText(QStringLiteral("dunning.costs_vat_text"), vatText);
    f.setText(QStringLiteral("dunning.costs_from"),
              plan.costsChargeableFrom ? DocumentFormat::date(*plan.costsChargeableFrom, lang) : QString());

    return f;
}

QByteArray DunningLetterDocument::pdf(const DunningLetterPlan &plan, const Date &letterDate) const
{
    return PdfRenderer::render(html(plan, letterDate), m_company, plan.language, subject(plan));
}

QByteArray DunningLetterDocument::eml(const DunningLetterPlan &plan, const Date &letterDate, const QByteArray &pdf) const
{
    const Customer customer = CustomerRepository(m_database).findById(plan.customerId).value_or(Customer());
    EmailMessage message;
    addressee(customer, message.toName, message.toAddress);
    if (message.toAddress.isEmpty())
        return QByteArray();
    if (message.toName.isEmpty())
        message.toName = customer.name;
    message.fromName = m_company.name;
    message.fromAddress = m_company.email;
    message.subject = subject(plan);
    QTextDocument text;
    text.setHtml(html(plan, letterDate));
    message.body = text.toPlainText().trimmed() + u'\n';
    message.date = QDateTime(IsoDate::toQDate(letterDate), QTime(9, 0), Qt::UTC);
    message.attachments << EmailAttachment{plan.fileName, QStringLiteral("application/pdf"), pdf};
    return EmlWriter::write(message);
}

QByteArray DunningLetterDocument::handOverCsv(const DunningLetterPlan &plan, const Date &asOf) const
{
    const DunningHistory history(m_database);
    QString csv = QStringLiteral("customer_number,customer_name,customer_kind,invoice,issue_date,due_date,days_overdue,currency,"
                                 "open,interest_to_date,letters_sent\r\n");
    for (const DunningInvoiceLine &line : plan.invoices) {
        QStringList letters;
        for (const DunningInvoiceRecord &record : history.forInvoice(line.invoiceId)) {
            if (record.movedUp)
                letters.prepend(QStringLiteral("%1 %2 (%3)").arg(IsoDate::format(record.letterDate), record.levelCode, record.fileName));
        }
        csv += CsvField::join({plan.customerNumber, plan.customerName, Customer::kindCode(plan.customerKind), line.number,
                               IsoDate::format(line.issueDate), IsoDate::format(line.dueDate), QString::number(line.daysOverdue),
                               plan.currency, line.open.toPlain(),
                               line.interest ? line.interest->toPlain() : QStringLiteral("not available"),
                               letters.join(QStringLiteral("; "))})
            + QStringLiteral("\r\n");
    }
    // The costs are euro amounts; in another currency the collector also gets the rate they rest on.
    const QString costsBasis = plan.eurRate ? QStringLiteral(" (in EUR on %1 EUR at 1 EUR = %2 %3 of %4)")
                                                  .arg(plan.totalInEur.toPlain(), plan.eurRate->rateText(NumberStyle::English),
                                                       plan.currency, IsoDate::format(plan.eurRate->date))
                                            : QString();
    csv += QStringLiteral("# as of %1: total %2 %3, collection costs %4 %5 (VAT %6), EU compensation %4 %7%8%9\r\n")
               .arg(IsoDate::format(asOf), plan.currency, plan.total.toPlain(), plan.costs.currency(), plan.costs.toPlain(),
                    plan.costsVat.toPlain(), plan.euCompensation.toPlain(), costsBasis,
                    plan.interestNote.isEmpty() ? QString() : QStringLiteral(", interest not available: ") + plan.interestNote);
    return csv.toUtf8();
}

} // namespace dd
