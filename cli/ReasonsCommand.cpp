#include "ReasonsCommand.h"

#include "disputes/ReasonTaxonomy.h"

#include <QCoreApplication>

namespace dd {

QString ReasonsCommand::summary() const
{
    return QCoreApplication::translate("dd::ReasonsCommand", "Lists the reason codes for disputes and their class.");
}

void ReasonsCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(formatOption());
}

int ReasonsCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    OutputTable table(context.out, format(parser), {QStringLiteral("code"), QStringLiteral("class"), QStringLiteral("name")});
    for (const Reason &reason : ReasonTaxonomy::all())
        table.addRow({reason.code, ReasonTaxonomy::classCode(reason.reasonClass), reason.name});
    return 0;
}

} // namespace dd
