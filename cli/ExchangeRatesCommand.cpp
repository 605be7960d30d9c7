#include "ExchangeRatesCommand.h"

#include "cli/CliError.h"
#include "exchangerates/EcbRatesFile.h"
#include "exchangerates/ExchangeRateRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFile>

namespace dd {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dd::ExchangeRatesCommand", text);
}

} // namespace

QString ExchangeRatesCommand::summary() const
{
    return tr("Shows the euro reference rates; --rate enters one, --import reads the ECB's rate file.");
}

void ExchangeRatesCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(dbOption());
    parser.addOption(formatOption());
    parser.addOption({QStringLiteral("currency"), tr("Only this currency (GBP); with --rate the currency of the rate."),
                      QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("rate"), tr("Enters a rate: units of the currency per euro, as the ECB quotes it "
                                                 "(0.8613 for 1 EUR = 0.8613 GBP)."),
                      QStringLiteral("RATE")});
    parser.addOption({QStringLiteral("date"), tr("The day of the rate entered (default today)."), QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("import"), tr("Reads the ECB's reference rates file eurofxref.csv or eurofxref-hist.csv."),
                      QStringLiteral("FILE")});
}

int ExchangeRatesCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    const QString currency = parser.value(QStringLiteral("currency")).trimmed().toUpper();
    const bool enter = parser.isSet(QStringLiteral("rate"));
    const bool import = parser.isSet(QStringLiteral("import"));
    if (enter && import)
        usageError(tr("--rate and --import cannot be combined"));
    if (enter && currency.isEmpty())
        usageError(tr("--rate needs --currency"));
    if (!enter && parser.isSet(QStringLiteral("date")))
        usageError(tr("--date belongs to --rate"));
    const OutputTable::Format outputFormat = format(parser);

    QList<ExchangeRate> rates;
    if (enter) {
        const std::optional<qint64> micros = ExchangeRate::parseRate(parser.value(QStringLiteral("rate")));
        if (!micros)
            usageError(tr("--rate: \"%1\" is not a rate above zero with at most six decimals").arg(parser.value(QStringLiteral("rate"))));
        rates << ExchangeRate{currency, dateOption(parser, QStringLiteral("date")).value_or(context.today), *micros,
                              ExchangeRate::enteredSource()};
    } else if (import) {
        const QString path = parser.value(QStringLiteral("import"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            throw CliError(tr("%1: %2").arg(path, file.errorString()), CliError::Failure);
        rates = EcbRatesFile::parse(file.readAll(), path);
    }

    auto database = enter || import ? openDatabase(parser) : openDatabaseToRead(parser);
    ExchangeRateRepository repository(*database);
    if (enter || import) {
        repository.save(rates);
        if (import) {
            context.err << tr("%1 rates read from %2.").arg(rates.size()).arg(parser.value(QStringLiteral("import"))) << '\n';
            return 0;
        }
    }
    OutputTable table(context.out, outputFormat, {QStringLiteral("currency"), QStringLiteral("date"),
                                                  QStringLiteral("per_eur"), QStringLiteral("source")},
                      {QStringLiteral("per_eur")});
    for (const ExchangeRate &rate : repository.list(currency))
        table.addRow({rate.currency, IsoDate::format(rate.date), rate.rateText(NumberStyle::English), rate.source});
    table.finish();
    return 0;
}

} // namespace dd
