#include "DisputeCommandFactory.h"

#include "AddContactCommand.h"
#include "AddFindingCommand.h"
#include "AmicableCommand.h"
#include "ArrangementCommand.h"
#include "CloseCommand.h"
#include "ConcludeVerificationCommand.h"
#include "CreditCommand.h"
#include "DecideCommand.h"
#include "FinishResolutionCommand.h"
#include "GoodwillCommand.h"
#include "LegalCommand.h"
#include "OpenCaseCommand.h"
#include "PaidCommand.h"
#include "ReassignCommand.h"
#include "RecordAssessmentCommand.h"
#include "RecordLessonsCommand.h"
#include "SetRecoveryProbabilityCommand.h"
#include "StartVerificationCommand.h"
#include "StepBackCommand.h"

namespace dd {

DisputeCommandFactory::DisputeCommandFactory(Session &session)
    : m_session(session)
{
}

std::unique_ptr<DisputeUndoCommand> DisputeCommandFactory::move(const Dispute &dispute, DisputeMove move,
                                                                const MoveInput &input) const
{
    Session &s = m_session;
    switch (move) {
    case DisputeMove::StartVerification:
        return std::make_unique<StartVerificationCommand>(s, dispute, input.note);
    case DisputeMove::ConcludeVerification:
        return std::make_unique<ConcludeVerificationCommand>(s, dispute, input.note);
    case DisputeMove::Decide:
        return std::make_unique<DecideCommand>(s, dispute, input.verdict, input.justified, input.rationale);
    case DisputeMove::Credit:
        return std::make_unique<CreditCommand>(s, dispute, input.note, input.customerReason);
    case DisputeMove::Amicable:
        return std::make_unique<AmicableCommand>(s, dispute, input.explanation);
    case DisputeMove::Arrangement:
        return std::make_unique<ArrangementCommand>(s, dispute, input.instalments);
    case DisputeMove::Paid:
        return std::make_unique<PaidCommand>(s, dispute, input.note);
    case DisputeMove::Legal:
        return std::make_unique<LegalCommand>(s, dispute, input.note);
    case DisputeMove::Goodwill:
        return std::make_unique<GoodwillCommand>(s, dispute, input.goodwillReason);
    case DisputeMove::FinishResolution:
        return std::make_unique<FinishResolutionCommand>(s, dispute, input.note);
    case DisputeMove::RecordLessons:
        return std::make_unique<RecordLessonsCommand>(s, dispute, input.lessonWhat, input.lessonDepartment, input.lessonAction);
    case DisputeMove::Close:
        return std::make_unique<CloseCommand>(s, dispute, input.outcome, input.note);
    case DisputeMove::StepBack:
        return std::make_unique<StepBackCommand>(s, dispute, input.note);
    case DisputeMove::AddFinding:
    case DisputeMove::AddContact:
        break;
    }
    return nullptr;
}

std::unique_ptr<DisputeUndoCommand> DisputeCommandFactory::addFinding(const Dispute &dispute, const Finding &finding) const
{
    return std::make_unique<AddFindingCommand>(m_session, dispute, finding);
}

std::unique_ptr<DisputeUndoCommand> DisputeCommandFactory::addContact(const Dispute &dispute, const ContactLogEntry &entry) const
{
    return std::make_unique<AddContactCommand>(m_session, dispute, entry);
}

std::unique_ptr<DisputeUndoCommand> DisputeCommandFactory::recordAssessment(const Dispute &dispute, const Money &expectedGain,
                                                                            const QString &recommendation,
                                                                            const QString &details) const
{
    return std::make_unique<RecordAssessmentCommand>(m_session, dispute, expectedGain, recommendation, details);
}

std::unique_ptr<DisputeUndoCommand> DisputeCommandFactory::setRecoveryProbability(const Dispute &dispute,
                                                                                  std::optional<qint64> basisPoints) const
{
    return std::make_unique<SetRecoveryProbabilityCommand>(m_session, dispute, basisPoints);
}

std::unique_ptr<DisputeUndoCommand> DisputeCommandFactory::reassign(const Dispute &dispute, const QString &assignee) const
{
    return std::make_unique<ReassignCommand>(m_session, dispute, assignee);
}

std::unique_ptr<OpenCaseCommand> DisputeCommandFactory::openCase(const OpenDisputeRequest &request) const
{
    return std::make_unique<OpenCaseCommand>(m_session, request);
}

QString DisputeCommandFactory::notice(const Dispute &dispute, DisputeMove move)
{
    switch (move) {
    case DisputeMove::Credit:
        return CreditCommand::notice();
    case DisputeMove::Legal:
        return LegalCommand::notice();
    case DisputeMove::Goodwill:
        return GoodwillCommand::notice();
    case DisputeMove::Close:
        return CloseCommand::notice(dispute);
    default:
        return QString();
    }
}

QString DisputeCommandFactory::notice(const ContactLogEntry &contact)
{
    return AddContactCommand::notice(contact);
}

} // namespace dd
