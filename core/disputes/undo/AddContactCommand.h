#pragma once

#include "DisputeUndoCommand.h"
#include "disputes/ContactLogEntry.h"

namespace dd {

// Logs a contact with the customer. Final: the contact happened; a letter that was sent
// (the 14-day letter) cannot be unsent, which the form says before it is logged.
class AddContactCommand : public DisputeUndoCommand
{
public:
    AddContactCommand(Session &session, const Dispute &dispute, const ContactLogEntry &entry);
    // Empty unless the contact is a letter we sent.
    static QString notice(const ContactLogEntry &entry);
    // What every form that records a letter as sent says first (letters, dunning runs).
    static QString letterNotice();

protected:
    void apply(DisputeService &service) override;

private:
    const ContactLogEntry m_entry;
};

} // namespace dd
