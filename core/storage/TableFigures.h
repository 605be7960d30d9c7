#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace dd {

class Database;

// What a copy of a database is checked by (DatabaseCopy): per table the number of rows and the sum
// of every money column (the `*_cents` columns). Two databases with the same figures hold the same
// money in the same number of rows, whichever backend each is on.
struct TableFigures
{
    struct Sum
    {
        QString column;
        qint64 cents = 0;
        bool operator==(const Sum &other) const { return column == other.column && cents == other.cents; }
    };

    QString table;
    qint64 rows = 0;
    QList<Sum> sums; // in the order of the table's columns

    bool operator==(const TableFigures &other) const { return table == other.table && rows == other.rows && sums == other.sums; }
    bool operator!=(const TableFigures &other) const { return !(*this == other); }

    // The figures of `table` in `database`, read in one statement. Throws StorageError.
    static TableFigures of(const Database &database, const QString &table);
    // The columns of `table` in `database`, in the table's order. Throws StorageError.
    static QStringList columns(const Database &database, const QString &table);
    // The table's money columns, named by the schema's convention (amounts are integer `*_cents`).
    static QStringList moneyColumns(const QStringList &columns);
    // "rows 12, total_incl_cents 34500": the figures as one line for a message or the log.
    QString describe() const;
};

} // namespace dd
