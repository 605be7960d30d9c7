// The document engine: escaping, templates, PDFs read back with pdftotext in both languages, the
// case letters (recorded in the contact log, kept with the case) and the .eml export.
#include "test_documents_fixture.h"

#include "common/ValidationError.h"
#include "creditnotes/CreditNoteDocument.h"
#include "documents/DocumentFields.h"
#include "documents/DocumentRepository.h"
#include "documents/CompanySettingsService.h"
#include "documents/DocumentTemplates.h"
#include "documents/EmlWriter.h"
#include "documents/LetterService.h"
#include "documents/StandardFields.h"

#include <QCryptographicHash>
#include <QRegularExpression>

using namespace dd;
using dd::test::day;
using dd::test::DocumentsFixture;
using dd::test::eur;
using dd::test::pdfText;

namespace {

struct CaseFixture : DocumentsFixture
{
    DisputeService service{*db, clock, QStringLiteral("Anouk Jansen")};
    LetterService letters{*db, clock, QStringLiteral("Anouk Jansen")};

    Dispute openCase(qint64 customerId, const QString &invoiceNumber)
    {
        invoice(invoiceNumber, customerId);
        OpenDisputeRequest request;
        request.invoices << DisputeInvoiceRequest{invoiceNumber, std::nullopt};
        request.reasonCode = QStringLiteral("quality");
        request.contactPerson = QStringLiteral("Jan de Vries");
        request.story = QStringLiteral("The pump <script>leaks</script> & drips");
        request.receivedOn = day(2026, 3, 9);
        request.promisedOn = day(2026, 3, 16);
        return service.open(request);
    }

    Dispute decided(const Dispute &d, Verdict verdict, FindingDirection direction, std::optional<Money> justified = std::nullopt)
    {
        service.startVerification(d.id);
        Finding finding;
        finding.source = QStringLiteral("Order 4711");
        finding.text = QStringLiteral("Signed for delivery in good order & complete");
        finding.direction = direction;
        service.addFinding(d.id, finding);
        service.concludeVerification(d.id);
        return service.decide(d.id, verdict, justified, QStringLiteral("The delivery note was signed without remarks"));
    }
};

// Headers and parts of an .eml, as a mail program reads them.
struct ParsedMail
{
    std::map<QString, QString> headers;
    QList<std::pair<std::map<QString, QString>, QByteArray>> parts; // part headers, decoded body
};

ParsedMail parseMail(const QByteArray &eml)
{
    ParsedMail mail;
    const qsizetype headerEnd = eml.indexOf("\r\n\r\n");
    REQUIRE(headerEnd > 0);
    for (const QByteArray &line : eml.left(headerEnd).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        REQUIRE(colon > 0);
        mail.headers[QString::fromLatin1(line.left(colon))] = QString::fromUtf8(line.mid(colon + 1).trimmed());
    }
    const QRegularExpression boundaryPattern(QStringLiteral("boundary=\"([^\"]+)\""));
    const auto match = boundaryPattern.match(mail.headers[QStringLiteral("Content-Type")]);
    REQUIRE(match.hasMatch());
    const QByteArray boundary = "--" + match.captured(1).toLatin1();
    qsizetype at = eml.indexOf(boundary + "\r\n");
    while (at >= 0) {
        const qsizetype start = at + boundary.size() + 2;
        const qsizetype next = eml.indexOf("\r\n" + boundary, start);
        REQUIRE(next > start);
        const QByteArray part = eml.mid(start, next - start);
        const qsizetype partHeaderEnd = part.indexOf("\r\n\r\n");
        std::map<QString, QString> headers;
        for (const QByteArray &line : part.left(partHeaderEnd).split('\n')) {
            const qsizetype colon = line.indexOf(':');
            headers[QString::fromLatin1(line.left(colon))] = QString::fromUtf8(line.mid(colon + 1).trimmed());
        }
        CHECK(headers[QStringLiteral("Content-Transfer-Encoding")] == QStringLiteral("base64"));
        QByteArray body = part.mid(partHeaderEnd + 4);
        for (const QByteArray &line : body.split('\n'))
            CHECK(line.trimmed().size() <= 76);
        mail.parts.append({headers, QByteArray::fromBase64(body.replace("\r\n", ""))});
        at = eml.indexOf(boundary + "\r\n", next + 2);
        if (eml.mid(next + 2, boundary.size() + 2) == boundary + "--")
            break;
    }
    CHECK(eml.trimmed().endsWith(boundary + "--"));
    return mail;
}

} // namespace

