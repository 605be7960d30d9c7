#pragma once

#include "DisputeUndoCommand.h"

namespace dd {

// Hear -> Verify: the fact finding starts. Undone by stepping back to Hear.
class StartVerificationCommand : public DisputeUndoCommand
{
public:
    StartVerificationCommand(Session &session, const Dispute &dispute, const QString &note);

protected:
    void apply(DisputeService &service) override;

private:
    const QString m_note;
};

} // namespace dd
