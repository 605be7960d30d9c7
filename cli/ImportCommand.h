#pragma once

#include "cli/CliCommand.h"

namespace dd {

class NewDatabaseFile;

// `import --db F --kind customers|invoices|payments|disputes FILE.csv [--mapping FILE] [--valid-rows-only]
// [--date-format F] [--decimal comma|point]`, `import --db F --ubl FILE_OR_DIR` and
// `import --db F --bank FILE [--confirm-above SCORE]` (CAMT.053, MT940 or a .zip; --camt is the
// old name). Every error is printed as file:line:column: reason, and then nothing has changed.
class ImportCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    QString positionalArgument() const override { return QStringLiteral("FILE"); }
    QString positionalDescription() const override { return QStringLiteral("The file to import: CSV (--kind), UBL (--ubl) or a bank statement (--bank)."); }

protected:
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, CliContext &context) override;

private:
    // Importing is how a database is first filled, so the file may be new. A new one is built
    // under a temporary name and appears under its own only when the import commits: a refused
    // or killed import leaves nothing where the user expects their data.
    struct OpenedDatabase
    {
        std::unique_ptr<Database> existing;
        std::unique_ptr<NewDatabaseFile> created;
        Database &database() const;
        // The import committed: a new file is put in place. Throws StorageError.
        void keep();
        // The import was refused: a new file is removed, so that nothing has changed.
        void discardIfCreated();
    };
    OpenedDatabase open(const QCommandLineParser &parser, CliContext &context) const;
    int importCsv(const QCommandLineParser &parser, CliContext &context, const QString &path);
    int importUbl(const QCommandLineParser &parser, CliContext &context, const QString &path);
    int importBank(const QCommandLineParser &parser, CliContext &context, const QString &path);
};

} // namespace dd
