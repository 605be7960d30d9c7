#include "DisputeService.h"

#include "CaseBookkeeping.h"
#include "DisputeSettings.h"

#include "calendar/BusinessCalendar.h"
#include "common/Clock.h"
#include "common/TextCatalogue.h"
#include "common/ValidationError.h"
#include "creditnotes/CreditNoteService.h"
#include "customers/CustomerRepository.h"
#include "disputes/ReasonTaxonomy.h"
#include "invoices/InvoiceRepository.h"
#include "legal/FourteenDayLetter.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

#include <algorithm>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::DisputeService", text);
}
} // namespace

DisputeService::DisputeService(Database &database, const Clock &clock, QString actor)
    : m_database(database)
    , m_clock(clock)
    , m_actor(std::move(actor))
    , m_repository(database)
{
}

Date DisputeService::today() const
{
    return IsoDate::fromQDate(m_clock.now().toLocalTime().date());
}

Dispute DisputeService::load(qint64 disputeId) const
{
    auto dispute = m_repository.find(disputeId);
    if (!dispute)
        throw ValidationError(tr("There is no dispute case with id %1.").arg(disputeId));
    return *dispute;
}

Dispute DisputeService::open(const OpenDisputeRequest &request)
{
    if (request.invoices.isEmpty())
        throw ValidationError(tr("A dispute is about at least one invoice."));
    if (!ReasonTaxonomy::find(request.reasonCode))
        throw ValidationError(tr("\"%1\" is not a reason code; see the list of reasons.").arg(request.reasonCode));
    if (request.story.trimmed().isEmpty())
        throw ValidationError(tr("Record the customer's own story: why do they not pay?"));
    if (request.receivedOn.is_special())
        throw ValidationError(tr("A dispute needs the date the complaint was received."));

    Transaction transaction(m_database, DataChange::Cases | DataChange::Invoices);
    InvoiceRepository invoices(m_database);
    Dispute dispute;
    dispute.reasonCode = request.reasonCode;
    dispute.channel = request.channel;
    dispute.contactPerson = request.contactPerson;
    dispute.story = request.story;
    dispute.receivedOn = request.receivedOn;
    if (request.promisedOn) {
        dispute.promisedOn = *request.promisedOn;
    } else {
        const int days = request.responseBusinessDays.value_or(DisputeSettings(m_database).rules().responseBusinessDays);
        dispute.promisedOn = BusinessCalendar::addBusinessDays(request.receivedOn, days);
    }
    dispute.assignee = request.assignee.isEmpty() ? m_actor : request.assignee;
    dispute.productIds = request.productIds;
    for (const DisputeInvoiceRequest &item : request.invoices) {
        const auto invoice = invoices.findByNumber(item.invoiceNumber);
        if (!invoice)
            throw ValidationError(tr("There is no invoice %1.").arg(item.invoiceNumber));
        if (dispute.customerId != 0 && invoice->customerId != dispute.customerId)
            throw ValidationError(tr("Invoice %1 belongs to another customer; one case covers one customer's invoices.")
                                      .arg(invoice->number));
        if (!dispute.invoices.isEmpty() && invoice->currency != dispute.currency())
            throw ValidationError(tr("Invoice %1 is in %2, the other invoices of the case in %3.")
                                      .arg(invoice->number, invoice->currency, dispute.currency()));
        if (const auto open = m_repository.openDisputeOf(invoice->id))
            throw ValidationError(tr("Invoice %1 is already disputed in open case %2.").arg(invoice->number, *open));
        const Money openAmount = invoice->openAmount();
        const Money amount = item.amount.value_or(openAmount);
        if (amount.currency() != invoice->currency)
            throw ValidationError(tr("The disputed amount of invoice %1 must be in %2.").arg(invoice->number, invoice->currency));
        if (amount.cents() <= 0)
            throw ValidationError(tr("Invoice %1 has nothing open to dispute, or the amount is not positive.").arg(invoice->number));
        if (openAmount < amount)
            throw ValidationError(tr("The disputed amount %1 exceeds what is open on invoice %2 (%3).")
                                      .arg(amount.format(NumberStyle::English), invoice->number,
                                           openAmount.format(NumberStyle::English)));
        dispute.customerId = invoice->customerId;
        dispute.invoices.append({invoice->id, invoice->number, amount});
        if (request.productIds.isEmpty()) {
            for (const InvoiceLine &line : invoice->lines) {
                if (line.productId != 0 && !dispute.productIds.contains(line.productId))
                    dispute.productIds.append(line.productId);
            }
        }
    }
    m_repository.insert(dispute);
    AuditEvent event{0, m_clock.now(), m_actor, DisputeStep::Hear, DisputeStep::Hear, QStringLiteral("open"),
                     tr("Complaint received by %1").arg(DisputeCodes::channelName(request.channel)), QString()};
    m_repository.appendAudit(dispute.id, event);
    transaction.commit();
    return load(dispute.id);
}

