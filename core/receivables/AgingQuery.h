#pragma once

#include "calendar/IsoDate.h"

#include <QString>

#include <vector>

namespace dd {

class Database;
struct AgingRow;

// Reads the aged open amounts behind AgingReport, per currency or per customer, in one set-based
// statement (never a query per invoice): the report's speed budget at a million invoices rests on it.
class AgingQuery
{
public:
    explicit AgingQuery(Database &database);

    std::vector<AgingRow> rows(const Date &asOf, bool byCustomer) const;

    // What is owed back to a customer in one currency as of the date: the credit balances of its
    // invoices (more paid and credited than due), which the open amounts leave out.
    struct Credit
    {
        QString currency;
        qint64 customerId = 0;
        QString customerNumber;
        QString customerName;
        qint64 cents = 0; // positive: owed to the customer
    };
    std::vector<Credit> credits(const Date &asOf) const;

    // The statement as run, with the as-of values written in: for the sqlite3 shell comparison.
    static QString sqlFor(const Date &asOf, bool byCustomer);

private:
    static QString later();
    static QString sql(bool byCustomer);
    static std::vector<QString> boundaries(const Date &asOf);

    Database &m_database;
};

} // namespace dd
