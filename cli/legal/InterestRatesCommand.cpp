#include "InterestRatesCommand.h"

#include "legal/InterestRateTable.h"
#include "legal/LegalTableRepository.h"
#include "legal/Percentage.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::InterestRatesCommand", text);
}
} // namespace

QString InterestRatesCommand::summary() const
{
    return tr("The statutory interest rate table; --add stores a new period in the database.");
}

void InterestRatesCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(optionalDbOption());
    parser.addOption({QStringLiteral("kind"), tr("consumer or commercial (listing: both when absent)."), QStringLiteral("KIND")});
    parser.addOption({QStringLiteral("add"), tr("Add a period (needs --db, --kind, --from, --until, --rate).")});
    parser.addOption({QStringLiteral("from"), tr("The first day of the added period."), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("until"), tr("The last day of the added period."), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("rate"), tr("The yearly rate in percent, e.g. 10.15."), QStringLiteral("PERCENT")});
    parser.addOption({QStringLiteral("source"), tr("Where the rate was found."), QStringLiteral("TEXT")});
    parser.addOption(formatOption());
}

int InterestRatesCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    const QStringList kinds{QStringLiteral("consumer"), QStringLiteral("commercial")};
    const OutputTable::Format outputFormat = format(parser);
    if (parser.isSet(QStringLiteral("add"))) {
        if (!parser.isSet(QStringLiteral("db")))
            usageError(tr("--add needs --db FILE to store the period in"));
        const InterestKind kind = *InterestRateTable::parseKind(choice(parser, QStringLiteral("kind"), kinds, QString()));
        InterestRatePeriod period;
        period.from = date(parser, QStringLiteral("from"));
        period.until = date(parser, QStringLiteral("until"));
        if (period.until < period.from)
            usageError(tr("--until %1 is before --from %2").arg(IsoDate::format(period.until), IsoDate::format(period.from)));
        const QString rate = parser.value(QStringLiteral("rate"));
        const auto basisPoints = Percentage::parseBasisPoints(rate);
        if (!basisPoints)
            usageError(tr("--rate: \"%1\" is not a percentage with at most two decimals").arg(rate));
        period.rateBasisPoints = *basisPoints;
        period.source = parser.value(QStringLiteral("source"));
        auto database = openDatabase(parser, true);
        LegalTableRepository(*database).addInterestPeriod(kind, period);
    }

    const InterestRateTable table = interestRates(parser);
    const QStringList shown = parser.isSet(QStringLiteral("kind")) ? QStringList{choice(parser, QStringLiteral("kind"), kinds, QString())}
                                                                   : kinds;
    OutputTable output(context.out, outputFormat,
                       {QStringLiteral("kind"), QStringLiteral("from"), QStringLiteral("until"), QStringLiteral("rate"),
                        QStringLiteral("to_verify"), QStringLiteral("added"), QStringLiteral("source")},
                       {QStringLiteral("rate")});
    for (const QString &code : shown) {
        const InterestKind kind = *InterestRateTable::parseKind(code);
        for (const InterestRatePeriod &period : table.periods(kind))
            output.addRow({code, IsoDate::format(period.from), IsoDate::format(period.until),
                           Percentage::format(period.rateBasisPoints), period.toVerify, period.userAdded, period.source});
    }
    return 0;
}

} // namespace dd