Dispute DisputeService::apply(qint64 disputeId, DisputeMove move, const QString &note,
                              const std::function<void(Dispute &)> &change)
{
    Transaction transaction(m_database, DataChange::Cases | DataChange::Invoices);
    Dispute dispute = load(disputeId);
    const GuardResult guard = DisputeWorkflow::check(dispute, move, m_repository.facts(dispute));
    if (!guard)
        throw ValidationError(guard.reason);
    const DisputeStep from = dispute.step;
    change(dispute);
    m_repository.update(dispute);
    AuditEvent event{0, m_clock.now(), m_actor, from, dispute.step, DisputeWorkflow::moveCode(move), note, QString()};
    m_repository.appendAudit(dispute.id, event);
    transaction.commit();
    return load(disputeId);
}

Dispute DisputeService::startVerification(qint64 disputeId, const QString &note)
{
    return apply(disputeId, DisputeMove::StartVerification, note, [](Dispute &d) { d.step = DisputeStep::Verify; });
}

Finding DisputeService::addFinding(qint64 disputeId, Finding finding)
{
    if (finding.source.trimmed().isEmpty() || finding.text.trimmed().isEmpty())
        throw ValidationError(tr("A finding needs its source (a colleague, a document) and what it establishes."));
    Transaction transaction(m_database, DataChange::Cases);
    apply(disputeId, DisputeMove::AddFinding,
          QStringLiteral("%1: %2").arg(finding.source, finding.text.left(200)), [](Dispute &) {});
    finding.recordedAt = m_clock.now();
    m_repository.addFinding(disputeId, finding);
    transaction.commit();
    return finding;
}

Dispute DisputeService::concludeVerification(qint64 disputeId, const QString &note)
{
    return apply(disputeId, DisputeMove::ConcludeVerification, note, [](Dispute &d) { d.step = DisputeStep::Decide; });
}

Dispute DisputeService::decide(qint64 disputeId, Verdict verdict, std::optional<Money> justified, const QString &rationale)
{
    if (verdict == Verdict::None)
        throw ValidationError(tr("Choose a verdict: justified, partly justified or unjustified."));
    if (rationale.trimmed().isEmpty())
        throw ValidationError(tr("Write down why: a verdict needs its rationale."));
    const Date answered = today();
    return apply(disputeId, DisputeMove::Decide, rationale, [&](Dispute &d) {
        const Money total = d.disputedTotal();
        switch (verdict) {
        case Verdict::Justified:
            d.justified = total;
            break;
        case Verdict::Unjustified:
            d.justified = Money::zero(total.currency());
            break;
        case Verdict::PartlyJustified:
            if (!justified)
                throw ValidationError(tr("A partly justified verdict needs the justified amount."));
            if (justified->currency() != total.currency())
                throw ValidationError(tr("The justified amount must be in %1.").arg(total.currency()));
            if (justified->cents() <= 0 || !(*justified < total))
                throw ValidationError(tr("The justified part must be more than zero and less than the disputed %1.")
                                          .arg(total.format(NumberStyle::English)));
            d.justified = *justified;
            break;
        case Verdict::None:
            break;
        }
        d.verdict = verdict;
        d.rationale = rationale;
        if (d.answeredOn.is_special())
            d.answeredOn = answered;
        d.step = DisputeStep::Resolve;
    });
}

