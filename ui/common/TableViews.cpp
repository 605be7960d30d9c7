#include "TableViews.h"
#include "PagedTableModel.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QScrollBar>
#include <QTableView>

#include <memory>

namespace dd {

void TableViews::setUpList(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    view->setShowGrid(false);
    view->setCornerButtonEnabled(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionsMovable(true);
    view->horizontalHeader()->setMinimumSectionSize(40);
}

void TableViews::fitColumns(QTableView *view, const QList<QStringList> &samples)
{
    const QFontMetrics metrics(view->font());
    QFont headerFont = view->horizontalHeader()->font();
    headerFont.setBold(true);
    const QFontMetrics headerMetrics(headerFont);
    const int padding = 28; // cell margins plus room for the sort arrow
    for (int column = 0; column < samples.size() && column < view->model()->columnCount(); ++column) {
        int width = headerMetrics.horizontalAdvance(view->model()->headerData(column, Qt::Horizontal).toString());
        for (const QString &sample : samples[column])
            width = std::max(width, metrics.horizontalAdvance(sample));
        view->horizontalHeader()->resizeSection(column, width + padding);
    }
}

void TableViews::keepSortIndicatorOnSortable(QTableView *view, bool (*isSortable)(int column))
{
    QHeaderView *header = view->horizontalHeader();
    auto last = std::make_shared<std::pair<int, Qt::SortOrder>>(header->sortIndicatorSection(), header->sortIndicatorOrder());
    QObject::connect(header, &QHeaderView::sortIndicatorChanged, view, [header, isSortable, last](int column, Qt::SortOrder order) {
        if (isSortable(column)) {
            *last = {column, order};
            return;
        }
        const QSignalBlocker blocker(header);
        header->setSortIndicator(last->first, last->second);
    });
}

void TableViews::keepPlaceWhenCounted(QTableView *view, PagedTableModel *model)
{
    struct Place
    {
        int row = -1; // the current index as row and column: an index does not outlive a reset
        int column = -1;
        QList<int> selectedRows;
        int scrolled = 0;
        int scrolledAcross = 0;
    };
    auto place = std::make_shared<Place>();
    QObject::connect(model, &PagedTableModel::countAboutToArrive, view, [view, place] {
        const QModelIndex current = view->currentIndex();
        place->row = current.row();
        place->column = current.column();
        place->selectedRows.clear();
        if (QItemSelectionModel *selection = view->selectionModel()) {
            for (const QModelIndex &index : selection->selectedRows())
                place->selectedRows << index.row();
        }
        place->scrolled = view->verticalScrollBar()->value();
        place->scrolledAcross = view->horizontalScrollBar()->value();
    });
    QObject::connect(model, &PagedTableModel::counted, view, [view, model, place] {
        QItemSelectionModel *selection = view->selectionModel();
        if (place->row >= 0 && selection)
            selection->setCurrentIndex(model->index(place->row, place->column), QItemSelectionModel::NoUpdate);
        for (int row : std::as_const(place->selectedRows)) {
            if (selection)
                selection->select(model->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        view->verticalScrollBar()->setValue(place->scrolled);
        view->horizontalScrollBar()->setValue(place->scrolledAcross);
    });
}

} // namespace dd
