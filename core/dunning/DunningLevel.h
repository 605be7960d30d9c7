#pragma once

#include <QList>
#include <QString>

namespace dd {

// One step of the dunning ladder (DOMAIN-NL.md §7): reminder, second reminder, notice of default /
// 14-day letter, hand-over. Levels are numbered 1..n in the order an invoice goes through them; an
// invoice never skips one and never gets one twice.
struct DunningLevel
{
    int level = 1;            // 1-based position in the ladder
    QString code;             // "reminder", also part of the letter's file name
    QString name;             // shown in the preview and the history
    int daysAfterDue = 0;     // the earliest day: due date + this
    int intervalDays = 0;     // and at least this many days after the letter of the previous level
    QString templateName;     // resources/templates/<lang>/<template>[-consumer|-business].html; empty: no letter
    bool showsInterest = false;
    bool showsCosts = false;
    bool statutoryNotice = false; // the notice of default: for consumers the 14-day letter (art. 6:96 lid 6 BW)
    qint64 minimumCents = 0;      // a letter whose total is below this is not sent (skipped, with the reason)

    // Hand-over to a collection agency or lawyer is a human decision: a file, no letter.
    bool isHandOver() const { return templateName.isEmpty(); }

    // The defaults of DESIGN.md §4: reminder (due + 7), second reminder (due + 21), notice of
    // default / 14-day letter (due + 35), hand-over (due + 60).
    static QList<DunningLevel> defaults();
};

} // namespace dd
