#pragma once

#include "disputes/Dispute.h"

#include <QString>
#include <QUndoCommand>

#include <functional>

namespace dd {

class DisputeService;
class Session;

// One edit of a dispute case, made through the session's DisputeService (one transaction, the
// workflow's guard checked, the audit written). Undo is never a deletion: it is a new, recorded
// move back (usually a step back with the note "Undo: …"), so the audit trail shows both.
// An edit without an undo is final: the editor does not keep it, and ends that case's history.
// An undo or redo the case no longer allows (it changed since) makes the command obsolete, and
// the observer hears why.
class DisputeUndoCommand : public QUndoCommand
{
public:
    // Told after every attempt: the case, and why it was refused (empty when it was done).
    using Observer = std::function<void(qint64 disputeId, const QString &failure)>;

    // `text`: what the edit does, "start verification of DSP-2025-000001".
    DisputeUndoCommand(Session &session, const Dispute &dispute, const QString &text);

    qint64 disputeId() const { return m_disputeId; }
    bool isUndoable() const { return !m_undoText.isEmpty(); }
    QString redoText() const { return text(); }
    // What undoing does, "step DSP-2025-000001 back from Verify to Hear"; empty for a final edit.
    QString undoText() const { return m_undoText; }
    // Why a final edit cannot be undone truthfully (a credit note issued, a letter sent), said in
    // the form before the user confirms; empty when nothing outside the case stays behind.
    QString irreversible() const { return m_irreversible; }

    void setObserver(Observer observer) { m_observer = std::move(observer); }

    // Makes the edit the first time; throws dd::Error when it is refused, having changed nothing.
    void perform();

    void redo() override;
    void undo() override;

protected:
    virtual void apply(DisputeService &service) = 0;
    // By default an undoable edit steps the case back (see undoByStepBack); a final one has none.
    virtual void revert(DisputeService &service);
    void setUndoText(const QString &text) { m_undoText = text; }
    void setIrreversible(const QString &why) { m_irreversible = why; }
    // The edit takes the case from where it is now to `reached`; undoing it steps it back to
    // where it was, each step recorded with the note "Undo: <what>".
    void undoByStepBack(DisputeStep reached, const QString &what);
    const Dispute &before() const { return m_before; }
    const QString &number() const { return m_before.number; }
    // For the edit that makes the case: its id is known once it was made.
    void setDisputeId(qint64 id) { m_disputeId = id; }

private:
    void attempt(bool forward);

    Session &m_session;
    const Dispute m_before;
    qint64 m_disputeId;
    DisputeStep m_reached;
    QString m_undoNote;
    QString m_undoText;
    QString m_irreversible;
    Observer m_observer;
    bool m_performed = false;
};

} // namespace dd