TEST_CASE("user text is escaped, engine HTML is not, unknown placeholders stay visible", "[documents]")
{
    DocumentFields fields;
    fields.setText(QStringLiteral("customer.name"), QStringLiteral("<b>Evil</b> & Co"));
    fields.setText(QStringLiteral("story"), QStringLiteral("line one\nline \"two\""));
    fields.setHtml(QStringLiteral("table"), QStringLiteral("<table></table>"));
    QStringList unknown;
    const QString html = fields.render(QStringLiteral("<p>{{customer.name}}</p>{{ story }}{{table}}{{nope}}"), &unknown);
    CHECK(html == QStringLiteral("<p>&lt;b&gt;Evil&lt;/b&gt; &amp; Co</p>line one<br/>line &quot;two&quot;<table></table>{{nope}}"));
    CHECK(unknown == QStringList{QStringLiteral("nope")});
}

TEST_CASE("every built-in template exists in both languages and uses only known placeholders", "[documents]")
{
    for (Language language : {Language::Dutch, Language::English}) {
        for (const QString &code : DocumentKinds::letterCodes() + QStringList{QStringLiteral("creditnote")}) {
            const QString text = DocumentTemplates::builtIn(*DocumentKinds::fromCode(code), language);
            INFO(code.toStdString());
            CHECK(text.contains(QStringLiteral("<title>")));
            CHECK(text.contains(QStringLiteral("{{")));
        }
    }
}

TEST_CASE("credit note PDF in Dutch: every required field, negative amounts, escaped names", "[documents][pdf]")
{
    DocumentsFixture f;
    f.invoice(QStringLiteral("INV-1"), f.dutchCustomer);
    const CreditNote note = f.issue(QStringLiteral("INV-1"));
    const QString text = pdfText(f.credits.pdf(note));
    for (const QString &expected :
         {QStringLiteral("Creditnota"), QStringLiteral("CN-2026-000001"), QStringLiteral("10 maart 2026"), QStringLiteral("INV-1"),
          QStringLiteral("1 februari 2026"), QStringLiteral("<b>Evil</b> & Co"), QStringLiteral("Coffee & <i>cake</i>"),
          QStringLiteral("Repair not finished <b>on time</b>"), QStringLiteral("NL999999999B01"), QStringLiteral("NL001234567B01"),
          QStringLiteral("12345678"), QStringLiteral("NL91ABNA0417164300"), QStringLiteral("Acme Reparaties B.V."),
          QStringLiteral("€ -131,90"), QStringLiteral("€ -110,00"), QStringLiteral("€ -21,90"), QStringLiteral("€ -99,99"),
          QStringLiteral("€ -0,90"), QStringLiteral("21%"), QStringLiteral("9%"), QStringLiteral("Pagina 1 van 1")}) {
        INFO(expected.toStdString() << " in: " << text.toStdString());
        CHECK(text.contains(expected));
    }
    CHECK_FALSE(text.contains(QStringLiteral("{{")));
}

TEST_CASE("credit note PDF in English", "[documents][pdf]")
{
    DocumentsFixture f;
    f.invoice(QStringLiteral("INV-9"), f.englishCustomer);
    const CreditNote note = f.issue(QStringLiteral("INV-9"), eur(5000));
    const QString text = pdfText(f.credits.pdf(note));
    for (const QString &expected : {QStringLiteral("Credit note"), QStringLiteral("CN-2026-000001"), QStringLiteral("10 March 2026"),
                                    QStringLiteral("1 February 2026"), QStringLiteral("Brit Ltd"), QStringLiteral("-€50.00"),
                                    QStringLiteral("-€41.70"), QStringLiteral("-€8.30"), QStringLiteral("Credit on invoice INV-9"),
                                    QStringLiteral("Page 1 of 1"), QStringLiteral("Chamber of Commerce")}) {
        INFO(expected.toStdString());
        CHECK(text.contains(expected));
    }
    CHECK_FALSE(text.contains(QStringLiteral("Creditnota")));
    // Brit Ltd has no VAT number: no empty "VAT number:" label under its address.
    CHECK_FALSE(text.contains(QStringLiteral("VAT number:")));
}

