#include "CaseBookkeeping.h"

#include "common/Clock.h"
#include "common/ValidationError.h"
#include "legal/Percentage.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::CaseBookkeeping", text);
}
} // namespace

CaseBookkeeping::CaseBookkeeping(Database &database, const Clock &clock, QString actor)
    : m_database(database)
    , m_clock(clock)
    , m_actor(std::move(actor))
    , m_repository(database)
{
}

Dispute CaseBookkeeping::openCase(qint64 disputeId) const
{
    const std::optional<Dispute> dispute = m_repository.find(disputeId);
    if (!dispute)
        throw ValidationError(tr("There is no dispute case with id %1.").arg(disputeId));
    if (!dispute->isOpen())
        throw ValidationError(tr("Case %1 is closed.").arg(dispute->number));
    return *dispute;
}

void CaseBookkeeping::audit(const Dispute &dispute, const QString &kind, const QString &note)
{
    // Nothing here moves the case: the audit entry stays at the step it is in.
    AuditEvent event{0, m_clock.now(), m_actor, dispute.step, dispute.step, kind, note, QString()};
    m_repository.appendAudit(dispute.id, event);
}

void CaseBookkeeping::recordAssessment(qint64 disputeId, const Money &expectedGain, const QString &recommendation,
                                       const QString &details)
{
    Transaction transaction(m_database, DataChange::Cases);
    const Dispute dispute = openCase(disputeId);
    m_repository.recordAssessment(disputeId, m_clock.now(), m_actor, expectedGain, recommendation, details);
    audit(dispute, QStringLiteral("assessment"), recommendation);
    transaction.commit();
}

void CaseBookkeeping::setRecoveryProbability(qint64 disputeId, std::optional<qint64> basisPoints)
{
    if (basisPoints && (*basisPoints < 0 || *basisPoints > 10000))
        throw ValidationError(tr("The recovery probability must be from 0% to 100%."));
    Transaction transaction(m_database, DataChange::Cases);
    const Dispute dispute = openCase(disputeId);
    const auto text = [](std::optional<qint64> value) {
        return value ? QStringLiteral("%1%").arg(Percentage::format(*value)) : tr("from the payment history");
    };
    const QString note =
        tr("Recovery probability: %1 (was %2)").arg(text(basisPoints), text(m_repository.recoveryProbability(disputeId)));
    m_repository.setRecoveryProbability(disputeId, basisPoints);
    audit(dispute, QStringLiteral("recovery-probability"), note);
    transaction.commit();
}

Dispute CaseBookkeeping::reassign(qint64 disputeId, const QString &assignee)
{
    const QString to = assignee.simplified();
    if (to.isEmpty())
        throw ValidationError(tr("Assignee: name the controller who takes over the case."));
    if (to.size() > 100)
        throw ValidationError(tr("Assignee: a name of at most 100 characters."));
    Transaction transaction(m_database, DataChange::Cases);
    Dispute dispute = openCase(disputeId);
    if (dispute.assignee == to)
        throw ValidationError(tr("Case %1 is assigned to %2 already.").arg(dispute.number, to));
    const QString from = dispute.assignee.isEmpty() ? tr("nobody") : dispute.assignee;
    dispute.assignee = to;
    m_repository.update(dispute);
    audit(dispute, QStringLiteral("reassign"), tr("reassigned from %1 to %2").arg(from, to));
    transaction.commit();
    return *m_repository.find(disputeId);
}

} // namespace dd
