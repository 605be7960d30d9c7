#include "LegalTableRepository.h"

#include "common/ValidationError.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace dd {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dd::LegalTableRepository", text);
}

Date storedDate(const QVariant &value)
{
    const auto date = IsoDate::parse(value.toString());
    if (!date)
        throw ValidationError(tr("a stored legal table period has an invalid date \"%1\"").arg(value.toString()));
    return *date;
}

QVariant optionalDate(const std::optional<Date> &date)
{
    return date ? QVariant(IsoDate::format(*date)) : QVariant(); // an invalid QVariant binds SQL NULL
}

} // namespace

LegalTableRepository::LegalTableRepository(Database &database)
    : m_database(database)
{
}

void LegalTableRepository::addInterestPeriod(InterestKind kind, const InterestRatePeriod &period)
{
    InterestRateTable check;
    check.addPeriod(kind, period); // validates
    Transaction transaction(m_database, DataChange::ReferenceData);
    m_database.run(QStringLiteral("DELETE FROM legal_interest_rates WHERE kind = ? AND valid_from = ?"),
                   {InterestRateTable::kindCode(kind), IsoDate::format(period.from)});
    m_database.run(QStringLiteral("INSERT INTO legal_interest_rates (kind, valid_from, valid_until, rate_bp, source) "
                                  "VALUES (?, ?, ?, ?, ?)"),
                   {InterestRateTable::kindCode(kind), IsoDate::format(period.from), IsoDate::format(period.until),
                    period.rateBasisPoints, period.source});
    transaction.commit();
}

void LegalTableRepository::removeInterestPeriod(InterestKind kind, const Date &from)
{
    Transaction transaction(m_database, DataChange::ReferenceData);
    m_database.run(QStringLiteral("DELETE FROM legal_interest_rates WHERE kind = ? AND valid_from = ?"),
                   {InterestRateTable::kindCode(kind), IsoDate::format(from)});
    transaction.commit();
}

void LegalTableRepository::addCourtFeePeriod(const CourtFeePeriod &period)
{
    CourtFeeTable check;
    check.addPeriod(period); // validates
    Transaction transaction(m_database, DataChange::ReferenceData);
    m_database.run(QStringLiteral("DELETE FROM legal_court_fees WHERE valid_from = ?"), {IsoDate::format(period.from)});
    m_database.run(QStringLiteral("INSERT INTO legal_court_fees (valid_from, valid_until, brackets, source) "
                                  "VALUES (?, ?, ?, ?)"),
                   {IsoDate::format(period.from), optionalDate(period.until),
                    QString::fromUtf8(CourtFeeTable::bracketsToJson(period.brackets)), period.source});
    transaction.commit();
}

std::vector<std::pair<InterestKind, InterestRatePeriod>> LegalTableRepository::interestPeriods() const
{
    std::vector<std::pair<InterestKind, InterestRatePeriod>> result;
    QSqlQuery query = m_database.run(
        QStringLiteral("SELECT kind, valid_from, valid_until, rate_bp, source FROM legal_interest_rates ORDER BY id"));
    while (query.next()) {
        const auto kind = InterestRateTable::parseKind(query.value(0).toString());
        if (!kind)
            continue;
        InterestRatePeriod period;
        period.from = storedDate(query.value(1));
        period.until = storedDate(query.value(2));
        period.rateBasisPoints = query.value(3).toLongLong();
        period.source = query.value(4).toString();
        period.userAdded = true;
        result.emplace_back(*kind, period);
    }
    return result;
}

std::vector<CourtFeePeriod> LegalTableRepository::courtFeePeriods() const
{
    std::vector<CourtFeePeriod> result;
    QSqlQuery query = m_database.run(
        QStringLiteral("SELECT valid_from, valid_until, brackets, source FROM legal_court_fees ORDER BY id"));
    while (query.next()) {
        CourtFeePeriod period;
        period.from = storedDate(query.value(0));
        if (!query.value(1).isNull() && !query.value(1).toString().isEmpty())
            period.until = storedDate(query.value(1));
        period.brackets = CourtFeeTable::bracketsFromJson(query.value(2).toString().toUtf8());
        period.source = query.value(3).toString();
        period.userAdded = true;
        result.push_back(period);
    }
    return result;
}

InterestRateTable LegalTableRepository::interestRates() const
{
    InterestRateTable table = InterestRateTable::shipped();
    for (const auto &[kind, period] : interestPeriods())
        table.addPeriod(kind, period);
    return table;
}

CourtFeeTable LegalTableRepository::courtFees() const
{
    CourtFeeTable table = CourtFeeTable::shipped();
    for (const CourtFeePeriod &period : courtFeePeriods())
        table.addPeriod(period);
    return table;
}

} // namespace dd
