#pragma once

#include <QStringList>

namespace dd {

class Database;

// Loading many rows at once (demo data, large imports): the secondary indexes of the given tables
// are dropped while the rows go in and built again at finish(), which is several times faster
// than updating them row by row. Must live inside a Transaction, so that a failure before
// finish() rolls the dropped indexes back as well.
//
// For the length of the load the connection keeps a small page cache and sorts on disk: a load
// of any size then takes the same memory, and building an index from sorted runs of a few
// megabytes is about twice as fast as one sort of all its entries in memory (what
// temp_store = MEMORY makes SQLite do).
class BulkLoad
{
public:
    BulkLoad(Database &database, const QStringList &tables);
    ~BulkLoad();
    BulkLoad(const BulkLoad &) = delete;
    BulkLoad &operator=(const BulkLoad &) = delete;
    void finish();
    // The pragmas a load runs under, for the benchmark's sqlite3 shell to do the same.
    static QStringList settings();

private:
    void restoreSettings();

    Database &m_database;
    QStringList m_createStatements;
    QStringList m_restore; // the pragmas that put the connection's settings back
    bool m_finished = false;
};

} // namespace dd
