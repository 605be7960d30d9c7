#pragma once

#include "DisputeUndoCommand.h"

#include <optional>

namespace dd {

// Sets the controller's estimate of the chance to recover a case's claim, which the cost-benefit
// assessment uses (nullopt: derived from the payment history again). Undo sets the estimate the
// case had before, recorded in the audit trail like the change itself.
class SetRecoveryProbabilityCommand : public DisputeUndoCommand
{
public:
    // Reads the estimate the case has now, to put back on undo.
    SetRecoveryProbabilityCommand(Session &session, const Dispute &dispute, std::optional<qint64> basisPoints);

protected:
    void apply(DisputeService &service) override;
    void revert(DisputeService &service) override;

private:
    const std::optional<qint64> m_after;
    std::optional<qint64> m_before;
};

} // namespace dd
