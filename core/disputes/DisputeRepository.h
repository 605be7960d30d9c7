#pragma once

#include "disputes/AuditEvent.h"
#include "disputes/ContactLogEntry.h"
#include "disputes/Dispute.h"
#include "disputes/DisputeWorkflow.h"
#include "disputes/Finding.h"

#include <QList>

#include <optional>

namespace dd {

class Database;

// An earlier goodwill write-off for the same customer (goodwill is meant to be given once).
struct PreviousGoodwill
{
    QString disputeNumber;
    Money amount;
    Date closedOn;
};

// Reads and writes dispute cases and what is recorded with them. No rules here: DisputeService
// checks the workflow and wraps each change in one transaction.
class DisputeRepository
{
public:
    explicit DisputeRepository(Database &database);

    // Inserts the case with its invoices and products; assigns id and number (DSP-YYYY-NNNNNN,
    // gap-free per year of receipt).
    void insert(Dispute &dispute);
    // Inserts a case from another database (an import) as it stands, number and every field of its
    // state included, with its invoices; sets its id. Runs in the caller's transaction only.
    void insertImported(Dispute &dispute);
    // Writes the mutable fields of the case (step, verdict, resolution, lessons, outcome).
    void update(const Dispute &dispute);
    std::optional<Dispute> find(qint64 id) const;
    std::optional<Dispute> findByNumber(const QString &number) const;

    void addFinding(qint64 disputeId, Finding &finding);
    QList<Finding> findings(qint64 disputeId, bool withContent = false) const;
    void addContact(qint64 disputeId, ContactLogEntry &entry);
    QList<ContactLogEntry> contacts(qint64 disputeId) const;
    void appendAudit(qint64 disputeId, AuditEvent &event);
    QList<AuditEvent> audit(qint64 disputeId) const;
    void recordAssessment(qint64 disputeId, const QDateTime &at, const QString &actor, const Money &expectedGain,
                          const QString &recommendation, const QString &details);
    // The recovery probability set on the case (basis points); nullopt: derived from the history.
    std::optional<qint64> recoveryProbability(qint64 disputeId) const;
    void setRecoveryProbability(qint64 disputeId, std::optional<qint64> basisPoints);

    WorkflowFacts facts(const Dispute &dispute) const;
    std::optional<PreviousGoodwill> previousGoodwill(qint64 customerId, qint64 excludingDisputeId) const;
    // The number of the open case an invoice is disputed in, if any (the invoice is on dunning hold).
    std::optional<QString> openDisputeOf(qint64 invoiceId) const;
    // The id of the case with this number, if there is one.
    std::optional<qint64> idOf(const QString &number) const;
    // Whether the case is about the invoice.
    bool isAbout(qint64 disputeId, qint64 invoiceId) const;
    // What the case's invoices (whole, not only the disputed part) still had open on `asOf`: open
    // now plus the payments and credit notes dated after it, as the receivables report counts it.
    Money openOn(const Dispute &dispute, const Date &asOf) const;

private:
    std::optional<Dispute> findWhere(const QString &column, const QVariant &value) const;
    Database &m_database;
};

} // namespace dd
