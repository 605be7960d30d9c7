#pragma once

// Shared helpers of the core tests: readable Catch2 output for Qt and domain types, and small
// SQL helpers for counting rows before and after an operation.

#include "calendar/IsoDate.h"
#include "money/Money.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

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

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

} // namespace dd::test
