#include "DisputeLearnCommand.h"

#include "disputes/DisputeService.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::DisputeLearnCommand", text);
}
} // namespace

QString DisputeLearnCommand::summary() const
{
    return tr("Records what went wrong internally, the department and the preventive action.");
}

void DisputeLearnCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(dbOption());
    parser.addOption(userOption());
    parser.addOption({QStringLiteral("what"), tr("What went wrong internally."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("department"), tr("The department responsible."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("action"), tr("The action that prevents it from happening again."), QStringLiteral("TEXT")});
}

int DisputeLearnCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    const QString what = requiredText(parser, QStringLiteral("what"));
    const QString department = requiredText(parser, QStringLiteral("department"));
    const QString action = requiredText(parser, QStringLiteral("action"));
    auto database = openDatabase(parser);
    DisputeService service(*database, m_clock, actor(parser));
    const Dispute dispute = findCase(service, parser);
    const Dispute result = service.finishAndRecordLessons(dispute.id, what, department, action);
    reportStep(context, result);
    return 0;
}

} // namespace dd
