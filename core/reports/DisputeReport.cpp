#include "DisputeReport.h"

#include "common/ValidationError.h"
#include "disputes/DisputeCodes.h"
#include "disputes/ReasonTaxonomy.h"
#include "reports/DisputeReportQuery.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <utility>

namespace dd {

namespace {

// numerator / denominator in basis points, rounded half up; 0 for an empty denominator.
int basisPoints(qint64 numerator, qint64 denominator)
{
    if (denominator <= 0)
        return 0;
    return int((numerator * 20000 + denominator) / (2 * denominator));
}

int daysBetween(const QString &from, const QString &to)
{
    const auto a = IsoDate::parse(from);
    const auto b = IsoDate::parse(to);
    if (!a || !b)
        return 0;
    return int((*b - *a).days());
}

} // namespace

QStringList DisputeReportData::ageBucketCodes()
{
    return {QStringLiteral("0-14"), QStringLiteral("15-30"), QStringLiteral("31-60"), QStringLiteral("61-90"),
            QStringLiteral("over-90")};
}

DisputeReport::DisputeReport(Database &database)
    : m_database(database)
{
}

DurationStats DisputeReport::durationStats(std::vector<int> days)
{
    DurationStats stats;
    stats.cases = int(days.size());
    if (days.empty())
        return stats;
    qint64 sum = 0;
    for (int d : days)
        sum += d;
    const qint64 n = qint64(days.size());
    // Half up, also for a negative sum (bad data), by rounding the absolute value.
    const qint64 magnitude = (std::abs(sum) * 20 + n) / (2 * n);
    stats.averageTenths = sum < 0 ? -magnitude : magnitude;
    std::sort(days.begin(), days.end());
    const size_t middle = days.size() / 2;
    stats.medianTenths = days.size() % 2 == 1 ? qint64(days[middle]) * 10 : (qint64(days[middle - 1]) + days[middle]) * 5;
    return stats;
}

DisputeReportData DisputeReport::compute(const Date &from, const Date &to, const Date &asOf,
                                         const DisputeReportOptions &options) const
{
    if (from.is_special() || to.is_special() || asOf.is_special())
        throw ValidationError(QCoreApplication::translate("dd::DisputeReport", "The report needs a period and an as-of date."));
    if (to < from)
        throw ValidationError(QCoreApplication::translate("dd::DisputeReport", "The period ends (%1) before it starts (%2).")
                                  .arg(IsoDate::format(to), IsoDate::format(from)));
    DisputeReportData data;
    data.from = from;
    data.to = to;
    data.asOf = asOf;
    data.currency = options.currency;
    const QString f = IsoDate::format(from);
    const QString t = IsoDate::format(to);
    const QString cur = options.currency;
    const DisputeReportQuery query(m_database);

    // Reasons of the cases received in the period: count and amount per reason.
    {
        data.pareto = query.reasons(f, t, cur, data.otherCurrencyCases);
        for (DisputeReportData::ParetoRow &row : data.pareto) {
            const auto reason = ReasonTaxonomy::find(row.reason);
            row.reasonClass = ReasonTaxonomy::classCode(reason ? reason->reasonClass : ReasonClass::Organisational);
            data.opened += row.cases;
            data.openedAmountCents += row.amountCents;
        }
        std::sort(data.pareto.begin(), data.pareto.end(), [](const auto &x, const auto &y) {
            if (x.cases != y.cases)
                return x.cases > y.cases;
            if (x.amountCents != y.amountCents)
                return x.amountCents > y.amountCents;
            return x.reason < y.reason;
        });
        qint64 runningCases = 0;
        qint64 runningAmount = 0;
        for (auto &row : data.pareto) {
            runningCases += row.cases;
            runningAmount += row.amountCents;
            row.shareBp = basisPoints(row.cases, data.opened);
            row.cumulativeBp = basisPoints(runningCases, data.opened);
            row.amountShareBp = basisPoints(row.amountCents, data.openedAmountCents);
            row.cumulativeAmountBp = basisPoints(runningAmount, data.openedAmountCents);
        }
        DisputeReportData::ClassRow organisational{ReasonTaxonomy::classCode(ReasonClass::Organisational), 0, 0, 0,
                                                   DisputeReportData::referenceOrganisationalBp};
        DisputeReportData::ClassRow product{ReasonTaxonomy::classCode(ReasonClass::ProductTechnical), 0, 0, 0,
                                            10000 - DisputeReportData::referenceOrganisationalBp};
        for (const auto &row : data.pareto) {
            auto &target = row.reasonClass == organisational.reasonClass ? organisational : product;
            target.cases += row.cases;
            target.amountCents += row.amountCents;
        }
        if (data.opened > 0) {
            product.shareBp = basisPoints(product.cases, data.opened);
            organisational.shareBp = 10000 - product.shareBp;
        }
        data.classes = {organisational, product};
    }

    // Cases closed in the period, by outcome.
    {
        std::map<QString, DisputeReportData::OutcomeRow> byOutcome;
        for (const DisputeReportData::OutcomeRow &row : query.outcomes(f, t, cur)) {
            data.closed += row.cases;
            byOutcome[row.outcome] = row;
        }
        for (const QString &code : DisputeCodes::outcomeCodes()) {
            auto row = byOutcome[code];
            row.outcome = code;
            data.outcomes.push_back(row);
        }
    }

    // Open cases on the as-of date by step (as the audit trail had it then) and age.
    {
        QHash<QString, DisputeReportData::StepRow> bySteps;
        for (const DisputeReportQuery::OpenStep &open : query.openBySteps(asOf)) {
            data.openOnAsOf += open.row.total;
            data.pastPromisedDate += open.pastPromisedDate;
            bySteps.insert(open.row.step, open.row);
        }
        for (DisputeStep step : {DisputeStep::Hear, DisputeStep::Verify, DisputeStep::Decide, DisputeStep::Resolve, DisputeStep::Learn}) {
            auto row = bySteps.value(DisputeCodes::step(step));
            row.step = DisputeCodes::step(step);
            data.openBySteps.push_back(row);
        }
    }

    // Days to first response and to close: one row per case, the arithmetic on dates here
    // (date functions differ per SQL dialect).
    {
        std::vector<int> response;
        std::vector<int> closing;
        query.forEachAnsweredOrClosed(f, t, [&](const DisputeReportQuery::CaseDates &dates) {
            if (!dates.answered.isEmpty() && dates.answered >= f && dates.answered <= t) {
                response.push_back(daysBetween(dates.received, dates.answered));
                if (dates.answered > dates.promised)
                    ++data.answeredLate;
            }
            if (!dates.closed.isEmpty() && dates.closed >= f && dates.closed <= t)
                closing.push_back(daysBetween(dates.received, dates.closed));
        });
        data.firstResponse = durationStats(std::move(response));
        data.toClose = durationStats(std::move(closing));
    }

    // Top customers by disputed amount of the cases received in the period.
    data.topCustomers = query.topCustomers(f, t, cur, options.topCustomers);

    // Opened and closed per calendar month of the period.
    {
        std::map<QString, std::pair<int, int>> perMonth;
        for (const DisputeReportQuery::MonthCount &count : query.openedAndClosedByMonth(f, t)) {
            auto &entry = perMonth[count.month];
            entry.first += count.opened;
            entry.second += count.closed;
        }
        int year = from.year();
        int month = from.month();
        while (year < to.year() || (year == to.year() && month <= to.month())) {
            const QString key = QStringLiteral("%1-%2").arg(year, 4, 10, QLatin1Char('0')).arg(month, 2, 10, QLatin1Char('0'));
            const auto found = perMonth.find(key);
            data.months.push_back({year, month, found == perMonth.end() ? 0 : found->second.first,
                                   found == perMonth.end() ? 0 : found->second.second});
            if (++month > 12) {
                month = 1;
                ++year;
            }
        }
    }

    // Lessons learned recorded in the period (the audit trail's "lessons" moves), by department.
    {
        const QString next = IsoDate::format(to + boost::gregorian::date_duration(1));
        data.lessons = query.lessons(f, next);
        std::map<QString, int> perDepartment;
        for (const DisputeReportData::LessonRow &row : data.lessons)
            ++perDepartment[row.department];
        for (const auto &[department, count] : perDepartment)
            data.lessonsByDepartment.push_back({department, count});
        std::stable_sort(data.lessonsByDepartment.begin(), data.lessonsByDepartment.end(),
                         [](const auto &x, const auto &y) { return x.lessons > y.lessons; });
    }

    // Products that drew complaints from several customers: the proactive list as it stood at the
    // end of the period, over the period but at most its last `repeatedWindowDays` days (a warning
    // is about complaints close together; a year-long window also costs seconds on big files).
    if (options.repeatedProducts) {
        const int window = std::min(int((to - from).days()), options.repeatedWindowDays);
        const ProactiveWarnings proactive(m_database);
        data.repeatedProducts = proactive.compute(to, options.repeatedMinimumCustomers, window);
        proactive.addCustomersToContact(data.repeatedProducts, to, window);
    }
    return data;
}

} // namespace dd
