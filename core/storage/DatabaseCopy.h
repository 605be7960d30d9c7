#pragma once

#include "TableFigures.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace dd {

class Database;

// Copies a whole DisputeDesk database from one location to another, between any two of a file
// and a server (issue 20: a desk moved to the team database, a backup or offline copy of it).
// The target is created and brought to the current schema; one that already holds data is
// refused before anything is written. Every table is copied with its ids, its rows read one at a
// time and written a batch at a time (BatchInsert; never a table in memory), in one transaction on
// the target; then both sides are compared table by table (rows and money sums), and a difference
// rolls the whole copy back.
class DatabaseCopy
{
public:
    // Called now and then with the rows copied so far; return false to cancel (nothing is kept).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    struct Result
    {
        bool cancelled = false;
        QList<TableFigures> source; // in copy order
        QList<TableFigures> target; // equal to source when the copy was kept
        qint64 rows() const;
    };

    DatabaseCopy(QString source, QString target);

    // Throws StorageError: the source cannot be read, the target cannot be opened or holds data,
    // a row is refused, or the two sides differ afterwards. The target then holds nothing copied.
    Result run(const Progress &progress = {});

    // Every table of a DisputeDesk database but schema_info, in an order in which each row's
    // foreign keys point at rows copied before it (a test checks it against the schema). A
    // migration that adds a table adds it here too.
    static const QStringList &tableOrder();
    // The figures of every table of `database`, in copy order. Throws StorageError.
    static QList<TableFigures> figures(const Database &database);
    // Columns that point at a row of their own table, filled in a second pass once every row of
    // the table is there: a credit a bank took back names its reversal, which comes after it.
    static QStringList laterColumns(const QString &table);

private:
    std::unique_ptr<Database> openTarget() const;
    void checkTables(const Database &database) const;
    void copyTable(Database &source, Database &target, const QString &table, qint64 &done, qint64 total,
                   const Progress &progress, bool &cancelled);
    void fillLaterColumns(Database &source, Database &target, const QString &table);
    static void compare(const QList<TableFigures> &source, const QList<TableFigures> &target, const QString &location);

    QString m_source;
    QString m_target;
};

} // namespace dd
