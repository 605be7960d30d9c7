#include "FourteenDayLetter.h"

#include "calendar/BusinessCalendar.h"

#include <QCoreApplication>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::FourteenDayLetter", text);
}
} // namespace

Date FourteenDayLetter::assumedReceipt(const Date &sent, Delivery delivery)
{
    // Counted from the first business day it can be posted on: a letter dated Saturday goes out
    // on Monday and, by post, is assumed to arrive on Wednesday.
    const Date posted = BusinessCalendar::addBusinessDays(sent, 0);
    return BusinessCalendar::addBusinessDays(posted, delivery == Delivery::Post ? 2 : 1);
}

Date FourteenDayLetter::termEnds(const Date &sent, Delivery delivery)
{
    return assumedReceipt(sent, delivery) + boost::gregorian::date_duration(14);
}

Date FourteenDayLetter::costsChargeableFrom(const Date &sent, Delivery delivery)
{
    return termEnds(sent, delivery) + boost::gregorian::date_duration(1);
}

QString FourteenDayLetter::refusal(const Date &sent, const Date &dueDate)
{
    if (!dueDate.is_special() && !sent.is_special() && sent <= dueDate)
        return tr("A 14-day letter is sent once the invoice is overdue: it is due on %1, the letter is dated %2.")
            .arg(IsoDate::format(dueDate), IsoDate::format(sent));
    return QString();
}

bool FourteenDayLetter::isPostingDay(const Date &sent)
{
    return BusinessCalendar::isBusinessDay(sent);
}

} // namespace dd