Dispute DisputeService::credit(qint64 disputeId, const QString &note, const QString &customerReason)
{
    Transaction transaction(m_database, DataChange::Cases | DataChange::CreditNotes | DataChange::Invoices);
    const Dispute decided = apply(disputeId, DisputeMove::Credit, note, [](Dispute &d) { d.creditDecided = true; });
    // The justified part is credited in the same transaction, with the reason the customer reads:
    // the verdict's rationale is an internal note and was printed as the "Reason" (issue 19).
    const QString reason = customerReason.trimmed().isEmpty() ? this->customerReason(decided) : customerReason.trimmed();
    issueCredits(decided, decided.justified, reason, false);
    transaction.commit();
    return load(disputeId);
}

QList<CreditNote> DisputeService::previewCredit(qint64 disputeId, const QString &customerReason) const
{
    const Dispute dispute = load(disputeId);
    const QString reason = customerReason.trimmed().isEmpty() ? this->customerReason(dispute) : customerReason.trimmed();
    const CreditNoteService credits(m_database, m_clock, m_actor);
    QList<CreditNote> notes;
    for (const CreditNoteRequest &request : creditRequests(dispute, dispute.justified, reason, false))
        notes << credits.preview(request);
    return notes;
}

QString DisputeService::customerReason(const Dispute &dispute) const
{
    const auto customer = CustomerRepository(m_database).findById(dispute.customerId);
    const TextCatalogue &catalogue = TextCatalogue::language(Customer::languageCode(customer ? customer->language : Language::Dutch));
    const auto reason = ReasonTaxonomy::find(dispute.reasonCode, catalogue);
    return reason ? reason->name : dispute.reasonCode;
}

QList<CreditNoteRequest> DisputeService::creditRequests(const Dispute &dispute, const Money &amount, const QString &reason,
                                                        bool goodwill) const
{
    InvoiceRepository invoices(m_database);
    QList<std::pair<Invoice, Money>> found; // each invoice of the case with what it can take
    QList<Money> parts;
    for (const DisputedInvoice &item : dispute.invoices) {
        if (const auto invoice = invoices.findById(item.invoiceId)) {
            found << std::pair(*invoice, std::min(item.disputed, invoice->amountDue() - invoice->credited));
            parts << Money::zero(amount.currency());
        }
    }
    // What is open is credited first, invoice by invoice; only what the amount leaves after that
    // is refunded on what was paid, so no refund goes out while another invoice of the case is open.
    Money remaining = amount;
    for (const bool refunds : {false, true}) {
        for (qsizetype i = 0; i < found.size() && remaining.cents() > 0; ++i) {
            const auto &[invoice, limit] = found.at(i);
            const Money open = std::max(invoice.openAmount(), Money::zero(amount.currency()));
            const Money room = (refunds ? limit : std::min(limit, open)) - parts.at(i);
            if (room.cents() <= 0)
                continue;
            const Money extra = std::min(remaining, room);
            parts[i] += extra;
            remaining -= extra;
        }
    }
    QList<CreditNoteRequest> requests;
    for (qsizetype i = 0; i < found.size(); ++i) {
        const Invoice &invoice = found.at(i).first;
        const Money part = parts.at(i);
        if (part.cents() <= 0)
            continue;
        CreditNoteRequest request;
        request.invoiceNumber = invoice.number;
        // The whole of an untouched invoice is credited line by line, like the invoice itself.
        if (!(part == invoice.amountDue() && invoice.paid.isZero() && invoice.credited.isZero()))
            request.amount = part;
        request.reason = reason;
        request.disputeId = dispute.id;
        request.goodwill = goodwill;
        requests << request;
    }
    return requests;
}

Money DisputeService::issueCredits(const Dispute &dispute, const Money &amount, const QString &reason, bool goodwill)
{
    CreditNoteService credits(m_database, m_clock, m_actor);
    Money credited = Money::zero(amount.currency());
    for (const CreditNoteRequest &request : creditRequests(dispute, amount, reason, goodwill))
        credited += credits.issue(request).amountCredited();
    return credited;
}

Dispute DisputeService::amicable(qint64 disputeId, const QString &explanation)
{
    if (explanation.trimmed().isEmpty())
        throw ValidationError(tr("Explain, with substantiation, why the invoice stands."));
    return apply(disputeId, DisputeMove::Amicable, explanation, [](Dispute &d) {
        d.path = UnjustifiedPath::Amicable;
        d.amicable = AmicableState::Explained;
    });
}

