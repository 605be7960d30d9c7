#pragma once

#include "DisputeUndoCommand.h"

namespace dd {

// Hands a case to another controller. Undo hands it back: a second reassignment, recorded in
// the audit like the first, so the trail shows both ("reassigned from A to B", then back).
class ReassignCommand : public DisputeUndoCommand
{
public:
    ReassignCommand(Session &session, const Dispute &dispute, const QString &assignee);

protected:
    void apply(DisputeService &service) override;
    void revert(DisputeService &service) override;

private:
    const QString m_to;
};

} // namespace dd
