#include "RecordAssessmentCommand.h"

#include "disputes/DisputeService.h"

#include <QCoreApplication>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::RecordAssessmentCommand", text);
}
} // namespace

RecordAssessmentCommand::RecordAssessmentCommand(Session &session, const Dispute &dispute, const Money &expectedGain, const QString &recommendation, const QString &details)
    : DisputeUndoCommand(session, dispute, tr("record the cost-benefit assessment of %1").arg(dispute.number))
    , m_expectedGain(expectedGain)
    , m_recommendation(recommendation)
    , m_details(details)
{
}

void RecordAssessmentCommand::apply(DisputeService &service)
{
    service.recordAssessment(disputeId(), m_expectedGain, m_recommendation, m_details);
}

} // namespace dd
