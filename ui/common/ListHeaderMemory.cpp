#include "ListHeaderMemory.h"

#include "settings/AppSettings.h"

#include <QHeaderView>
#include <QTableView>

namespace dd {

bool ListHeaderMemory::remember(QTableView *view, const QString &list)
{
    QHeaderView *header = view->horizontalHeader();
    const QByteArray saved = AppSettings::listHeader(list);
    // A state from a version with other columns is refused by restoreState as a whole.
    const bool restored = !saved.isEmpty() && header->restoreState(saved);
    if (restored && view->isSortingEnabled())
        view->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    const auto save = [header, list] { AppSettings::setListHeader(list, header->saveState()); };
    // Only the user's own changes: sectionResized also reports the stretched column following
    // the window's width, which is no choice of his and would overwrite one on every resize.
    QObject::connect(header, &QHeaderView::sectionResized, header, [header, save](int logical) {
        if (header->sectionResizeMode(logical) == QHeaderView::Interactive)
            save();
    });
    QObject::connect(header, &QHeaderView::sectionMoved, header, save);
    QObject::connect(header, &QHeaderView::sortIndicatorChanged, header, save);
    return restored;
}

} // namespace dd
