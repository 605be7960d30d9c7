#pragma once

#include "DisputeUndoCommand.h"
#include "disputes/DisputeService.h"
#include "disputes/DisputeWorkflow.h"

#include <memory>
#include <optional>

namespace dd {

class OpenCaseCommand;

// What the form of a move holds; each move reads the fields it needs.
struct MoveInput
{
    QString note;                  // the audit note of a plain move, or the step back's reason
    Verdict verdict = Verdict::None;
    std::optional<Money> justified; // a partly justified verdict
    QString rationale;
    QString customerReason;        // credit: the reason the credit note prints; empty: the case's reason
    QString explanation;           // amicable
    QString instalments;           // arrangement
    QString goodwillReason;
    QString lessonWhat;
    QString lessonDepartment;
    QString lessonAction;
    Outcome outcome = Outcome::None;
};

// Builds the undo command of each kind of edit of a case, outside the widgets: the GUI fills in
// the form and asks here, the tests ask here without any widget.
class DisputeCommandFactory
{
public:
    explicit DisputeCommandFactory(Session &session);

    // The command of `move` on `dispute` as it is now; nullptr for the moves with their own
    // forms (findings, contacts).
    std::unique_ptr<DisputeUndoCommand> move(const Dispute &dispute, DisputeMove move, const MoveInput &input) const;
    std::unique_ptr<DisputeUndoCommand> addFinding(const Dispute &dispute, const Finding &finding) const;
    std::unique_ptr<DisputeUndoCommand> addContact(const Dispute &dispute, const ContactLogEntry &entry) const;
    std::unique_ptr<DisputeUndoCommand> recordAssessment(const Dispute &dispute, const Money &expectedGain,
                                                         const QString &recommendation, const QString &details) const;
    // basisPoints: nullopt derives the probability from the payment history again.
    std::unique_ptr<DisputeUndoCommand> setRecoveryProbability(const Dispute &dispute, std::optional<qint64> basisPoints) const;
    std::unique_ptr<DisputeUndoCommand> reassign(const Dispute &dispute, const QString &assignee) const;
    std::unique_ptr<OpenCaseCommand> openCase(const OpenDisputeRequest &request) const;

    // What `move` on `dispute` leaves behind that undo cannot take back, for the form to say
    // before the user confirms; empty when it can be undone or leaves nothing outside the case.
    static QString notice(const Dispute &dispute, DisputeMove move);
    static QString notice(const ContactLogEntry &contact);

private:
    Session &m_session;
};

} // namespace dd
