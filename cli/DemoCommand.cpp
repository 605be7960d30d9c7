#include "DemoCommand.h"

#include "cli/CliError.h"
#include "demo/DemoDataGenerator.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::DemoCommand", text);
}
} // namespace

QString DemoCommand::summary() const
{
    return tr("Creates a database filled with demo customers, invoices and payments.");
}

void DemoCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(dbOption());
    parser.addOption(formatOption());
    parser.addOption({QStringLiteral("customers"), tr("Number of customers (default 400)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("invoices"), tr("Number of invoices (default 6000)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("seed"), tr("Random seed; the same seed gives the same data (default 2026)."),
                      QStringLiteral("S")});
    parser.addOption({QStringLiteral("until"), tr("Date of the last invoice (YYYY-MM-DD); default today."),
                      QStringLiteral("DATE")});
}

int DemoCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    DemoOptions options;
    options.customers = int(integer(parser, QStringLiteral("customers"), options.customers, 1, 10'000'000));
    options.invoices = int(integer(parser, QStringLiteral("invoices"), options.invoices, 0, 100'000'000));
    options.seed = quint64(integer(parser, QStringLiteral("seed"), qint64(options.seed), 0, std::numeric_limits<qint64>::max()));
    options.until = dateOption(parser, QStringLiteral("until")).value_or(context.today);
    const OutputTable::Format outputFormat = format(parser);
    auto database = openDatabase(parser, true);

    QElapsedTimer timer;
    timer.start();
    const DemoSummary summary = DemoDataGenerator(*database).generate(options);
    OutputTable table(context.out, outputFormat,
                      {QStringLiteral("customers"), QStringLiteral("products"), QStringLiteral("invoices"),
                       QStringLiteral("payments"), QStringLiteral("open_invoices"), QStringLiteral("disputes"), QStringLiteral("seconds")},
                      {QStringLiteral("customers"), QStringLiteral("products"), QStringLiteral("invoices"),
                       QStringLiteral("payments"), QStringLiteral("open_invoices"), QStringLiteral("disputes"), QStringLiteral("seconds")});
    table.addRow({summary.customers, summary.products, summary.invoices, summary.payments, summary.openInvoices, summary.disputes,
                  QString::number(double(timer.elapsed()) / 1000.0, 'f', 1)});
    return 0;
}

} // namespace dd
