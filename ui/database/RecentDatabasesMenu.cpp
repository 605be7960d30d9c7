#include "RecentDatabasesMenu.h"

#include "RecentDatabases.h"
#include "storage/DatabaseLocation.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>

namespace dd {

RecentDatabasesMenu::RecentDatabasesMenu(QMenu *menu)
    : QObject(menu)
    , m_menu(menu)
{
    // Read when opened: a DisputeDesk started beside this one may have changed the list since.
    connect(menu, &QMenu::aboutToShow, this, &RecentDatabasesMenu::rebuild);
    rebuild();
}

void RecentDatabasesMenu::rebuild()
{
    m_menu->clear();
    const QStringList recent = RecentDatabases::list();
    for (int i = 0; i < recent.size(); ++i) {
        const QString &location = recent.at(i);
        const bool server = DatabaseLocation::isServer(location);
        const QString name = DatabaseLocation::shortName(location);
        // &1 … &8: the entries are reached by their number, as in other programs' recent lists;
        // a '&' in a name must not become a mnemonic.
        QString label = name;
        label.replace(u'&', QStringLiteral("&&"));
        QAction *action = m_menu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(label));
        action->setObjectName(QStringLiteral("recentDatabaseAction"));
        action->setData(location);
        action->setToolTip(server ? name : QDir::toNativeSeparators(location));
        action->setStatusTip(action->toolTip());
        // Opening a file that is gone would create a new, empty database in its place.
        action->setEnabled(server || QFileInfo::exists(location));
        connect(action, &QAction::triggered, this, [this, location] { emit openRequested(location); });
    }
    if (recent.isEmpty()) {
        QAction *none = m_menu->addAction(tr("No recent databases"));
        none->setEnabled(false);
    }
}

} // namespace dd
