#pragma once

#include "cli/CliCommand.h"

namespace dd {

// `import --db F --kind customers|invoices|payments FILE.csv [--mapping FILE] [--valid-rows-only]
// [--date-format F] [--decimal comma|point]`, `import --db F --ubl FILE_OR_DIR` and
// `import --db F --camt FILE.xml [--confirm-above SCORE]`. Every error is printed as
// file:line:column: reason, and then nothing has changed.
class ImportCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    QString positionalArgument() const override { return QStringLiteral("FILE"); }
    QString positionalDescription() const override { return QStringLiteral("The CSV file to import (with --kind)."); }

protected:
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, CliContext &context) override;

private:
    // Importing is how a database is first filled, so the file may be new; when the import is
    // refused, a file created for it is removed again, so that nothing has changed.
    struct OpenedDatabase
    {
        std::unique_ptr<Database> database;
        QString path;
        bool created = false;
        void discardIfCreated();
    };
    OpenedDatabase open(const QCommandLineParser &parser) const;
    int importCsv(const QCommandLineParser &parser, CliContext &context, const QString &path);
    int importUbl(const QCommandLineParser &parser, CliContext &context, const QString &path);
    int importCamt(const QCommandLineParser &parser, CliContext &context, const QString &path);
};

} // namespace dd
