#include "IncludeMatchCommand.h"

#include "BankMatchEdits.h"

#include <QCoreApplication>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::IncludeMatchCommand", text);
}
} // namespace

IncludeMatchCommand::IncludeMatchCommand(BankMatchEdits &edits, const BankMatch &match, bool included, NumberStyle style)
    : m_edits(edits)
    , m_entryId(match.entryId)
    , m_included(included)
    , m_before(edits.isIncluded(match.entryId))
{
    const QString entry = BankMatchEdits::entryLabel(match, style);
    setText(included ? tr("tick %1").arg(entry) : tr("untick %1").arg(entry));
    // A tick the entry has already is no step: the stack drops it.
    setObsolete(!changes());
}

void IncludeMatchCommand::redo()
{
    m_edits.setIncluded(m_entryId, m_included);
}

void IncludeMatchCommand::undo()
{
    m_edits.setIncluded(m_entryId, m_before);
}

} // namespace dd
