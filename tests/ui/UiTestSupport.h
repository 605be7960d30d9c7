#pragma once

// Shared helpers of the GUI tests: a small demo database on a temporary file with fixed seed and
// dates, so every run sees the same invoices.

#include "TempDir.h"
#include "calendar/IsoDate.h"
#include "demo/DemoDataGenerator.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <QDate>
#include <QString>

#include <memory>

namespace Catch {
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch

namespace dd::test {

// The demo data ends on `until`; the lists are looked at a little later, so that some
// invoices are overdue in every bucket.
inline QDate demoUntil() { return QDate(2025, 6, 30); }
inline QDate demoAsOf() { return QDate(2025, 7, 15); }

class DemoDatabase
{
public:
    explicit DemoDatabase(int customers = 60, int invoices = 900)
        : m_path(m_dir.filePath(QStringLiteral("demo.sqlite")))
        , m_database(Database::open(m_path))
    {
        DemoOptions options;
        options.customers = customers;
        options.invoices = invoices;
        options.seed = 7;
        options.until = IsoDate::fromQDate(demoUntil());
        DemoDataGenerator(*m_database).generate(options);
    }

    const QString &path() const { return m_path; }
    // A connection of the test's own, next to the one the window opens.
    Database &database() { return *m_database; }

private:
    TempDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_database;
};

} // namespace dd::test
