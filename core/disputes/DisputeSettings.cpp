#include "DisputeSettings.h"

#include "common/ValidationError.h"
#include "documents/SettingsRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace dd {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dd::DisputeSettings", text);
}

const QString responseDaysKey = QStringLiteral("disputes.response_business_days");
const QString minimumCustomersKey = QStringLiteral("disputes.warning_minimum_customers");
const QString windowDaysKey = QStringLiteral("disputes.warning_window_days");

bool within(int value, DisputeSettings::Range range)
{
    return value >= range.minimum && value <= range.maximum;
}

int stored(const SettingsRepository &settings, const QString &key, int fallback, DisputeSettings::Range range)
{
    bool ok = false;
    const int value = settings.value(key).value_or(QString()).toInt(&ok);
    return ok && within(value, range) ? value : fallback;
}

} // namespace

DisputeSettings::DisputeSettings(Database &database)
    : m_database(database)
{
}

DisputeRules DisputeSettings::rules() const
{
    const SettingsRepository settings(m_database);
    const DisputeRules defaults;
    DisputeRules rules;
    rules.responseBusinessDays = stored(settings, responseDaysKey, defaults.responseBusinessDays, responseDaysRange);
    rules.warningMinimumCustomers = stored(settings, minimumCustomersKey, defaults.warningMinimumCustomers, warningCustomersRange);
    rules.warningWindowDays = stored(settings, windowDaysKey, defaults.warningWindowDays, warningDaysRange);
    return rules;
}

void DisputeSettings::setRules(const DisputeRules &rules)
{
    if (!within(rules.responseBusinessDays, responseDaysRange))
        throw ValidationError(tr("The response time must be 1 to 60 business days (it is %1).").arg(rules.responseBusinessDays));
    if (!within(rules.warningMinimumCustomers, warningCustomersRange))
        throw ValidationError(tr("A warning needs complaints from 2 to 1,000 customers (it is %1).").arg(rules.warningMinimumCustomers));
    if (!within(rules.warningWindowDays, warningDaysRange))
        throw ValidationError(tr("The warning window must be 7 to 3,650 days (it is %1).").arg(rules.warningWindowDays));
    Transaction transaction(m_database, DataChange::Settings);
    SettingsRepository settings(m_database);
    settings.setValue(responseDaysKey, QString::number(rules.responseBusinessDays));
    settings.setValue(minimumCustomersKey, QString::number(rules.warningMinimumCustomers));
    settings.setValue(windowDaysKey, QString::number(rules.warningWindowDays));
    transaction.commit();
}

} // namespace dd
