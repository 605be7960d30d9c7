#include "ListColumnFit.h"

#include "ListHeaderMemory.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHeaderView>
#include <QTableView>

#include <algorithm>
#include <memory>

namespace dd {

namespace {
// Enough rows to see what a list holds; one page of the paged models, read anyway to paint.
constexpr int rowsToMeasure = 60;
// A column wider than this many average characters cuts its text rather than the name's.
constexpr int capChars = 30;
constexpr int padding = 28; // cell margins plus room for the sort arrow, as TableViews

// Gives the name column the viewport's width the other columns leave, whenever the viewport or
// another column changes size.
class NameFill : public QObject
{
public:
    NameFill(QTableView *view, int column, int minimumWidth)
        : QObject(view)
        , m_view(view)
        , m_column(column)
        , m_minimum(minimumWidth)
    {
        view->viewport()->installEventFilter(this);
        connect(view->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int logical) {
            if (logical != m_column)
                apply();
        });
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize)
            apply();
        return QObject::eventFilter(watched, event);
    }

    void apply()
    {
        QHeaderView *header = m_view->horizontalHeader();
        if (m_column >= header->count())
            return;
        int others = 0;
        for (int column = 0; column < header->count(); ++column)
            if (column != m_column && !header->isSectionHidden(column))
                others += header->sectionSize(column);
        const int width = std::max(m_minimum, m_view->viewport()->width() - others);
        if (width != header->sectionSize(m_column))
            header->resizeSection(m_column, width);
    }

private:
    QTableView *m_view;
    int m_column;
    int m_minimum;
};
} // namespace

void ListColumnFit::fillWithName(QTableView *view, int nameColumn, int minimumChars)
{
    QHeaderView *header = view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(nameColumn, QHeaderView::Interactive);
    auto *fill = new NameFill(view, nameColumn, view->fontMetrics().averageCharWidth() * minimumChars);
    fill->apply();
}

void ListColumnFit::fitAndRemember(QTableView *view, int nameColumn, const QString &list)
{
    fillWithName(view, nameColumn);
    if (!ListHeaderMemory::remember(view, list))
        fitOnFirstRows(view, nameColumn);
}

void ListColumnFit::fit(QTableView *view, int stretchColumn)
{
    const QAbstractItemModel *model = view->model();
    if (!model)
        return;
    QHeaderView *header = view->horizontalHeader();
    const QFontMetrics metrics(view->font());
    QFont headerFont = header->font();
    headerFont.setBold(true);
    const QFontMetrics headerMetrics(headerFont);
    const int cap = metrics.averageCharWidth() * capChars;
    const int rows = std::min(model->rowCount(), rowsToMeasure);
    for (int column = 0; column < model->columnCount(); ++column) {
        if (column == stretchColumn || header->isSectionHidden(column))
            continue;
        int width = headerMetrics.horizontalAdvance(model->headerData(column, Qt::Horizontal).toString());
        int widest = 0;
        for (int row = 0; row < rows; ++row)
            widest = std::max(widest, metrics.horizontalAdvance(model->index(row, column).data().toString()));
        width = std::max(width, std::min(widest, cap));
        header->resizeSection(column, width + padding);
    }
}

void ListColumnFit::fitOnFirstRows(QTableView *view, int stretchColumn)
{
    if (view->model()->rowCount() > 0) {
        fit(view, stretchColumn);
        return;
    }
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = QObject::connect(view->model(), &QAbstractItemModel::modelReset, view, [view, stretchColumn, once] {
        if (view->model()->rowCount() == 0)
            return;
        QObject::disconnect(*once);
        fit(view, stretchColumn);
    });
}

} // namespace dd
