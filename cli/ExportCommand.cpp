#include "ExportCommand.h"

#include "exporters/CsvExporter.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::ExportCommand", text);
}
} // namespace

QString ExportCommand::summary() const
{
    return tr("Exports customers, invoices, payments, disputes or credit notes as CSV.");
}

void ExportCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(dbOption());
    parser.addOption(formatOption());
    parser.addOption({QStringLiteral("kind"), tr("customers, invoices, payments, disputes or credit-notes."), QStringLiteral("KIND")});
    parser.addOption({QStringLiteral("out"), tr("The CSV file to write."), QStringLiteral("FILE")});
}

int ExportCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    const OutputTable::Format outputFormat = format(parser);
    if (!parser.isSet(QStringLiteral("kind")))
        usageError(tr("--kind customers|invoices|payments|disputes|credit-notes is required"));
    const auto kind = CsvExporter::kindFromName(parser.value(QStringLiteral("kind")));
    if (!kind)
        usageError(tr("--kind must be customers, invoices, payments, disputes or credit-notes, not \"%1\"").arg(parser.value(QStringLiteral("kind"))));
    if (!parser.isSet(QStringLiteral("out")) || parser.value(QStringLiteral("out")).isEmpty())
        usageError(tr("--out FILE is required"));
    auto database = openDatabaseToRead(parser);
    CsvExporter exporter(*database);
    const QString out = parser.value(QStringLiteral("out"));
    const qint64 rows = exporter.exportTo(*kind, out);
    OutputTable table(context.out, outputFormat, {QStringLiteral("kind"), QStringLiteral("rows"), QStringLiteral("file")},
                      {QStringLiteral("rows")});
    table.addRow({parser.value(QStringLiteral("kind")), rows, out});
    return 0;
}

} // namespace dd
