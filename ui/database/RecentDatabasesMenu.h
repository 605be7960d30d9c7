#pragma once

#include <QObject>

class QMenu;

namespace dd {

// File ▸ Open Recent: one entry per recent database (RecentDatabases), a file by its name with
// its folder in the tip (greyed out once the file is gone), a team database by its display name
// (user@host:port/dbname).
class RecentDatabasesMenu : public QObject
{
    Q_OBJECT
public:
    explicit RecentDatabasesMenu(QMenu *menu);

    // Reads the list again; done each time the menu opens.
    void rebuild();

signals:
    void openRequested(const QString &location);

private:
    QMenu *m_menu;
};

} // namespace dd