TEST_CASE("no credit note and no letter without the company details they need", "[documents][company]")
{
    CaseFixture f;
    f.invoice(QStringLiteral("INV-1"), f.dutchCustomer);
    const Dispute d = f.openCase(f.dutchCustomer, QStringLiteral("INV-2"));
    SettingsRepository settings(*f.db);
    CompanySettings complete = settings.company();
    REQUIRE(complete.missingForCreditNote().isEmpty());

    // A company with only a name, as a new database had it: "DisputeDesk B.V., . KvK , btw-nummer ."
    CompanySettings bare;
    bare.name = QStringLiteral("Acme Reparaties B.V.");
    settings.setCompany(bare);
    const auto refused = [&] { f.issue(QStringLiteral("INV-1")); };
    CHECK_THROWS_AS(refused(), ValidationError);
    try {
        refused();
    } catch (const ValidationError &error) {
        for (const char *field : {"street", "postal code", "city", "VAT number", "KvK number", "Company and Letters"}) {
            INFO(field << " in: " << error.message().toStdString());
            CHECK(error.message().contains(QString::fromUtf8(field)));
        }
        CHECK_FALSE(error.message().contains(QStringLiteral("IBAN"))); // a credit note asks for no payment
    }
    CHECK(f.credits.repository().list().isEmpty());
    CHECK(f.reload(QStringLiteral("INV-1")).credited == eur(0));
    // A letter without the sender's address and place ("op rekening  t.n.v. …", no place before the
    // date): refused, nothing in the case's contact log.
    CHECK_THROWS_WITH(f.letters.send(d.id, DocumentKind::Acknowledgement), Catch::Contains("city"));
    CHECK(f.service.repository().contacts(d.id).isEmpty());

    // A foreign company needs no KvK number; the VAT number stays required.
    bare.street = QStringLiteral("Rue de la Loi 1");
    bare.postalCode = QStringLiteral("1000");
    bare.city = QStringLiteral("Bruxelles");
    bare.country = QStringLiteral("BE");
    CHECK(bare.missingForCreditNote() == QStringList{QStringLiteral("VAT number")});
    CHECK(bare.missingForLetter(false).isEmpty());
    CHECK(bare.missingForLetter(true) == QStringList{QStringLiteral("IBAN")});

    settings.setCompany(complete);
    CHECK(f.issue(QStringLiteral("INV-1")).number == QStringLiteral("CN-2026-000001"));
}

TEST_CASE("a new database names no company", "[documents][company]")
{
    // The old default "DisputeDesk B.V." put a company that is not the user's on every document.
    CHECK(CompanySettings().name.isEmpty());
    dd::test::TempDir dir;
    auto db = Database::open(databaseLocation(dir, QStringLiteral("new.sqlite")));
    CHECK(SettingsRepository(*db).company().name.isEmpty());
    CHECK_FALSE(SettingsRepository(*db).company().missingForLetter(false).isEmpty());
}

TEST_CASE("a long document gets page numbers on every page", "[documents][pdf]")
{
    DocumentsFixture f;
    Invoice invoice;
    invoice.number = QStringLiteral("INV-LONG");
    invoice.customerId = f.dutchCustomer;
    invoice.issueDate = day(2026, 2, 1);
    invoice.dueDate = day(2026, 3, 1);
    for (int i = 0; i < 90; ++i) {
        InvoiceLine line;
        line.description = QStringLiteral("Part %1").arg(i + 1);
        line.unitPrice = eur(1000 + i);
        invoice.lines << line;
    }
    InvoiceRepository(*f.db).insert(invoice);
    const QString text = pdfText(f.credits.pdf(f.issue(QStringLiteral("INV-LONG"))));
    CHECK(text.contains(QStringLiteral("Pagina 1 van ")));
    CHECK(text.contains(QStringLiteral("Pagina 2 van ")));
    CHECK(text.contains(QStringLiteral("Part 90")));
}

