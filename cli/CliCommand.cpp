#include "CliCommand.h"

#include "cli/CliError.h"
#include "cli/QtMessageHold.h"
#include "common/Error.h"
#include "storage/Database.h"
#include "storage/DatabaseLocation.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::CliCommand", text);
}
} // namespace

QCommandLineOption CliCommand::dbOption()
{
    return QCommandLineOption(QStringLiteral("db"), tr("The DisputeDesk database file."), QStringLiteral("FILE"));
}

QCommandLineOption CliCommand::formatOption()
{
    return QCommandLineOption(QStringLiteral("format"), tr("Output as table (default), csv or json."),
                              QStringLiteral("FORMAT"), QStringLiteral("table"));
}

QCommandLineOption CliCommand::asOfOption()
{
    return QCommandLineOption(QStringLiteral("as-of"), tr("The date to compute for (YYYY-MM-DD); default today."),
                              QStringLiteral("DATE"));
}

QString CliCommand::positionalDescription() const
{
    return tr("The case number.");
}

void CliCommand::prepareParser(QCommandLineParser &parser)
{
    parser.setApplicationDescription(summary());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
    if (!positionalArgument().isEmpty())
        parser.addPositionalArgument(positionalArgument(), positionalDescription());
    addOptions(parser);
}

QString CliCommand::helpText()
{
    QCommandLineParser parser;
    prepareParser(parser);
    QString text = parser.helpText();
    text.replace(QCoreApplication::applicationFilePath(), QStringLiteral("disputedesk-cli"));
    const qsizetype usageEnd = text.indexOf(u'\n');
    const QString usage = QStringLiteral("Usage: disputedesk-cli %1 [options]%2")
                              .arg(name(), positionalArgument().isEmpty() ? QString() : u' ' + positionalArgument());
    return usage + text.mid(usageEnd);
}

void CliCommand::usageError(const QString &message) const
{
    throw CliError(name() + QStringLiteral(": ") + message, CliError::Usage);
}

void CliCommand::missingFile(const QString &path) const
{
    throw CliError(name() + QStringLiteral(": ") + tr("%1 does not exist").arg(path), CliError::Failure);
}

int CliCommand::execute(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    prepareParser(parser);
    if (!parser.parse(QStringList{QStringLiteral("disputedesk-cli")} + arguments))
        usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        context.out << helpText();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    const int allowed = positionalArgument().isEmpty() ? 0 : 1;
    if (positional.size() > allowed)
        usageError(tr("unexpected argument \"%1\"").arg(positional.at(allowed)));
    if (positional.size() < allowed)
        usageError(tr("%1 is required").arg(positionalArgument()));
    QtMessageHold qtMessages;
    try {
        return run(parser, context);
    } catch (const Error &error) {
        if (dynamic_cast<const StorageError *>(&error))
            qtMessages.toStorageLog();
        throw CliError(name() + QStringLiteral(": ") + error.message(), CliError::Failure);
    }
}

std::unique_ptr<Database> CliCommand::openDatabase(const QCommandLineParser &parser, bool create) const
{
    if (!parser.isSet(QStringLiteral("db")))
        usageError(tr("--db FILE is required"));
    const QString path = parser.value(QStringLiteral("db"));
    // A team database on a server is no file: its server says whether it exists.
    if (!create && !DatabaseLocation::isServer(path) && !QFileInfo::exists(path))
        missingFile(path);
    return Database::open(path);
}

std::unique_ptr<Database> CliCommand::openDatabaseToRead(const QCommandLineParser &parser) const
{
    if (!parser.isSet(QStringLiteral("db")))
        usageError(tr("--db FILE is required"));
    const QString path = parser.value(QStringLiteral("db"));
    if (!DatabaseLocation::isServer(path) && !QFileInfo::exists(path))
        missingFile(path);
    return Database::open(path, Database::Mode::ToRead);
}

OutputTable::Format CliCommand::format(const QCommandLineParser &parser) const
{
    const QString value = parser.value(QStringLiteral("format"));
    const auto parsed = OutputTable::parseFormat(value);
    if (!parsed)
        usageError(tr("--format must be table, csv or json, not \"%1\"").arg(value));
    return *parsed;
}

Date CliCommand::asOf(const QCommandLineParser &parser, const CliContext &context) const
{
    return dateOption(parser, QStringLiteral("as-of")).value_or(context.today);
}

std::optional<Date> CliCommand::dateOption(const QCommandLineParser &parser, const QString &option) const
{
    if (!parser.isSet(option))
        return std::nullopt;
    return dateValue(option, parser.value(option));
}

Date CliCommand::dateValue(const QString &option, const QString &text) const
{
    QString why;
    const auto date = IsoDate::parseInput(text, &why);
    if (!date)
        usageError(tr("--%1: %2").arg(option, why));
    return *date;
}

qint64 CliCommand::integer(const QCommandLineParser &parser, const QString &option, qint64 fallback, qint64 minimum,
                           qint64 maximum) const
{
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const QString value = parser.value(option);
    const qint64 number = value.toLongLong(&ok);
    if (!ok || number < minimum || number > maximum)
        usageError(tr("--%1: \"%2\" is not a whole number from %3 to %4").arg(option, value).arg(minimum).arg(maximum));
    return number;
}

} // namespace dd
