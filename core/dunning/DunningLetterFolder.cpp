#include "DunningLetterFolder.h"

#include "common/FileWriteProblem.h"

#include "common/ValidationError.h"
#include "dunning/DunningRunRepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLockFile>
#include <QTemporaryDir>

namespace dd {

namespace {
// The context lupdate gives the texts of this file (the class), so their translations are found.
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::DunningLetterFolder", text);
}

const QString lockName = QStringLiteral(".lock");
const QString committedName = QStringLiteral(".committed");
const QString emlSuffix = QStringLiteral(".eml");
constexpr qint64 unlockedGraceSeconds = 3600;
// A lock is stale when its process is gone; one that cannot be read (a run killed while writing
// it) only after a day, far longer than any run renders.
constexpr int staleLockMs = 24 * 3600 * 1000;

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

DunningLetterFolder::DunningLetterFolder(Database &database, const QString &path)
    : m_database(database)
{
    if (path.isEmpty() || !QDir().mkpath(path))
        throw ValidationError(tr("The folder %1 cannot be made.").arg(path));
    m_dir = QDir(path);
}

DunningLetterFolder::~DunningLetterFolder()
{
    // The lock goes first: a staging folder kept for the next run must not look like a live one.
    m_lock.reset();
}

void DunningLetterFolder::startStaging()
{
    m_staging = std::make_unique<QTemporaryDir>(m_dir.filePath(stagingPattern() + QStringLiteral("XXXXXX")));
    if (!m_staging->isValid())
        throw ValidationError(tr("Cannot write into the folder %1: %2").arg(m_dir.path(), m_staging->errorString()));
    m_lock = std::make_unique<QLockFile>(m_staging->filePath(lockName));
    m_lock->setStaleLockTime(staleLockMs);
    if (!m_lock->tryLock(0))
        throw ValidationError(tr("Cannot write into the folder %1: %2").arg(m_dir.path(), m_staging->filePath(lockName)));
}

QString DunningLetterFolder::stagedPath(const QString &name) const
{
    return m_staging->filePath(name);
}

void DunningLetterFolder::writeStaged(const QString &name, const QByteArray &content) const
{
    const QString path = stagedPath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.flush())
        throw ValidationError(FileWriteProblem::describe(path, file));
}

void DunningLetterFolder::markCommitted(qint64 runId) const
{
    // Should this fail (a full disk), the moves that follow usually still work; only a run that
    // dies before them loses its files, which is the safe side.
    QFile mark(stagedPath(committedName));
    if (mark.open(QIODevice::WriteOnly))
        mark.write(QByteArray::number(runId));
}

bool DunningLetterFolder::moveIntoPlace(const QString &stagedName, const QString &finalName)
{
    if (QFile::rename(stagedPath(stagedName), m_dir.filePath(finalName)))
        return true;
    // Recorded, but not in place: the next run in this folder moves it (see the class comment).
    m_staging->setAutoRemove(false);
    return false;
}

DunningLetterFolder::Cleanup DunningLetterFolder::cleanUpLeftovers()
{
    Cleanup cleanup;
    const QStringList leftovers = m_dir.entryList({stagingPattern() + u'*'}, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString &name : leftovers) {
        const QString path = m_dir.filePath(name);
        if (m_staging && QFileInfo(path) == QFileInfo(m_staging->path()))
            continue;
        cleanUp(path, cleanup);
    }
    return cleanup;
}

void DunningLetterFolder::cleanUp(const QString &stagingPath, Cleanup &cleanup)
{
    const QString lockPath = stagingPath + u'/' + lockName;
    // A run locks its staging folder right after making it, before any letter is written: a
    // folder without a lock is being made by a run right now (two runs started together), or was
    // left by one that died before locking it: taken on only when old. A marked one without a lock
    // was kept by a run that could not move a recorded letter (moveIntoPlace): taken on at once.
    if (!QFileInfo::exists(lockPath) && !QFileInfo::exists(stagingPath + u'/' + committedName)
        && QFileInfo(stagingPath).lastModified().secsTo(QDateTime::currentDateTime()) < unlockedGraceSeconds)
        return;
    QLockFile lock(lockPath);
    lock.setStaleLockTime(staleLockMs);
    if (!lock.tryLock(0))
        return; // a live run's

    QDir staging(stagingPath);
    bool ok = false;
    const qint64 runId = contentOf(staging.filePath(committedName)).trimmed().toLongLong(&ok);
    QHash<QString, QString> recorded; // SHA-256 -> file name, of the letters of the run that marked the folder
    if (ok && runId > 0)
        recorded = DunningRunRepository(m_database).letterFiles(runId);
    const QStringList files = staging.entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString &name : files) {
        if (name == lockName || name == committedName || name.endsWith(emlSuffix))
            continue;
        const QString sha256 = QString::fromLatin1(
            QCryptographicHash::hash(contentOf(staging.filePath(name)), QCryptographicHash::Sha256).toHex());
        const QString finalName = recorded.value(sha256);
        const QString target = m_dir.filePath(finalName);
        if (finalName.isEmpty() || QFileInfo::exists(target) || !QFile::rename(staging.filePath(name), target)) {
            ++cleanup.discarded;
            continue;
        }
        cleanup.recovered << target;
        const QString eml = m_dir.filePath(QFileInfo(finalName).completeBaseName() + emlSuffix);
        if (QFile::exists(staging.filePath(name + emlSuffix)) && !QFileInfo::exists(eml)
            && QFile::rename(staging.filePath(name + emlSuffix), eml))
            cleanup.recovered << eml;
    }
    // Emptied while holding the lock, so that no other run cleans this folder at the same time;
    // the lock goes last (QLockFile removes its own file).
    for (const QString &name : staging.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)) {
        if (name != lockName)
            QFile::remove(staging.filePath(name));
    }
    lock.unlock();
    QDir().rmdir(stagingPath);
}

} // namespace dd
