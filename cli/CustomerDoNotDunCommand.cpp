#include "CustomerDoNotDunCommand.h"

#include "cli/CliError.h"
#include "customers/CustomerRepository.h"
#include "dunning/DunningSettings.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::CustomerDoNotDunCommand", text);
}
} // namespace

QString CustomerDoNotDunCommand::summary() const
{
    return tr("Marks a customer \"do not dun\" (no dunning letters); --off lifts the mark.");
}

QString CustomerDoNotDunCommand::positionalDescription() const
{
    return tr("The customer number.");
}

void CustomerDoNotDunCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(dbOption());
    parser.addOption({QStringLiteral("off"), tr("Lift the mark: the customer is dunned again.")});
}

int CustomerDoNotDunCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    auto database = openDatabase(parser);
    const QString number = parser.positionalArguments().value(0);
    const auto customer = CustomerRepository(*database).findByNumber(number);
    if (!customer)
        throw CliError(name() + QStringLiteral(": ") + tr("there is no customer %1").arg(number), CliError::Failure);
    const bool doNotDun = !parser.isSet(QStringLiteral("off"));
    DunningSettings(*database).setDoNotDun(customer->id, doNotDun);
    context.out << (doNotDun ? tr("%1 %2: do not dun").arg(customer->number, customer->name)
                             : tr("%1 %2: dunned again").arg(customer->number, customer->name))
                << '\n';
    return 0;
}

} // namespace dd
