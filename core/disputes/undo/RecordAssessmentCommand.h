#pragma once

#include "DisputeUndoCommand.h"

namespace dd {

// Records the cost-benefit assessment of legal collection. Final: it is part of the case file.
class RecordAssessmentCommand : public DisputeUndoCommand
{
public:
    RecordAssessmentCommand(Session &session, const Dispute &dispute, const Money &expectedGain, const QString &recommendation, const QString &details);

protected:
    void apply(DisputeService &service) override;

private:
    const Money m_expectedGain;
    const QString m_recommendation;
    const QString m_details;
};

} // namespace dd
