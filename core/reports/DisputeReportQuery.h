#pragma once

#include "reports/DisputeReport.h"

#include <functional>
#include <vector>

namespace dd {

class Database;

// Reads the figures of the management dispute report, each in one set-based statement whatever
// the number of cases; DisputeReport orders, classifies and totals them. Dates are ISO text;
// `from` and `to` bound the period (both days included), amounts are those of cases in `currency`.
class DisputeReportQuery
{
public:
    explicit DisputeReportQuery(Database &database);

    // Cases received in the period per reason: reason, cases and amount (reasonClass and the
    // shares are left for the report); `otherCurrency` gets the cases in another currency.
    std::vector<DisputeReportData::ParetoRow> reasons(const QString &from, const QString &to, const QString &currency,
                                                      int &otherCurrency) const;
    // Cases closed in the period per outcome, in no particular order.
    std::vector<DisputeReportData::OutcomeRow> outcomes(const QString &from, const QString &to, const QString &currency) const;

    struct OpenStep
    {
        DisputeReportData::StepRow row; // closed on a later date counts as learn
        int pastPromisedDate = 0;       // unanswered on the date after the promised one
    };
    // Cases open on `asOf` by the step the audit trail had them in then, and by age.
    std::vector<OpenStep> openBySteps(const Date &asOf) const;

    struct CaseDates
    {
        QString received;
        QString answered; // empty: unanswered
        QString promised;
        QString closed;   // empty: open
    };
    // Every case answered or closed in the period.
    void forEachAnsweredOrClosed(const QString &from, const QString &to, const std::function<void(const CaseDates &)> &each) const;

    // Customers by disputed amount (then cases, number) of the cases received in the period.
    std::vector<DisputeReportData::CustomerRow> topCustomers(const QString &from, const QString &to, const QString &currency,
                                                             int limit) const;

    struct MonthCount
    {
        QString month; // YYYY-MM
        int opened = 0;
        int closed = 0;
    };
    // Cases received and cases closed per calendar month of the period; a month may come twice
    // (once for each), and a month without either not at all.
    std::vector<MonthCount> openedAndClosedByMonth(const QString &from, const QString &to) const;

    // The lessons recorded from `from` until before `next`, by department and case number.
    std::vector<DisputeReportData::LessonRow> lessons(const QString &from, const QString &next) const;

private:
    Database &m_database;
};

} // namespace dd
