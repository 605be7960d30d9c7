#pragma once

#include "disputes/DisputeCodes.h"

#include <QDateTime>
#include <QString>

namespace dd {

// One recorded move of a dispute: who did what, when, from which step to which. Append-only: the
// database refuses to change or delete one.
struct AuditEvent
{
    qint64 id = 0;
    QDateTime at;
    QString actor;
    DisputeStep from = DisputeStep::Hear;
    DisputeStep to = DisputeStep::Hear;
    QString action; // "open", "verify", "decide", ...
    QString note;
};

} // namespace dd
