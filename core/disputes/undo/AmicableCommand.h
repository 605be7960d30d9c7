#pragma once

#include "DisputeUndoCommand.h"

namespace dd {

// Explains to the customer why the invoice stands. Final: the explanation was given.
class AmicableCommand : public DisputeUndoCommand
{
public:
    AmicableCommand(Session &session, const Dispute &dispute, const QString &explanation);

protected:
    void apply(DisputeService &service) override;

private:
    const QString m_explanation;
};

} // namespace dd
