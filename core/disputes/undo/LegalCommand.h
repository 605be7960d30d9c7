#pragma once

#include "DisputeUndoCommand.h"

namespace dd {

// Hands the claim over for legal collection. Final: the hand-over cannot be taken back.
class LegalCommand : public DisputeUndoCommand
{
public:
    LegalCommand(Session &session, const Dispute &dispute, const QString &note);
    static QString notice();

protected:
    void apply(DisputeService &service) override;

private:
    const QString m_note;
};

} // namespace dd
