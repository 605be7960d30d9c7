#pragma once

#include "storage/SqlDialect.h"

#include <QList>
#include <QStringList>

namespace dd {

class Database;

// Connection settings changed for a while (a bulk load's, a large import's) and set back to what
// they were by restore() or at the end of the scope. A setting the backend refuses is left as it
// is: these tune speed and memory only, never what is stored.
class SettingsScope
{
public:
    SettingsScope(Database &database, const QList<SqlDialect::Setting> &settings);
    ~SettingsScope();
    SettingsScope(const SettingsScope &) = delete;
    SettingsScope &operator=(const SettingsScope &) = delete;

    // Puts the settings back now (once; the destructor then does nothing).
    void restore();
    // The statements that make these settings, for a benchmark's sqlite3 shell to do the same.
    static QStringList statements(const SqlDialect &dialect, const QList<SqlDialect::Setting> &settings);

private:
    Database &m_database;
    QStringList m_restore; // the statements that put the connection's settings back
};

} // namespace dd
