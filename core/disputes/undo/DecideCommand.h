#pragma once

#include "DisputeUndoCommand.h"
#include <optional>

namespace dd {

// The verdict (concluding the verification first when the case is still at Verify). Undone by
// stepping back to where the case was: the verdict then no longer stands.
class DecideCommand : public DisputeUndoCommand
{
public:
    DecideCommand(Session &session, const Dispute &dispute, Verdict verdict, const std::optional<Money> &justified, const QString &rationale);

protected:
    void apply(DisputeService &service) override;

private:
    const Verdict m_verdict;
    const std::optional<Money> m_justified;
    const QString m_rationale;
};

} // namespace dd
