#include "DunningLevel.h"

#include <QCoreApplication>

namespace dd {

QList<DunningLevel> DunningLevel::defaults()
{
    auto tr = [](const char *text) { return QCoreApplication::translate("dd::DunningLevel", text); };
    DunningLevel reminder;
    reminder.level = 1;
    reminder.code = QStringLiteral("reminder");
    reminder.name = tr("Reminder");
    reminder.daysAfterDue = 7;
    reminder.intervalDays = 0;
    reminder.templateName = QStringLiteral("dunning-reminder");
    reminder.minimumCents = 500;

    DunningLevel second;
    second.level = 2;
    second.code = QStringLiteral("second-reminder");
    second.name = tr("Second reminder");
    second.daysAfterDue = 21;
    second.intervalDays = 10;
    second.templateName = QStringLiteral("dunning-second-reminder");
    second.showsInterest = true;
    second.minimumCents = 500;

    DunningLevel notice;
    notice.level = 3;
    notice.code = QStringLiteral("notice");
    notice.name = tr("Notice of default / 14-day letter");
    notice.daysAfterDue = 35;
    notice.intervalDays = 10;
    notice.templateName = QStringLiteral("dunning-notice");
    notice.showsInterest = true;
    notice.showsCosts = true;
    notice.statutoryNotice = true;
    notice.minimumCents = 500;

    DunningLevel handOver;
    handOver.level = 4;
    handOver.code = QStringLiteral("hand-over");
    handOver.name = tr("Hand-over");
    handOver.daysAfterDue = 60;
    handOver.intervalDays = 16;
    handOver.showsInterest = true;
    handOver.showsCosts = true;
    handOver.minimumCents = 500;
    return {reminder, second, notice, handOver};
}

} // namespace dd
