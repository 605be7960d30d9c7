#pragma once

#include <QString>
#include <QUndoCommand>

#include <functional>

namespace dd {

class DisputeEditor;
class DisputeService;

// One edit of a dispute case. Redo makes the service call; undo makes the recorded corrective
// call (usually a step back with the note "Undo: …"), never a deletion, so the audit trail shows
// both. A command without an undo is not undoable: it is made obsolete and the editor ends the
// history there. When an undo or redo is refused (the case changed since), the command makes
// itself obsolete and the editor reports why.
class DisputeCommand : public QUndoCommand
{
public:
    using Call = std::function<void(DisputeService &)>;

    // `redoText`: what the edit does ("start verification of DSP-2025-000001"); `undoText`: what
    // undoing does ("step DSP-2025-000001 back to Hear"). Without `undo` the edit is final.
    DisputeCommand(DisputeEditor &editor, qint64 disputeId, const QString &redoText, Call redo,
                   const QString &undoText = QString(), Call undo = {});

    qint64 disputeId() const { return m_disputeId; }
    bool isUndoable() const { return static_cast<bool>(m_undo); }
    QString redoText() const { return m_redoText; }
    QString undoText() const { return m_undoText; }

    // The first time, by DisputeEditor::perform; throws ValidationError when refused.
    void perform();

    void redo() override;
    void undo() override;

private:
    void attempt(const Call &call);

    DisputeEditor &m_editor;
    qint64 m_disputeId;
    QString m_redoText;
    QString m_undoText;
    Call m_redo;
    Call m_undo;
    bool m_performed = false;
};

} // namespace dd
