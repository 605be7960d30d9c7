#pragma once

#include <QByteArray>
#include <QString>

namespace dd {

// Writes a document the user saves (PDF, UBL, .eml) whole or not at all: a failed save never
// leaves half a file over an older one.
class FileSaver
{
public:
    // False with the reason in `error` when the file could not be written.
    static bool write(const QString &path, const QByteArray &content, QString *error);
};

} // namespace dd
