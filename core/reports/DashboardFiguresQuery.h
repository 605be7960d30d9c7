#pragma once

#include "calendar/IsoDate.h"

namespace dd {

class Database;

// Reads the dashboard's case figures that no report computes, in one set-based statement.
class DashboardFiguresQuery
{
public:
    explicit DashboardFiguresQuery(Database &database);

    struct CaseCounts
    {
        int open = 0;              // disputes open on the date
        int pastResponseDate = 0;  // of which unanswered after their promised response date
    };
    CaseCounts caseCounts(const Date &asOf) const;

private:
    Database &m_database;
};

} // namespace dd
