#pragma once

#include "disputes/Dispute.h"
#include "disputes/DisputeWorkflow.h"

#include <QDate>
#include <QWidget>

#include <optional>

class QHBoxLayout;
class QLabel;
class QTabWidget;

namespace dd {

class CaseAuditTab;
class CaseContactsTab;
class CaseDetailsTab;
class CaseFindingsTab;
class CaseHeader;
class DecisionTreeWidget;
class DisputeEditor;
class MoveFormPanel;
class Session;
struct CaseAssessmentResult;

// One dispute case: what the customer said (CaseHeader), where the case is in the decision tree
// (drawn), the moves the workflow allows now as buttons, the form of the chosen move
// (MoveFormPanel), and the case, findings, contacts and audit tabs. Every change goes through the
// DisputeEditor, so it is one transaction, checked by the workflow, and on the case's undo stack;
// the view reads the case again whenever the session says cases changed.
class DisputeCaseView : public QWidget
{
    Q_OBJECT
public:
    explicit DisputeCaseView(DisputeEditor *editor, QWidget *parent = nullptr);

    void setSession(Session *session);
    // The date that decides whether the promised answer is late; the session's as-of date
    // until set.
    void setAsOf(const QDate &asOf);
    // 0: no case. The case shown is the editor's current case: Undo acts on it.
    void showDispute(qint64 disputeId);
    qint64 disputeId() const { return m_disputeId; }
    const std::optional<Dispute> &dispute() const { return m_dispute; }
    // Reads the case again.
    void reload();

    // Opens the form of `move`; the buttons do this for the allowed moves. A move the workflow
    // refuses can still be asked for here: confirming it shows the guard's reason.
    void openMoveForm(DisputeMove move);
    // Opens the cost-benefit assessment of legal collection.
    void openAssessmentForm();
    // Asks whom to hand the case to (non-modal "reassignForm"); the reassignment goes on the case's undo stack.
    void openReassignForm();
    // Files to attach to the next finding (the Add… button and drops onto the findings end here).
    void addEvidenceFiles(const QStringList &paths);

private:
    void clearView();
    void updateMoves();
    void updateBlocked();
    void confirmForm();
    // The cost-benefit assessment of the case as of the view's date; throws dd::Error.
    CaseAssessmentResult assess(const Dispute &dispute) const;
    // On the case's undo stack; nullopt: from the payment history again.
    void setRecoveryProbability(std::optional<qint64> basisPoints);
    void showError(const QString &message);

    DisputeEditor *m_editor;
    Session *m_session = nullptr;
    QDate m_asOf;
    qint64 m_disputeId = 0;
    std::optional<Dispute> m_dispute;
    WorkflowFacts m_facts;

    CaseHeader *m_header;
    DecisionTreeWidget *m_tree;
    QLabel *m_blocked;
    QWidget *m_movesBar;
    QHBoxLayout *m_moves;
    QLabel *m_error;
    MoveFormPanel *m_form;
    QTabWidget *m_tabs;
    CaseDetailsTab *m_details;
    CaseFindingsTab *m_findings;
    CaseContactsTab *m_contacts;
    CaseAuditTab *m_audit;
};

} // namespace dd
