#include "CopyCommand.h"

#include "storage/DatabaseCopy.h"
#include "storage/DatabaseLocation.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <limits>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::CopyCommand", text);
}
} // namespace

QString CopyCommand::summary() const
{
    return tr("Copies a whole database between a file and a team database, and compares both sides.");
}

void CopyCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("from"), tr("The database to copy: a file or a postgresql:// URL."), QStringLiteral("SOURCE")});
    parser.addOption({QStringLiteral("to"), tr("Where to copy it: a new file, or a postgresql:// URL of an empty database."),
                      QStringLiteral("TARGET")});
    parser.addOption(formatOption());
}

int CopyCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    for (const QString &option : {QStringLiteral("from"), QStringLiteral("to")}) {
        if (!parser.isSet(option))
            usageError(tr("--%1 is required").arg(option));
    }
    const QString source = parser.value(QStringLiteral("from"));
    const QString target = parser.value(QStringLiteral("to"));
    const OutputTable::Format outputFormat = format(parser);
    // A source file that is not there is named as missing, not created (Database::open would refuse it too, less plainly).
    if (!source.contains(QLatin1String("://")) && !QFileInfo::exists(source))
        missingFile(source);

    const DatabaseCopy::Result result = DatabaseCopy(source, target).run();
    OutputTable table(context.out, outputFormat,
                      {QStringLiteral("table"), QStringLiteral("figure"), QStringLiteral("source"), QStringLiteral("target"),
                       QStringLiteral("result")},
                      {QStringLiteral("source"), QStringLiteral("target")});
    // DatabaseCopy keeps a copy only when both sides agree (else it throws); the figures are
    // printed so that the user sees them, each compared again here.
    const auto verdict = [](qint64 a, qint64 b) { return a == b ? QStringLiteral("identical") : QStringLiteral("DIFFERENT"); };
    for (qsizetype i = 0; i < result.source.size(); ++i) {
        const TableFigures &from = result.source.at(i);
        const TableFigures &to = result.target.at(i);
        table.addRow({from.table, QStringLiteral("rows"), from.rows, to.rows, verdict(from.rows, to.rows)});
        for (qsizetype s = 0; s < from.sums.size(); ++s) {
            const qint64 a = from.sums.at(s).cents;
            const qint64 b = to.sums.at(s).cents;
            table.addRow({from.table, from.sums.at(s).column, a, b, verdict(a, b)});
        }
    }
    table.finish();
    // %n is an int; a copy of more rows than that is said as the most it can say.
    const qint64 rows = result.rows();
    const int shownRows = rows > std::numeric_limits<int>::max() ? std::numeric_limits<int>::max() : int(rows);
    if (outputFormat == OutputTable::Format::Table)
        context.out << QCoreApplication::translate("dd::CopyCommand", "%n row(s) copied to %1; both sides identical.", nullptr, shownRows)
                           .arg(DatabaseLocation::displayName(target))
                    << '\n';
    return 0;
}

} // namespace dd