Dispute DisputeService::arrangement(qint64 disputeId, const QString &instalments)
{
    if (instalments.trimmed().isEmpty())
        throw ValidationError(tr("Describe the payment arrangement: amounts and dates of the instalments."));
    return apply(disputeId, DisputeMove::Arrangement, instalments, [&](Dispute &d) {
        d.amicable = AmicableState::Arrangement;
        d.arrangement = instalments;
    });
}

Dispute DisputeService::paid(qint64 disputeId, const QString &note)
{
    return apply(disputeId, DisputeMove::Paid, note, [](Dispute &d) { d.amicable = AmicableState::Paid; });
}

Dispute DisputeService::legal(qint64 disputeId, const QString &note)
{
    return apply(disputeId, DisputeMove::Legal, note, [](Dispute &d) { d.path = UnjustifiedPath::Legal; });
}

GoodwillResult DisputeService::goodwill(qint64 disputeId, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        throw ValidationError(tr("Say why goodwill is given: the letter tells the customer."));
    GoodwillResult result;
    Transaction transaction(m_database, DataChange::Cases | DataChange::CreditNotes | DataChange::Invoices);
    const Dispute before = load(disputeId);
    result.earlier = m_repository.previousGoodwill(before.customerId, disputeId);
    QString note = reason;
    if (result.earlier)
        note += u'\n' + tr("Warning: this customer already had goodwill in case %1 (%2).")
                            .arg(result.earlier->disputeNumber, result.earlier->amount.format(NumberStyle::English));
    // Goodwill settles the invoice: what is written off is credited in the credit-note series,
    // marked as goodwill, so the invoice is no longer open or dunned and the output VAT on it is
    // corrected. Only what is still open can be written off.
    Money open = Money::zero(before.currency());
    InvoiceRepository invoices(m_database);
    for (const DisputedInvoice &item : before.invoices) {
        if (const auto invoice = invoices.findById(item.invoiceId))
            open += std::min(item.disputed, invoice->openAmount());
    }
    const Money writeOff = std::min(before.unjustifiedPart(), open);
    result.dispute = apply(disputeId, DisputeMove::Goodwill, note, [&](Dispute &d) {
        d.path = UnjustifiedPath::Goodwill;
        d.goodwill = writeOff;
    });
    // After the workflow's own checks, so that a move out of place hears why; the transaction
    // is not committed, so the move is undone.
    if (writeOff.cents() <= 0)
        throw ValidationError(tr("Nothing of case %1 is still open: there is nothing to write off as goodwill.").arg(before.number));
    issueCredits(result.dispute, writeOff, tr("Goodwill (coulance) in case %1: %2").arg(before.number, reason.trimmed()), true);
    transaction.commit();
    result.dispute = load(disputeId);
    return result;
}

Dispute DisputeService::finishResolution(qint64 disputeId, const QString &note)
{
    return apply(disputeId, DisputeMove::FinishResolution, note, [](Dispute &d) { d.step = DisputeStep::Learn; });
}

Dispute DisputeService::recordLessons(qint64 disputeId, const QString &what, const QString &department, const QString &action)
{
    if (what.trimmed().isEmpty() || department.trimmed().isEmpty() || action.trimmed().isEmpty())
        throw ValidationError(tr("Feedback needs what went wrong, the department responsible and the action that prevents it."));
    return apply(disputeId, DisputeMove::RecordLessons, QStringLiteral("%1 / %2 / %3").arg(what, department, action),
                 [&](Dispute &d) {
                     d.lessonWhat = what;
                     d.lessonDepartment = department;
                     d.lessonAction = action;
                 });
}

