#include "InterestRateTable.h"

#include "common/ValidationError.h"
#include "legal/Percentage.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace dd {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dd::InterestRateTable", text);
}

Date requireDate(const QJsonObject &object, const QString &key, const QString &where)
{
    const auto date = IsoDate::parse(object.value(key).toString());
    if (!date)
        throw ValidationError(tr("interest rate table: %1 has no valid \"%2\" date").arg(where, key));
    return *date;
}

qint64 requireRate(const QJsonObject &object, const QString &key, const QString &where)
{
    const auto rate = Percentage::parseBasisPoints(object.value(key).toString());
    if (!rate)
        throw ValidationError(tr("interest rate table: %1 has no valid \"%2\" rate").arg(where, key));
    return *rate;
}

} // namespace

InterestRateTable InterestRateTable::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        throw ValidationError(tr("interest rate table: not valid JSON (%1)").arg(error.errorString()));
    const QJsonObject root = document.object();
    InterestRateTable table;
    table.m_source = root.value(QStringLiteral("source")).toString();
    const Date last = requireDate(root, QStringLiteral("until"), tr("the table"));
    const QJsonArray rows = root.value(QStringLiteral("periods")).toArray();
    if (rows.isEmpty())
        throw ValidationError(tr("interest rate table: no periods"));
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows.at(i).toObject();
        const QString where = tr("period %1").arg(i + 1);
        InterestRatePeriod period;
        period.from = requireDate(row, QStringLiteral("from"), where);
        period.until = i + 1 < rows.size()
            ? requireDate(rows.at(i + 1).toObject(), QStringLiteral("from"), tr("period %1").arg(i + 2))
                - boost::gregorian::days(1)
            : last;
        if (period.until < period.from)
            throw ValidationError(tr("interest rate table: %1 is not in date order").arg(where));
        period.source = row.value(QStringLiteral("source")).toString(table.m_source);
        period.toVerify = row.value(QStringLiteral("toVerify")).toBool(false);
        period.rateBasisPoints = requireRate(row, QStringLiteral("consumer"), where);
        table.m_consumer.push_back(period);
        period.rateBasisPoints = requireRate(row, QStringLiteral("commercial"), where);
        table.m_commercial.push_back(period);
    }
    return table;
}

InterestRateTable InterestRateTable::shipped()
{
    QFile file(QStringLiteral(":/legal/interest-rates.json"));
    if (!file.open(QIODevice::ReadOnly))
        throw ValidationError(tr("the shipped interest rate table is missing"));
    return fromJson(file.readAll());
}

std::vector<InterestRatePeriod> &InterestRateTable::list(InterestKind kind)
{
    return kind == InterestKind::Consumer ? m_consumer : m_commercial;
}

const std::vector<InterestRatePeriod> &InterestRateTable::periods(InterestKind kind) const
{
    return kind == InterestKind::Consumer ? m_consumer : m_commercial;
}

void InterestRateTable::addPeriod(InterestKind kind, const InterestRatePeriod &period)
{
    if (period.from.is_special() || period.until.is_special() || period.until < period.from)
        throw ValidationError(tr("an interest rate period must end on or after its first day"));
    if (period.rateBasisPoints < 0)
        throw ValidationError(tr("an interest rate cannot be negative"));
    const boost::gregorian::days oneDay(1);
    std::vector<InterestRatePeriod> merged;
    for (const InterestRatePeriod &existing : list(kind)) {
        if (existing.until < period.from || existing.from > period.until) {
            merged.push_back(existing);
            continue;
        }
        // Keep the parts of an overlapped period that lie before and after the new one.
        if (existing.from < period.from) {
            InterestRatePeriod before = existing;
            before.until = period.from - oneDay;
            merged.push_back(before);
        }
        if (existing.until > period.until) {
            InterestRatePeriod after = existing;
            after.from = period.until + oneDay;
            merged.push_back(after);
        }
    }
    merged.push_back(period);
    std::sort(merged.begin(), merged.end(),
              [](const InterestRatePeriod &a, const InterestRatePeriod &b) { return a.from < b.from; });
    list(kind) = std::move(merged);
}

const InterestRatePeriod &InterestRateTable::periodAt(InterestKind kind, const Date &date) const
{
    const auto &all = periods(kind);
    for (const InterestRatePeriod &period : all) {
        if (period.from <= date && date <= period.until)
            return period;
    }
    if (all.empty())
        throw ValidationError(tr("no statutory interest rates are known"));
    // The dates as the user's language writes them (the translation of the format), so a Dutch
    // message reads 01-07-2026; the kind in words, not the CLI's code.
    const QString format = QCoreApplication::translate("dd::InterestRateTable", "yyyy-MM-dd", "how a date is written in a message");
    const auto shown = [&format](const Date &day) { return IsoDate::toQDate(day).toString(format); };
    const QString missing = kind == InterestKind::Consumer
        ? tr("no statutory interest rate for consumer transactions is known for %1 (the table covers %2 to %3; add the "
             "period under Settings, Interest Rates and Court Fees)")
        : tr("no statutory commercial interest rate is known for %1 (the table covers %2 to %3; add the period under "
             "Settings, Interest Rates and Court Fees)");
    throw ValidationError(missing.arg(shown(date), shown(all.front().from), shown(all.back().until)));
}

QString InterestRateTable::kindCode(InterestKind kind)
{
    return kind == InterestKind::Consumer ? QStringLiteral("consumer") : QStringLiteral("commercial");
}

std::optional<InterestKind> InterestRateTable::parseKind(QStringView code)
{
    if (code == u"consumer")
        return InterestKind::Consumer;
    if (code == u"commercial")
        return InterestKind::Commercial;
    return std::nullopt;
}

QString InterestRateTable::article(InterestKind kind)
{
    return kind == InterestKind::Consumer ? QStringLiteral("art. 6:119 BW") : QStringLiteral("art. 6:119a BW");
}

} // namespace dd
