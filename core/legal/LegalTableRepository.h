#pragma once

#include "legal/CourtFeeTable.h"
#include "legal/InterestRateTable.h"

namespace dd {

class Database;

// The rate and fee periods the user added in the settings (tables legal_interest_rates and
// legal_court_fees), and the shipped tables with those periods laid over them. A period the user
// adds for the same first day replaces the earlier one.
class LegalTableRepository
{
public:
    explicit LegalTableRepository(Database &database);

    // Stores a period (one transaction). Throws ValidationError for an invalid period.
    void addInterestPeriod(InterestKind kind, const InterestRatePeriod &period);
    void addCourtFeePeriod(const CourtFeePeriod &period);
    // Removes the period the user added for `kind` from `from` (one transaction), so the shipped
    // table shows through again; nothing when there is none.
    void removeInterestPeriod(InterestKind kind, const Date &from);

    // The user's periods, in the order they were added.
    std::vector<std::pair<InterestKind, InterestRatePeriod>> interestPeriods() const;
    std::vector<CourtFeePeriod> courtFeePeriods() const;

    // The shipped tables with the user's periods merged over them.
    InterestRateTable interestRates() const;
    CourtFeeTable courtFees() const;

private:
    Database &m_database;
};

} // namespace dd
