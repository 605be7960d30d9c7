#include "DisputeStepBackCommand.h"

#include "disputes/DisputeService.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::DisputeStepBackCommand", text);
}
} // namespace

QString DisputeStepBackCommand::summary() const
{
    return tr("Takes a case back one step to correct a wrong move (recorded).");
}

void DisputeStepBackCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(dbOption());
    parser.addOption(userOption());
    parser.addOption({QStringLiteral("note"), tr("Why the step is taken back."), QStringLiteral("TEXT")});
}

int DisputeStepBackCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    const QString note = requiredText(parser, QStringLiteral("note"));
    auto database = openDatabase(parser);
    DisputeService service(*database, m_clock, actor(parser));
    const Dispute dispute = findCase(service, parser);
    reportStep(context, service.stepBack(dispute.id, note));
    return 0;
}

} // namespace dd
