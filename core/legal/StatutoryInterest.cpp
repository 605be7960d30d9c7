#include "StatutoryInterest.h"

#include "common/ValidationError.h"
#include "legal/LegalCalendar.h"
#include "money/Rounding.h"

#include <QCoreApplication>

#include <algorithm>

namespace dd {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dd::StatutoryInterest", text);
}

const boost::gregorian::days oneDay(1);

} // namespace

StatutoryInterest::StatutoryInterest(InterestRateTable table)
    : m_table(std::move(table))
{
}

QString StatutoryInterest::convention()
{
    return tr("simple interest per day: principal x rate x days / 365, or / 366 for days in a leap year; each "
              "period rounded to the cent; the interest of each year of default is added to the principal on "
              "its anniversary (compounded yearly, art. 6:119 lid 2 / 6:119a lid 3 BW)");
}

Date StatutoryInterest::commercialStart(const Date &dueDate)
{
    return dueDate + oneDay;
}

Date StatutoryInterest::commercialStartWithoutAgreedDate(const Date &invoiceReceived)
{
    return invoiceReceived + boost::gregorian::days(30) + oneDay;
}

Date StatutoryInterest::consumerStart(const Date &noticeDeadline)
{
    return noticeDeadline + oneDay;
}

InterestResult StatutoryInterest::compute(InterestKind kind, const Money &principal, const Date &firstDay,
                                          const Date &lastDay) const
{
    if (principal.isNegative())
        throw ValidationError(tr("the principal cannot be negative"));
    if (firstDay.is_special() || lastDay.is_special())
        throw ValidationError(tr("the first and the last day of the interest are needed"));
    if (lastDay < firstDay)
        throw ValidationError(tr("the end date %1 is before the start date %2")
                                  .arg(IsoDate::format(lastDay), IsoDate::format(firstDay)));

    InterestResult result;
    result.kind = kind;
    result.principal = principal;
    result.from = firstDay;
    result.to = lastDay;
    result.days = int((lastDay - firstDay).days()) + 1;

    const QString &currency = principal.currency();
    qint64 base = principal.cents();
    qint64 total = 0;
    qint64 thisYear = 0;
    int year = 1;
    // Anniversaries are counted from the first day each time, so they never drift. A year of
    // default from 29 February runs to 28 February: its interest joins the principal on 1 March.
    Date anniversary = LegalCalendar::yearsLater(firstDay, year);
    Date day = firstDay;
    while (day <= lastDay) {
        const InterestRatePeriod &period = m_table.periodAt(kind, day);
        const Date endOfYear(day.year(), 12, 31);
        const Date end = std::min({lastDay, period.until, endOfYear, anniversary - oneDay});
        InterestPeriodLine line;
        line.from = day;
        line.to = end;
        line.days = int((end - day).days()) + 1;
        line.yearDays = boost::gregorian::gregorian_calendar::is_leap_year(day.year()) ? 366 : 365;
        line.rateBasisPoints = period.rateBasisPoints;
        line.principal = Money(base, currency);
        line.interest = Money(Rounding::scale(base, period.rateBasisPoints * line.days, qint64(10000) * line.yearDays),
                              currency);
        line.toVerify = period.toVerify;
        result.ratesToVerify = result.ratesToVerify || period.toVerify;
        result.periods.push_back(line);
        total += line.interest.cents();
        thisYear += line.interest.cents();

        day = end + oneDay;
        if (day == anniversary) {
            // Art. 6:119 lid 2 / 6:119a lid 3 BW: after each year the interest joins the principal.
            if (day <= lastDay)
                result.compoundedOn.push_back(day);
            base += thisYear;
            thisYear = 0;
            ++year;
            anniversary = LegalCalendar::yearsLater(firstDay, year);
        }
    }
    result.interest = Money(total, currency);
    result.total = principal + result.interest;
    return result;
}

} // namespace dd
