#pragma once

#include "calendar/IsoDate.h"
#include "disputes/DisputeCodes.h"

#include <QString>

namespace dd {

// One contact with a customer outside a dispute case: a dunning letter sent, a call about
// overdue invoices. Channel and direction use the codes of a case's contact log, so both logs
// read alike.
struct CustomerContact
{
    qint64 id = 0;
    qint64 customerId = 0;
    Date date;
    Channel channel = Channel::Letter;
    ContactDirection direction = ContactDirection::Outbound;
    QString summary;
    QString letterKind;         // a letter the program sent: the dunning level's code ("reminder", "notice")
    qint64 dunningLetterId = 0; // the letter in the dunning history it records; 0: none
};

} // namespace dd
