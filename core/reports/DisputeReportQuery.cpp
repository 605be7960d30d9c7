#include "DisputeReportQuery.h"

#include "storage/Database.h"
#include "storage/StoredMoment.h"

#include <utility>

namespace dd {

namespace {

using Binding = std::pair<const char16_t *, QVariant>;

// Prepares `sql`, binds the named values and runs it, forward only.
QSqlQuery runNamed(Database &database, const QString &sql, std::initializer_list<Binding> values)
{
    QSqlQuery query = database.prepare(sql);
    Database::readForward(query);
    for (const auto &[name, value] : values)
        query.bindValue(QString::fromUtf16(name), value);
    Database::exec(query);
    return query;
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

DisputeReportQuery::DisputeReportQuery(Database &database)
    : m_database(database)
{
}

std::vector<DisputeReportData::ParetoRow> DisputeReportQuery::reasons(const QString &from, const QString &to,
                                                                      const QString &currency, int &otherCurrency) const
{
    QSqlQuery q = runNamed(m_database,
        QStringLiteral("SELECT d.reason, COUNT(*), SUM(CASE WHEN d.currency = :cur THEN COALESCE(amounts.cents, 0) ELSE 0 END), "
                       "SUM(CASE WHEN d.currency = :cur THEN 0 ELSE 1 END) "
                       "FROM disputes d LEFT JOIN %1 amounts ON amounts.dispute_id = d.id "
                       "WHERE d.received_on >= :from AND d.received_on <= :to GROUP BY d.reason")
            .arg(periodAmounts),
        {{u":cur", currency}, {u":from", from}, {u":to", to}});
    std::vector<DisputeReportData::ParetoRow> rows;
    otherCurrency = 0;
    while (q.next()) {
        DisputeReportData::ParetoRow row;
        row.reason = q.value(0).toString();
        row.cases = q.value(1).toInt();
        row.amountCents = q.value(2).toLongLong();
        otherCurrency += q.value(3).toInt();
        rows.push_back(row);
    }
    return rows;
}

std::vector<DisputeReportData::OutcomeRow> DisputeReportQuery::outcomes(const QString &from, const QString &to,
                                                                        const QString &currency) const
{
    QSqlQuery q = runNamed(m_database,
        QStringLiteral("SELECT d.outcome, COUNT(*), "
                       "SUM(CASE WHEN d.currency = :cur THEN COALESCE(amounts.cents, 0) ELSE 0 END), "
                       "SUM(CASE WHEN d.currency = :cur THEN d.justified_cents ELSE 0 END), "
                       "SUM(CASE WHEN d.currency = :cur THEN d.goodwill_cents ELSE 0 END) "
                       "FROM disputes d LEFT JOIN %1 amounts ON amounts.dispute_id = d.id "
                       "WHERE d.closed_on >= :from AND d.closed_on <= :to GROUP BY d.outcome")
            .arg(closedAmounts),
        {{u":cur", currency}, {u":from", from}, {u":to", to}});
    std::vector<DisputeReportData::OutcomeRow> rows;
    while (q.next()) {
        DisputeReportData::OutcomeRow row;
        row.outcome = q.value(0).toString();
        row.cases = q.value(1).toInt();
        row.disputedCents = q.value(2).toLongLong();
        row.creditedCents = q.value(3).toLongLong();
        row.goodwillCents = q.value(4).toLongLong();
        rows.push_back(row);
    }
    return rows;
}

std::vector<DisputeReportQuery::OpenStep> DisputeReportQuery::openBySteps(const Date &asOf) const
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
         {u":asof", IsoDate::format(asOf)}, {u":next", next}});
    std::vector<OpenStep> rows;
    while (q.next()) {
        OpenStep open;
        open.row.step = q.value(0).toString();
        for (int b = 0; b < DisputeReportData::ageBucketCount; ++b)
            open.row.byAge[size_t(b)] = q.value(1 + b).toInt();
        open.row.total = q.value(6).toInt();
        open.pastPromisedDate = q.value(7).toInt();
        rows.push_back(open);
    }
    return rows;
}

