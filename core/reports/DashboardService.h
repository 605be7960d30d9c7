#pragma once

#include "calendar/IsoDate.h"

#include <QString>

namespace dd {

class Database;

// The key figures of the start page and of `disputedesk-cli stats`, in one currency.
struct DashboardFigures
{
    Date asOf;
    QString currency;
    qint64 openCents = 0;      // receivables open on the date
    qint64 overdueCents = 0;   // of which past their due date
    qint64 disputedCents = 0;  // of which in disputes open on the date
    qint64 dsoTenths = 0;      // days sales outstanding (countback), tenths of a day
    bool dsoCapped = false;    // more open than 24 months of sales
    int openCases = 0;         // disputes open on the date
    int casesPastResponseDate = 0; // open, unanswered, and the promised response date has passed
};

// Computes DashboardFigures in a handful of set-based queries (budget: 1 s over a million
// invoices). The GUI's Dashboard and the `stats` command use this one service.
class DashboardService
{
public:
    explicit DashboardService(Database &database);

    DashboardFigures compute(const Date &asOf, const QString &currency = QStringLiteral("EUR")) const;

private:
    Database &m_database;
};

} // namespace dd
