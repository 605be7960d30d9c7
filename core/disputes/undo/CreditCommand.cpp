#include "CreditCommand.h"

#include "disputes/DisputeService.h"

#include <QCoreApplication>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::CreditCommand", text);
}
} // namespace

CreditCommand::CreditCommand(Session &session, const Dispute &dispute, const QString &note, const QString &customerReason)
    : DisputeUndoCommand(session, dispute, tr("credit the justified part of %1").arg(dispute.number))
    , m_note(note)
    , m_customerReason(customerReason)
{
    setIrreversible(notice());
}

void CreditCommand::apply(DisputeService &service)
{
    service.credit(disputeId(), m_note, m_customerReason);
}

QString CreditCommand::notice()
{
    return tr("An issued credit note cannot be taken back: this cannot be undone.");
}

} // namespace dd
