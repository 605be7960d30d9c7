#pragma once

#include "DisputeUndoCommand.h"

namespace dd {

// Resolve -> Learn: every part of the claim was dealt with. Undone by stepping back to Resolve.
class FinishResolutionCommand : public DisputeUndoCommand
{
public:
    FinishResolutionCommand(Session &session, const Dispute &dispute, const QString &note);

protected:
    void apply(DisputeService &service) override;

private:
    const QString m_note;
};

} // namespace dd
