#pragma once

#include <QFileDevice>
#include <QString>

namespace dd {

// Why writing a file (a letter, a credit note, an export) failed, in words a user can act on.
// A disk that fills up during a write often leaves QFile with no error at all (a short write is
// not an error to it), which Qt reports as "Unknown error": the free space of the disk says more.
class FileWriteProblem
{
public:
    // "PATH cannot be written: the disk is full; ..." or "...: <the system's reason>".
    static QString describe(const QString &path, const QFileDevice &file);
};

} // namespace dd
