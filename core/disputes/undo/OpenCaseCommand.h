#pragma once

#include "DisputeUndoCommand.h"
#include "disputes/DisputeService.h"

#include <memory>

namespace dd {

// Opens a case about the invoices of the request. Final: nothing is deleted; a case opened by
// mistake is closed through the decision tree.
class OpenCaseCommand : public DisputeUndoCommand
{
public:
    OpenCaseCommand(Session &session, const OpenDisputeRequest &request);
    // The case as it was opened (id 0 until performed); it outlives the command, which the
    // editor does not keep.
    std::shared_ptr<const Dispute> opened() const { return m_opened; }

protected:
    void apply(DisputeService &service) override;

private:
    const OpenDisputeRequest m_request;
    std::shared_ptr<Dispute> m_opened = std::make_shared<Dispute>();
};

} // namespace dd
