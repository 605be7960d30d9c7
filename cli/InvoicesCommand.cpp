#include "InvoicesCommand.h"

#include "calendar/DueDates.h"
#include "cli/CliError.h"
#include "customers/CustomerRepository.h"
#include "invoices/InvoiceListQuery.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::InvoicesCommand", text);
}
constexpr int pageSize = 10000;
} // namespace

QString InvoicesCommand::summary() const
{
    return tr("Lists invoices with their open amount and days overdue.");
}

void InvoicesCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(dbOption());
    parser.addOption(asOfOption());
    parser.addOption(formatOption());
    parser.addOption({QStringLiteral("customer"), tr("Only the invoices of this customer number."), QStringLiteral("NUMBER")});
    parser.addOption({QStringLiteral("overdue"), tr("Only invoices still open after their due date (as of --as-of).")});
}

int InvoicesCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    const Date date = asOf(parser, context);
    const OutputTable::Format outputFormat = format(parser);
    auto database = openDatabaseToRead(parser);

    InvoiceFilter filter;
    filter.asOf = date;
    filter.overdueOnly = parser.isSet(QStringLiteral("overdue"));
    if (parser.isSet(QStringLiteral("customer"))) {
        const QString number = parser.value(QStringLiteral("customer"));
        const auto customer = CustomerRepository(*database).findByNumber(number);
        if (!customer)
            throw CliError(name() + QStringLiteral(": ") + tr("no customer with number %1").arg(number), CliError::Failure);
        filter.customerId = customer->id;
    }
    InvoiceListQuery query(*database);
    query.setFilter(filter);
    query.setSort(InvoiceSort::Number, false);

    const QStringList amounts = {QStringLiteral("total"), QStringLiteral("open"), QStringLiteral("days_overdue")};
    OutputTable table(context.out, outputFormat,
                      {QStringLiteral("number"), QStringLiteral("customer"), QStringLiteral("name"), QStringLiteral("issued"),
                       QStringLiteral("due"), QStringLiteral("currency"), QStringLiteral("total"), QStringLiteral("open"),
                       QStringLiteral("status"), QStringLiteral("days_overdue"), QStringLiteral("dispute")},
                      amounts);
    auto amount = [&](const Money &money) -> QVariant {
        return outputFormat == OutputTable::Format::Table ? money.formatNumber(NumberStyle::English) : money.toPlain();
    };
    for (qint64 offset = 0;; offset += pageSize) {
        const auto rows = query.fetch(offset, pageSize);
        for (const InvoiceListRow &row : rows) {
            const int overdue = row.open().cents() > 0 ? DueDates::daysOverdue(row.dueDate, date) : 0;
            table.addRow({row.number, row.customerNumber, row.customerName, IsoDate::format(row.issueDate),
                          IsoDate::format(row.dueDate), row.currency, amount(row.total()), amount(row.open()),
                          InvoiceStatuses::code(row.status()), overdue, row.openDispute});
        }
        if (rows.size() < size_t(pageSize))
            break;
    }
    return 0;
}

} // namespace dd
