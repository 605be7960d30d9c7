#include "CustomerContactsCommand.h"

#include "cli/CliError.h"
#include "customers/CustomerContactRepository.h"
#include "customers/CustomerRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::CustomerContactsCommand", text);
}
} // namespace

QString CustomerContactsCommand::summary() const
{
    return tr("Lists a customer's contact log, newest first (the dunning letters sent).");
}

QString CustomerContactsCommand::positionalDescription() const
{
    return tr("The customer number.");
}

void CustomerContactsCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(dbOption());
    parser.addOption(formatOption());
}

int CustomerContactsCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    const OutputTable::Format outputFormat = format(parser);
    auto database = openDatabaseToRead(parser);
    const QString number = parser.positionalArguments().value(0);
    const auto customer = CustomerRepository(*database).findByNumber(number);
    if (!customer)
        throw CliError(name() + QStringLiteral(": ") + tr("there is no customer %1").arg(number), CliError::Failure);
    OutputTable table(context.out, outputFormat,
                      {QStringLiteral("date"), QStringLiteral("channel"), QStringLiteral("direction"), QStringLiteral("kind"),
                       QStringLiteral("summary")});
    for (const CustomerContact &contact : CustomerContactRepository(*database).forCustomer(customer->id)) {
        table.addRow({IsoDate::format(contact.date), DisputeCodes::channel(contact.channel),
                      DisputeCodes::contactDirection(contact.direction), contact.letterKind, contact.summary});
    }
    table.finish();
    return 0;
}

} // namespace dd
