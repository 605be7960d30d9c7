#pragma once

#include "legal/InterestRateTable.h"
#include "money/Money.h"

#include <vector>

namespace dd {

// One stretch of days with one rate, one principal and one day-count basis.
struct InterestPeriodLine
{
    Date from;  // first day, inclusive
    Date to;    // last day, inclusive
    int days = 0;
    int yearDays = 365; // 366 for days in a leap year
    qint64 rateBasisPoints = 0;
    Money principal; // including the interest compounded before this stretch
    Money interest;  // principal x rate x days / yearDays, rounded to the cent
    bool toVerify = false;
};

struct InterestResult
{
    InterestKind kind = InterestKind::Commercial;
    Money principal;   // as given
    Date from;         // the first day of default
    Date to;           // the last day counted
    int days = 0;
    std::vector<InterestPeriodLine> periods;
    std::vector<Date> compoundedOn; // the anniversaries on which interest was added to the principal
    Money interest;                 // the sum of the periods
    Money total;                    // principal + interest
    bool ratesToVerify = false;     // some rate used is marked "to verify" in the table
};

// Statutory interest over a principal for the days from the start of default up to and including
// a given day, from a dated rate table.
//
// - Rates: art. 6:119 BW (consumer / non-commercial) and 6:119a BW (commercial), changing on
//   1 January and 1 July (art. 6:120 lid 2 BW); the period is split at every change.
// - Compounding: art. 6:119 lid 2 and 6:119a lid 3 BW: at the end of each year of default the
//   interest of that year is added to the principal, i.e. on every anniversary of the first day.
// - Day count: simple interest per day, principal x rate x days / 365, or / 366 for days that lie
//   in a leap year; so the period is also split at 1 January. Each stretch is rounded to the cent
//   (half away from zero) and the total is the sum of the stretches.
class StatutoryInterest
{
public:
    explicit StatutoryInterest(InterestRateTable table);

    // Interest for the days from `firstDay` to `lastDay`, both inclusive. Throws
    // ValidationError for a negative principal, lastDay before firstDay, or a day the table
    // does not cover.
    InterestResult compute(InterestKind kind, const Money &principal, const Date &firstDay, const Date &lastDay) const;

    // Art. 6:119a lid 1 BW: commercial interest runs from the day after the agreed payment date.
    static Date commercialStart(const Date &dueDate);
    // Art. 6:119a lid 2 sub a BW: with no agreed payment date, from 30 days after the debtor
    // received the invoice.
    static Date commercialStartWithoutAgreedDate(const Date &invoiceReceived);
    // Art. 6:119 lid 1 with 6:81/6:82 BW: consumer interest runs once the debtor is in default,
    // i.e. from the day after the deadline set in the notice of default (ingebrekestelling).
    static Date consumerStart(const Date &noticeDeadline);

    // The day-count convention in words, to print with every result.
    static QString convention();

private:
    InterestRateTable m_table;
};

} // namespace dd
