#include "SettingsScope.h"

#include "Database.h"
#include "StorageError.h"

namespace dd {

SettingsScope::SettingsScope(Database &database, const QList<SqlDialect::Setting> &settings)
    : m_database(database)
{
    const SqlDialect &dialect = m_database.dialect();
    for (const SqlDialect::Setting &setting : settings) {
        const QVariant before = m_database.scalar(dialect.readSetting(setting.name));
        try {
            m_database.run(dialect.writeSetting(setting.name, setting.value));
            m_restore.prepend(dialect.writeSetting(setting.name, before.toString()));
        } catch (const StorageError &) {
            // SQLite refuses to move temporary storage once this connection has temporary tables
            // in the transaction; the work is then only slower.
        }
    }
}

SettingsScope::~SettingsScope()
{
    try {
        restore();
    } catch (const StorageError &) {
        // The settings only tune speed and memory; a destructor must not throw.
    }
}

void SettingsScope::restore()
{
    const QStringList statements = std::exchange(m_restore, {});
    for (const QString &statement : statements)
        m_database.run(statement);
}

QStringList SettingsScope::statements(const SqlDialect &dialect, const QList<SqlDialect::Setting> &settings)
{
    QStringList result;
    for (const SqlDialect::Setting &setting : settings)
        result << dialect.writeSetting(setting.name, setting.value);
    return result;
}

} // namespace dd
