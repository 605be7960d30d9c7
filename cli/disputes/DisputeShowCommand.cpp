#include "DisputeShowCommand.h"

#include "disputes/DisputeService.h"
#include "disputes/ReasonTaxonomy.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::DisputeShowCommand", text);
}
} // namespace

QString DisputeShowCommand::summary() const
{
    return tr("Shows a case in full, with findings, contacts and audit trail.");
}

void DisputeShowCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(dbOption());
    parser.addOption({QStringLiteral("format"), tr("Output as text (default) or json."), QStringLiteral("FORMAT"),
                      QStringLiteral("text")});
}

int DisputeShowCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    const QString format = parser.value(QStringLiteral("format"));
    if (format != u"text" && format != u"json")
        usageError(tr("--format must be text or json, not \"%1\"").arg(format));
    auto database = openDatabaseToRead(parser);
    DisputeService service(*database, m_clock, QString()); // reads only: no actor
    const Dispute d = findCase(service, parser);
    const QList<Finding> findings = service.repository().findings(d.id);
    const QList<ContactLogEntry> contacts = service.repository().contacts(d.id);
    const QList<AuditEvent> audit = service.repository().audit(d.id);
    const auto reason = ReasonTaxonomy::find(d.reasonCode);

    if (format == u"json") {
        QJsonArray invoices;
        for (const DisputedInvoice &invoice : d.invoices)
            invoices.append(QJsonObject{{QStringLiteral("invoice"), invoice.invoiceNumber},
                                        {QStringLiteral("disputed"), invoice.disputed.toPlain()}});
        QJsonArray findingArray;
        for (const Finding &f : findings) {
            QJsonArray evidence;
            for (const Evidence &e : f.evidence)
                evidence.append(QJsonObject{{QStringLiteral("name"), e.name}, {QStringLiteral("type"), e.mimeType},
                                            {QStringLiteral("size"), e.size}, {QStringLiteral("sha256"), e.sha256}});
            findingArray.append(QJsonObject{{QStringLiteral("source"), f.source}, {QStringLiteral("text"), f.text},
                                            {QStringLiteral("direction"), DisputeCodes::direction(f.direction)},
                                            {QStringLiteral("evidence"), evidence}});
        }
        QJsonArray contactArray;
        for (const ContactLogEntry &c : contacts)
            contactArray.append(QJsonObject{{QStringLiteral("date"), IsoDate::format(c.date)},
                                            {QStringLiteral("channel"), DisputeCodes::channel(c.channel)},
                                            {QStringLiteral("direction"), DisputeCodes::contactDirection(c.direction)},
                                            {QStringLiteral("summary"), c.summary}, {QStringLiteral("letter"), c.letterKind}});
        QJsonArray auditArray;
        for (const AuditEvent &e : audit)
            auditArray.append(QJsonObject{{QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODate)},
                                          {QStringLiteral("actor"), e.actor}, {QStringLiteral("login"), e.login},
                                          {QStringLiteral("from"), DisputeCodes::step(e.from)},
                                          {QStringLiteral("to"), DisputeCodes::step(e.to)}, {QStringLiteral("action"), e.action},
                                          {QStringLiteral("note"), e.note}});
        const QJsonObject object{
            {QStringLiteral("number"), d.number},
            {QStringLiteral("customer"), d.customerName},
            {QStringLiteral("step"), DisputeCodes::step(d.step)},
            {QStringLiteral("reason"), d.reasonCode},
            {QStringLiteral("reason_class"), reason ? ReasonTaxonomy::classCode(reason->reasonClass) : QString()},
            {QStringLiteral("channel"), DisputeCodes::channel(d.channel)},
            {QStringLiteral("contact_person"), d.contactPerson},
            {QStringLiteral("story"), d.story},
            {QStringLiteral("received"), IsoDate::format(d.receivedOn)},
            {QStringLiteral("promised"), IsoDate::format(d.promisedOn)},
            {QStringLiteral("answered"), IsoDate::format(d.answeredOn)},
            {QStringLiteral("response_overdue"), d.isResponseOverdue(context.today)},
            {QStringLiteral("assignee"), d.assignee},
            {QStringLiteral("disputed"), d.disputedTotal().toPlain()},
            {QStringLiteral("currency"), d.currency()},
            {QStringLiteral("invoices"), invoices},
            {QStringLiteral("verdict"), DisputeCodes::verdict(d.verdict)},
            {QStringLiteral("justified"), d.justified.toPlain()},
            {QStringLiteral("rationale"), d.rationale},
            {QStringLiteral("credit_decided"), d.creditDecided},
            {QStringLiteral("path"), DisputeCodes::path(d.path)},
            {QStringLiteral("amicable"), DisputeCodes::amicable(d.amicable)},
            {QStringLiteral("arrangement"), d.arrangement},
            {QStringLiteral("goodwill"), d.goodwill.toPlain()},
            {QStringLiteral("lesson"), QJsonObject{{QStringLiteral("what"), d.lessonWhat},
                                                   {QStringLiteral("department"), d.lessonDepartment},
                                                   {QStringLiteral("action"), d.lessonAction}}},
            {QStringLiteral("outcome"), DisputeCodes::outcome(d.outcome)},
            {QStringLiteral("closed"), IsoDate::format(d.closedOn)},
            {QStringLiteral("findings"), findingArray},
            {QStringLiteral("contacts"), contactArray},
            {QStringLiteral("audit"), auditArray},
        };
        context.out << QJsonDocument(object).toJson(QJsonDocument::Indented);
        return 0;
    }

    QTextStream &out = context.out;
    out << d.number << "  " << d.customerName << "  " << DisputeCodes::stepName(d.step) << '\n';
    out << tr("Reason: %1").arg(reason ? reason->name : d.reasonCode) << '\n';
    out << tr("Received %1 by %2, answer promised by %3").arg(IsoDate::format(d.receivedOn), DisputeCodes::channelName(d.channel),
                                                              IsoDate::format(d.promisedOn));
    if (d.isResponseOverdue(context.today))
        out << ' ' << tr("(OVERDUE)");
    out << '\n' << tr("Story: %1").arg(d.story) << '\n';
    for (const DisputedInvoice &invoice : d.invoices)
        out << tr("Invoice %1: %2 disputed").arg(invoice.invoiceNumber, invoice.disputed.format(NumberStyle::English)) << '\n';
    if (d.verdict != Verdict::None)
        out << tr("Verdict: %1 (%2 justified) - %3")
                   .arg(DisputeCodes::verdictName(d.verdict), d.justified.format(NumberStyle::English), d.rationale)
            << '\n';
    if (!findings.isEmpty()) {
        out << '\n' << tr("Findings") << '\n';
        for (const Finding &f : findings)
            out << QStringLiteral("  [%1] %2: %3 (%4 evidence)\n")
                       .arg(DisputeCodes::direction(f.direction), f.source, f.text)
                       .arg(f.evidence.size());
    }
    if (!contacts.isEmpty()) {
        out << '\n' << tr("Contacts") << '\n';
        for (const ContactLogEntry &c : contacts)
            out << QStringLiteral("  %1 %2 %3: %4\n")
                       .arg(IsoDate::format(c.date), DisputeCodes::channel(c.channel), DisputeCodes::contactDirection(c.direction),
                            c.summary);
    }
    out << '\n' << tr("Audit trail") << '\n';
    for (const AuditEvent &e : audit)
        out << QStringLiteral("  %1 %2 %3 -> %4 %5: %6\n")
                   .arg(e.at.toUTC().toString(Qt::ISODate), e.shownActor(), DisputeCodes::step(e.from), DisputeCodes::step(e.to),
                        e.action, e.note.simplified());
    return 0;
}

} // namespace dd
