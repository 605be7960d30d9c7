#pragma once

#include "DisputeUndoCommand.h"

namespace dd {

// Corrects a wrong move by going back one step. Final: what was decided in the step left
// no longer stands and cannot be put back.
class StepBackCommand : public DisputeUndoCommand
{
public:
    StepBackCommand(Session &session, const Dispute &dispute, const QString &reason);

protected:
    void apply(DisputeService &service) override;

private:
    const QString m_reason;
};

} // namespace dd
