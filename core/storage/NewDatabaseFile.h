#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace dd {

class Database;

// A new database file that appears under its name only once its first content is committed.
// It is built under a hidden temporary name in the same folder (so the rename stays on one file
// system) and renamed into place by place(); a refused or killed import thus never leaves an
// empty database, or a 0-byte file, where the user expects their data.
class NewDatabaseFile
{
public:
    // True when `path` should be built this way: it does not exist, or is an empty file.
    static bool isNew(const QString &path);
    // The temporary files of builds for `path` that never finished (the program was killed).
    static QStringList leftovers(const QString &path);

    // Creates the empty database under its temporary name. Throws StorageError when the folder
    // does not take a new file.
    explicit NewDatabaseFile(const QString &path);
    // Removes the temporary file unless place() got as far as committed data to keep.
    ~NewDatabaseFile();
    NewDatabaseFile(const NewDatabaseFile &) = delete;
    NewDatabaseFile &operator=(const NewDatabaseFile &) = delete;

    Database &database() const { return *m_database; }
    const QString &temporaryPath() const { return m_building; }
    // Closes the database (so that the write-ahead log is folded into the file) and renames it
    // to its path, replacing an empty file there but nothing else. Throws StorageError.
    void place();

private:
    void removeBuilding();

    QString m_path;
    QString m_building;
    std::unique_ptr<Database> m_database;
    bool m_kept = false;
};

} // namespace dd
