#pragma once

#include "storage/SettingsScope.h"

#include <QStringList>

#include <optional>

namespace dd {

class Database;
class SqlDialect;

// Loading many rows at once (demo data, large imports): the secondary indexes of the given tables
// are dropped while the rows go in and built again at finish(), which is several times faster
// than updating them row by row. On PostgreSQL as well (measured for issue 20: a million invoices
// copied into the indexed table took 56 s, with its secondary indexes, the trigram one among
// them, dropped first and built again after 27 s). A table's search table (SqliteTextSearch) is
// likewise filled once at finish() instead of row by row, its triggers dropped meanwhile. Must
// live inside a Transaction, so that a failure before finish() rolls the dropped indexes and
// triggers back as well. For the length of the load the connection runs under the dialect's
// bulk-load settings (SqlDialect::bulkLoadSettings).
class BulkLoad
{
public:
    BulkLoad(Database &database, const QStringList &tables);
    ~BulkLoad();
    BulkLoad(const BulkLoad &) = delete;
    BulkLoad &operator=(const BulkLoad &) = delete;
    void finish();
    // The statements a load's settings are made with, for the benchmark's sqlite3 shell to do the same.
    static QStringList settings(const SqlDialect &dialect);

private:
    Database &m_database;
    QStringList m_createStatements;
    std::optional<SettingsScope> m_settings; // put back at finish() or with the load
    bool m_finished = false;
};

} // namespace dd
