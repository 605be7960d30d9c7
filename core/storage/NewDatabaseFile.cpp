#include "NewDatabaseFile.h"

#include "Database.h"
#include "StorageError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::NewDatabaseFile", text);
}

// ".books.sqlite.new-" in the folder of books.sqlite: hidden, and plainly not the database.
QString temporaryPrefix(const QString &path)
{
    const QFileInfo info(path);
    return QStringLiteral(".") + info.fileName() + QStringLiteral(".new-");
}

const QStringList &sqliteCompanions()
{
    static const QStringList suffixes{QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};
    return suffixes;
}

// A rename is durable only once the folder itself is on disk. Only the folder is opened here,
// never the database file (see Database.cpp on POSIX locks).
void syncFolder(const QString &folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return;
    ::fsync(fd);
    ::close(fd);
}
} // namespace

bool NewDatabaseFile::isNew(const QString &path)
{
    const QFileInfo info(path);
    return !info.exists() || (info.isFile() && info.size() == 0);
}

QStringList NewDatabaseFile::leftovers(const QString &path)
{
    const QFileInfo info(path);
    const QDir folder = info.absoluteDir();
    QStringList result;
    const QStringList names = folder.entryList({temporaryPrefix(path) + QStringLiteral("??????")}, QDir::Files | QDir::Hidden);
    for (const QString &name : names)
        result << folder.filePath(name);
    return result;
}

NewDatabaseFile::NewDatabaseFile(const QString &path)
    : m_path(path)
{
    const QFileInfo info(path);
    QTemporaryFile file(info.absoluteDir().filePath(temporaryPrefix(path) + QStringLiteral("XXXXXX")));
    file.setAutoRemove(false);
    if (!file.open())
        throw StorageError(tr("%1 cannot be created: the folder %2 does not exist or may not be written to (%3).")
                               .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(info.absolutePath()), file.errorString()));
    m_building = file.fileName();
    // Closed before SQLite opens it: no descriptor of ours may outlive a connection's locks.
    file.close();
    try {
        m_database = Database::open(m_building);
    } catch (...) {
        removeBuilding();
        throw;
    }
}

NewDatabaseFile::~NewDatabaseFile()
{
    if (!m_kept)
        removeBuilding();
}

void NewDatabaseFile::removeBuilding()
{
    m_database.reset();
    for (const QString &suffix : sqliteCompanions())
        QFile::remove(m_building + suffix);
}

void NewDatabaseFile::place()
{
    // The last connection to close folds the write-ahead log into the file and deletes it; the
    // file alone then holds everything and may be renamed.
    m_database.reset();
    const QString wal = m_building + QStringLiteral("-wal");
    if (QFileInfo(wal).size() > 0) {
        m_kept = true; // committed data: never thrown away
        throw StorageError(tr("%1 could not be completed: its changes are still in %2. Nothing was put in place of %1.")
                               .arg(QDir::toNativeSeparators(m_path), QDir::toNativeSeparators(wal)));
    }
    QFile::remove(wal);
    QFile::remove(m_building + QStringLiteral("-shm"));

    bool renamed = false;
    QString why;
    const QFileInfo target(m_path);
    if (target.exists() && target.isFile() && target.size() == 0) {
        // An empty file there (say, left by a program killed while creating it) is replaced in
        // one step by rename(2).
        renamed = std::rename(QFile::encodeName(m_building).constData(), QFile::encodeName(m_path).constData()) == 0;
        if (!renamed)
            why = QString::fromLocal8Bit(std::strerror(errno));
    } else {
        // QFile::rename never replaces a file that appeared meanwhile.
        QFile file(m_building);
        renamed = file.rename(m_path);
        if (!renamed)
            why = file.errorString();
    }
    m_kept = true;
    if (!renamed)
        throw StorageError(tr("%1 cannot be put in place (%2); the complete database was kept as %3.")
                               .arg(QDir::toNativeSeparators(m_path), why, QDir::toNativeSeparators(m_building)));
    syncFolder(target.absolutePath());
}

} // namespace dd
