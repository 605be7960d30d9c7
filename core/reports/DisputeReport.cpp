#include "DisputeReport.h"

#include "common/ValidationError.h"
#include "disputes/DisputeCodes.h"
#include "disputes/ReasonTaxonomy.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <utility>

namespace dd {

namespace {

using Binding = std::pair<const char16_t *, QVariant>;

// Prepares `sql`, binds the named values and runs it, forward only.
QSqlQuery runNamed(Database &database, const QString &sql, std::initializer_list<Binding> values)
{
    QSqlQuery query = database.prepare(sql);
    query.setForwardOnly(true);
    for (const auto &[name, value] : values)
        query.bindValue(QString::fromUtf16(name), value);
    Database::exec(query);
    return query;
}

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

// The disputed amount of each case received in the period, as a derived table `amounts`.
const QString periodAmounts = QStringLiteral(
    "(SELECT di.dispute_id, SUM(di.disputed_cents) AS cents FROM dispute_invoices di "
    "JOIN disputes x ON x.id = di.dispute_id WHERE x.received_on >= :from AND x.received_on <= :to "
    "GROUP BY di.dispute_id)");
// The same for the cases closed in the period.
const QString closedAmounts = QStringLiteral(
    "(SELECT di.dispute_id, SUM(di.disputed_cents) AS cents FROM dispute_invoices di "
    "JOIN disputes x ON x.id = di.dispute_id WHERE x.closed_on >= :from AND x.closed_on <= :to "
    "GROUP BY di.dispute_id)");
// Open on the as-of date: received by then and not closed by then.
const QString openOnAsOf = QStringLiteral("d.received_on <= :asof AND (d.closed_on IS NULL OR d.closed_on > :asof)");

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
    const QString a = IsoDate::format(asOf);
    const QString cur = options.currency;

