#pragma once

#include <QDir>
#include <QString>
#include <QStringList>

#include <memory>

class QLockFile;
class QTemporaryDir;

namespace dd {

class Database;

// The folder a dunning run writes its letters into. A letter in the folder must have been recorded
// in the dunning history: a user posts what lies there. So a run writes its files into a staging
// folder of its own inside it (.dunning-run-XXXXXX, on the same file system so that the final
// rename is atomic), and moves them into place only after the run was committed.
//
// A run that dies (a kill, a power cut) leaves its staging folder behind. The next run in the
// folder cleans it up. Right after its commit a run marks its staging folder with its run id
// (markCommitted); a marked folder's files whose content (SHA-256) is a letter of that run are
// moved into place, as the dead run would have done. Every other file was never recorded, or
// cannot be told from one that was not, and is deleted: a letter that looks sent but is not in the
// history could be posted, and the next run would send it again. (Dying in the instant between the
// commit and the mark loses the files of a recorded run; the history still holds the letters.)
// A staging folder in use by a live run is locked (QLockFile with the process id) and left alone.
class DunningLetterFolder
{
public:
    // Makes the folder when missing. Throws ValidationError when it cannot be made.
    DunningLetterFolder(Database &database, const QString &path);
    ~DunningLetterFolder(); // removes the staging folder unless it still holds recorded letters
    DunningLetterFolder(const DunningLetterFolder &) = delete;
    DunningLetterFolder &operator=(const DunningLetterFolder &) = delete;

    struct Cleanup
    {
        QStringList recovered; // recorded letters moved into place (full paths)
        int discarded = 0;     // files of runs that were never recorded, deleted
    };
    // Cleans up what dead runs left in the folder (see the class comment).
    Cleanup cleanUpLeftovers();

    const QDir &dir() const { return m_dir; }
    QString absolutePath() const { return m_dir.absolutePath(); }

    // Makes and locks this run's staging folder. Throws ValidationError.
    void startStaging();
    // A path inside the staging folder for the file staged as `name`.
    QString stagedPath(const QString &name) const;
    // Writes a staged file. Throws ValidationError naming the file.
    void writeStaged(const QString &name, const QByteArray &content) const;
    // Right after the commit: records in the staging folder that its letters belong to run `runId`.
    void markCommitted(qint64 runId) const;
    // After the commit: moves a staged file to its final name. Returns false when it cannot be
    // moved; the staging folder is then kept, and the next run moves the letter into place.
    bool moveIntoPlace(const QString &stagedName, const QString &finalName);

    static QString stagingPattern() { return QStringLiteral(".dunning-run-"); }

private:
    void cleanUp(const QString &stagingPath, Cleanup &cleanup);

    Database &m_database;
    QDir m_dir;
    std::unique_ptr<QTemporaryDir> m_staging;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace dd
