#pragma once

#include "disputes/DisputeSettings.h"
#include "session/StoredEditCommand.h"

namespace dd {

class Session;

// Saves new dispute rules (the promised response time, the proactive warning's threshold) for
// everyone using the database; undo puts back the rules as they were before the save.
class DisputeRulesCommand : public StoredEditCommand
{
public:
    // Reads the rules in force now, to put back on undo.
    DisputeRulesCommand(Session &session, const DisputeRules &rules);

    const DisputeRules &before() const { return m_before; }

private:
    void store(bool after) override;

    Session &m_session;
    const DisputeRules m_after;
    DisputeRules m_before;
};

} // namespace dd
