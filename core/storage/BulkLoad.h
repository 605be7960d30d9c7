#pragma once

#include <QStringList>

namespace dd {

class Database;

// Loading many rows at once (demo data, large imports): the secondary indexes of the given tables
// are dropped while the rows go in and built again at finish(), which is several times faster
// than updating them row by row. Must live inside a Transaction, so that a failure before
// finish() rolls the dropped indexes back as well.
class BulkLoad
{
public:
    BulkLoad(Database &database, const QStringList &tables);
    void finish();

private:
    Database &m_database;
    QStringList m_createStatements;
    bool m_finished = false;
};

} // namespace dd
