#include "DisputeFindingCommand.h"

#include "disputes/DisputeService.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::DisputeFindingCommand", text);
}
} // namespace

QString DisputeFindingCommand::summary() const
{
    return tr("Records a finding (with evidence files) while verifying a case.");
}

void DisputeFindingCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(dbOption());
    parser.addOption(userOption());
    parser.addOption({QStringLiteral("source"), tr("Who or what the fact comes from (a colleague, a contract)."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("direction"), tr("Whom it supports: customer, us or neutral."), QStringLiteral("DIRECTION")});
    parser.addOption({QStringLiteral("text"), tr("What was established."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("evidence"), tr("A file kept as evidence (repeat for more)."), QStringLiteral("FILE")});
}

int DisputeFindingCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    Finding finding;
    finding.source = requiredText(parser, QStringLiteral("source"));
    finding.text = requiredText(parser, QStringLiteral("text"));
    const auto direction = DisputeCodes::direction(requiredText(parser, QStringLiteral("direction")));
    if (!direction)
        usageError(tr("--direction must be customer, us or neutral"));
    finding.direction = *direction;
    for (const QString &file : parser.values(QStringLiteral("evidence")))
        finding.evidence.append(DisputeService::evidenceFromFile(file));

    auto database = openDatabase(parser);
    DisputeService service(*database, m_clock, actor(parser));
    const Dispute dispute = findCase(service, parser);
    const Finding added = service.recordFinding(dispute.id, finding);
    context.out << dispute.number << ' ' << tr("finding %1 recorded").arg(added.id);
    if (!added.evidence.isEmpty())
        context.out << ' ' << QCoreApplication::translate("dd::DisputeFindingCommand", "with %n evidence file(s)", nullptr,
                                                          int(added.evidence.size()));
    context.out << '\n';
    return 0;
}

} // namespace dd
