#include "LegalDefault.h"

namespace dd {

Date LegalDefault::from(const Date &dueDate)
{
    return dueDate + boost::gregorian::date_duration(1);
}

} // namespace dd
