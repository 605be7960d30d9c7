#include "InterestCommand.h"

#include "legal/Percentage.h"
#include "legal/StatutoryInterest.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::InterestCommand", text);
}
} // namespace

QString InterestCommand::summary() const
{
    return tr("Statutory interest (art. 6:119 / 6:119a BW), compounded yearly, with the breakdown per period.");
}

void InterestCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("principal"), tr("The unpaid principal (1234.56 or 1.234,56)."), QStringLiteral("AMOUNT")});
    parser.addOption({QStringLiteral("from"), tr("The first day of default (commercial: the day after the due date; "
                                                 "consumer: the day after the deadline of the notice of default)."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("to"), tr("The last day counted (inclusive)."), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("kind"), tr("consumer (art. 6:119 BW) or commercial (art. 6:119a BW)."),
                      QStringLiteral("KIND")});
    parser.addOption(optionalDbOption());
    parser.addOption(formatOption());
}

int InterestCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    const Money principal = amount(parser, QStringLiteral("principal"));
    const Date from = date(parser, QStringLiteral("from"));
    const Date to = date(parser, QStringLiteral("to"));
    if (to < from)
        usageError(tr("--to %1 is before --from %2").arg(IsoDate::format(to), IsoDate::format(from)));
    const InterestKind kind = *InterestRateTable::parseKind(
        choice(parser, QStringLiteral("kind"), {QStringLiteral("consumer"), QStringLiteral("commercial")}, QString()));
    const OutputTable::Format outputFormat = format(parser);
    const StatutoryInterest calculator(interestRates(parser));
    const InterestResult result = calculator.compute(kind, principal, from, to);

    if (outputFormat == OutputTable::Format::Json) {
        QJsonObject object;
        object.insert(QStringLiteral("kind"), InterestRateTable::kindCode(kind));
        object.insert(QStringLiteral("basis"), InterestRateTable::article(kind));
        object.insert(QStringLiteral("principal"), principal.toPlain());
        object.insert(QStringLiteral("currency"), principal.currency());
        object.insert(QStringLiteral("from"), IsoDate::format(from));
        object.insert(QStringLiteral("to"), IsoDate::format(to));
        object.insert(QStringLiteral("days"), result.days);
        object.insert(QStringLiteral("interest"), result.interest.toPlain());
        object.insert(QStringLiteral("total"), result.total.toPlain());
        object.insert(QStringLiteral("convention"), StatutoryInterest::convention());
        QJsonArray compounded;
        for (const Date &day : result.compoundedOn)
            compounded.append(IsoDate::format(day));
        object.insert(QStringLiteral("compoundedOn"), compounded);
        object.insert(QStringLiteral("ratesToVerify"), result.ratesToVerify);
        QJsonArray periods;
        for (const InterestPeriodLine &line : result.periods) {
            QJsonObject row;
            row.insert(QStringLiteral("from"), IsoDate::format(line.from));
            row.insert(QStringLiteral("to"), IsoDate::format(line.to));
            row.insert(QStringLiteral("days"), line.days);
            row.insert(QStringLiteral("yearDays"), line.yearDays);
            row.insert(QStringLiteral("rate"), Percentage::format(line.rateBasisPoints));
            row.insert(QStringLiteral("principal"), line.principal.toPlain());
            row.insert(QStringLiteral("interest"), line.interest.toPlain());
            row.insert(QStringLiteral("toVerify"), line.toVerify);
            periods.append(row);
        }
        object.insert(QStringLiteral("periods"), periods);
        writeJson(context.out, object);
        return 0;
    }

    const QStringList columns{QStringLiteral("from"),     QStringLiteral("to"),        QStringLiteral("days"),
                              QStringLiteral("year_days"), QStringLiteral("rate"),     QStringLiteral("principal"),
                              QStringLiteral("interest")};
    {
        OutputTable table(context.out, outputFormat, columns,
                          {QStringLiteral("days"), QStringLiteral("year_days"), QStringLiteral("rate"),
                           QStringLiteral("principal"), QStringLiteral("interest")});
        for (const InterestPeriodLine &line : result.periods)
            table.addRow({IsoDate::format(line.from), IsoDate::format(line.to), line.days, line.yearDays,
                          Percentage::format(line.rateBasisPoints) + (line.toVerify ? QStringLiteral("%*") : QStringLiteral("%")),
                          cell(line.principal, outputFormat), cell(line.interest, outputFormat)});
        if (outputFormat == OutputTable::Format::Table)
            table.addRow({QStringLiteral("total"), QString(), result.days, QString(), QString(),
                          cell(principal, outputFormat), cell(result.interest, outputFormat)});
    }
    if (outputFormat == OutputTable::Format::Table) {
        context.out << '\n' << InterestRateTable::article(kind) << QStringLiteral(": ") << StatutoryInterest::convention() << '\n';
        for (const Date &day : result.compoundedOn)
            context.out << tr("compounded on %1").arg(IsoDate::format(day)) << '\n';
        if (result.ratesToVerify)
            context.out << tr("* rate marked \"to verify\" in the rate table") << '\n';
        context.out << tr("principal plus interest: %1").arg(result.total.format(NumberStyle::English)) << '\n';
    }
    return 0;
}

} // namespace dd
