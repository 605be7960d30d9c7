#include "DunningSettings.h"

#include "common/ValidationError.h"
#include "customers/CustomerRepository.h"
#include "documents/SettingsRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::DunningSettings", text);
}
const QString costsDelayKey = QStringLiteral("dunning.costs_delay_days");
const QString costsVatBusinessKey = QStringLiteral("dunning.costs_vat_business");
// Posting + 2 business days for the post (at least 2 days) + the 14 days of the term + 1.
constexpr int minimumCostsDelay = 17;
const QString costsVatKey = QStringLiteral("dunning.costs_vat");
const QString paymentDaysKey = QStringLiteral("dunning.payment_days");
} // namespace

DunningSettings::DunningSettings(Database &database)
    : m_database(database)
{
}

QList<DunningLevel> DunningSettings::levels() const
{
    QSqlQuery query = m_database.run(
        QStringLiteral("SELECT level, code, name, days_after_due, interval_days, template, shows_interest, shows_costs, "
                       "statutory_notice, minimum_cents FROM dunning_levels ORDER BY level"));
    QList<DunningLevel> result;
    while (query.next()) {
        DunningLevel level;
        level.level = query.value(0).toInt();
        level.code = query.value(1).toString();
        level.name = query.value(2).toString();
        level.daysAfterDue = query.value(3).toInt();
        level.intervalDays = query.value(4).toInt();
        level.templateName = query.value(5).toString();
        level.showsInterest = query.value(6).toBool();
        level.showsCosts = query.value(7).toBool();
        level.statutoryNotice = query.value(8).toBool();
        level.minimumCents = query.value(9).toLongLong();
        result << level;
    }
    return result.isEmpty() ? DunningLevel::defaults() : result;
}

void DunningSettings::setLevels(const QList<DunningLevel> &levels)
{
    static const QRegularExpression codePattern(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    if (levels.isEmpty())
        throw ValidationError(tr("Dunning needs at least one level."));
    QStringList codes;
    int previousDays = -1;
    for (const DunningLevel &level : levels) {
        if (!codePattern.match(level.code).hasMatch())
            throw ValidationError(tr("The dunning level code \"%1\" may hold only a-z, 0-9 and '-'.").arg(level.code));
        if (codes.contains(level.code))
            throw ValidationError(tr("The dunning level code \"%1\" is used twice.").arg(level.code));
        codes << level.code;
        if (level.daysAfterDue < 0 || level.intervalDays < 0 || level.minimumCents < 0)
            throw ValidationError(tr("Dunning level \"%1\": days, interval and minimum cannot be negative.").arg(level.code));
        if (level.daysAfterDue < previousDays)
            throw ValidationError(tr("Dunning level \"%1\" comes before the previous level.").arg(level.code));
        previousDays = level.daysAfterDue;
    }
    Transaction transaction(m_database, DataChange::Dunning);
    m_database.run(QStringLiteral("DELETE FROM dunning_levels"));
    QSqlQuery insert = m_database.prepare(
        QStringLiteral("INSERT INTO dunning_levels (level, code, name, days_after_due, interval_days, template, shows_interest, "
                       "shows_costs, statutory_notice, minimum_cents) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    int number = 0;
    for (const DunningLevel &level : levels) {
        Database::exec(insert, {++number, level.code, level.name, level.daysAfterDue, level.intervalDays, level.templateName,
                                int(level.showsInterest), int(level.showsCosts), int(level.statutoryNotice),
                                level.minimumCents});
    }
    transaction.commit();
}

int DunningSettings::integer(const QString &key, int fallback) const
{
    bool ok = false;
    const int value = SettingsRepository(m_database).value(key).value_or(QString()).toInt(&ok);
    return ok ? value : fallback;
}

void DunningSettings::store(const QString &key, const QString &value)
{
    Transaction transaction(m_database, DataChange::Dunning);
    SettingsRepository(m_database).setValue(key, value);
    transaction.commit();
}

int DunningSettings::costsDelayDays() const
{
    return std::max(integer(costsDelayKey, minimumCostsDelay), minimumCostsDelay);
}

void DunningSettings::setCostsDelayDays(int days)
{
    if (days < minimumCostsDelay)
        throw ValidationError(tr("The costs can be charged at the earliest 17 days after posting: receipt is assumed 2 "
                                 "business days after posting, then the debtor has 14 days."));
    store(costsDelayKey, QString::number(days));
}

bool DunningSettings::addVatToCosts() const
{
    return integer(costsVatKey, 0) != 0;
}

void DunningSettings::setAddVatToCosts(bool add)
{
    store(costsVatKey, add ? QStringLiteral("1") : QStringLiteral("0"));
}

bool DunningSettings::addVatToBusinessCosts() const
{
    return integer(costsVatBusinessKey, 0) != 0;
}

void DunningSettings::setAddVatToBusinessCosts(bool add)
{
    store(costsVatBusinessKey, add ? QStringLiteral("1") : QStringLiteral("0"));
}

int DunningSettings::paymentDays() const
{
    return integer(paymentDaysKey, 14);
}

void DunningSettings::setPaymentDays(int days)
{
    if (days < 1 || days > 90)
        throw ValidationError(tr("The payment term of a reminder must be 1 to 90 days."));
    store(paymentDaysKey, QString::number(days));
}

bool DunningSettings::doNotDun(qint64 customerId) const
{
    return CustomerRepository(m_database).doNotDun(customerId);
}

void DunningSettings::setDoNotDun(qint64 customerId, bool doNotDun)
{
    CustomerRepository(m_database).setDoNotDun(customerId, doNotDun);
}

} // namespace dd
