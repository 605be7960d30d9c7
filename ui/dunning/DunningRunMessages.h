#pragma once

#include "money/Money.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

class QWidget;

namespace dd {

struct DunningCommitResult;
class DunningPreviewModel;

// What a dunning commit is about to write, as the user confirms it: a recorded run cannot be
// undone (the letters go into the history and the customers' contact logs), so the count, the
// levels and the amounts claimed are put in front of the user before anything is written.
struct DunningRunSummary
{
    struct Level
    {
        int level = 0;
        QString name;
        int count = 0;
    };
    int letters = 0;
    int handOvers = 0;
    QList<Level> levels;           // in ladder order, only levels with something ticked
    QMap<QString, Money> claimed;  // per currency: currencies are never added together

    // The ticked letters and hand-overs as they will be sent (partly ticked ones as sent).
    static DunningRunSummary of(const DunningPreviewModel &model);
};

// The texts of the Dunning area about a run: the questions before it is written and the report
// after it was recorded.
class DunningRunMessages
{
public:
    // The preview's warnings (a date without post, interest the letters cannot state): true sends anyway.
    static bool confirmWarnings(QWidget *parent, const QStringList &warnings);
    // The run itself; Cancel is the default answer. True writes and records.
    static bool confirmRun(QWidget *parent, const QString &question);
    static QString confirmation(const DunningRunSummary &summary);
    // Rich text with a link to the folder.
    static QString recorded(const DunningCommitResult &result, const QString &folder);
};

} // namespace dd
