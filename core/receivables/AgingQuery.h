#pragma once

#include "calendar/IsoDate.h"

#include <QString>

#include <vector>

namespace dd {

class Database;
struct AgingRow;

// Reads the aged open amounts and the refunds owed behind AgingReport, per currency or per
// customer, in one set-based statement (never a query per invoice): the report's speed budget at
// a million invoices rests on it.
class AgingQuery
{
public:
    explicit AgingQuery(Database &database);

    std::vector<AgingRow> rows(const Date &asOf, bool byCustomer) const;

    // The statement as run, with the as-of values written in: for the sqlite3 shell comparison.
    static QString sqlFor(const Date &asOf, bool byCustomer);

private:
    static QString later();
    static QString sql(bool byCustomer);
    static std::vector<QString> boundaries(const Date &asOf);

    Database &m_database;
};

} // namespace dd
