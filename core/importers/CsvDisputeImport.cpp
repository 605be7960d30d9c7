#include "CsvDisputeImport.h"

#include "customers/CustomerRepository.h"
#include "disputes/AuditEvent.h"
#include "disputes/DisputeRepository.h"
#include "disputes/DisputeWorkflow.h"
#include "disputes/ReasonTaxonomy.h"
#include "importers/ImportKeys.h"
#include "invoices/OpenInvoiceQuery.h"

#include <QDateTime>
#include <QFileInfo>

#include <algorithm>

namespace dd {

namespace {
QString dateText(const Date &date)
{
    return date.is_special() ? QString() : IsoDate::format(date);
}

bool hasJustifiedPart(const Dispute &d)
{
    return d.verdict == Verdict::Justified || d.verdict == Verdict::PartlyJustified;
}

bool hasUnjustifiedPart(const Dispute &d)
{
    return d.verdict == Verdict::Unjustified || d.verdict == Verdict::PartlyJustified;
}

// A case's fields as the export writes them, so that a row and a stored case compare as text.
QList<std::pair<QString, QString>> caseFields(const Dispute &d, const QString &customerNumber)
{
    QList<DisputedInvoice> invoices = d.invoices;
    std::sort(invoices.begin(), invoices.end(), [](const DisputedInvoice &a, const DisputedInvoice &b) { return a.invoiceNumber < b.invoiceNumber; });
    QStringList parts;
    for (const DisputedInvoice &invoice : std::as_const(invoices))
        parts << invoice.invoiceNumber + u'=' + invoice.disputed.toPlain();
    return {{QStringLiteral("customer"), customerNumber},
            {QStringLiteral("reason"), d.reasonCode},
            {QStringLiteral("channel"), DisputeCodes::channel(d.channel)},
            {QStringLiteral("step"), DisputeCodes::step(d.step)},
            {QStringLiteral("received_on"), dateText(d.receivedOn)},
            {QStringLiteral("promised_on"), dateText(d.promisedOn)},
            {QStringLiteral("answered_on"), dateText(d.answeredOn)},
            {QStringLiteral("currency"), d.currency()},
            {QStringLiteral("verdict"), DisputeCodes::verdict(d.verdict)},
            {QStringLiteral("justified"), d.justified.toPlain()},
            {QStringLiteral("goodwill"), d.goodwill.toPlain()},
            {QStringLiteral("invoices"), parts.join(u' ')},
            {QStringLiteral("outcome"), DisputeCodes::outcome(d.outcome)},
            {QStringLiteral("closed_on"), dateText(d.closedOn)},
            {QStringLiteral("contact_person"), d.contactPerson},
            {QStringLiteral("assignee"), d.assignee},
            {QStringLiteral("story"), d.story},
            {QStringLiteral("rationale"), d.rationale},
            {QStringLiteral("credit_decided"), d.creditDecided ? QStringLiteral("yes") : QStringLiteral("no")},
            {QStringLiteral("unjustified_path"), DisputeCodes::path(d.path)},
            {QStringLiteral("amicable_state"), DisputeCodes::amicable(d.amicable)},
            {QStringLiteral("arrangement"), d.arrangement},
            {QStringLiteral("lesson_what"), d.lessonWhat},
            {QStringLiteral("lesson_department"), d.lessonDepartment},
            {QStringLiteral("lesson_action"), d.lessonAction}};
}
} // namespace

void CsvDisputeImport::importRows()
{
    ImportKeys seen;
    DisputeRepository repository(m_database);
    forEachRow([&](const Row &row) {
        if (!tick(2 * qint64(row.index)))
            return false;
        checkLengths(row);
        Dispute d = readCase(row);
        if (!d.number.isEmpty()) {
            if (const int first = seen.firstLineOrAdd(d.number, row.record.line))
                error(row, QStringLiteral("number"), tr("duplicate number %1 in the file (also on line %2)").arg(d.number).arg(first));
        }
        if (bad(row))
            return true;
        const std::optional<Dispute> stored = repository.findByNumber(d.number);
        if (stored)
            refuseChanges(row, d, *stored);
        else
            checkWorkflowState(row, d);
        if (bad(row) || !writing())
            return true;
        if (stored) {
            ++m_report.unchanged;
            return true;
        }
        writeUnit(row, [&]() {
            insertCase(d);
            ++m_report.created;
        });
        return true;
    });
}

Dispute CsvDisputeImport::readCase(const Row &row)
{
    Dispute d;
    if (required(row, QStringLiteral("number")))
        d.number = value(row, QStringLiteral("number"));
    if (required(row, QStringLiteral("customer"))) {
        if (const auto customer = m_store.customer(value(row, QStringLiteral("customer"))))
            d.customerId = customer->id;
        else
            error(row, QStringLiteral("customer"), tr("unknown customer %1").arg(value(row, QStringLiteral("customer"))));
    }
    if (required(row, QStringLiteral("reason"))) {
        d.reasonCode = value(row, QStringLiteral("reason"));
        if (!ReasonTaxonomy::find(d.reasonCode))
            error(row, QStringLiteral("reason"), tr("reason: \"%1\" is not a reason code").arg(d.reasonCode));
    }
    const QString cur = currency(row);
    // A code field: empty means its default, anything else must be one of the codes.
    const auto code = [&](const QString &field, auto parse, auto &target) {
        const QString text = value(row, field).toLower();
        if (text.isEmpty())
            return;
        if (const auto parsed = parse(text))
            target = *parsed;
        else
            error(row, field, tr("%1: \"%2\" is not one of the codes").arg(field, value(row, field)));
    };
    code(QStringLiteral("channel"), [](const QString &t) { return DisputeCodes::channel(t); }, d.channel);
    code(QStringLiteral("step"), [](const QString &t) { return DisputeCodes::step(t); }, d.step);
    code(QStringLiteral("verdict"), [](const QString &t) { return DisputeCodes::verdict(t); }, d.verdict);
    code(QStringLiteral("outcome"), [](const QString &t) { return DisputeCodes::outcome(t); }, d.outcome);
    code(QStringLiteral("unjustified_path"), [](const QString &t) { return DisputeCodes::path(t); }, d.path);
    code(QStringLiteral("amicable_state"), [](const QString &t) { return DisputeCodes::amicable(t); }, d.amicable);
    if (has(QStringLiteral("credit_decided"))) {
        QString why;
        if (const auto decided = ImportValues::flag(value(row, QStringLiteral("credit_decided")), &why))
            d.creditDecided = *decided;
        else
            error(row, QStringLiteral("credit_decided"), tr("credit_decided: %1").arg(why));
    }
    for (const auto &[field, target] : {std::pair{QStringLiteral("contact_person"), &d.contactPerson},
                                        std::pair{QStringLiteral("assignee"), &d.assignee},
                                        std::pair{QStringLiteral("story"), &d.story},
                                        std::pair{QStringLiteral("rationale"), &d.rationale},
                                        std::pair{QStringLiteral("arrangement"), &d.arrangement},
                                        std::pair{QStringLiteral("lesson_what"), &d.lessonWhat},
                                        std::pair{QStringLiteral("lesson_department"), &d.lessonDepartment},
                                        std::pair{QStringLiteral("lesson_action"), &d.lessonAction}})
        *target = value(row, field);
    if (const auto received = date(row, QStringLiteral("received_on")))
        d.receivedOn = *received;
    d.promisedOn = d.receivedOn;
    for (const auto &[field, target] : {std::pair{QStringLiteral("promised_on"), &d.promisedOn},
                                        std::pair{QStringLiteral("answered_on"), &d.answeredOn},
                                        std::pair{QStringLiteral("closed_on"), &d.closedOn}}) {
        if (!text(row, field).isEmpty()) {
            if (const auto parsed = date(row, field))
                *target = *parsed;
        }
    }
    d.justified = Money::zero(cur);
    d.goodwill = Money::zero(cur);
    for (const auto &[field, target] : {std::pair{QStringLiteral("justified"), &d.justified},
                                        std::pair{QStringLiteral("goodwill"), &d.goodwill}}) {
        if (!text(row, field).isEmpty()) {
            if (const auto parsed = amount(row, field, cur))
                *target = *parsed;
        }
    }
    // "F1=100.00 F2" : an invoice without an amount is disputed for its whole total.
    if (!m_invoices)
        m_invoices.emplace(m_database);
    qint64 disputed = 0;
    for (const QString &item : value(row, QStringLiteral("invoices")).split(u' ', Qt::SkipEmptyParts)) {
        const QString number = item.section(u'=', 0, 0);
        const auto found = m_invoices->byNumber(number);
        if (!found) {
            error(row, QStringLiteral("invoices"), tr("unknown invoice %1").arg(number));
        } else if (d.customerId && found->customerId != d.customerId) {
            error(row, QStringLiteral("invoices"), tr("invoice %1 belongs to another customer").arg(number));
        } else if (found->currency != cur) {
            error(row, QStringLiteral("invoices"), tr("invoice %1 is in %2, the case in %3").arg(number, found->currency, cur));
        } else {
            DisputedInvoice part{found->id, number, Money(found->totalCents, cur)};
            if (item.contains(u'=')) {
                if (const auto amount = ImportValues::amount(item.section(u'=', 1), cur, m_numberStyle, nullptr))
                    part.disputed = *amount;
                else
                    error(row, QStringLiteral("invoices"), tr("invoices: \"%1\" is not NUMBER=AMOUNT").arg(item));
            }
            if (part.disputed.cents() <= 0 || part.disputed.cents() > found->totalCents)
                error(row, QStringLiteral("invoices"), tr("invoices: %1 disputed on invoice %2 is not between 0 and its total")
                                                           .arg(part.disputed.toPlain(), number));
            disputed += part.disputed.cents();
            d.invoices << part;
        }
    }
    if (d.invoices.isEmpty() && !bad(row))
        error(row, QStringLiteral("invoices"), tr("invoices: a case is about at least one invoice"));
    if (!text(row, QStringLiteral("disputed")).isEmpty()) {
        const auto total = amount(row, QStringLiteral("disputed"), cur);
        if (total && !bad(row) && total->cents() != disputed)
            error(row, QStringLiteral("disputed"), tr("disputed %1 is not the sum of the invoices' parts (%2)")
                                                       .arg(total->toPlain(), Money(disputed, cur).toPlain()));
    }
    return d;
}

void CsvDisputeImport::checkWorkflowState(const Row &row, const Dispute &d)
{
    const auto refuse = [&](const QString &field, const QString &why) {
        error(row, field, tr("%1: case %2 cannot be in this state: %3").arg(field, d.number, why));
    };
    const Money disputed = d.disputedTotal();
    const bool decided = d.step == DisputeStep::Resolve || d.step == DisputeStep::Learn || d.step == DisputeStep::Closed;
    if (decided && d.verdict == Verdict::None)
        refuse(QStringLiteral("verdict"), tr("step %1 comes after the verdict, and there is none").arg(DisputeCodes::step(d.step)));
    if (!decided && d.verdict != Verdict::None)
        refuse(QStringLiteral("verdict"), tr("a verdict is given in step decide; the case is in step %1").arg(DisputeCodes::step(d.step)));
    if (d.verdict != Verdict::None && d.answeredOn.is_special())
        refuse(QStringLiteral("answered_on"), tr("a case with a verdict has the date it was answered"));
    // The justified part against what the case disputes, as DisputeService::decide sets it.
    const QString justified = QStringLiteral("justified");
    switch (d.verdict) {
    case Verdict::Justified:
        if (d.justified != disputed)
            refuse(justified, tr("justified in full is all of the disputed %1, not %2").arg(disputed.toPlain(), d.justified.toPlain()));
        break;
    case Verdict::PartlyJustified:
        if (d.justified.cents() <= 0 || !(d.justified < disputed))
            refuse(justified, tr("the justified part %1 must be more than zero and less than the disputed %2")
                                  .arg(d.justified.toPlain(), disputed.toPlain()));
        break;
    case Verdict::Unjustified:
    case Verdict::None:
        if (!d.justified.isZero())
            refuse(justified, tr("only a (partly) justified case has a justified part"));
        break;
    }
    if (d.creditDecided && !hasJustifiedPart(d))
        refuse(QStringLiteral("credit_decided"), tr("only a (partly) justified case is credited"));
    if (d.path != UnjustifiedPath::None && !hasUnjustifiedPart(d))
        refuse(QStringLiteral("unjustified_path"), tr("only a case with an unjustified part follows a path for it"));
    if ((d.path == UnjustifiedPath::Amicable && d.amicable == AmicableState::None)
        || (d.path == UnjustifiedPath::None && d.amicable != AmicableState::None)
        || (d.path == UnjustifiedPath::Legal && d.amicable != AmicableState::Explained && d.amicable != AmicableState::Arrangement)
        || (d.path == UnjustifiedPath::Goodwill && d.amicable == AmicableState::Paid))
        refuse(QStringLiteral("amicable_state"), tr("amicable state %1 does not go with path %2")
                                                     .arg(DisputeCodes::amicable(d.amicable), DisputeCodes::path(d.path)));
    // Goodwill writes off part of the unjustified part, and only on the goodwill path.
    const Money unjustified = disputed - d.justified;
    if (d.goodwill.cents() < 0 || unjustified < d.goodwill)
        refuse(QStringLiteral("goodwill"), tr("goodwill %1 is not between 0 and the unjustified part %2")
                                               .arg(d.goodwill.toPlain(), unjustified.toPlain()));
    if ((d.path == UnjustifiedPath::Goodwill) != (d.goodwill.cents() > 0))
        refuse(QStringLiteral("goodwill"), tr("goodwill is written off on the goodwill path, and only there"));
    if ((d.step == DisputeStep::Learn || d.step == DisputeStep::Closed) && !DisputeWorkflow::resolutionComplete(d))
        refuse(QStringLiteral("step"), tr("step %1 comes after the resolution, and the case is not resolved").arg(DisputeCodes::step(d.step)));
    const bool closed = d.step == DisputeStep::Closed;
    if (closed != (d.outcome != Outcome::None))
        refuse(QStringLiteral("outcome"), tr("a closed case has an outcome, an open one none"));
    if (closed != !d.closedOn.is_special())
        refuse(QStringLiteral("closed_on"), tr("a closed case has the date it was closed, an open one none"));
    if (closed && hasJustifiedPart(d)
        && (d.lessonWhat.isEmpty() || d.lessonDepartment.isEmpty() || d.lessonAction.isEmpty()))
        refuse(QStringLiteral("lesson_what"), tr("a (partly) justified case is closed with its lessons recorded"));
    // One open case per invoice, as DisputeService::open keeps it.
    if (closed)
        return;
    for (const DisputedInvoice &invoice : d.invoices) {
        if (const auto other = DisputeRepository(m_database).openDisputeOf(invoice.invoiceId))
            refuse(QStringLiteral("invoices"), tr("invoice %1 is already disputed in open case %2").arg(invoice.invoiceNumber, *other));
    }
}

void CsvDisputeImport::refuseChanges(const Row &row, const Dispute &file, const Dispute &stored)
{
    const QString storedCustomer = CustomerRepository(m_database).numberOf(stored.customerId);
    const auto inFile = caseFields(file, value(row, QStringLiteral("customer")));
    const auto inDatabase = caseFields(stored, storedCustomer);
    for (qsizetype i = 0; i < inFile.size(); ++i) {
        const QString &field = inFile.at(i).first;
        // A column the file does not have is no change (an older export, a hand-made file).
        if (!has(field) || inFile.at(i).second == inDatabase.at(i).second)
            continue;
        error(row, field, tr("%1: case %2 exists with \"%3\", the file has \"%4\"; an import never changes a case: "
                             "change it through the decision tree")
                              .arg(field, file.number, inDatabase.at(i).second, inFile.at(i).second));
    }
}

void CsvDisputeImport::insertCase(Dispute &d)
{
    DisputeRepository repository(m_database);
    repository.insertImported(d);
    // The trail says where the case came from: its earlier history is in the other database.
    AuditEvent imported{0, QDateTime::currentDateTimeUtc(), QStringLiteral("import"), d.step, d.step, QStringLiteral("import"),
                        tr("imported from %1").arg(QFileInfo(m_path).fileName()), QString()};
    repository.appendAudit(d.id, imported);
}

} // namespace dd
