#pragma once

#include "DisputeUndoCommand.h"

namespace dd {

// Records the payment arrangement agreed with the customer. Final: it was agreed.
class ArrangementCommand : public DisputeUndoCommand
{
public:
    ArrangementCommand(Session &session, const Dispute &dispute, const QString &instalments);

protected:
    void apply(DisputeService &service) override;

private:
    const QString m_instalments;
};

} // namespace dd