TEST_CASE("acknowledgement letter: rendered, recorded in the contact log, kept with the case", "[documents][letters]")
{
    CaseFixture f;
    const Dispute d = f.openCase(f.dutchCustomer, QStringLiteral("INV-1"));
    const Letter preview = f.letters.compose(d.id, DocumentKind::Acknowledgement);
    CHECK(f.service.repository().contacts(d.id).isEmpty()); // a preview writes nothing
    const Letter letter = f.letters.send(d.id, DocumentKind::Acknowledgement);
    CHECK(letter.subject == QStringLiteral("Ontvangstbevestiging klacht ") + d.number);
    CHECK(letter.toName == QStringLiteral("Jan de Vries"));
    CHECK(letter.toAddress == QStringLiteral("jan@evil.example"));
    const QString text = pdfText(letter.pdf);
    for (const QString &expected : {QStringLiteral("<b>Evil</b> & Co"), QStringLiteral("Geachte Jan de Vries,"),
                                    QStringLiteral("The pump <script>leaks</script> & drips"), QStringLiteral("16 maart 2026"),
                                    QStringLiteral("intern"), QStringLiteral("INV-1"), QStringLiteral("€ 131,90"),
                                    QStringLiteral("Anouk Jansen"), QStringLiteral("Pagina 1 van 1")}) {
        INFO(expected.toStdString());
        CHECK(text.contains(expected));
    }
    const QList<ContactLogEntry> contacts = f.service.repository().contacts(d.id);
    REQUIRE(contacts.size() == 1);
    CHECK(contacts.at(0).letterKind == QStringLiteral("acknowledgement"));
    CHECK(contacts.at(0).channel == Channel::Letter);
    CHECK(contacts.at(0).direction == ContactDirection::Outbound);
    const QList<KeptDocument> kept = DocumentRepository(*f.db).forDispute(d.id);
    REQUIRE(kept.size() == 1);
    CHECK(kept.at(0).kind == QStringLiteral("acknowledgement"));
    CHECK(DocumentRepository(*f.db).find(kept.at(0).id)->content == letter.pdf);
    CHECK(kept.at(0).sha256 == QString::fromLatin1(QCryptographicHash::hash(letter.pdf, QCryptographicHash::Sha256).toHex()));
}

TEST_CASE("letters in English follow the customer's language", "[documents][letters]")
{
    CaseFixture f;
    const Dispute d = f.openCase(f.englishCustomer, QStringLiteral("INV-E"));
    const Letter letter = f.letters.compose(d.id, DocumentKind::Acknowledgement);
    CHECK(letter.language == Language::English);
    const QString text = pdfText(letter.pdf);
    CHECK(text.contains(QStringLiteral("Thank you")));
    CHECK(text.contains(QStringLiteral("16 March 2026")));
    CHECK(text.contains(QStringLiteral("€131.90")));
    CHECK(text.contains(QStringLiteral("Page 1 of 1")));
    CHECK(letter.toAddress == QStringLiteral("accounts@brit.example"));
}

TEST_CASE("a letter must fit the case's position in the decision tree", "[documents][letters]")
{
    CaseFixture f;
    const Dispute d = f.openCase(f.dutchCustomer, QStringLiteral("INV-1"));
    CHECK_THROWS_AS(f.letters.compose(d.id, DocumentKind::Justified), ValidationError);
    CHECK_THROWS_AS(f.letters.compose(d.id, DocumentKind::Rejection), ValidationError);
    CHECK_THROWS_AS(f.letters.compose(d.id, DocumentKind::Arrangement), ValidationError);
    CHECK_THROWS_AS(f.letters.compose(d.id, DocumentKind::Goodwill), ValidationError);
    CHECK_THROWS_AS(f.letters.compose(9999, DocumentKind::Acknowledgement), ValidationError);
}

