#pragma once

#include <QString>

class QPrinter;
class QTableView;

namespace dd {

// Prints a list as the user sees it: the columns in the order and the relative widths of the
// view's header (hidden ones left out), the cells as the model shows them, every row the model
// has (the filter and sort applied), with the title, the header row and "page n of m" on every
// page. Rows are drawn straight onto the pages while they are read, so a long list is never laid
// out in memory as a whole document.
class ListPrinter
{
public:
    ListPrinter(const QTableView &view, const QString &title);

    // The pages the list takes on `printer` (its page size and resolution).
    int pageCount(const QPrinter &printer) const;
    // Prints to `printer`; returns the number of pages, 0 when the printer could not be started.
    int print(QPrinter &printer) const;

private:
    struct Layout;
    Layout layout(const QPrinter &printer) const;

    const QTableView &m_view;
    QString m_title;
};

} // namespace dd
