#pragma once

#include "DisputeUndoCommand.h"

namespace dd {

// Writes the unjustified part off once, with a goodwill credit note. Final: the credit note
// cannot be taken back.
class GoodwillCommand : public DisputeUndoCommand
{
public:
    GoodwillCommand(Session &session, const Dispute &dispute, const QString &reason);
    static QString notice();

protected:
    void apply(DisputeService &service) override;

private:
    const QString m_reason;
};

} // namespace dd
