#include "MatchByHandCommand.h"

#include "BankMatchEdits.h"

#include <QCoreApplication>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::MatchByHandCommand", text);
}
} // namespace

MatchByHandCommand::MatchByHandCommand(BankMatchEdits &edits, const BankMatch &entry, const std::optional<BankMatch> &match,
                                       NumberStyle style)
    : m_edits(edits)
    , m_entryId(entry.entryId)
    , m_match(match)
    , m_before(edits.byHand(entry.entryId))
{
    const QString label = BankMatchEdits::entryLabel(entry, style);
    if (match)
        setText(tr("match %1 to %2").arg(label, BankMatchEdits::invoiceNumbers(*match)));
    else if (m_before)
        setText(tr("take back the match of %1 to %2").arg(label, BankMatchEdits::invoiceNumbers(*m_before)));
    else
        setObsolete(true); // no match by hand to take back
}

void MatchByHandCommand::redo()
{
    m_edits.setByHand(m_entryId, m_match);
}

void MatchByHandCommand::undo()
{
    m_edits.setByHand(m_entryId, m_before);
}

} // namespace dd