TEST_CASE("justified: the letter encloses the credit note, the e-mail carries both PDFs", "[documents][letters][eml]")
{
    CaseFixture f;
    const Dispute d = f.decided(f.openCase(f.dutchCustomer, QStringLiteral("INV-1")), Verdict::Justified,
                                FindingDirection::SupportsCustomer);
    CHECK_THROWS_WITH(f.letters.compose(d.id, DocumentKind::Justified), Catch::Contains("credit note"));
    f.service.credit(d.id);
    const Letter letter = f.letters.send(d.id, DocumentKind::Justified);
    const QString text = pdfText(letter.pdf);
    CHECK(text.contains(QStringLiteral("u hebt gelijk")));
    CHECK(text.contains(QStringLiteral("CN-2026-000001")));
    CHECK(text.contains(QStringLiteral("Creditnota")));
    CHECK(text.contains(QStringLiteral("€ -131,90")));
    CHECK(text.contains(QStringLiteral("Pagina 2 van 2")));
    REQUIRE(letter.attachments.size() == 1);
    CHECK(letter.attachments.at(0).fileName == QStringLiteral("CN-2026-000001.pdf"));

    const QByteArray eml = f.letters.eml(letter);
    const ParsedMail mail = parseMail(eml);
    CHECK(mail.headers.at(QStringLiteral("From")) == QStringLiteral("\"Acme Reparaties B.V.\" <debiteuren@acme.example>"));
    CHECK(mail.headers.at(QStringLiteral("To")) == QStringLiteral("\"Jan de Vries\" <jan@evil.example>"));
    CHECK(mail.headers.at(QStringLiteral("Subject")).contains(d.number));
    CHECK(mail.headers.at(QStringLiteral("MIME-Version")) == QStringLiteral("1.0"));
    CHECK(mail.headers.at(QStringLiteral("Date")) == QStringLiteral("Tue, 10 Mar 2026 10:00:00 +0000"));
    CHECK(mail.headers.count(QStringLiteral("Message-ID")) == 1);
    REQUIRE(mail.parts.size() == 3);
    CHECK(mail.parts.at(0).first.at(QStringLiteral("Content-Type")).startsWith(QStringLiteral("text/plain; charset=UTF-8")));
    CHECK(QString::fromUtf8(mail.parts.at(0).second).contains(QStringLiteral("u hebt gelijk")));
    CHECK(mail.parts.at(1).first.at(QStringLiteral("Content-Disposition")).contains(d.number + QStringLiteral("-justified.pdf")));
    CHECK(mail.parts.at(1).second == letter.pdf);
    CHECK(mail.parts.at(2).second == letter.attachments.at(0).content);
    CHECK(f.service.repository().contacts(d.id).at(0).letterKind == QStringLiteral("justified"));
}

TEST_CASE("a partly justified letter states both parts and asks for the rest", "[documents][letters]")
{
    CaseFixture f;
    // Invoice 131.90 of which 50.00 is found justified: 81.90 stands.
    const Dispute d = f.decided(f.openCase(f.dutchCustomer, QStringLiteral("INV-1")), Verdict::PartlyJustified,
                                FindingDirection::SupportsCustomer, eur(5000));
    f.service.credit(d.id);
    const QString text = pdfText(f.letters.compose(d.id, DocumentKind::Justified).pdf);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("u hebt voor een deel gelijk")));
    CHECK_FALSE(text.contains(QStringLiteral("u hebt gelijk")));
    CHECK(text.contains(QStringLiteral("€ 50,00")));
    CHECK(text.contains(QStringLiteral("€ 81,90")));
    CHECK(text.contains(QStringLiteral("blijft verschuldigd")));
    CHECK(text.contains(QStringLiteral("NL91ABNA0417164300")));
    // The pay-by date: letter date 10 March 2026 + the 14 days of the company settings.
    CHECK(text.contains(QStringLiteral("24 maart 2026")));
}

