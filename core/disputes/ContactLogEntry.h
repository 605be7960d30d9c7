#pragma once

#include "calendar/IsoDate.h"
#include "disputes/DisputeCodes.h"

#include <QString>

namespace dd {

// One contact with the customer about a dispute. Letters the program sends carry their kind
// ("acknowledgement", "fourteen-day"), which rules look for (a consumer's 14-day letter).
struct ContactLogEntry
{
    qint64 id = 0;
    Date date;
    Channel channel = Channel::Phone;
    ContactDirection direction = ContactDirection::Inbound;
    QString summary;
    QString letterKind;
};

} // namespace dd
