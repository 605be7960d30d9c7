#pragma once

#include "calendar/IsoDate.h"
#include "cli/OutputTable.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace dd {

class Database;

// What every command is given: its output streams and the date to use when --as-of is absent.
struct CliContext
{
    QTextStream &out;
    QTextStream &err;
    Date today;
};

// One `disputedesk-cli <command>`. Subclasses declare their options and do the work; the shared
// options (--db, --format, --as-of) and their checks live here so every command treats them alike.
class CliCommand
{
public:
    virtual ~CliCommand() = default;
    // One word ("aging") or two ("dispute open").
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // The name of the one positional argument the command takes ("CASE"), or empty for none.
    virtual QString positionalArgument() const { return QString(); }
    // What the positional argument is, for --help; default "The case number."
    virtual QString positionalDescription() const;

    // Parses `arguments` (without the program and command names) and runs. Throws CliError.
    int execute(const QStringList &arguments, CliContext &context);
    QString helpText();

protected:
    virtual void addOptions(QCommandLineParser &parser) = 0;
    virtual int run(const QCommandLineParser &parser, CliContext &context) = 0;

    // --db FILE: required; an existing DisputeDesk database unless `create` is set.
    std::unique_ptr<Database> openDatabase(const QCommandLineParser &parser, bool create = false) const;
    // --db FILE for a command that only reads: opened read-only, so that reading never creates,
    // fills or changes a file (Database::Mode::ToRead).
    std::unique_ptr<Database> openDatabaseToRead(const QCommandLineParser &parser) const;
    OutputTable::Format format(const QCommandLineParser &parser) const;
    Date asOf(const QCommandLineParser &parser, const CliContext &context) const;
    // The date given as --OPTION (YYYY-MM-DD, within IsoDate's range), or a usage error naming the
    // option; nullopt when the option is not given.
    std::optional<Date> dateOption(const QCommandLineParser &parser, const QString &option) const;
    Date dateValue(const QString &option, const QString &text) const;
    // A whole number option within [minimum, maximum], or the fallback when absent.
    qint64 integer(const QCommandLineParser &parser, const QString &option, qint64 fallback, qint64 minimum,
                   qint64 maximum) const;
    [[noreturn]] void usageError(const QString &message) const;
    // The failure for an input file or database named on the command line that is not there.
    [[noreturn]] void missingFile(const QString &path) const;

    static QCommandLineOption dbOption();
    static QCommandLineOption formatOption();
    static QCommandLineOption asOfOption();

private:
    void prepareParser(QCommandLineParser &parser);
};

} // namespace dd
