#pragma once

#include "DisputeUndoCommand.h"
#include "disputes/Finding.h"

namespace dd {

// Records a finding with its evidence (starting the verification of a case at Hear). Final:
// nothing is deleted from the case file.
class AddFindingCommand : public DisputeUndoCommand
{
public:
    AddFindingCommand(Session &session, const Dispute &dispute, const Finding &finding);

protected:
    void apply(DisputeService &service) override;

private:
    const Finding m_finding;
};

} // namespace dd
