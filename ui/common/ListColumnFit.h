#pragma once

class QString;
class QTableView;

namespace dd {

// Sizes a list's columns to what it shows (issue 19). The lists start with widths fitted to
// sample texts (TableViews::fitColumns), which must allow for the longest value anywhere; real
// lists often hold much less (an empty assignee, no days overdue), and those wide, empty columns
// cut the customer's name. Once the model first has rows, every column but the stretched one
// gets the width of its header or its widest cell among the first rows, within a cap, so that
// the name column gets the room that is left.
// The name column fills what the others leave, but never shrinks below a readable width (a
// QHeaderView::Stretch section would go down to a few pixels): in a narrow list the view scrolls
// sideways instead of cutting every name.
class ListColumnFit
{
public:
    // `nameColumn` takes the width the other columns leave, at least `minimumChars` average
    // characters; the user may still drag it wider.
    static void fillWithName(QTableView *view, int nameColumn, int minimumChars = 28);
    // What every long list does: the name fills the rest, the columns are kept as the user left
    // them under `list` (ListHeaderMemory) or, the first time, fitted to the first rows.
    static void fitAndRemember(QTableView *view, int nameColumn, const QString &list);
    // Fits once, on the first model reset that brings rows (or at once when there are rows).
    static void fitOnFirstRows(QTableView *view, int stretchColumn);
    // Fits now to the rows the model has.
    static void fit(QTableView *view, int stretchColumn);
};

} // namespace dd