Dispute DisputeService::close(qint64 disputeId, Outcome outcome, const QString &note)
{
    if (outcome == Outcome::None)
        throw ValidationError(tr("Choose the outcome of the case: %1.").arg(DisputeCodes::outcomeCodes().join(QStringLiteral(", "))));
    const Date closed = today();
    return apply(disputeId, DisputeMove::Close, note, [&](Dispute &d) {
        // "Paid" must agree with the invoices: a case closed as paid lifts the dunning hold, so
        // money still open would then be dunned as if there had been no case. Any other outcome
        // keeps the hold while money is open (DunningCandidatesQuery): the user chose it knowing
        // that. Checked after the workflow's guard, whose reason comes first.
        // "Collected" says the same of the money (the collector got it, so it was received): the
        // same rule, or the case would report money recovered that is still open.
        if (outcome == Outcome::Paid || outcome == Outcome::Collected) {
            const Money open = openOnInvoices(d);
            if (open.cents() > 0)
                throw ValidationError(
                    (outcome == Outcome::Paid
                         ? tr("Case %1 cannot close as paid: %2 is still open on its invoices on %3. Record the payment "
                              "first, or choose the outcome that happened; the invoices stay on dunning hold until they "
                              "are settled.")
                         : tr("Case %1 cannot close as collected: %2 is still open on its invoices on %3. Money collected "
                              "is money received: record the payment first, or choose the outcome that happened; the "
                              "invoices stay on dunning hold until they are settled."))
                        .arg(d.number, open.format(NumberStyle::English), IsoDate::format(closed)));
        }
        d.outcome = outcome;
        d.closedOn = closed;
        d.step = DisputeStep::Closed;
    });
}

Money DisputeService::openOnInvoices(const Dispute &dispute) const
{
    return m_repository.openOn(dispute, today());
}

Dispute DisputeService::stepBack(qint64 disputeId, const QString &note)
{
    if (note.trimmed().isEmpty())
        throw ValidationError(tr("Say why the step is taken back: the audit trail keeps the reason."));
    return apply(disputeId, DisputeMove::StepBack, note, [](Dispute &d) {
        const DisputeStep target = DisputeWorkflow::previousStep(d.step);
        // Re-entering a step reopens its work: what was decided there no longer stands.
        if (target == DisputeStep::Decide) {
            d.verdict = Verdict::None;
            d.justified = Money::zero(d.currency());
            d.rationale.clear();
            d.creditDecided = false;
            d.path = UnjustifiedPath::None;
            d.amicable = AmicableState::None;
            d.arrangement.clear();
            d.goodwill = Money::zero(d.currency());
        }
        if (target == DisputeStep::Learn) {
            d.outcome = Outcome::None;
            d.closedOn = Date();
        }
        d.step = target;
    });
}

Dispute DisputeService::stepBackTo(qint64 disputeId, DisputeStep from, DisputeStep to, const QString &note)
{
    Transaction transaction(m_database, DataChange::Cases | DataChange::Invoices);
    Dispute dispute = load(disputeId);
    if (dispute.step != from)
        throw ValidationError(tr("Case %1 is no longer in step %2; that edit cannot be undone any more.")
                                  .arg(dispute.number, DisputeCodes::stepName(from)));
    while (dispute.step != to) {
        if (DisputeWorkflow::previousStep(dispute.step) == dispute.step)
            throw ValidationError(tr("Case %1 cannot go back to step %2.").arg(dispute.number, DisputeCodes::stepName(to)));
        dispute = stepBack(disputeId, note);
    }
    transaction.commit();
    return dispute;
}

ContactLogEntry DisputeService::addContact(qint64 disputeId, ContactLogEntry entry)
{
    if (entry.summary.trimmed().isEmpty())
        throw ValidationError(tr("A contact needs a summary of what was said."));
    if (entry.date.is_special())
        entry.date = today();
    Transaction transaction(m_database, DataChange::Cases);
    // A 14-day letter gives notice of an overdue debt: sent before an invoice of the case is due,
    // its term would end before any cost could be owed, and the costs counted on it are wrong.
    if (entry.letterKind == u"fourteen-day" && entry.direction == ContactDirection::Outbound) {
        InvoiceRepository invoices(m_database);
        for (const DisputedInvoice &item : load(disputeId).invoices) {
            const auto invoice = invoices.findById(item.invoiceId);
            if (!invoice)
                continue;
            if (const QString refusal = FourteenDayLetter::refusal(entry.date, invoice->dueDate); !refusal.isEmpty())
                throw ValidationError(tr("Invoice %1: %2").arg(invoice->number, refusal));
        }
    }
    apply(disputeId, DisputeMove::AddContact,
          QStringLiteral("%1 %2: %3").arg(DisputeCodes::channel(entry.channel), DisputeCodes::contactDirection(entry.direction),
                                          entry.summary.left(200)),
          [](Dispute &) {});
    m_repository.addContact(disputeId, entry);
    transaction.commit();
    return entry;
}

