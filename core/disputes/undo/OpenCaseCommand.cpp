#include "OpenCaseCommand.h"

#include <QCoreApplication>

namespace dd {

OpenCaseCommand::OpenCaseCommand(Session &session, const OpenDisputeRequest &request)
    : DisputeUndoCommand(session, Dispute(),
                         QCoreApplication::translate("dd::OpenCaseCommand", "open a dispute about invoice %1")
                             .arg(request.invoices.isEmpty() ? QString() : request.invoices.first().invoiceNumber))
    , m_request(request)
{
}

void OpenCaseCommand::apply(DisputeService &service)
{
    *m_opened = service.open(m_request);
    setDisputeId(m_opened->id);
}

} // namespace dd
