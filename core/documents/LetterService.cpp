#include "LetterService.h"

#include "calendar/BusinessCalendar.h"
#include "common/Clock.h"
#include "common/ValidationError.h"
#include "creditnotes/CreditNoteDocument.h"
#include "creditnotes/CreditNoteRepository.h"
#include "customers/CustomerRepository.h"
#include "disputes/DisputeService.h"
#include "disputes/DisputeSettings.h"
#include "disputes/ReasonTaxonomy.h"
#include "documents/DocumentFields.h"
#include "documents/DocumentFormat.h"
#include "documents/DocumentRepository.h"
#include "documents/DocumentTemplates.h"
#include "documents/PdfRenderer.h"
#include "documents/SettingsRepository.h"
#include "documents/StandardFields.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QTextDocument>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::LetterService", text);
}

// The person the letter is addressed to: the case's contact person when known among the customer's
// contacts (with their e-mail), else the first contact with an e-mail, else the customer itself.
void addressee(const Customer &customer, const Dispute &dispute, QString &name, QString &email)
{
    for (const Contact &contact : customer.contacts) {
        if (!dispute.contactPerson.isEmpty() && contact.name.compare(dispute.contactPerson, Qt::CaseInsensitive) == 0) {
            name = contact.name;
            email = contact.email.isEmpty() ? customer.email : contact.email;
            return;
        }
    }
    name = dispute.contactPerson;
    email = customer.email;
    for (const Contact &contact : customer.contacts) {
        if (!contact.email.isEmpty() && (name.isEmpty() || email.isEmpty())) {
            if (name.isEmpty())
                name = contact.name;
            if (email.isEmpty())
                email = contact.email;
            break;
        }
    }
}
// What lies between <body> and </body>, to put two documents into one.
QString bodyOf(const QString &html)
{
    QString inner = html;
    const qsizetype body = inner.indexOf(QStringLiteral("<body"), 0, Qt::CaseInsensitive);
    if (body >= 0)
        inner = inner.mid(inner.indexOf(u'>', body) + 1);
    const qsizetype end = inner.lastIndexOf(QStringLiteral("</body>"), -1, Qt::CaseInsensitive);
    if (end >= 0)
        inner.truncate(end);
    return inner;
}
} // namespace

LetterService::LetterService(Database &database, const Clock &clock, QString actor)
    : m_database(database)
    , m_clock(clock)
    , m_actor(std::move(actor))
{
}

