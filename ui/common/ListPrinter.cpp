#include "ListPrinter.h"

#include "common/UiLocale.h"

#include <QCoreApplication>
#include <QDate>
#include <QFontMetrics>
#include <QHeaderView>
#include <QPainter>
#include <QPrinter>
#include <QTableView>

#include <algorithm>
#include <vector>

namespace dd {

namespace {
QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("dd::ListPrinter", text, comment, n);
}
constexpr int cellPadding = 4; // points at 72 dpi, scaled to the printer
} // namespace

struct ListPrinter::Layout
{
    struct Column
    {
        int logical = 0;
        int x = 0;
        int width = 0;
    };
    std::vector<Column> columns;
    QRect page;      // the printable area, in device pixels
    int lineHeight = 0;
    int rowsPerPage = 1;
    int rows = 0;
    int pages = 1;
    int padding = 0;
};

ListPrinter::ListPrinter(const QTableView &view, const QString &title)
    : m_view(view)
    , m_title(title)
{
}

ListPrinter::Layout ListPrinter::layout(const QPrinter &printer) const
{
    Layout result;
    result.page = printer.pageLayout().paintRectPixels(printer.resolution());
    result.page.moveTo(0, 0);
    result.padding = std::max(1, cellPadding * printer.resolution() / 72);
    QFont font = m_view.font();
    font.setPointSizeF(std::max(7.0, font.pointSizeF() * 0.9));
    const QFontMetrics metrics(font, &printer);
    result.lineHeight = metrics.height() + result.padding;

    // The view's widths, scaled so that the visible columns fill the page's width.
    const QHeaderView *header = m_view.horizontalHeader();
    int shownWidth = 0;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            shownWidth += header->sectionSize(logical);
    }
    int x = 0;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (header->isSectionHidden(logical) || shownWidth == 0)
            continue;
        const int width = int(qint64(header->sectionSize(logical)) * result.page.width() / shownWidth);
        result.columns.push_back({logical, x, width});
        x += width;
    }
    // Title and header row at the top, the page number at the bottom.
    const int bodyLines = std::max(1, result.page.height() / result.lineHeight - 4);
    result.rowsPerPage = bodyLines;
    result.rows = m_view.model() ? m_view.model()->rowCount() : 0;
    result.pages = std::max(1, (result.rows + bodyLines - 1) / bodyLines);
    return result;
}

int ListPrinter::pageCount(const QPrinter &printer) const
{
    return layout(printer).pages;
}

int ListPrinter::print(QPrinter &printer) const
{
    const Layout page = layout(printer);
    QPainter painter;
    if (!painter.begin(&printer))
        return 0;
    QFont font = m_view.font();
    font.setPointSizeF(std::max(7.0, font.pointSizeF() * 0.9));
    QFont bold = font;
    bold.setBold(true);
    const QAbstractItemModel *model = m_view.model();
    const QString printed = UiLocale::formatDate(QDate::currentDate());
    auto cell = [&](const Layout::Column &column, int y, const QString &text, const QVariant &alignment) {
        const QRect box(column.x + page.padding, y, column.width - 2 * page.padding, page.lineHeight);
        const Qt::Alignment align = alignment.isValid() ? Qt::Alignment(alignment.toInt()) : (Qt::AlignLeft | Qt::AlignVCenter);
        // Cut as the screen cuts, with an ellipsis: a cell never runs into its neighbour.
        painter.drawText(box, int(align), painter.fontMetrics().elidedText(text, Qt::ElideRight, box.width()));
    };

    for (int number = 0; number < page.pages; ++number) {
        if (number > 0)
            printer.newPage();
        int y = 0;
        painter.setFont(bold);
        painter.drawText(QRect(0, y, page.page.width(), page.lineHeight), Qt::AlignLeft | Qt::AlignVCenter, m_title);
        painter.setFont(font);
        painter.drawText(QRect(0, y, page.page.width(), page.lineHeight), Qt::AlignRight | Qt::AlignVCenter,
                         tr("%n row(s), printed %1", nullptr, page.rows).arg(printed));
        y += page.lineHeight * 3 / 2;
        painter.setFont(bold);
        for (const Layout::Column &column : page.columns)
            cell(column, y, model->headerData(column.logical, Qt::Horizontal).toString(),
                 model->headerData(column.logical, Qt::Horizontal, Qt::TextAlignmentRole));
        y += page.lineHeight;
        painter.drawLine(0, y, page.page.width(), y);
        painter.setFont(font);
        const int first = number * page.rowsPerPage;
        const int last = std::min(page.rows, first + page.rowsPerPage);
        for (int row = first; row < last; ++row) {
            for (const Layout::Column &column : page.columns) {
                const QModelIndex index = model->index(row, column.logical);
                cell(column, y, index.data().toString(), index.data(Qt::TextAlignmentRole));
            }
            y += page.lineHeight;
        }
        painter.drawText(QRect(0, page.page.height() - page.lineHeight, page.page.width(), page.lineHeight),
                         Qt::AlignHCenter | Qt::AlignVCenter, tr("Page %1 of %2").arg(number + 1).arg(page.pages));
    }
    painter.end();
    return page.pages;
}

} // namespace dd
