#pragma once

#include <QString>

namespace dd {

class DisputeListView;

// Sets the filters of the Disputes case list the way a user would (its step, reason and "answer
// late" combo and check box, found by objectName), so the list and its filter row agree. The
// Dashboard uses it to open the cases behind a bar or slice. DisputeListView has no public
// filter setter yet; this is the one place that knows its filter widgets.
class DisputeListLink
{
public:
    // Empty reason: all reasons; empty step: all cases (open and closed), "open": open cases only.
    // Returns false when the list lacks a filter widget or the value is not offered.
    static bool apply(DisputeListView *list, const QString &reasonCode, const QString &stepCode,
                      bool answerLate = false);
};

} // namespace dd