Letter LetterService::compose(qint64 disputeId, DocumentKind kind) const
{
    if (kind == DocumentKind::CreditNote)
        throw ValidationError(tr("A credit note is issued, not written as a letter."));
    DisputeRepository disputes(m_database);
    const auto found = disputes.find(disputeId);
    if (!found)
        throw ValidationError(tr("There is no dispute case with id %1.").arg(disputeId));
    const Dispute &d = *found;
    const Customer customer = CustomerRepository(m_database).findById(d.customerId).value_or(Customer());
    const CompanySettings company = SettingsRepository(m_database).company();
    // Letters that ask the customer to pay name the account; all name the sender and the place.
    const bool asksForPayment = kind == DocumentKind::Rejection || kind == DocumentKind::Arrangement
                                || (kind == DocumentKind::Justified && d.verdict == Verdict::PartlyJustified);
    if (const QStringList missing = company.missingForLetter(asksForPayment); !missing.isEmpty())
        throw ValidationError(CompanySettings::missingMessage(tr("A letter"), missing));
    const Language lang = customer.language;
    const bool nl = lang == Language::Dutch;
    const Date today = IsoDate::fromQDate(m_clock.now().toLocalTime().date());
    // The notes a letter encloses: the goodwill letter its goodwill notes, the justified letter the
    // notes that correct the invoice.
    QList<CreditNote> creditNotes;
    for (const CreditNote &note : CreditNoteRepository(m_database).forDispute(d.id)) {
        if (note.goodwill == (kind == DocumentKind::Goodwill))
            creditNotes << note;
    }

    Letter letter;
    letter.kind = kind;
    letter.disputeId = d.id;
    letter.disputeNumber = d.number;
    letter.language = lang;
    addressee(customer, d, letter.toName, letter.toAddress);

    DocumentFields f;
    StandardFields::addCompany(f, company);
    StandardFields::addCustomer(f, customer, letter.toName);
    f.setText(QStringLiteral("letter.date"), DocumentFormat::date(today, lang));
    f.setText(QStringLiteral("letter.place_date"), company.city.trimmed().isEmpty()
                                                       ? DocumentFormat::date(today, lang)
                                                       : company.city.trimmed() + QStringLiteral(", ") + DocumentFormat::date(today, lang));
    f.setText(QStringLiteral("sender.name"), m_actor);
    f.setText(QStringLiteral("dispute.number"), d.number);
    f.setText(QStringLiteral("dispute.received"), DocumentFormat::date(d.receivedOn, lang));
    // A letter never promises a date that has passed: when the case's promised answer is already
    // behind us, the letter says so and promises a new date, counted from its own date by the
    // dispute rules (business days, holidays skipped).
    const bool promiseMissed = !d.promisedOn.is_special() && d.promisedOn < today;
    const Date promised = promiseMissed
                              ? BusinessCalendar::addBusinessDays(today, DisputeSettings(m_database).rules().responseBusinessDays)
                              : d.promisedOn;
    f.setText(QStringLiteral("dispute.promised"), DocumentFormat::date(promised, lang));
    const QString newDate = QStringLiteral("<b>") + DocumentFields::escape(DocumentFormat::date(promised, lang)) + QStringLiteral("</b>");
    if (promiseMissed) {
        const QString missed = DocumentFields::escape(DocumentFormat::date(d.promisedOn, lang));
        f.setHtml(QStringLiteral("dispute.promise_sentence"),
                  nl ? QStringLiteral("Wij hadden u uiterlijk op %1 ons antwoord beloofd; dat is ons niet gelukt, en daarvoor bieden "
                                      "wij onze excuses aan. U ontvangt ons antwoord uiterlijk op %2.")
                           .arg(missed, newDate)
                     : QStringLiteral("We promised you our answer by %1 and did not manage it; we apologise. You will receive "
                                      "our answer no later than %2.")
                           .arg(missed, newDate));
    } else {
        f.setHtml(QStringLiteral("dispute.promise_sentence"),
                  nl ? QStringLiteral("U ontvangt uiterlijk op %1 ons antwoord.").arg(newDate)
                     : QStringLiteral("You will receive our answer no later than %1.").arg(newDate));
    }
    f.setText(QStringLiteral("dispute.story"), d.story);
    const auto reason = ReasonTaxonomy::find(d.reasonCode);
    f.setText(QStringLiteral("dispute.reason"), reason ? reason->name : d.reasonCode);
    f.setText(QStringLiteral("dispute.rationale"), d.rationale);
    f.setText(QStringLiteral("dispute.arrangement"), d.arrangement);
    QStringList invoiceNumbers;
    QList<QStringList> invoiceRows;
    for (const DisputedInvoice &invoice : d.invoices) {
        invoiceNumbers << invoice.invoiceNumber;
        invoiceRows << QStringList{invoice.invoiceNumber, DocumentFormat::money(invoice.disputed, lang)};
    }
    f.setText(QStringLiteral("invoice.numbers"), invoiceNumbers.join(QStringLiteral(", ")));
    f.setHtml(QStringLiteral("dispute.invoices"),
              StandardFields::table(nl ? QStringList{QStringLiteral("Factuur"), QStringLiteral("Betwist bedrag")}
                                       : QStringList{QStringLiteral("Invoice"), QStringLiteral("Disputed amount")},
                                    invoiceRows, {false, true}));
    f.setText(QStringLiteral("amount.disputed"), DocumentFormat::money(d.disputedTotal(), lang));
    f.setText(QStringLiteral("amount.justified"), DocumentFormat::money(d.justified, lang));
    f.setText(QStringLiteral("amount.unjustified"), DocumentFormat::money(d.unjustifiedPart(), lang));
    f.setText(QStringLiteral("amount.goodwill"), DocumentFormat::money(d.goodwill, lang));
    f.setText(QStringLiteral("letter.pay_by"),
              DocumentFormat::date(today + boost::gregorian::date_duration(company.letterPaymentDays), lang));
    f.setText(QStringLiteral("letter.payment_days"), QString::number(company.letterPaymentDays));

    // The notes the letter encloses: their numbers and what they credit. What goodwill really
    // costs is their amount without VAT, since the notes give the VAT back.
    QStringList noteNumbers;
    Money notesInclVat = Money::zero(d.currency());
    Money notesExclVat = Money::zero(d.currency());
    for (const CreditNote &note : creditNotes) {
        noteNumbers << note.number;
        notesInclVat += note.amountCredited(); // the rounding a note takes back included
        notesExclVat += note.totalExclVat;
    }
    f.setText(QStringLiteral("creditnote.number"), noteNumbers.join(QStringLiteral(", ")));
    f.setText(QStringLiteral("creditnote.total_incl"), DocumentFormat::money(notesInclVat, lang));
    f.setText(QStringLiteral("amount.goodwill_cost"), DocumentFormat::money(notesExclVat, lang));

    switch (kind) {
    case DocumentKind::Acknowledgement:
        if (!d.isOpen())
            throw ValidationError(tr("Case %1 is closed; an acknowledgement is sent while it is open.").arg(d.number));
        break;
    case DocumentKind::Justified: {
        if (d.verdict != Verdict::Justified && d.verdict != Verdict::PartlyJustified)
            throw ValidationError(tr("Case %1 was not found justified; a \"you are right\" letter does not fit.").arg(d.number));
        if (creditNotes.isEmpty())
            throw ValidationError(tr("Issue the credit note of case %1 first: the letter encloses it.").arg(d.number));
        // A partly justified case is not "you are right": the letter says which part stands and
        // asks for it, or the customer reads that nothing is left to pay.
        const bool partly = d.verdict == Verdict::PartlyJustified;
        f.setText(QStringLiteral("dispute.verdict_sentence"),
                  partly ? (nl ? QStringLiteral("Wij hebben uw klacht onderzocht en moeten u eerlijk zeggen: u hebt voor een deel gelijk. "
                                                "Daarvoor bieden wij u onze excuses aan.")
                               : QStringLiteral("We have looked into your complaint and must honestly tell you: you are partly right. "
                                                "Please accept our apologies."))
                         : (nl ? QStringLiteral("Wij hebben uw klacht onderzocht en moeten u eerlijk zeggen: u hebt gelijk. Daarvoor "
                                                "bieden wij u onze excuses aan.")
                               : QStringLiteral("We have looked into your complaint and must honestly tell you: you are right. Please "
                                                "accept our apologies.")));
        QString remaining;
        if (partly && d.unjustifiedPart().cents() > 0) {
            const QString amount = DocumentFormat::money(d.unjustifiedPart(), lang);
            const QString payBy = DocumentFormat::date(today + boost::gregorian::date_duration(company.letterPaymentDays), lang);
            remaining = nl ? QStringLiteral("Het overige deel van uw klacht, %1, vinden wij niet terecht: dat bedrag blijft verschuldigd. "
                                            "Wilt u het uiterlijk op %2 betalen op rekening %3 t.n.v. %4, onder vermelding van "
                                            "factuur %5?")
                                 .arg(amount, payBy, company.iban, company.name, invoiceNumbers.join(QStringLiteral(", ")))
                           : QStringLiteral("The rest of your complaint, %1, we do not find justified: that amount remains "
                                            "payable. Please pay it by %2 into account %3 in the name of %4, quoting invoice %5.")
                                 .arg(amount, payBy, company.iban, company.name, invoiceNumbers.join(QStringLiteral(", ")));
        }
        f.setText(QStringLiteral("dispute.remaining_sentence"), remaining);
        break;
    }
    case DocumentKind::Rejection: {
        if (d.verdict != Verdict::Unjustified && d.verdict != Verdict::PartlyJustified)
            throw ValidationError(tr("Case %1 was not found (partly) unjustified; a rejection does not fit.").arg(d.number));
        QStringList support;
        for (const Finding &finding : disputes.findings(d.id)) {
            if (finding.direction == FindingDirection::SupportsUs)
                support << QStringLiteral("%1: %2").arg(finding.source, finding.text);
        }
        if (support.isEmpty())
            throw ValidationError(tr("A rejection must be substantiated: record a finding that supports the invoice in case %1.")
                                      .arg(d.number));
        f.setHtml(QStringLiteral("dispute.findings"), StandardFields::bulletList(support));
        break;
    }
    case DocumentKind::Arrangement:
        if (d.amicable != AmicableState::Arrangement || d.arrangement.trimmed().isEmpty())
            throw ValidationError(tr("No payment arrangement was agreed in case %1.").arg(d.number));
        break;
    case DocumentKind::Goodwill:
        if (d.path != UnjustifiedPath::Goodwill || d.goodwill.isZero())
            throw ValidationError(tr("No goodwill was granted in case %1.").arg(d.number));
        break;
    case DocumentKind::CreditNote:
        break;
    }

    QString body = f.render(DocumentTemplates(m_database).text(kind, lang));
    QTextDocument text;
    text.setHtml(body);
    letter.subject = text.metaInformation(QTextDocument::DocumentTitle).trimmed();
    if (letter.subject.isEmpty())
        letter.subject = (nl ? QStringLiteral("Uw klacht %1") : QStringLiteral("Your complaint %1")).arg(d.number);
    letter.plainText = text.toPlainText().trimmed() + u'\n';
    letter.html = body;
    if (kind == DocumentKind::Justified || kind == DocumentKind::Goodwill) {
        // The credit notes follow the letter in the same PDF, and go with the e-mail as their own files.
        body = QStringLiteral("<html><head><title>%1</title></head><body>").arg(letter.subject.toHtmlEscaped()) + bodyOf(body);
        for (const CreditNote &header : creditNotes) {
            const CreditNote note = *CreditNoteRepository(m_database).find(header.id);
            body += QStringLiteral("<div style=\"page-break-before: always;\"></div>") + bodyOf(CreditNoteDocument::html(m_database, note));
            letter.attachments << EmailAttachment{CreditNoteDocument::fileName(note), QStringLiteral("application/pdf"),
                                                  CreditNoteDocument::pdf(m_database, note)};
        }
        body += QStringLiteral("</body></html>");
    }
    letter.pdf = PdfRenderer::render(body, company, lang, letter.subject);
    letter.fileName = QStringLiteral("%1-%2.pdf").arg(d.number, DocumentKinds::code(kind));
    return letter;
}