TEST_CASE("an acknowledgement never promises an answer on a date that has passed", "[documents][letters]")
{
    CaseFixture f;
    const Dispute d = f.openCase(f.dutchCustomer, QStringLiteral("INV-1")); // answer promised on 16 March 2026
    // Written on Friday 20 March 2026, after the promise: the letter admits it and promises anew,
    // 5 business days after its own date (Friday 27 March).
    f.clock.set(QDateTime(QDate(2026, 3, 20), QTime(10, 0), Qt::UTC));
    const QString late = pdfText(f.letters.compose(d.id, DocumentKind::Acknowledgement).pdf);
    INFO(late.toStdString());
    CHECK(late.contains(QStringLiteral("uiterlijk op 16 maart 2026 ons antwoord beloofd")));
    CHECK(late.contains(QStringLiteral("niet gelukt")));
    CHECK(late.contains(QStringLiteral("U ontvangt ons antwoord uiterlijk op 27 maart 2026")));
    // On time it simply repeats the promise.
    f.clock.set(QDateTime(QDate(2026, 3, 10), QTime(10, 0), Qt::UTC));
    const QString onTime = pdfText(f.letters.compose(d.id, DocumentKind::Acknowledgement).pdf);
    CHECK(onTime.contains(QStringLiteral("U ontvangt uiterlijk op 16 maart 2026 ons antwoord")));
    CHECK_FALSE(onTime.contains(QStringLiteral("niet gelukt")));
}

TEST_CASE("rejection lists the findings that support the invoice", "[documents][letters]")
{
    CaseFixture f;
    const Dispute noSupport = f.decided(f.openCase(f.dutchCustomer, QStringLiteral("INV-1")), Verdict::Unjustified,
                                        FindingDirection::Neutral);
    CHECK_THROWS_WITH(f.letters.compose(noSupport.id, DocumentKind::Rejection), Catch::Contains("substantiated"));
    const Dispute d = f.decided(f.openCase(f.englishCustomer, QStringLiteral("INV-2")), Verdict::Unjustified,
                                FindingDirection::SupportsUs);
    const QString text = pdfText(f.letters.send(d.id, DocumentKind::Rejection).pdf);
    CHECK(text.contains(QStringLiteral("Order 4711: Signed for delivery in good order & complete")));
    CHECK(text.contains(QStringLiteral("The delivery note was signed without remarks")));
    CHECK(text.contains(QStringLiteral("€131.90")));
    CHECK(text.contains(QStringLiteral("24 March 2026"))); // 14 days after the letter
    CHECK(text.contains(QStringLiteral("NL91ABNA0417164300")));
}

TEST_CASE("arrangement and goodwill letters", "[documents][letters]")
{
    CaseFixture f;
    const Dispute a = f.decided(f.openCase(f.dutchCustomer, QStringLiteral("INV-1")), Verdict::Unjustified,
                                FindingDirection::SupportsUs);
    f.service.amicable(a.id, QStringLiteral("Delivered as ordered"));
    f.service.arrangement(a.id, QStringLiteral("3 x € 43,97 on 1 April, 1 May and 1 June"));
    const QString arrangement = pdfText(f.letters.send(a.id, DocumentKind::Arrangement).pdf);
    CHECK(arrangement.contains(QStringLiteral("betalingsregeling")));
    CHECK(arrangement.contains(QStringLiteral("3 x € 43,97 on 1 April, 1 May and 1 June")));

    const Dispute g = f.decided(f.openCase(f.englishCustomer, QStringLiteral("INV-2")), Verdict::Unjustified,
                                FindingDirection::SupportsUs);
    f.service.amicable(g.id, QStringLiteral("Delivered as ordered"));
    f.service.goodwill(g.id, QStringLiteral("Long-standing customer"));
    const Letter letter = f.letters.send(g.id, DocumentKind::Goodwill);
    const QString goodwill = pdfText(letter.pdf);
    // Goodwill settles the invoice with a goodwill credit note: INV-2 (131.90, of which 21.90 VAT)
    // is no longer open, and the write-off really costs the 110.00 without VAT.
    INFO(goodwill.toStdString());
    CHECK(goodwill.contains(QStringLiteral("write off €131.90")));
    CHECK(goodwill.contains(QStringLiteral("This costs us €110.00")));
    CHECK_FALSE(goodwill.contains(QStringLiteral("costs us €131.90")));
    CHECK(goodwill.contains(QStringLiteral("once")));
    const QList<CreditNote> notes = f.credits.repository().forDispute(g.id);
    REQUIRE(notes.size() == 1);
    CHECK(notes.at(0).goodwill);
    CHECK(notes.at(0).totalInclVat == eur(13190));
    CHECK(notes.at(0).vat == eur(2190));
    CHECK(goodwill.contains(notes.at(0).number));
    CHECK(goodwill.contains(QStringLiteral("Credit note"))); // the note itself follows the letter
    CHECK(f.reload(QStringLiteral("INV-2")).openAmount() == eur(0));
    CHECK(f.service.repository().contacts(g.id).at(0).letterKind == QStringLiteral("goodwill"));
    CHECK(DocumentRepository(*f.db).forDispute(g.id).size() == 1);
}

