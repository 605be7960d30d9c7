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
    // The database login that wrote the event, on a team database, where the server fills it in
    // and a program cannot choose it; empty in a file.
    QString login;

    // Who did it, as the audit trail shows it: the name, and the login beside it when the
    // server recorded one that differs.
    QString shownActor() const
    {
        return login.isEmpty() || login == actor ? actor : QStringLiteral("%1 (%2)").arg(actor, login);
    }
};

} // namespace dd
