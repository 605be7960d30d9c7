#include "DueDates.h"

namespace dd {

Date DueDates::dueDate(const Date &issued, int paymentTermDays)
{
    return issued + boost::gregorian::date_duration(paymentTermDays);
}

int DueDates::daysOverdue(const Date &due, const Date &asOf)
{
    const long days = (asOf - due).days();
    return days > 0 ? int(days) : 0;
}

} // namespace dd
