#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

class QSaveFile;

namespace dd {

// Writing a document the user asked for to a file, for the document commands.
class DocumentFiles
{
public:
    // Throws CliError (exit 1) naming the command and the file when it cannot be written.
    static void write(const QString &command, const QString &path, const QByteArray &content);

    // For a command that changes the database and then writes a file: checks `path` before the
    // change is committed, so that a path that cannot be written refuses the command instead of
    // failing after the commit (where a retry would repeat the change). The folder must exist and
    // take a new file, and an existing file must be a regular file that may be replaced. The file
    // returned is open on a temporary file beside `path` (nothing is replaced yet); finish() puts it
    // in place. Throws CliError (exit 1) naming the command and the file.
    static std::unique_ptr<QSaveFile> reserve(const QString &command, const QString &path);
    // Writes `content` into a reserved file and puts it in place. Returns why it failed (nothing is
    // left behind then), or an empty string.
    static QString finish(QSaveFile &file, const QByteArray &content);
};

} // namespace dd