void DisputeReportQuery::forEachAnsweredOrClosed(const QString &from, const QString &to,
                                                 const std::function<void(const CaseDates &)> &each) const
{
    QSqlQuery q = runNamed(m_database,
        QStringLiteral("SELECT d.received_on, d.answered_on, d.promised_on, d.closed_on FROM disputes d "
                       "WHERE (d.answered_on >= :from AND d.answered_on <= :to) OR (d.closed_on >= :from AND d.closed_on <= :to)"),
        {{u":from", from}, {u":to", to}});
    CaseDates dates;
    while (q.next()) {
        dates.received = q.value(0).toString();
        dates.answered = q.value(1).toString();
        dates.promised = q.value(2).toString();
        dates.closed = q.value(3).toString();
        each(dates);
    }
}

std::vector<DisputeReportData::CustomerRow> DisputeReportQuery::topCustomers(const QString &from, const QString &to,
                                                                             const QString &currency, int limit) const
{
    QSqlQuery q = runNamed(m_database,
        QStringLiteral("SELECT c.number, c.name, COUNT(*) AS n, "
                       "SUM(CASE WHEN d.currency = :cur THEN COALESCE(amounts.cents, 0) ELSE 0 END) AS cents "
                       "FROM disputes d JOIN customers c ON c.id = d.customer_id "
                       "LEFT JOIN %1 amounts ON amounts.dispute_id = d.id "
                       "WHERE d.received_on >= :from AND d.received_on <= :to "
                       "GROUP BY c.id, c.number, c.name ORDER BY cents DESC, n DESC, c.number LIMIT :limit")
            .arg(periodAmounts),
        {{u":cur", currency}, {u":from", from}, {u":to", to}, {u":limit", limit}});
    std::vector<DisputeReportData::CustomerRow> rows;
    while (q.next())
        rows.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toLongLong()});
    return rows;
}

std::vector<DisputeReportQuery::MonthCount> DisputeReportQuery::openedAndClosedByMonth(const QString &from, const QString &to) const
{
    QSqlQuery q = runNamed(m_database,
        QStringLiteral("SELECT SUBSTR(CAST(d.received_on AS TEXT), 1, 7), COUNT(*), 0 FROM disputes d "
                       "WHERE d.received_on >= :from AND d.received_on <= :to GROUP BY SUBSTR(CAST(d.received_on AS TEXT), 1, 7) "
                       "UNION ALL SELECT SUBSTR(CAST(d.closed_on AS TEXT), 1, 7), 0, COUNT(*) FROM disputes d "
                       "WHERE d.closed_on >= :from AND d.closed_on <= :to GROUP BY SUBSTR(CAST(d.closed_on AS TEXT), 1, 7)"),
        {{u":from", from}, {u":to", to}});
    std::vector<MonthCount> rows;
    while (q.next())
        rows.push_back({q.value(0).toString(), q.value(1).toInt(), q.value(2).toInt()});
    return rows;
}

std::vector<DisputeReportData::LessonRow> DisputeReportQuery::lessons(const QString &from, const QString &next) const
{
    QSqlQuery q = runNamed(m_database,
        QStringLiteral("SELECT MAX(e.at), d.lesson_department, d.number, d.lesson_what, d.lesson_action "
                       "FROM audit_events e JOIN disputes d ON d.id = e.dispute_id "
                       "WHERE e.action = 'lessons' AND e.at >= :from AND e.at < :next AND d.lesson_what <> '' "
                       "GROUP BY d.id, d.lesson_department, d.number, d.lesson_what, d.lesson_action "
                       "ORDER BY d.lesson_department, d.number"),
        {{u":from", from}, {u":next", next}});
    std::vector<DisputeReportData::LessonRow> rows;
    while (q.next()) {
        DisputeReportData::LessonRow row;
        // The day of the last lessons event, in UTC as the moment was written (a file's text up
        // to its 'T', a server's timestamptz alike).
        row.recordedOn = IsoDate::fromQDate(StoredMoment::read(q.value(0)).date());
        row.department = q.value(1).toString();
        row.caseNumber = q.value(2).toString();
        row.what = q.value(3).toString();
        row.action = q.value(4).toString();
        rows.push_back(row);
    }
    return rows;
}

} // namespace dd
