#include "AddContactCommand.h"

#include "disputes/DisputeService.h"

#include <QCoreApplication>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::AddContactCommand", text);
}
} // namespace

AddContactCommand::AddContactCommand(Session &session, const Dispute &dispute, const ContactLogEntry &entry)
    : DisputeUndoCommand(session, dispute, tr("log a contact in %1").arg(dispute.number))
    , m_entry(entry)
{
    setIrreversible(notice(entry));
}

void AddContactCommand::apply(DisputeService &service)
{
    service.addContact(disputeId(), m_entry);
}

QString AddContactCommand::notice(const ContactLogEntry &entry)
{
    if (entry.direction != ContactDirection::Outbound || entry.channel != Channel::Letter)
        return QString();
    return letterNotice();
}

QString AddContactCommand::letterNotice()
{
    return tr("A letter that was sent cannot be unsent: this cannot be undone.");
}

} // namespace dd
