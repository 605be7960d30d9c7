#include "ReceivablesReport.h"

#include "reports/ReceivablesQuery.h"

#include <QHash>

#include <algorithm>
#include <map>

namespace dd {

namespace {

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
    return ReceivablesQuery(m_database).disputed(asOf, byCustomer);
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
    for (const auto &[issued, cents] : ReceivablesQuery(m_database).salesByIssueDate(ends.back(), IsoDate::format(asOf), currency)) {
        // ends[k] is the exclusive start of period k, descending.
        size_t k = 0;
        while (k + 1 < ends.size() && issued <= ends[k])
            ++k;
        periods[k].salesCents += cents;
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
        ReceivablesQuery(m_database)
            .forEachPaidAllocation(
                IsoDate::format(asOf - boost::gregorian::date_duration(ReceivablesReportData::paymentWindowDays)),
                IsoDate::format(asOf), [&](const ReceivablesQuery::PaidAllocation &paid) {
                    const qint64 days = std::max<qint64>(0, dayNumber(paid.paymentDate) - dayNumber(paid.issueDate));
                    auto &entry = weighted[{paid.currency, paid.customerId}];
                    entry.first += paid.cents * days;
                    entry.second += paid.cents;
                });
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
