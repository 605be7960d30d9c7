#pragma once

#include "DisputeUndoCommand.h"

namespace dd {

// The customer paid after the explanation. Final.
class PaidCommand : public DisputeUndoCommand
{
public:
    PaidCommand(Session &session, const Dispute &dispute, const QString &note);

protected:
    void apply(DisputeService &service) override;

private:
    const QString m_note;
};

} // namespace dd
