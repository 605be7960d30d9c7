#pragma once

// Helpers of the importer tests: files written byte for byte, and a fresh database.

#include "CoreTestSupport.h"
#include "TempDir.h"
#include "TestDatabase.h"
#include "importers/CsvImporter.h"
#include "storage/Database.h"

#include <QFile>

#include <memory>

namespace dd::test {

inline QString writeFile(const TempDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
    return path;
}

inline std::unique_ptr<Database> freshDatabase(const TempDir &dir, const QString &name = QStringLiteral("import.sqlite"))
{
    return Database::open(databaseLocation(dir, name));
}

inline std::map<QString, qint64> importCounts(Database &db)
{
    auto counts = allCounts(db);
    counts[QStringLiteral("bank_entries")] = rows(db, QStringLiteral("bank_entries"));
    return counts;
}

// A CSV file of `kind` imported with the default options, as the CLI's `import --kind` does.
inline ImportReport importCsvFile(Database &db, const QString &path, ImportKind kind)
{
    CsvImportOptions options;
    options.kind = kind;
    return CsvImporter(db).importFile(path, options);
}

// The report's problems, one "file:line:column: reason" a line, for a test's INFO.
inline QString issuesText(const ImportReport &report)
{
    QStringList lines;
    for (const ImportIssue &issue : report.errors)
        lines << issue.toString();
    return lines.join(u'\n');
}

} // namespace dd::test
