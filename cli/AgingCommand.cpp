#include "AgingCommand.h"

#include "money/Money.h"
#include "receivables/AgingReport.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::AgingCommand", text);
}
} // namespace

QString AgingCommand::summary() const
{
    return tr("Aged receivables: open amounts by days overdue, per currency or per customer.");
}

void AgingCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(dbOption());
    parser.addOption(asOfOption());
    parser.addOption(formatOption());
    parser.addOption({QStringLiteral("by-customer"), tr("One line per customer instead of per currency.")});
}

int AgingCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    const Date date = asOf(parser, context);
    const OutputTable::Format outputFormat = format(parser);
    const bool byCustomer = parser.isSet(QStringLiteral("by-customer"));
    auto database = openDatabaseToRead(parser);
    const AgingReport report(*database);
    const std::vector<AgingRow> rows = byCustomer ? report.byCustomer(date) : report.byCurrency(date);

    QStringList columns;
    if (byCustomer)
        columns << QStringLiteral("customer") << QStringLiteral("name");
    columns << QStringLiteral("currency");
    const QStringList amountColumns = AgingReport::bucketCodes() + QStringList{QStringLiteral("total")};
    columns << amountColumns << QStringLiteral("invoices");
    OutputTable table(context.out, outputFormat, columns, amountColumns + QStringList{QStringLiteral("invoices")});
    auto amount = [&](qint64 cents, const QString &currency) -> QVariant {
        const Money money(cents, currency);
        return outputFormat == OutputTable::Format::Table ? money.formatNumber(NumberStyle::English) : money.toPlain();
    };
    for (const AgingRow &row : rows) {
        QVariantList values;
        if (byCustomer)
            values << row.customerNumber << row.customerName;
        values << row.currency;
        for (qint64 cents : row.bucketCents)
            values << amount(cents, row.currency);
        values << amount(row.totalCents, row.currency) << row.invoiceCount;
        table.addRow(values);
    }
    return 0;
}

} // namespace dd
