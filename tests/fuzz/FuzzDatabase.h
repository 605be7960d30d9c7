#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>

namespace dd {

class Database;

// The world a fuzz target's input meets: a QCoreApplication (Qt SQL loads its driver through
// one), a small demo database in a temporary folder (customers, invoices, payments and disputes,
// so that re-imports and held changes are reachable) and the input written to a file there,
// because the importers read files, as the program does.
//
// Every input runs inside one outer transaction that is rolled back afterwards: the importers'
// own transactions join it, so each input meets the same database and a crash reproduces with
// the one input that caused it.
class FuzzDatabase
{
public:
    static FuzzDatabase &instance();

    // Writes the input to "input.<suffix>" in the temporary folder and returns its path.
    QString writeInput(const std::uint8_t *data, std::size_t size, const QString &suffix);
    // Runs `work` on the database and rolls back whatever it wrote. The importers' refusals of
    // bad data (StorageError, ValidationError: a message for the user) are caught; anything else
    // escapes, so libFuzzer reports it as a crash.
    void runRolledBack(const std::function<void(Database &)> &work);

private:
    FuzzDatabase();
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
};

} // namespace dd
