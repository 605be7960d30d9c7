#pragma once

#include <QString>

class QTableView;

namespace dd {

// Keeps a list's columns as the user left them across restarts (issue 19): the widths he dragged,
// the order he moved them into and the column he sorted by, saved per list in the settings.
class ListHeaderMemory
{
public:
    // Restores what was saved under `list` (the view keeps its fitted widths when nothing was
    // saved, or the list's columns have changed since), sorts the model as the restored header
    // says, and saves the header from then on whenever the user resizes, moves or sorts.
    // Call after the view's own widths, resize modes and sort are set up. True when a saved
    // state was restored.
    static bool remember(QTableView *view, const QString &list);
};

} // namespace dd
