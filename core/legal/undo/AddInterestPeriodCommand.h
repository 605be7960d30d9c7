#pragma once

#include "legal/InterestRateTable.h"
#include "session/StoredEditCommand.h"

#include <optional>

namespace dd {

class Session;

// Adds a statutory interest period the user looked up (LegalTableRepository): it replaces a
// period the user added earlier for the same kind and first day. Undo puts that earlier period
// back, or removes the added one, so the shipped table shows through again.
class AddInterestPeriodCommand : public StoredEditCommand
{
public:
    // Reads the period the user had for that day, if any, to put back on undo.
    AddInterestPeriodCommand(Session &session, InterestKind kind, const InterestRatePeriod &period);

private:
    void store(bool after) override;

    Session &m_session;
    const InterestKind m_kind;
    const InterestRatePeriod m_period;
    std::optional<InterestRatePeriod> m_before;
};

} // namespace dd
