#include "DisputeReassignCommand.h"

#include "disputes/DisputeService.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::DisputeReassignCommand", text);
}
} // namespace

QString DisputeReassignCommand::summary() const
{
    return tr("Hands a case to another controller.");
}

void DisputeReassignCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(dbOption());
    parser.addOption(userOption());
    parser.addOption({QStringLiteral("to"), tr("Who handles the case from now on."), QStringLiteral("NAME")});
}

int DisputeReassignCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    const QString to = requiredText(parser, QStringLiteral("to"));
    auto database = openDatabase(parser);
    DisputeService service(*database, m_clock, actor(parser));
    const Dispute result = service.reassign(findCase(service, parser).id, to);
    context.out << result.number << ' ' << result.assignee << '\n';
    return 0;
}

} // namespace dd
