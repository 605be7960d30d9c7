#pragma once

#include <QByteArray>
#include <QString>

namespace dd {

// Writing a document the user asked for to a file, for the document commands.
class DocumentFiles
{
public:
    // Throws CliError (exit 1) naming the command and the file when it cannot be written.
    static void write(const QString &command, const QString &path, const QByteArray &content);
};

} // namespace dd
