#pragma once

#include "calendar/IsoDate.h"

#include <functional>

namespace dd {

class Database;

struct DemoOptions
{
    int customers = 400;
    int invoices = 6000;
    quint64 seed = 2026;
    Date until; // the last issue date; payments dated after it are not made
};

struct DemoSummary
{
    qint64 customers = 0;
    qint64 products = 0;
    qint64 invoices = 0;
    qint64 payments = 0;
    qint64 openInvoices = 0;
    qint64 disputes = 0;
};

// Fills an empty database with plausible demo data: Dutch and international companies and
// consumers, products and services, three years of invoices, and payments (most on time, a tail
// of late payers, some partial payments, a few who never pay). The same options always give the
// same database. Writes in one transaction, in bulk, so a million invoices take seconds.
class DemoDataGenerator
{
public:
    // Called now and then with the invoices written so far; return false to cancel (then
    // nothing is written).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit DemoDataGenerator(Database &database);

    // Throws ValidationError when the database already has customers or the options are invalid.
    // Returns an empty summary when cancelled.
    DemoSummary generate(const DemoOptions &options, const Progress &progress = {});

private:
    Database &m_database;
};

} // namespace dd