TEST_CASE("a user's own template is used until it is reset, its fields are still escaped", "[documents]")
{
    CaseFixture f;
    const Dispute d = f.openCase(f.dutchCustomer, QStringLiteral("INV-1"));
    DocumentTemplates templates(*f.db);
    templates.customise(DocumentKind::Acknowledgement, Language::Dutch,
                        QStringLiteral("<html><head><title>Eigen {{dispute.number}}</title></head><body><p>Beste {{customer.name}}</p></body></html>"));
    CHECK(templates.isCustomised(DocumentKind::Acknowledgement, Language::Dutch));
    Letter letter = f.letters.compose(d.id, DocumentKind::Acknowledgement);
    CHECK(letter.subject == QStringLiteral("Eigen ") + d.number);
    CHECK(letter.html.contains(QStringLiteral("Beste &lt;b&gt;Evil&lt;/b&gt; &amp; Co")));
    CHECK(pdfText(letter.pdf).contains(QStringLiteral("Beste <b>Evil</b> & Co")));
    templates.reset(DocumentKind::Acknowledgement, Language::Dutch);
    letter = f.letters.compose(d.id, DocumentKind::Acknowledgement);
    CHECK(letter.subject.startsWith(QStringLiteral("Ontvangstbevestiging")));
}

TEST_CASE("e-mail headers encode non-ASCII names and subjects", "[documents][eml]")
{
    EmailMessage message;
    message.fromName = QStringLiteral("Acme");
    message.fromAddress = QStringLiteral("a@acme.example");
    message.toName = QStringLiteral("Zoë Öztürk");
    message.toAddress = QStringLiteral("zoe@example.org");
    message.subject = QStringLiteral("Uw klacht – één");
    message.body = QStringLiteral("Hallo\nTot ziens");
    message.date = QDateTime(QDate(2026, 3, 10), QTime(10, 0), Qt::UTC);
    const QByteArray eml = EmlWriter::write(message);
    const ParsedMail mail = parseMail(eml);
    CHECK(mail.headers.at(QStringLiteral("To")) == QStringLiteral("=?UTF-8?B?") + QString::fromLatin1(QStringLiteral("Zoë Öztürk").toUtf8().toBase64())
                                                       + QStringLiteral("?= <zoe@example.org>"));
    CHECK(mail.headers.at(QStringLiteral("Subject")).startsWith(QStringLiteral("=?UTF-8?B?")));
    REQUIRE(mail.parts.size() == 1);
    CHECK(mail.parts.at(0).second == QByteArray("Hallo\r\nTot ziens"));
    CHECK_FALSE(eml.contains("\n\n"));
}

TEST_CASE("no e-mail address: the .eml is refused", "[documents][eml]")
{
    Letter letter;
    letter.disputeNumber = QStringLiteral("DSP-1");
    DocumentsFixture f;
    LetterService service(*f.db, f.clock, QStringLiteral("x"));
    CHECK_THROWS_WITH(service.eml(letter), Catch::Contains("No e-mail address"));
}

// Issue 19: without a company e-mail the case letter's .eml was sent "From: noreply@invalid".
TEST_CASE("a case letter's .eml without a company e-mail is refused, naming the setting", "[documents][eml]")
{
    DocumentsFixture f;
    CompanySettings company = dd::test::acmeCompany();
    company.email.clear();
    SettingsRepository(*f.db).setCompany(company);
    Letter letter;
    letter.disputeNumber = QStringLiteral("DSP-1");
    letter.toAddress = QStringLiteral("jan@evil.example");
    LetterService service(*f.db, f.clock, QStringLiteral("x"));
    CHECK_THROWS_WITH(service.eml(letter), Catch::Contains("Settings ▸ Company and Letters ▸ E-mail"));
}

