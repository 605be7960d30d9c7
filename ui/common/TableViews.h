#pragma once

#include <QStringList>

class QTableView;

namespace dd {

class PagedTableModel;

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
    // A long list is reset once more when its count arrives (PagedTableModel::counted): the
    // view keeps its current row, selection and scroll position across that reset.
    static void keepPlaceWhenCounted(QTableView *view, PagedTableModel *model);
};

} // namespace dd
