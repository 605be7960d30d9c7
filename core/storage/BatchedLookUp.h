#pragma once

#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <functional>

namespace dd {

class Database;

// One SELECT whose condition is `column IN (?, ?, ...)`, run over a list of keys a fixed number at
// a time: an import's look-ups for its next rows in a few statements instead of one round trip
// each (StoredInvoiceQuery, PaymentRepository). Prepared once, with a fixed number of marks; a
// short last batch repeats its last key. Must not outlive its Database.
class BatchedLookUp
{
public:
    // `sql` holds %1 where the marks go, e.g. "SELECT number, id FROM invoices WHERE number IN (%1)".
    BatchedLookUp(Database &database, const QString &sql);

    // Runs the statement for every batch of `keys` and calls `row` for each row found.
    void run(const QStringList &keys, const std::function<void(const QSqlQuery &)> &row);

    // Keys to a statement: within the 999 bound parameters of an older SQLite, and few enough
    // statements (two thousand for a million rows) that their round trips do not count.
    static constexpr qsizetype perStatement = 500;

private:
    Database &m_database;
    QString m_sql;
    QSqlQuery m_query;
    bool m_prepared = false;
};

} // namespace dd
