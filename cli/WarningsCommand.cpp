#include "WarningsCommand.h"

#include "disputes/DisputeSettings.h"
#include "disputes/ProactiveWarnings.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::WarningsCommand", text);
}
} // namespace

QString WarningsCommand::summary() const
{
    return tr("Products several customers complained about, and the other customers who bought them.");
}

void WarningsCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(dbOption());
    parser.addOption(asOfOption());
    parser.addOption(formatOption());
    parser.addOption({QStringLiteral("min-customers"), tr("Complaints from at least this many customers (default: the database's rule, 3 unless changed)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("window"), tr("Within this many days before the as-of date (default: the database's rule, 90 unless changed)."),
                      QStringLiteral("DAYS")});
}

int WarningsCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    const Date date = asOf(parser, context);
    const OutputTable::Format outputFormat = format(parser);
    auto database = openDatabaseToRead(parser);
    const DisputeRules rules = DisputeSettings(*database).rules();
    const int minimum = int(integer(parser, QStringLiteral("min-customers"), rules.warningMinimumCustomers, 1, 1000000));
    const int window = int(integer(parser, QStringLiteral("window"), rules.warningWindowDays, 1, 3650));
    const ProactiveWarnings proactive(*database);
    auto warnings = proactive.compute(date, minimum, window);
    proactive.addCustomersToContact(warnings, date, window);
    OutputTable table(context.out, outputFormat,
                      {QStringLiteral("product"), QStringLiteral("product_name"), QStringLiteral("complaining_customers"),
                       QStringLiteral("customer"), QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("invoices"),
                       QStringLiteral("last_purchase")},
                      {QStringLiteral("complaining_customers"), QStringLiteral("invoices")});
    for (const ProductWarning &warning : warnings) {
        for (const CustomerAtRisk &customer : warning.otherCustomers)
            table.addRow({warning.productCode, warning.productName, warning.complainingCustomers, customer.number, customer.name,
                          customer.email, customer.invoices, IsoDate::format(customer.lastPurchase)});
    }
    return 0;
}

} // namespace dd
