#pragma once

#include "calendar/IsoDate.h"
#include "receivables/AgingReport.h"
#include "reports/DsoCountback.h"

#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace dd {

class Database;

// One customer's receivables as of a date (cents of `currency`): aged open amounts, the part in
// open disputes and the rest, and how long the customer took to pay.
struct ReceivablesRow
{
    QString currency;
    qint64 customerId = 0;
    QString customerNumber;
    QString customerName;
    std::array<qint64, AgingRow::bucketCount> bucketCents{};
    qint64 openCents = 0;
    qint64 disputedCents = 0;   // on invoices of disputes open on the date, at most what is open
    qint64 undisputedCents = 0; // open - disputed
    int invoices = 0;
    // Days from invoice date to payment, weighted by amount, over the payments of the year up to
    // the date; nullopt when the customer paid nothing in that year.
    std::optional<qint64> averageDaysToPayTenths;
};

// The same for one currency as a whole, with its DSO.
struct ReceivablesTotal
{
    QString currency;
    std::array<qint64, AgingRow::bucketCount> bucketCents{};
    qint64 openCents = 0;
    qint64 overdueCents = 0;
    qint64 disputedCents = 0;
    qint64 undisputedCents = 0;
    int invoices = 0;
    DsoCountback::Result dso;
};

struct ReceivablesReportData
{
    static constexpr int paymentWindowDays = 365;
    static constexpr int dsoMonths = 24;
    Date asOf;
    std::vector<ReceivablesRow> customers; // currency, customer number
    std::vector<ReceivablesTotal> totals;  // per currency
};

// Aged receivables per customer split into disputed and undisputed, DSO (countback over calendar
// months counted back from the as-of date, sales = invoices incl. VAT) and average days to pay.
// A fixed number of set-based queries.
class ReceivablesReport
{
public:
    explicit ReceivablesReport(Database &database);

    ReceivablesReportData compute(const Date &asOf) const;

    // Disputed amounts (capped at what is open) per customer and currency on the date; customer
    // id 0 gives the currency totals.
    struct Disputed
    {
        QString currency;
        qint64 customerId = 0;
        qint64 cents = 0;
    };
    std::vector<Disputed> disputed(const Date &asOf, bool byCustomer) const;
    // Countback DSO of one currency's receivables on the date.
    DsoCountback::Result dso(const Date &asOf, const QString &currency, qint64 receivablesCents) const;
    // The monthly periods counted back from the date (most recent first), with their sales.
    std::vector<DsoCountback::Period> salesPeriods(const Date &asOf, const QString &currency, int months) const;

private:
    Database &m_database;
};

} // namespace dd
