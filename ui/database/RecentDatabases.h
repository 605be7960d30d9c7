#pragma once

#include <QStringList>

namespace dd {

// The databases opened lately, files and team databases alike, newest first, for File ▸ Open
// Recent and for opening the last one at start. A server is kept without its password (and any
// other secret of its URI): the settings file is plain text.
class RecentDatabases
{
public:
    static constexpr int maximum = 8;

    static QStringList list();
    // Puts `location` first (a file by its absolute path) and makes it the last database opened.
    static void add(const QString &location);
    static void remove(const QString &location);
    // The location as it is kept: a file's absolute path, a server URI without secrets.
    static QString keptForm(const QString &location);
};

} // namespace dd
