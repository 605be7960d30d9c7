#include "DisputeOpenCommand.h"

#include "cli/CliError.h"
#include "disputes/DisputeService.h"
#include "disputes/ReasonTaxonomy.h"
#include "invoices/InvoiceRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::DisputeOpenCommand", text);
}
} // namespace

QString DisputeOpenCommand::summary() const
{
    return tr("Opens a case for a customer's complaint and prints its number.");
}

void DisputeOpenCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(dbOption());
    parser.addOption(userOption());
    parser.addOption({QStringLiteral("invoice"), tr("The disputed invoice (repeat for more invoices of the same customer)."),
                      QStringLiteral("NUMBER")});
    parser.addOption({QStringLiteral("amount"), tr("The disputed amount, with one invoice (default: all that is open)."),
                      QStringLiteral("X")});
    parser.addOption({QStringLiteral("reason"), tr("Reason code (see `disputedesk-cli reasons`)."), QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("channel"), tr("How the complaint came in: %1.").arg(DisputeCodes::channelCodes().join(QStringLiteral(", "))),
                      QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("story"), tr("The customer's own words."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("contact"), tr("The contact person at the customer."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("received"), tr("Date the complaint was received (default today)."), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("assignee"), tr("Who handles the case (default: --user)."), QStringLiteral("NAME")});
}

int DisputeOpenCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    const QStringList numbers = parser.values(QStringLiteral("invoice"));
    if (numbers.isEmpty())
        usageError(tr("--invoice NUMBER is required"));
    if (parser.isSet(QStringLiteral("amount")) && numbers.size() > 1)
        usageError(tr("--amount goes with a single --invoice"));
    const QString reason = requiredText(parser, QStringLiteral("reason"));
    if (!ReasonTaxonomy::find(reason))
        usageError(tr("--reason: \"%1\" is not a reason code (see `disputedesk-cli reasons`)").arg(reason));
    const auto channel = DisputeCodes::channel(requiredText(parser, QStringLiteral("channel")));
    if (!channel)
        usageError(tr("--channel must be one of %1").arg(DisputeCodes::channelCodes().join(QStringLiteral(", "))));
    const QString story = requiredText(parser, QStringLiteral("story"));
    const Date received = dateOption(parser, QStringLiteral("received")).value_or(context.today);

    auto database = openDatabase(parser);
    DisputeService service(*database, m_clock, actor(parser));
    OpenDisputeRequest request;
    for (const QString &number : numbers) {
        DisputeInvoiceRequest item{number, std::nullopt};
        if (parser.isSet(QStringLiteral("amount"))) {
            const auto invoice = InvoiceRepository(*database).findByNumber(number);
            if (!invoice)
                throw CliError(name() + QStringLiteral(": ") + tr("there is no invoice %1").arg(number), CliError::Failure);
            item.amount = amount(parser, QStringLiteral("amount"), invoice->currency);
        }
        request.invoices.append(item);
    }
    request.reasonCode = reason;
    request.channel = *channel;
    request.story = story;
    request.contactPerson = parser.value(QStringLiteral("contact"));
    request.receivedOn = received;
    request.assignee = parser.value(QStringLiteral("assignee"));
    const Dispute dispute = service.open(request);
    context.out << dispute.number << '\n';
    return 0;
}

} // namespace dd
