#pragma once

#include "creditnotes/CreditNoteService.h"
#include "disputes/DisputeRepository.h"

#include <functional>
#include <optional>

namespace dd {

class Clock;
class Database;

struct DisputeInvoiceRequest
{
    QString invoiceNumber;
    std::optional<Money> amount; // default: all that is open on the invoice
};

// What the controller hears when a customer complains (step 1, Hear).
struct OpenDisputeRequest
{
    QList<DisputeInvoiceRequest> invoices;
    QString reasonCode;
    Channel channel = Channel::Phone;
    QString contactPerson;
    QString story;
    Date receivedOn;
    std::optional<Date> promisedOn; // default: receivedOn + responseBusinessDays business days
    std::optional<int> responseBusinessDays; // default: the DisputeRules of the database
    QList<qint64> productIds; // default: the products on the disputed invoices
    QString assignee;
};

struct GoodwillResult
{
    Dispute dispute;
    std::optional<PreviousGoodwill> earlier; // goodwill is meant once: the earlier case, if any
};

// Every change to a dispute case: checks the workflow's guard, applies the change, and writes the
// audit event, all in one transaction. A refused move throws ValidationError with the guard's
// reason and writes nothing. Used alike by the GUI, the CLI and the tests.
class DisputeService
{
public:
    DisputeService(Database &database, const Clock &clock, QString actor);

    Dispute open(const OpenDisputeRequest &request);
    Dispute startVerification(qint64 disputeId, const QString &note = QString());
    Finding addFinding(qint64 disputeId, Finding finding);
    Dispute concludeVerification(qint64 disputeId, const QString &note = QString());
    // justified: the justified amount, required for a partly justified verdict.
    Dispute decide(qint64 disputeId, Verdict verdict, std::optional<Money> justified, const QString &rationale);
    // Credits the justified part. `customerReason` is the "Reason" the credit note prints for the
    // customer; empty: customerReason(). The verdict's rationale is internal and never printed.
    Dispute credit(qint64 disputeId, const QString &note = QString(), const QString &customerReason = QString());
    // The credit notes credit() would issue, without numbers; writes nothing. For the preview.
    QList<CreditNote> previewCredit(qint64 disputeId, const QString &customerReason = QString()) const;
    // The customer-facing reason by default: the wording of the case's reason, in the customer's language.
    QString customerReason(const Dispute &dispute) const;
    Dispute amicable(qint64 disputeId, const QString &explanation);
    Dispute arrangement(qint64 disputeId, const QString &instalments);
    Dispute paid(qint64 disputeId, const QString &note = QString());
    Dispute legal(qint64 disputeId, const QString &note = QString());
    GoodwillResult goodwill(qint64 disputeId, const QString &reason);
    Dispute finishResolution(qint64 disputeId, const QString &note = QString());
    Dispute recordLessons(qint64 disputeId, const QString &what, const QString &department, const QString &action);
    Dispute close(qint64 disputeId, Outcome outcome, const QString &note = QString());
    // What is open on the case's invoices on the day close() would check it: "Paid" is refused
    // while this is more than zero. For the close form to say so before the user chooses.
    Money openOnInvoices(const Dispute &dispute) const;
    // Corrects a wrong move by going back one step, recorded like any other move; the note is required.
    Dispute stepBack(qint64 disputeId, const QString &note);
    // Undoes moves: steps the case back from `from` one step at a time until it is at `to`, each
    // step recorded with `note`, in one transaction. Refused when the case is no longer at `from`
    // (it moved on since, elsewhere or by an edit that cannot be undone).
    Dispute stepBackTo(qint64 disputeId, DisputeStep from, DisputeStep to, const QString &note);
    ContactLogEntry addContact(qint64 disputeId, ContactLogEntry entry);

    // The composite moves: each takes the case over a step it may still be in and then makes the
    // move asked for, both recorded, in one transaction; a refusal of either writes nothing.
    // A first finding on a case at Hear starts the verification.
    Finding recordFinding(qint64 disputeId, Finding finding);
    // A verdict on a case still at Verify concludes the verification.
    Dispute concludeAndDecide(qint64 disputeId, Verdict verdict, std::optional<Money> justified, const QString &rationale);
    // Lessons recorded, or the case closed, while it is at Resolve finish the resolution.
    Dispute finishAndRecordLessons(qint64 disputeId, const QString &what, const QString &department, const QString &action);
    Dispute finishAndClose(qint64 disputeId, Outcome outcome, const QString &note = QString());
    // The bookkeeping of an open case (CaseBookkeeping), which never moves it a step:
    void recordAssessment(qint64 disputeId, const Money &expectedGain, const QString &recommendation, const QString &details);
    // The controller's estimate of the chance to recover the claim (basis points, 0..10000), which
    // the cost-benefit assessment uses instead of the one derived from the payment history;
    // nullopt goes back to the derived one. Recorded in the audit trail; refused on a closed case.
    void setRecoveryProbability(qint64 disputeId, std::optional<qint64> basisPoints);
    // Hands an open case to another controller: the assignee changes and the audit says "reassigned
    // from A to B", in one transaction. Refused for a closed case, an empty name or the same one.
    Dispute reassign(qint64 disputeId, const QString &assignee);

    // Evidence is kept in the database, so a file must fit in memory once: larger ones (a video,
    // a disk image) belong in the document system, with a finding that says where.
    static constexpr qint64 maxEvidenceBytes = 100 * 1024 * 1024;
    // Reads a file as evidence: content, size, SHA-256 and type. Throws ValidationError when it
    // cannot be read, is not a regular file (a device such as /dev/zero, a pipe, a folder) or is
    // larger than maxEvidenceBytes.
    static Evidence evidenceFromFile(const QString &path);

    DisputeRepository &repository() { return m_repository; }
    const QString &actor() const { return m_actor; }

private:
    // Issues the case's credit notes for `amount`, spread over its invoices; returns what was credited.
    Money issueCredits(const Dispute &dispute, const Money &amount, const QString &reason, bool goodwill);
    // The requests issueCredits() issues: per invoice of the case at most what the case disputes on
    // it and what can still be credited on it (a paid invoice too: then it is a refund).
    QList<CreditNoteRequest> creditRequests(const Dispute &dispute, const Money &amount, const QString &reason, bool goodwill) const;
    // Lessons and a close come after the resolution: a case still at Resolve finishes it first,
    // in the same transaction as `move`.
    Dispute afterResolution(qint64 disputeId, const std::function<Dispute()> &move);
    Dispute apply(qint64 disputeId, DisputeMove move, const QString &note, const std::function<void(Dispute &)> &change);
    Dispute load(qint64 disputeId) const;
    Date today() const;

    Database &m_database;
    const Clock &m_clock;
    QString m_actor;
    DisputeRepository m_repository;
};

} // namespace dd