TEST_CASE("the company details and the templates are saved in one commit, a refused detail writes no template either",
          "[documents][company]")
{
    DocumentsFixture f;
    QList<DataChanges> commits;
    f.db->setChangeListener([&](DataChanges what) { commits << what; });
    const DocumentTemplates templates(*f.db);
    CompanySettings company = dd::test::acmeCompany();
    company.name = QStringLiteral("Jansen B.V.");
    const QString own = QStringLiteral("<p>Van {{company.name}}</p>");
    const QString builtInGoodwill = DocumentTemplates::builtIn(DocumentKind::Goodwill, Language::Dutch);

    // A new text, a reset followed by a new text, and a built-in text left as it was.
    CompanySettingsService(*f.db).save(company, {{DocumentKind::Acknowledgement, Language::English, own},
                                                 {DocumentKind::Rejection, Language::Dutch, std::nullopt},
                                                 {DocumentKind::Rejection, Language::Dutch, own},
                                                 {DocumentKind::Goodwill, Language::Dutch, builtInGoodwill}});
    CHECK(commits == QList<DataChanges>{DataChange::Settings});
    CHECK(SettingsRepository(*f.db).company().name == QStringLiteral("Jansen B.V."));
    CHECK(templates.text(DocumentKind::Acknowledgement, Language::English) == own);
    CHECK(templates.text(DocumentKind::Rejection, Language::Dutch) == own);
    CHECK_FALSE(templates.isCustomised(DocumentKind::Goodwill, Language::Dutch));

    // Refused: no name. The reset that came with it is not written either, nor announced.
    commits.clear();
    company.name = QStringLiteral("  ");
    CHECK_THROWS_AS(CompanySettingsService(*f.db).save(company, {{DocumentKind::Acknowledgement, Language::English, std::nullopt}}),
                    ValidationError);
    CHECK(commits.isEmpty());
    CHECK(templates.isCustomised(DocumentKind::Acknowledgement, Language::English));
    CHECK(SettingsRepository(*f.db).company().name == QStringLiteral("Jansen B.V."));
}

// Issue 19: the template editor offers the fields from a menu instead of leaving the user to type
// them. The menu must offer every field the built-in templates use, and a letter fills in every
// field it offers.
TEST_CASE("the template editor's fields: every field of the built-in templates is offered, every offered field is filled",
          "[documents][templates]")
{
    for (const DocumentKind kind : {DocumentKind::Acknowledgement, DocumentKind::Justified, DocumentKind::Rejection,
                                    DocumentKind::Arrangement, DocumentKind::Goodwill, DocumentKind::CreditNote}) {
        QStringList offered;
        for (const StandardFields::Field &field : StandardFields::fieldsFor(kind)) {
            offered << field.key;
            CHECK_FALSE(field.description.isEmpty());
        }
        for (const Language language : {Language::Dutch, Language::English}) {
            const QString text = DocumentTemplates::builtIn(kind, language);
            for (auto it = QRegularExpression(QStringLiteral(R"(\{\{([a-z_.]+)\}\})")).globalMatch(text); it.hasNext();) {
                const QString key = it.next().captured(1);
                INFO(DocumentKinds::code(kind).toStdString() << ": " << key.toStdString());
                CHECK(offered.contains(key));
            }
        }
    }
    CaseFixture f;
    const Dispute d = f.openCase(f.dutchCustomer, QStringLiteral("INV-1"));
    QString everything;
    for (const StandardFields::Field &field : StandardFields::fieldsFor(DocumentKind::Acknowledgement))
        everything += QStringLiteral("<p>%1: {{%1}}</p>").arg(field.key);
    DocumentTemplates(*f.db).customise(DocumentKind::Acknowledgement, Language::Dutch, everything);
    const Letter letter = f.letters.compose(d.id, DocumentKind::Acknowledgement);
    INFO(letter.plainText.toStdString());
    CHECK_FALSE(letter.html.contains(QStringLiteral("{{")));
}
