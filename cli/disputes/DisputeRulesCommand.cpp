#include "DisputeRulesCommand.h"

#include "disputes/DisputeSettings.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::DisputeRulesCommand", text);
}
} // namespace

QString DisputeRulesCommand::summary() const
{
    return tr("Shows the dispute rules of the database; the options given change them.");
}

void DisputeRulesCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(dbOption());
    parser.addOption(formatOption());
    parser.addOption({QStringLiteral("response-days"), tr("Promise an answer this many business days after receipt (default 5)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("warning-customers"), tr("Warn about a product when this many customers complained (default 3)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("warning-days"), tr("...within this many days (default 90)."), QStringLiteral("DAYS")});
}

int DisputeRulesCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    const OutputTable::Format outputFormat = format(parser);
    // Wide bounds here: DisputeSettings refuses values out of range with the reason.
    const qint64 unset = -1;
    const qint64 responseDays = integer(parser, QStringLiteral("response-days"), unset, 0, 100000);
    const qint64 customers = integer(parser, QStringLiteral("warning-customers"), unset, 0, 100000);
    const qint64 days = integer(parser, QStringLiteral("warning-days"), unset, 0, 100000);
    const bool changing = responseDays != unset || customers != unset || days != unset;
    auto database = changing ? openDatabase(parser) : openDatabaseToRead(parser);
    DisputeSettings settings(*database);
    DisputeRules rules = settings.rules();
    if (changing) {
        if (responseDays != unset)
            rules.responseBusinessDays = int(responseDays);
        if (customers != unset)
            rules.warningMinimumCustomers = int(customers);
        if (days != unset)
            rules.warningWindowDays = int(days);
        settings.setRules(rules);
    }
    OutputTable table(context.out, outputFormat, {QStringLiteral("rule"), QStringLiteral("value")}, {QStringLiteral("value")});
    table.addRow({QStringLiteral("response_business_days"), rules.responseBusinessDays});
    table.addRow({QStringLiteral("warning_minimum_customers"), rules.warningMinimumCustomers});
    table.addRow({QStringLiteral("warning_window_days"), rules.warningWindowDays});
    return 0;
}

} // namespace dd