Letter LetterService::send(qint64 disputeId, DocumentKind kind)
{
    Letter letter = compose(disputeId, kind);
    record(letter);
    return letter;
}

void LetterService::record(const Letter &letter)
{
    const qint64 disputeId = letter.disputeId;
    const DocumentKind kind = letter.kind;
    Transaction transaction(m_database, DataChange::Documents | DataChange::Cases);
    DisputeService service(m_database, m_clock, m_actor);
    ContactLogEntry entry;
    entry.date = IsoDate::fromQDate(m_clock.now().toLocalTime().date());
    entry.channel = Channel::Letter;
    entry.direction = ContactDirection::Outbound;
    entry.summary = letter.subject;
    entry.letterKind = DocumentKinds::code(kind);
    service.addContact(disputeId, entry);
    KeptDocument document;
    document.disputeId = disputeId;
    document.kind = DocumentKinds::code(kind);
    document.language = Customer::languageCode(letter.language);
    document.createdAt = m_clock.now();
    document.actor = m_actor;
    document.fileName = letter.fileName;
    document.content = letter.pdf;
    DocumentRepository(m_database).insert(document);
    transaction.commit();
}

QByteArray LetterService::eml(const Letter &letter) const
{
    if (letter.toAddress.trimmed().isEmpty())
        throw ValidationError(tr("No e-mail address is known for the customer of case %1.").arg(letter.disputeNumber));
    const CompanySettings company = SettingsRepository(m_database).company();
    EmailMessage message;
    message.fromName = company.name;
    message.fromAddress = company.email; // none or an invalid one: EmlWriter refuses, naming the setting
    message.toName = letter.toName;
    message.toAddress = letter.toAddress;
    message.subject = letter.subject;
    message.body = letter.plainText;
    message.date = m_clock.now();
    message.attachments << EmailAttachment{letter.fileName, QStringLiteral("application/pdf"), letter.pdf};
    message.attachments << letter.attachments;
    return EmlWriter::write(message);
}

} // namespace dd
