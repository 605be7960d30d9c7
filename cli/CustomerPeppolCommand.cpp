#include "CustomerPeppolCommand.h"

#include "cli/CliError.h"
#include "customers/CustomerRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::CustomerPeppolCommand", text);
}
} // namespace

QString CustomerPeppolCommand::summary() const
{
    return tr("Shows or sets a customer's Peppol participant id (scheme:identifier, e.g. 0106:12345678).");
}

QString CustomerPeppolCommand::positionalDescription() const
{
    return tr("The customer number.");
}

void CustomerPeppolCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(dbOption());
    parser.addOption({QStringLiteral("id"), tr("The participant id: an EAS scheme and the identifier, e.g. 0208:0417497106."),
                      QStringLiteral("SCHEME:ID")});
    parser.addOption({QStringLiteral("clear"), tr("Remove the participant id.")});
}

int CustomerPeppolCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    if (parser.isSet(QStringLiteral("id")) && parser.isSet(QStringLiteral("clear")))
        usageError(tr("give --id or --clear, not both"));
    std::optional<PeppolParticipant> participant;
    if (parser.isSet(QStringLiteral("clear")))
        participant = PeppolParticipant();
    if (parser.isSet(QStringLiteral("id"))) {
        QString why;
        participant = PeppolParticipant::parse(parser.value(QStringLiteral("id")), &why);
        if (!participant || participant->isEmpty())
            usageError(QStringLiteral("--id: ") + (why.isEmpty() ? tr("empty") : why));
    }
    auto database = participant ? openDatabase(parser) : openDatabaseToRead(parser);
    CustomerRepository customers(*database);
    const QString number = parser.positionalArguments().value(0);
    auto customer = customers.findByNumber(number);
    if (!customer)
        throw CliError(name() + QStringLiteral(": ") + tr("there is no customer %1").arg(number), CliError::Failure);
    if (participant) {
        customers.setPeppol(customer->id, *participant);
        customer->peppol = *participant;
    }
    const PeppolParticipant endpoint = customer->peppolEndpoint();
    context.out << QStringLiteral("%1 %2: ").arg(customer->number, customer->name)
                << (endpoint.isEmpty() ? tr("no Peppol participant id")
                                       : customer->peppol.isEmpty() ? tr("%1 (from the VAT number)").arg(endpoint.toString())
                                                                    : endpoint.toString())
                << '\n';
    return 0;
}

} // namespace dd
