#include "DisputeRulesCommand.h"

#include "session/Session.h"

#include <QCoreApplication>

namespace dd {

DisputeRulesCommand::DisputeRulesCommand(Session &session, const DisputeRules &rules)
    : StoredEditCommand(QCoreApplication::translate("dd::DisputeRulesCommand", "change the dispute rules"))
    , m_session(session)
    , m_after(rules)
    , m_before(session.disputeSettings().rules())
{
}

void DisputeRulesCommand::store(bool after)
{
    m_session.disputeSettings().setRules(after ? m_after : m_before);
}

} // namespace dd
