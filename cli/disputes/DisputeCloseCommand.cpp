#include "DisputeCloseCommand.h"

#include "disputes/DisputeService.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::DisputeCloseCommand", text);
}
} // namespace

QString DisputeCloseCommand::summary() const
{
    return tr("Closes a case with its outcome.");
}

void DisputeCloseCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(dbOption());
    parser.addOption(userOption());
    parser.addOption({QStringLiteral("outcome"), tr("%1.").arg(DisputeCodes::outcomeCodes().join(QStringLiteral(", "))),
                      QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("note"), tr("A note for the audit trail."), QStringLiteral("TEXT")});
}

int DisputeCloseCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    const auto outcome = DisputeCodes::outcome(requiredText(parser, QStringLiteral("outcome")));
    if (!outcome || *outcome == Outcome::None)
        usageError(tr("--outcome must be one of %1").arg(DisputeCodes::outcomeCodes().join(QStringLiteral(", "))));
    auto database = openDatabase(parser);
    DisputeService service(*database, m_clock, actor(parser));
    const Dispute dispute = findCase(service, parser);
    const Dispute result = service.finishAndClose(dispute.id, *outcome, parser.value(QStringLiteral("note")));
    reportStep(context, result);
    return 0;
}

} // namespace dd