Finding DisputeService::recordFinding(qint64 disputeId, Finding finding)
{
    Transaction transaction(m_database, DataChange::Cases);
    if (load(disputeId).step == DisputeStep::Hear)
        startVerification(disputeId, tr("Fact finding started"));
    const Finding added = addFinding(disputeId, std::move(finding));
    transaction.commit();
    return added;
}

Dispute DisputeService::concludeAndDecide(qint64 disputeId, Verdict verdict, std::optional<Money> justified,
                                          const QString &rationale)
{
    Transaction transaction(m_database, DataChange::Cases | DataChange::Invoices);
    if (load(disputeId).step == DisputeStep::Verify)
        concludeVerification(disputeId, tr("Fact finding concluded"));
    const Dispute decided = decide(disputeId, verdict, justified, rationale);
    transaction.commit();
    return decided;
}

Dispute DisputeService::afterResolution(qint64 disputeId, const std::function<Dispute()> &move)
{
    Transaction transaction(m_database, DataChange::Cases | DataChange::Invoices);
    if (load(disputeId).step == DisputeStep::Resolve)
        finishResolution(disputeId, tr("Resolution complete"));
    const Dispute result = move();
    transaction.commit();
    return result;
}

Dispute DisputeService::finishAndRecordLessons(qint64 disputeId, const QString &what, const QString &department,
                                               const QString &action)
{
    return afterResolution(disputeId, [&] { return recordLessons(disputeId, what, department, action); });
}

Dispute DisputeService::finishAndClose(qint64 disputeId, Outcome outcome, const QString &note)
{
    return afterResolution(disputeId, [&] { return close(disputeId, outcome, note); });
}

// The bookkeeping of an open case is CaseBookkeeping's; offered here so every caller of a case's
// changes has one service to ask.
void DisputeService::recordAssessment(qint64 disputeId, const Money &expectedGain, const QString &recommendation,
                                      const QString &details)
{
    CaseBookkeeping(m_database, m_clock, m_actor).recordAssessment(disputeId, expectedGain, recommendation, details);
}

void DisputeService::setRecoveryProbability(qint64 disputeId, std::optional<qint64> basisPoints)
{
    CaseBookkeeping(m_database, m_clock, m_actor).setRecoveryProbability(disputeId, basisPoints);
}

Dispute DisputeService::reassign(qint64 disputeId, const QString &assignee)
{
    return CaseBookkeeping(m_database, m_clock, m_actor).reassign(disputeId, assignee);
}

Evidence DisputeService::evidenceFromFile(const QString &path)
{
    const QFileInfo info(path);
    // A device or a pipe may never end (/dev/zero): only a regular file has a size to check first.
    if (info.exists() && !info.isFile())
        throw ValidationError(tr("Evidence file %1 is not a regular file.").arg(path));
    const auto tooLarge = [&]() {
        return ValidationError(tr("Evidence file %1 is larger than %2 MB, the most DisputeDesk keeps; "
                                  "keep it elsewhere and say where in the finding.")
                                   .arg(path)
                                   .arg(maxEvidenceBytes / (1024 * 1024)));
    };
    if (info.size() > maxEvidenceBytes)
        throw tooLarge();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw ValidationError(tr("Evidence file %1 cannot be read: %2").arg(path, file.errorString()));
    Evidence evidence;
    // Read a piece at a time, hashing as it comes, and never past the limit: the file may have
    // grown since its size was read.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    evidence.content.reserve(info.size());
    constexpr qint64 piece = 1 << 20;
    while (true) {
        const QByteArray bytes = file.read(std::min(piece, maxEvidenceBytes + 1 - evidence.content.size()));
        if (bytes.isEmpty())
            break;
        if (evidence.content.size() + bytes.size() > maxEvidenceBytes)
            throw tooLarge();
        hash.addData(bytes);
        evidence.content.append(bytes);
    }
    if (file.error() != QFileDevice::NoError)
        throw ValidationError(tr("Evidence file %1 cannot be read: %2").arg(path, file.errorString()));
    evidence.name = info.fileName();
    evidence.size = evidence.content.size();
    evidence.sha256 = QString::fromLatin1(hash.result().toHex());
    evidence.mimeType = QMimeDatabase().mimeTypeForFileNameAndData(path, evidence.content).name();
    return evidence;
}

} // namespace dd
