#pragma once

#include "importers/BankReconciler.h"

#include <QUndoCommand>

#include <optional>

namespace dd {

class BankMatchEdits;

// Names the invoices an entry pays (a match made by hand, BankReconciler::matchTo), or takes
// such a match back. Undo puts back the match the entry had before, by hand or none.
class MatchByHandCommand : public QUndoCommand
{
public:
    // `match`: the new match by hand; nullopt takes back the one `entry` has. `edits` must
    // outlive the command.
    MatchByHandCommand(BankMatchEdits &edits, const BankMatch &entry, const std::optional<BankMatch> &match,
                       NumberStyle style);

    void redo() override;
    void undo() override;

private:
    BankMatchEdits &m_edits;
    const qint64 m_entryId;
    const std::optional<BankMatch> m_match;
    const std::optional<BankMatch> m_before;
};

} // namespace dd
