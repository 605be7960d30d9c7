#include "Limitation.h"

#include "common/ValidationError.h"
#include "legal/LegalCalendar.h"

#include <QCoreApplication>

#include <algorithm>

namespace dd {

LimitationResult Limitation::compute(Kind kind, const Date &dueDate, std::vector<Date> reminders, const Date &asOf,
                                     int warningDays)
{
    if (dueDate.is_special() || asOf.is_special())
        throw ValidationError(QCoreApplication::translate("dd::Limitation", "a due date and an as-of date are needed"));
    const boost::gregorian::days oneDay(1);
    LimitationResult result;
    result.kind = kind;
    // Art. 7:28 BW: two years for the price of a consumer purchase; art. 3:307 BW: five otherwise.
    result.years = kind == Kind::ConsumerGoods ? 2 : 5;
    result.article = kind == Kind::ConsumerGoods ? QStringLiteral("art. 7:28 BW") : QStringLiteral("art. 3:307 BW");
    result.dueDate = dueDate;
    // Art. 3:307 lid 1 BW: the period starts on the day after the claim became due, so its last
    // day is the due date's anniversary (a claim due on 28 February 2024 is barred from 1 March
    // 2029, not from 28 February: counting from the start day would hit 29 February).
    result.periodStart = dueDate + oneDay;
    result.lastDay = LegalCalendar::addYears(dueDate, result.years);

    std::sort(reminders.begin(), reminders.end());
    for (const Date &date : reminders) {
        LimitationReminder reminder;
        reminder.date = date;
        if (date <= dueDate) {
            reminder.effect = LimitationReminder::Effect::NotYetDue;
        } else if (date > result.lastDay) {
            reminder.effect = LimitationReminder::Effect::TooLate; // a barred claim is not revived
        } else {
            // Art. 3:317 lid 1 and 3:319 lid 1 BW: a new period from the day after the reminder.
            reminder.effect = LimitationReminder::Effect::Interrupted;
            result.lastDay = std::max(result.lastDay, LegalCalendar::addYears(date, result.years));
        }
        reminder.lastDay = result.lastDay;
        result.reminders.push_back(reminder);
    }
    result.barredFrom = result.lastDay + oneDay;
    result.asOf = asOf;
    if (asOf > result.lastDay) {
        result.status = Status::Expired;
        result.daysLeft = 0;
    } else {
        result.daysLeft = (result.lastDay - asOf).days();
        result.status = result.daysLeft <= warningDays ? Status::Near : Status::Running;
    }
    return result;
}

QString Limitation::kindCode(Kind kind)
{
    return kind == Kind::ConsumerGoods ? QStringLiteral("consumer-goods") : QStringLiteral("other");
}

std::optional<Limitation::Kind> Limitation::parseKind(QStringView code)
{
    if (code == u"consumer-goods")
        return Kind::ConsumerGoods;
    if (code == u"other")
        return Kind::Other;
    return std::nullopt;
}

QString Limitation::statusCode(Status status)
{
    switch (status) {
    case Status::Running:
        return QStringLiteral("running");
    case Status::Near:
        return QStringLiteral("near");
    case Status::Expired:
        return QStringLiteral("expired");
    }
    return QString();
}

QString Limitation::effectCode(LimitationReminder::Effect effect)
{
    switch (effect) {
    case LimitationReminder::Effect::Interrupted:
        return QStringLiteral("interrupted");
    case LimitationReminder::Effect::NotYetDue:
        return QStringLiteral("before-due");
    case LimitationReminder::Effect::TooLate:
        return QStringLiteral("after-expiry");
    }
    return QString();
}

} // namespace dd
