#pragma once

#include "disputes/DisputeRepository.h"

#include <optional>

namespace dd {

class Clock;
class Database;

// What is written down about an open case beside its workflow moves: the cost-benefit assessment,
// the controller's recovery probability and who handles it. Each is one transaction with its
// audit entry, refused (ValidationError, nothing written) on a closed case. DisputeService
// offers these to its callers; they live here because they never move the case a step.
class CaseBookkeeping
{
public:
    CaseBookkeeping(Database &database, const Clock &clock, QString actor);

    void recordAssessment(qint64 disputeId, const Money &expectedGain, const QString &recommendation, const QString &details);
    // Basis points 0..10000; nullopt goes back to the probability derived from the payment history.
    void setRecoveryProbability(qint64 disputeId, std::optional<qint64> basisPoints);
    // The assignee changes and the audit says "reassigned from A to B"; refused for an empty name
    // or the one already assigned.
    Dispute reassign(qint64 disputeId, const QString &assignee);

private:
    // The case, read inside the caller's transaction; refused when missing or closed.
    Dispute openCase(qint64 disputeId) const;
    void audit(const Dispute &dispute, const QString &kind, const QString &note);

    Database &m_database;
    const Clock &m_clock;
    QString m_actor;
    DisputeRepository m_repository;
};

} // namespace dd
