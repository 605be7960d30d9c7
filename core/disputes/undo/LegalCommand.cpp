#include "LegalCommand.h"

#include "disputes/DisputeService.h"

#include <QCoreApplication>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::LegalCommand", text);
}
} // namespace

LegalCommand::LegalCommand(Session &session, const Dispute &dispute, const QString &note)
    : DisputeUndoCommand(session, dispute, tr("hand %1 over for legal collection").arg(dispute.number))
    , m_note(note)
{
    setIrreversible(notice());
}

void LegalCommand::apply(DisputeService &service)
{
    service.legal(disputeId(), m_note);
}

QString LegalCommand::notice()
{
    return tr("A claim handed over for collection cannot be taken back: this cannot be undone.");
}

} // namespace dd
