#pragma once

#include "importers/BankReconciler.h"

#include <QUndoCommand>

namespace dd {

class BankMatchEdits;

// Ticks a proposal (it is booked with the others) or unticks it. Undo puts back the tick the
// entry had before.
class IncludeMatchCommand : public QUndoCommand
{
public:
    // `edits` must outlive the command.
    IncludeMatchCommand(BankMatchEdits &edits, const BankMatch &match, bool included, NumberStyle style);

    // False when the entry is ticked so already: no step to keep.
    bool changes() const { return m_included != m_before; }

    void redo() override;
    void undo() override;

private:
    BankMatchEdits &m_edits;
    const qint64 m_entryId;
    const bool m_included;
    const bool m_before;
};

} // namespace dd
