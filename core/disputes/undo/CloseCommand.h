#pragma once

#include "DisputeUndoCommand.h"

namespace dd {

// Closes the case with its outcome (finishing the resolution first when the case is still at
// Resolve); the hold on its invoices is lifted. Undone by reopening it, a recorded step back,
// unless credit notes were issued in the case: reopening it would not take them back, so
// closing such a case is final and the form says so.
class CloseCommand : public DisputeUndoCommand
{
public:
    CloseCommand(Session &session, const Dispute &dispute, Outcome outcome, const QString &note);
    // Empty unless closing `dispute` cannot be undone truthfully.
    static QString notice(const Dispute &dispute);

protected:
    void apply(DisputeService &service) override;

private:
    const Outcome m_outcome;
    const QString m_note;
};

} // namespace dd
