#include "RecentDatabases.h"

#include "settings/AppSettings.h"
#include "storage/DatabaseLocation.h"

#include <QFileInfo>

namespace dd {

QStringList RecentDatabases::list()
{
    return AppSettings::recentDatabases();
}

QString RecentDatabases::keptForm(const QString &location)
{
    if (DatabaseLocation::isServer(location))
        return DatabaseLocation::withoutSecrets(location);
    return QFileInfo(location).absoluteFilePath();
}

void RecentDatabases::add(const QString &location)
{
    const QString kept = keptForm(location);
    // An unreadable server URI has no safe form to keep.
    if (kept.isEmpty())
        return;
    QStringList recent = list();
    recent.removeAll(kept);
    recent.prepend(kept);
    while (recent.size() > maximum)
        recent.removeLast();
    AppSettings::setRecentDatabases(recent);
    AppSettings::setLastDatabase(kept);
}

void RecentDatabases::remove(const QString &location)
{
    QStringList recent = list();
    recent.removeAll(keptForm(location));
    AppSettings::setRecentDatabases(recent);
}

} // namespace dd
