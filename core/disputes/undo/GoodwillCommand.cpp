#include "GoodwillCommand.h"

#include "disputes/DisputeService.h"

#include <QCoreApplication>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::GoodwillCommand", text);
}
} // namespace

GoodwillCommand::GoodwillCommand(Session &session, const Dispute &dispute, const QString &reason)
    : DisputeUndoCommand(session, dispute, tr("give goodwill on %1").arg(dispute.number))
    , m_reason(reason)
{
    setIrreversible(notice());
}

void GoodwillCommand::apply(DisputeService &service)
{
    service.goodwill(disputeId(), m_reason);
}

QString GoodwillCommand::notice()
{
    return tr("The goodwill credit note cannot be taken back: this cannot be undone.");
}

} // namespace dd
