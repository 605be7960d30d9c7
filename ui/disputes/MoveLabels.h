#pragma once

#include "disputes/DisputeWorkflow.h"

#include <QString>

namespace dd {

// What the case view calls each move: on its button ("Decide…") and in the audit trail.
class MoveLabels
{
public:
    static QString moveLabel(DisputeMove move);
    // The audit trail's name of an action code ("decide", "open", "assessment").
    static QString actionName(const QString &code);
};

} // namespace dd
