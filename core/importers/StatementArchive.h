#pragma once

#include "importers/ImportIssue.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace dd {

// One file taken out of a .zip.
struct ArchivedFile
{
    QString name; // its path inside the archive
    QByteArray bytes;
};

// A .zip of bank statements, as banks offer a period's statements for download. Read with
// libzip (Qt has no public zip API); every file's checksum is verified as it is read.
class StatementArchive
{
public:
    // Limits against a zip bomb: far beyond a year of daily statements of a busy account.
    static constexpr qint64 maxFileBytes = 64 * 1024 * 1024;
    static constexpr qint64 maxTotalBytes = 256 * 1024 * 1024;
    static constexpr int maxFiles = 5000;

    // The local file header's signature "PK\3\4" (or an empty archive's "PK\5\6").
    static bool recognises(const QByteArray &bytes);
    // The files in the archive's order; folders and the resource forks macOS adds (__MACOSX/)
    // are left out. nullopt with the issue (the archive's name, or archive/file) when it cannot
    // be read: damaged, encrypted, too large.
    static std::optional<QList<ArchivedFile>> files(const QByteArray &bytes, const QString &fileName, ImportIssues *issues);
};

} // namespace dd
