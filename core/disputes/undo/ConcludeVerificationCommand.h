#pragma once

#include "DisputeUndoCommand.h"

namespace dd {

// Verify -> Decide: the findings are complete. Undone by stepping back to Verify.
class ConcludeVerificationCommand : public DisputeUndoCommand
{
public:
    ConcludeVerificationCommand(Session &session, const Dispute &dispute, const QString &note);

protected:
    void apply(DisputeService &service) override;

private:
    const QString m_note;
};

} // namespace dd
