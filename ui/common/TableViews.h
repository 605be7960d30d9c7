#pragma once

#include <QStringList>

class QTableView;

namespace dd {

// The look every list in the program shares, in one place so that they stay alike.
class TableViews
{
public:
    // Row selection, alternating rows, fixed row height (a million rows must not be measured one
    // by one), no row numbers, the last column stretched.
    static void setUpList(QTableView *view);
    // Sets each column wide enough for the widest of `samples[column]` and its header text.
    static void fitColumns(QTableView *view, const QList<QStringList> &samples);
    // Header clicks on a column `isSortable` refuses put the indicator back where it was.
    static void keepSortIndicatorOnSortable(QTableView *view, bool (*isSortable)(int column));
};

} // namespace dd
