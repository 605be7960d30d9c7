#include "DateEdits.h"

#include "calendar/IsoDate.h"

#include <QDateEdit>

namespace dd {

void DateEdits::limitToAcceptedRange(QDateEdit *edit)
{
    edit->setDateRange(QDate(IsoDate::firstYear, 1, 1), QDate(IsoDate::lastYear, 12, 31));
}

} // namespace dd
