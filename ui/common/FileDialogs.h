#pragma once

#include <QString>
#include <QStringList>

#include <memory>

class QFileDialog;
class QWidget;

namespace dd {

// Every file dialog of the program, made so that listing a folder never opens a file in it. Qt's
// file dialog names a file's type and icon by reading its first bytes; in the folder of the open
// database that opened and closed the database and its -shm/-wal files, which drops SQLite's
// POSIX locks on them (they belong to the process, and any close releases them all). Another
// program then took itself for the last user, deleted the write-ahead log, and DisputeDesk's later
// saves went into a deleted file. So the dialogs are Qt's own (a platform's dialog may read files
// in this process too), with an icon provider that judges by name alone (FileNameIconProvider).
class FileDialogs
{
public:
    // A dialog to show and answer; `filter` as QFileDialog's name filters (";;" between them).
    static std::unique_ptr<QFileDialog> create(QWidget *parent, const QString &caption, const QString &directory,
                                               const QString &filter);

    // As QFileDialog's static functions, through such a dialog; empty when cancelled.
    static QString openFileName(QWidget *parent, const QString &caption, const QString &directory = QString(),
                                const QString &filter = QString());
    static QStringList openFileNames(QWidget *parent, const QString &caption, const QString &directory = QString(),
                                     const QString &filter = QString());
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &directory = QString(),
                                const QString &filter = QString());
    static QString existingDirectory(QWidget *parent, const QString &caption, const QString &directory = QString());
};

} // namespace dd
