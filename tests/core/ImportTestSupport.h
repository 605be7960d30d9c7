#pragma once

// Helpers of the importer tests: files written byte for byte, and a fresh database.

#include "CoreTestSupport.h"
#include "TempDir.h"
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
    return Database::open(dir.filePath(name));
}

inline std::map<QString, qint64> importCounts(Database &db)
{
    auto counts = allCounts(db);
    counts[QStringLiteral("bank_entries")] = rows(db, QStringLiteral("bank_entries"));
    return counts;
}

} // namespace dd::test
