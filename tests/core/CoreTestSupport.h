#pragma once

// Shared helpers of the core tests: readable Catch2 output for Qt and domain types, and small
// SQL helpers for counting rows before and after an operation.

#include "calendar/IsoDate.h"
#include "money/Money.h"
#include "storage/Database.h"
#include "storage/SqlDialect.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <map>
#include <string>

namespace Catch {
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
template<>
struct StringMaker<dd::Date>
{
    static std::string convert(const dd::Date &value)
    {
        return value.is_special() ? std::string("(no date)") : dd::IsoDate::format(value).toStdString();
    }
};
template<>
struct StringMaker<dd::Money>
{
    static std::string convert(const dd::Money &value)
    {
        return (value.currency() + u' ' + value.toPlain()).toStdString();
    }
};
} // namespace Catch

namespace dd::test {

inline Date day(int year, int month, int dayOfMonth)
{
    return Date(year, month, dayOfMonth);
}

inline Money eur(qint64 cents)
{
    return Money(cents, QStringLiteral("EUR"));
}

// SELECT COUNT(*) FROM table, through the database's own connection.
inline qint64 rows(Database &db, const QString &table)
{
    return db.scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table).toLongLong();
}

// Row counts of every table the foundation writes: compare before/after a refused write.
inline std::map<QString, qint64> allCounts(Database &db)
{
    std::map<QString, qint64> result;
    for (const char *table : {"customers", "contacts", "products", "invoices", "invoice_lines", "payments", "allocations"})
        result[QString::fromLatin1(table)] = rows(db, QString::fromLatin1(table));
    return result;
}

// The test runs on SQLite (a file) rather than PostgreSQL (tests/postgres, the pg: tests).
inline bool isSqlite(Database &db)
{
    return db.dialect().driverName() == QLatin1String("QSQLITE");
}

// The first column of every row of `select`, joined with commas: what SQLite's group_concat
// gives, on either backend (give the ORDER BY).
inline QString joined(Database &db, const QString &select)
{
    QSqlQuery query = db.run(select);
    QStringList values;
    while (query.next())
        values << query.value(0).toString();
    return values.join(u',');
}

// The names of the database's indexes, or of all its tables, indexes and triggers, sorted.
inline QStringList schemaNames(Database &db, bool indexesOnly)
{
    QString select;
    if (isSqlite(db))
        select = QStringLiteral("SELECT name FROM sqlite_master%1 ORDER BY name").arg(indexesOnly ? QStringLiteral(" WHERE type = 'index'") : QString());
    else if (indexesOnly)
        select = QStringLiteral("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() ORDER BY indexname");
    else
        select = QStringLiteral("SELECT name FROM (SELECT relname AS name FROM pg_class WHERE relnamespace = CAST(current_schema() AS regnamespace) "
                                "UNION ALL SELECT tgname FROM pg_trigger WHERE NOT tgisinternal) AS names ORDER BY name");
    return joined(db, select).split(u',', Qt::SkipEmptyParts);
}

// Whole days from the date column `earlier` to `later`, in SQL.
inline QString daysBetween(Database &db, const QString &later, const QString &earlier)
{
    return isSqlite(db) ? QStringLiteral("(julianday(%1) - julianday(%2))").arg(later, earlier)
                        : QStringLiteral("(%1 - %2)").arg(later, earlier);
}

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

} // namespace dd::test
