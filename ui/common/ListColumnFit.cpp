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
        connect(view->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int logical, int, int size) {
            if (logical != m_column)
                apply();
            else if (!m_applying)
                keepAtLeast(size);
        });
    }

    // A width the user gave the name column (dragged now, or restored from a saved header) is
    // his choice: the fill may widen the column beyond it but never narrows it below.
    void keepAtLeast(int width) { m_minimum = std::max(m_minimum, width); }

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
        if (width != header->sectionSize(m_column)) {
            m_applying = true;
            header->resizeSection(m_column, width);
            m_applying = false;
        }
    }

private:
    QTableView *m_view;
    int m_column;
    int m_minimum;
    bool m_applying = false;
};

NameFill *installFill(QTableView *view, int nameColumn, int minimumChars)
{
    QHeaderView *header = view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(nameColumn, QHeaderView::Interactive);
    auto *fill = new NameFill(view, nameColumn, view->fontMetrics().averageCharWidth() * minimumChars);
    fill->apply();
    return fill;
}

// Amounts are right-aligned; a cut amount ("€4,30…") is worse than a narrower name.
bool isAmountColumn(const QAbstractItemModel *model, int column)
{
    const QVariant alignment = model->index(0, column).data(Qt::TextAlignmentRole);
    return alignment.isValid() && (alignment.toInt() & Qt::AlignRight);
}
} // namespace

void ListColumnFit::fillWithName(QTableView *view, int nameColumn, int minimumChars)
{
    installFill(view, nameColumn, minimumChars);
}

void ListColumnFit::fitAndRemember(QTableView *view, int nameColumn, const QString &list)
{
    NameFill *fill = installFill(view, nameColumn, 28);
    // A saved header wins over the fit: the rows come later, and fitting them then would undo it.
    if (ListHeaderMemory::remember(view, list))
        fill->keepAtLeast(view->horizontalHeader()->sectionSize(nameColumn));
    else
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
        width = std::max(width, std::min(widest, cap)) + padding;
        // The rows measured are one page; a larger amount further down must fit too, so an amount
        // column keeps the width fitted to the largest sample amount (TableViews::fitColumns).
        if (rows > 0 && isAmountColumn(model, column))
            width = std::max(width, header->sectionSize(column));
        header->resizeSection(column, width);
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
