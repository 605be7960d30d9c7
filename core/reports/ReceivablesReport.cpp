#include "ReceivablesReport.h"

#include "storage/Database.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <map>

namespace dd {

namespace {

const QString openOnAsOf = QStringLiteral("d.received_on <= :asof AND (d.closed_on IS NULL OR d.closed_on > :asof)");

QDate qdate(const Date &date)
{
    return IsoDate::toQDate(date);
}

} // namespace

ReceivablesReport::ReceivablesReport(Database &database)
    : m_database(database)
{
}

std::vector<ReceivablesReport::Disputed> ReceivablesReport::disputed(const Date &asOf, bool byCustomer) const
{
    // What each invoice of an open dispute still had open on the date (open now, plus payments
    // and credit notes dated later), and the disputed part of it, never more than that.
    const QString inner = QStringLiteral(
        "SELECT i.currency, i.customer_id, x.disputed, "
        "i.total_incl_cents - i.paid_cents - i.credited_cents "
        "+ COALESCE((SELECT SUM(a.amount_cents) FROM allocations a JOIN payments p ON p.id = a.payment_id "
        "WHERE a.invoice_id = i.id AND p.payment_date > :asof), 0) "
        "+ COALESCE((SELECT SUM(cn.total_incl_cents) FROM credit_notes cn WHERE cn.invoice_id = i.id AND cn.issue_date > :asof), 0) "
        "AS open_cents "
        "FROM (SELECT di.invoice_id, SUM(di.disputed_cents) AS disputed FROM dispute_invoices di "
        "JOIN disputes d ON d.id = di.dispute_id WHERE %1 GROUP BY di.invoice_id) x "
        "JOIN invoices i ON i.id = x.invoice_id WHERE i.issue_date <= :asof")
                              .arg(openOnAsOf);
    const QString sql = byCustomer
        ? QStringLiteral("SELECT o.currency, o.customer_id, SUM(CASE WHEN o.open_cents < o.disputed THEN o.open_cents ELSE o.disputed END) "
                         "FROM (%1) o WHERE o.open_cents > 0 GROUP BY o.currency, o.customer_id")
              .arg(inner)
        : QStringLiteral("SELECT o.currency, 0, SUM(CASE WHEN o.open_cents < o.disputed THEN o.open_cents ELSE o.disputed END) "
                         "FROM (%1) o WHERE o.open_cents > 0 GROUP BY o.currency")
              .arg(inner);
    QSqlQuery query = m_database.prepare(sql);
    query.setForwardOnly(true);
    query.bindValue(QStringLiteral(":asof"), IsoDate::format(asOf));
    Database::exec(query);
    std::vector<Disputed> result;
    while (query.next())
        result.push_back({query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toLongLong()});
    return result;
}

std::vector<DsoCountback::Period> ReceivablesReport::salesPeriods(const Date &asOf, const QString &currency, int months) const
{
    // Period k runs from the day after (as-of - k-1 months) through (as-of - k months).
    std::vector<QString> ends;
    std::vector<DsoCountback::Period> periods;
    const QDate end = qdate(asOf);
    for (int k = 0; k < months; ++k) {
        const QDate periodEnd = end.addMonths(-k);
        const QDate periodStart = end.addMonths(-(k + 1)); // exclusive
        ends.push_back(periodStart.toString(Qt::ISODate));
        periods.push_back({int(periodStart.daysTo(periodEnd)), 0});
    }
    QSqlQuery query = m_database.run(
        QStringLiteral("SELECT issue_date, SUM(total_incl_cents) FROM invoices WHERE issue_date > ? AND issue_date <= ? "
                       "AND currency = ? GROUP BY issue_date"),
        {ends.back(), IsoDate::format(asOf), currency});
    while (query.next()) {
        const QString issued = query.value(0).toString();
        // ends[k] is the exclusive start of period k, descending.
        size_t k = 0;
        while (k + 1 < ends.size() && issued <= ends[k])
            ++k;
        periods[k].salesCents += query.value(1).toLongLong();
    }
    return periods;
}

DsoCountback::Result ReceivablesReport::dso(const Date &asOf, const QString &currency, qint64 receivablesCents) const
{
    // Most receivables are a few months old: try three months first, the full window only if needed.
    DsoCountback::Result result = DsoCountback::compute(receivablesCents, salesPeriods(asOf, currency, 3));
    if (result.capped)
        result = DsoCountback::compute(receivablesCents, salesPeriods(asOf, currency, ReceivablesReportData::dsoMonths));
    return result;
}

ReceivablesReportData ReceivablesReport::compute(const Date &asOf) const
{
    ReceivablesReportData data;
    data.asOf = asOf;
    const AgingReport aging(m_database);

    std::map<std::pair<QString, qint64>, qint64> disputedBy;
    for (const Disputed &entry : disputed(asOf, true))
        disputedBy[{entry.currency, entry.customerId}] = entry.cents;

    // Days to pay: per customer, payment day - invoice day weighted by the amount allocated. An
    // opening balance is left out: its day (the issue date) is not the day anyone paid.
    std::map<std::pair<QString, qint64>, std::pair<qint64, qint64>> weighted; // sum(cents x days), sum(cents)
    {
        QSqlQuery query = m_database.run(
            QStringLiteral("SELECT i.customer_id, i.currency, i.issue_date, p.payment_date, SUM(a.amount_cents) "
                           "FROM payments p JOIN allocations a ON a.payment_id = p.id JOIN invoices i ON i.id = a.invoice_id "
                           "WHERE p.payment_date > ? AND p.payment_date <= ? AND p.opening_balance = 0 "
                           "GROUP BY i.customer_id, i.currency, i.issue_date, p.payment_date"),
            {IsoDate::format(asOf - boost::gregorian::date_duration(ReceivablesReportData::paymentWindowDays)),
             IsoDate::format(asOf)});
        QHash<QString, qint64> dayNumbers;
        auto dayNumber = [&](const QString &text) {
            const auto found = dayNumbers.constFind(text);
            if (found != dayNumbers.constEnd())
                return *found;
            const auto parsed = IsoDate::parse(text);
            const qint64 number = parsed ? qint64(parsed->day_number()) : 0;
            dayNumbers.insert(text, number);
            return number;
        };
        while (query.next()) {
            const qint64 days = std::max<qint64>(0, dayNumber(query.value(3).toString()) - dayNumber(query.value(2).toString()));
            const qint64 cents = query.value(4).toLongLong();
            auto &entry = weighted[{query.value(1).toString(), query.value(0).toLongLong()}];
            entry.first += cents * days;
            entry.second += cents;
        }
    }

    std::map<QString, ReceivablesTotal> totals;
    for (const AgingRow &aged : aging.byCustomer(asOf)) {
        ReceivablesRow row;
        row.currency = aged.currency;
        row.customerId = aged.customerId;
        row.customerNumber = aged.customerNumber;
        row.customerName = aged.customerName;
        row.bucketCents = aged.bucketCents;
        row.openCents = aged.totalCents;
        row.invoices = aged.invoiceCount;
        const auto key = std::make_pair(aged.currency, aged.customerId);
        const auto disputedFound = disputedBy.find(key);
        row.disputedCents = disputedFound == disputedBy.end() ? 0 : std::min(disputedFound->second, row.openCents);
        row.undisputedCents = row.openCents - row.disputedCents;
        const auto paid = weighted.find(key);
        if (paid != weighted.end() && paid->second.second > 0)
            row.averageDaysToPayTenths = (paid->second.first * 20 + paid->second.second) / (2 * paid->second.second);

        ReceivablesTotal &total = totals[row.currency];
        total.currency = row.currency;
        for (size_t b = 0; b < row.bucketCents.size(); ++b)
            total.bucketCents[b] += row.bucketCents[b];
        total.openCents += row.openCents;
        total.overdueCents += row.openCents - row.bucketCents[0];
        total.disputedCents += row.disputedCents;
        total.undisputedCents += row.undisputedCents;
        total.invoices += row.invoices;
        data.customers.push_back(std::move(row));
    }
    for (auto &[currency, total] : totals) {
        total.dso = dso(asOf, currency, total.openCents);
        data.totals.push_back(total);
    }
    return data;
}

} // namespace dd
