#pragma once

#include "calendar/IsoDate.h"
#include "disputes/ProactiveWarnings.h"

#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace dd {

class Database;

// A duration statistic in tenths of a day (integers, so that tests compare exactly).
struct DurationStats
{
    int cases = 0;
    qint64 averageTenths = 0; // rounded half up
    qint64 medianTenths = 0;  // the middle value, or the mean of the two middle values
};

// The figures of the management dispute report (DESIGN.md §4) for the period [from, to] (both
// days included), with the open cases as they stood on the as-of date. A case's amount is the sum
// of what it disputes on its invoices; amounts are those of cases in `currency` only (totals of
// different currencies are never added), while counts include every case.
struct DisputeReportData
{
    static constexpr int ageBucketCount = 5;
    // Age of an open case in days since it was received: 0-14, 15-30, 31-60, 61-90, over 90.
    static QStringList ageBucketCodes();
    // The practitioners' reference: about 96% of complaints are organisational (DESIGN.md §2).
    static constexpr int referenceOrganisationalBp = 9600;

    struct StepRow
    {
        QString step; // hear, verify, decide, resolve, learn
        std::array<int, ageBucketCount> byAge{};
        int total = 0;
    };
    struct ParetoRow
    {
        QString reason;      // code of ReasonTaxonomy
        QString reasonClass; // organisational | product-technical
        int cases = 0;
        qint64 amountCents = 0;
        int shareBp = 0;            // of all cases opened in the period
        int cumulativeBp = 0;       // running share of cases, in Pareto order
        int amountShareBp = 0;      // of the disputed amount
        int cumulativeAmountBp = 0; // running share of the amount, in the same order
    };
    struct ClassRow
    {
        QString reasonClass;
        int cases = 0;
        qint64 amountCents = 0;
        int shareBp = 0;
        int referenceBp = 0;
    };
    struct OutcomeRow
    {
        QString outcome; // paid (after explanation), credited, written-off (goodwill), collected (legally), lost
        int cases = 0;
        qint64 disputedCents = 0;
        qint64 creditedCents = 0; // the justified amounts
        qint64 goodwillCents = 0; // written off as goodwill
    };
    struct CustomerRow
    {
        QString number;
        QString name;
        int cases = 0;
        qint64 disputedCents = 0;
    };
    struct DepartmentRow
    {
        QString department; // empty: none given
        int lessons = 0;
    };
    struct LessonRow
    {
        Date recordedOn;
        QString department;
        QString caseNumber;
        QString what;
        QString action;
    };
    struct MonthRow
    {
        int year = 0;
        int month = 0;
        int opened = 0;
        int closed = 0;
    };

    Date from;
    Date to;
    Date asOf;
    QString currency;

    int opened = 0;                // received in the period
    int closed = 0;                // closed in the period
    qint64 openedAmountCents = 0;  // disputed by the cases opened in the period
    int otherCurrencyCases = 0;    // opened in the period in another currency (counted, amounts left out)
    int openOnAsOf = 0;
    std::vector<StepRow> openBySteps; // always the five steps, in order
    int pastPromisedDate = 0;      // open on the as-of date, unanswered, promised date passed
    int answeredLate = 0;          // first answered in the period after the promised date
    DurationStats firstResponse;   // answered in the period: answered_on - received_on
    DurationStats toClose;         // closed in the period: closed_on - received_on
    std::vector<ParetoRow> pareto; // cases desc, amount desc, code
    std::vector<ClassRow> classes; // organisational, product-technical
    std::vector<OutcomeRow> outcomes; // the five outcomes, in that order, closed in the period
    std::vector<CustomerRow> topCustomers;
    std::vector<ProductWarning> repeatedProducts;
    std::vector<DepartmentRow> lessonsByDepartment; // lessons desc, department
    std::vector<LessonRow> lessons;  // department, case number
    std::vector<MonthRow> months;    // every calendar month the period touches
};

struct DisputeReportOptions
{
    QString currency = QStringLiteral("EUR");
    int topCustomers = 10;
    int repeatedMinimumCustomers = 3; // a product is listed when this many customers complained
    int repeatedWindowDays = 90;      // within the last this many days of the period
    bool repeatedProducts = true;     // the dashboard shows no product list and leaves it out
};

// Computes DisputeReportData in a fixed number of set-based queries, whatever the number of cases.
class DisputeReport
{
public:
    explicit DisputeReport(Database &database);

    // Throws ValidationError when `to` is before `from`.
    DisputeReportData compute(const Date &from, const Date &to, const Date &asOf,
                              const DisputeReportOptions &options = {}) const;

    // Tenths of a day from day counts: the average (half up) and the median.
    static DurationStats durationStats(std::vector<int> days);

private:
    Database &m_database;
};

} // namespace dd