    // Reasons of the cases received in the period: count and amount per reason.
    {
        QSqlQuery q = runNamed(m_database,
            QStringLiteral("SELECT d.reason, COUNT(*), SUM(CASE WHEN d.currency = :cur THEN COALESCE(amounts.cents, 0) ELSE 0 END), "
                           "SUM(CASE WHEN d.currency = :cur THEN 0 ELSE 1 END) "
                           "FROM disputes d LEFT JOIN %1 amounts ON amounts.dispute_id = d.id "
                           "WHERE d.received_on >= :from AND d.received_on <= :to GROUP BY d.reason")
                .arg(periodAmounts),
            {{u":cur", cur}, {u":from", f}, {u":to", t}});
        while (q.next()) {
            DisputeReportData::ParetoRow row;
            row.reason = q.value(0).toString();
            const auto reason = ReasonTaxonomy::find(row.reason);
            row.reasonClass = ReasonTaxonomy::classCode(reason ? reason->reasonClass : ReasonClass::Organisational);
            row.cases = q.value(1).toInt();
            row.amountCents = q.value(2).toLongLong();
            data.otherCurrencyCases += q.value(3).toInt();
            data.opened += row.cases;
            data.openedAmountCents += row.amountCents;
            data.pareto.push_back(row);
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
        QSqlQuery q = runNamed(m_database,
            QStringLiteral("SELECT d.outcome, COUNT(*), "
                           "SUM(CASE WHEN d.currency = :cur THEN COALESCE(amounts.cents, 0) ELSE 0 END), "
                           "SUM(CASE WHEN d.currency = :cur THEN d.justified_cents ELSE 0 END), "
                           "SUM(CASE WHEN d.currency = :cur THEN d.goodwill_cents ELSE 0 END) "
                           "FROM disputes d LEFT JOIN %1 amounts ON amounts.dispute_id = d.id "
                           "WHERE d.closed_on >= :from AND d.closed_on <= :to GROUP BY d.outcome")
                .arg(closedAmounts),
            {{u":cur", cur}, {u":from", f}, {u":to", t}});
        while (q.next()) {
            DisputeReportData::OutcomeRow row;
            row.outcome = q.value(0).toString();
            row.cases = q.value(1).toInt();
            row.disputedCents = q.value(2).toLongLong();
            row.creditedCents = q.value(3).toLongLong();
            row.goodwillCents = q.value(4).toLongLong();
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
        const auto limits = [&](int days) { return IsoDate::format(asOf - boost::gregorian::date_duration(days)); };
        const QString next = IsoDate::format(asOf + boost::gregorian::date_duration(1));
        // The step comes from each open case's last audit event up to the as-of date, looked up
        // per case through the audit trail's index (a join to a grouped derived table made SQLite
        // scan that table once per case: seconds on 50,000 cases).
        QSqlQuery q = runNamed(m_database,
            QStringLiteral("SELECT CASE WHEN o.st = 'closed' THEN 'learn' ELSE o.st END AS st, "
                           "SUM(CASE WHEN o.received_on >= :a14 THEN 1 ELSE 0 END), "
                           "SUM(CASE WHEN o.received_on < :a14 AND o.received_on >= :a30 THEN 1 ELSE 0 END), "
                           "SUM(CASE WHEN o.received_on < :a30 AND o.received_on >= :a60 THEN 1 ELSE 0 END), "
                           "SUM(CASE WHEN o.received_on < :a60 AND o.received_on >= :a90 THEN 1 ELSE 0 END), "
                           "SUM(CASE WHEN o.received_on < :a90 THEN 1 ELSE 0 END), COUNT(*), "
                           "SUM(CASE WHEN o.promised_on < :asof AND (o.answered_on IS NULL OR o.answered_on > :asof) THEN 1 ELSE 0 END) "
                           "FROM (SELECT d.received_on, d.promised_on, d.answered_on, "
                           "COALESCE((SELECT e.to_step FROM audit_events e WHERE e.dispute_id = d.id AND e.at < :next "
                           "ORDER BY e.id DESC LIMIT 1), d.step) AS st FROM disputes d WHERE %1) o "
                           "GROUP BY CASE WHEN o.st = 'closed' THEN 'learn' ELSE o.st END")
                .arg(openOnAsOf),
            {{u":a14", limits(14)}, {u":a30", limits(30)}, {u":a60", limits(60)}, {u":a90", limits(90)},
             {u":asof", a}, {u":next", next}});
        QHash<QString, DisputeReportData::StepRow> bySteps;
        while (q.next()) {
            DisputeReportData::StepRow row;
            row.step = q.value(0).toString();
            for (int b = 0; b < DisputeReportData::ageBucketCount; ++b)
                row.byAge[size_t(b)] = q.value(1 + b).toInt();
            row.total = q.value(6).toInt();
            data.openOnAsOf += row.total;
            data.pastPromisedDate += q.value(7).toInt();
            bySteps.insert(row.step, row);
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
        QSqlQuery q = runNamed(m_database,
            QStringLiteral("SELECT d.received_on, d.answered_on, d.promised_on, d.closed_on FROM disputes d "
                           "WHERE (d.answered_on >= :from AND d.answered_on <= :to) OR (d.closed_on >= :from AND d.closed_on <= :to)"),
            {{u":from", f}, {u":to", t}});
        while (q.next()) {
            const QString received = q.value(0).toString();
            const QString answered = q.value(1).toString();
            const QString closedOn = q.value(3).toString();
            if (!answered.isEmpty() && answered >= f && answered <= t) {
                response.push_back(daysBetween(received, answered));
                if (answered > q.value(2).toString())
                    ++data.answeredLate;
            }
            if (!closedOn.isEmpty() && closedOn >= f && closedOn <= t)
                closing.push_back(daysBetween(received, closedOn));
        }
        data.firstResponse = durationStats(std::move(response));
        data.toClose = durationStats(std::move(closing));
    }

    // Top customers by disputed amount of the cases received in the period.
    {
        QSqlQuery q = runNamed(m_database,
            QStringLiteral("SELECT c.number, c.name, COUNT(*) AS n, "
                           "SUM(CASE WHEN d.currency = :cur THEN COALESCE(amounts.cents, 0) ELSE 0 END) AS cents "
                           "FROM disputes d JOIN customers c ON c.id = d.customer_id "
                           "LEFT JOIN %1 amounts ON amounts.dispute_id = d.id "
                           "WHERE d.received_on >= :from AND d.received_on <= :to "
                           "GROUP BY c.id, c.number, c.name ORDER BY cents DESC, n DESC, c.number LIMIT :limit")
                .arg(periodAmounts),
            {{u":cur", cur}, {u":from", f}, {u":to", t}, {u":limit", options.topCustomers}});
        while (q.next())
            data.topCustomers.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toLongLong()});
    }

    // Opened and closed per calendar month of the period.
    {
        std::map<QString, std::pair<int, int>> perMonth;
        QSqlQuery q = runNamed(m_database,
            QStringLiteral("SELECT SUBSTR(d.received_on, 1, 7), COUNT(*), 0 FROM disputes d "
                           "WHERE d.received_on >= :from AND d.received_on <= :to GROUP BY SUBSTR(d.received_on, 1, 7) "
                           "UNION ALL SELECT SUBSTR(d.closed_on, 1, 7), 0, COUNT(*) FROM disputes d "
                           "WHERE d.closed_on >= :from AND d.closed_on <= :to GROUP BY SUBSTR(d.closed_on, 1, 7)"),
            {{u":from", f}, {u":to", t}});
        while (q.next()) {
            auto &entry = perMonth[q.value(0).toString()];
            entry.first += q.value(1).toInt();
            entry.second += q.value(2).toInt();
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
        QSqlQuery q = runNamed(m_database,
            QStringLiteral("SELECT SUBSTR(MAX(e.at), 1, 10), d.lesson_department, d.number, d.lesson_what, d.lesson_action "
                           "FROM audit_events e JOIN disputes d ON d.id = e.dispute_id "
                           "WHERE e.action = 'lessons' AND e.at >= :from AND e.at < :next AND d.lesson_what <> '' "
                           "GROUP BY d.id, d.lesson_department, d.number, d.lesson_what, d.lesson_action "
                           "ORDER BY d.lesson_department, d.number"),
            {{u":from", f}, {u":next", next}});
        std::map<QString, int> perDepartment;
        while (q.next()) {
            DisputeReportData::LessonRow row;
            row.recordedOn = IsoDate::parse(q.value(0).toString()).value_or(Date());
            row.department = q.value(1).toString();
            row.caseNumber = q.value(2).toString();
            row.what = q.value(3).toString();
            row.action = q.value(4).toString();
            ++perDepartment[row.department];
            data.lessons.push_back(row);
        }
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
