#include "DisputeDecideCommand.h"

#include "disputes/DisputeService.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::DisputeDecideCommand", text);
}
} // namespace

QString DisputeDecideCommand::summary() const
{
    return tr("Gives the verdict: justified, partly justified or unjustified.");
}

void DisputeDecideCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(dbOption());
    parser.addOption(userOption());
    parser.addOption({QStringLiteral("verdict"), tr("justified, partly or unjustified."), QStringLiteral("VERDICT")});
    parser.addOption({QStringLiteral("amount"), tr("The justified amount (with --verdict partly)."), QStringLiteral("X")});
    parser.addOption({QStringLiteral("rationale"), tr("Why: the verdict's substantiation."), QStringLiteral("TEXT")});
}

int DisputeDecideCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    const auto verdict = DisputeCodes::verdict(requiredText(parser, QStringLiteral("verdict")));
    if (!verdict || *verdict == Verdict::None)
        usageError(tr("--verdict must be justified, partly or unjustified"));
    if (*verdict == Verdict::PartlyJustified && !parser.isSet(QStringLiteral("amount")))
        usageError(tr("--verdict partly needs --amount X, the justified part"));
    if (*verdict != Verdict::PartlyJustified && parser.isSet(QStringLiteral("amount")))
        usageError(tr("--amount goes with --verdict partly only"));
    const QString rationale = requiredText(parser, QStringLiteral("rationale"));

    auto database = openDatabase(parser);
    DisputeService service(*database, m_clock, actor(parser));
    const Dispute dispute = findCase(service, parser);
    const auto justified = amount(parser, QStringLiteral("amount"), dispute.currency());
    const Dispute decided = service.concludeAndDecide(dispute.id, *verdict, justified, rationale);
    reportStep(context, decided);
    return 0;
}

} // namespace dd
