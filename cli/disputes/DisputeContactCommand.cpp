#include "DisputeContactCommand.h"

#include "disputes/DisputeService.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::DisputeContactCommand", text);
}
} // namespace

QString DisputeContactCommand::summary() const
{
    return tr("Records a contact with the customer about a case.");
}

void DisputeContactCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(dbOption());
    parser.addOption(userOption());
    parser.addOption({QStringLiteral("channel"), DisputeCodes::channelCodes().join(QStringLiteral(", ")), QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("direction"), tr("in (from the customer) or out (from us)."), QStringLiteral("DIRECTION")});
    parser.addOption({QStringLiteral("summary"), tr("What was said."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("letter"), tr("For a letter we sent: its kind, e.g. fourteen-day."), QStringLiteral("KIND")});
    parser.addOption({QStringLiteral("date"), tr("Date of the contact (default today)."), QStringLiteral("DATE")});
}

int DisputeContactCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    ContactLogEntry entry;
    const auto channel = DisputeCodes::channel(requiredText(parser, QStringLiteral("channel")));
    if (!channel)
        usageError(tr("--channel must be one of %1").arg(DisputeCodes::channelCodes().join(QStringLiteral(", "))));
    const auto direction = DisputeCodes::contactDirection(requiredText(parser, QStringLiteral("direction")));
    if (!direction)
        usageError(tr("--direction must be in or out"));
    entry.channel = *channel;
    entry.direction = *direction;
    entry.summary = requiredText(parser, QStringLiteral("summary"));
    entry.letterKind = parser.value(QStringLiteral("letter")).trimmed();
    if (!entry.letterKind.isEmpty() && (entry.channel != Channel::Letter || entry.direction != ContactDirection::Outbound))
        usageError(tr("--letter is for a letter we sent: --channel letter --direction out"));
    entry.date = dateOption(parser, QStringLiteral("date")).value_or(context.today);
    auto database = openDatabase(parser);
    DisputeService service(*database, m_clock, actor(parser));
    const Dispute dispute = findCase(service, parser);
    service.addContact(dispute.id, entry);
    context.out << dispute.number << ' ' << tr("contact recorded") << '\n';
    return 0;
}

} // namespace dd
