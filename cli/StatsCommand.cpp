#include "StatsCommand.h"

#include "money/Money.h"
#include "reports/DashboardService.h"
#include "reports/ReportDocuments.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <algorithm>
#include <QJsonDocument>
#include <QJsonObject>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::StatsCommand", text);
}
} // namespace

QString StatsCommand::summary() const
{
    return tr("Dashboard figures: open, overdue and disputed amounts, DSO, open cases, cases past the response date.");
}

void StatsCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(dbOption());
    parser.addOption(asOfOption());
    parser.addOption(formatOption());
    parser.addOption({QStringLiteral("currency"), tr("Currency of the amounts (default EUR)."), QStringLiteral("CODE"),
                      QStringLiteral("EUR")});
}

int StatsCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    const Date date = asOf(parser, context);
    const OutputTable::Format outputFormat = format(parser);
    const QString currency = parser.value(QStringLiteral("currency")).toUpper();
    if (currency.size() != 3 || !std::all_of(currency.begin(), currency.end(), [](QChar c) { return c >= u'A' && c <= u'Z'; }))
        usageError(tr("--currency must be an ISO 4217 code such as EUR, not \"%1\"").arg(parser.value(QStringLiteral("currency"))));
    auto database = openDatabaseToRead(parser);
    const DashboardFigures figures = DashboardService(*database).compute(date, currency);
    auto plain = [&](qint64 cents) { return Money(cents, currency).toPlain(); };
    const QString dso = ReportDocuments::plainTenths(figures.dsoTenths);

    if (outputFormat == OutputTable::Format::Json) {
        QJsonObject object;
        object.insert(QStringLiteral("as_of"), IsoDate::format(figures.asOf));
        object.insert(QStringLiteral("currency"), currency);
        object.insert(QStringLiteral("open"), plain(figures.openCents));
        object.insert(QStringLiteral("overdue"), plain(figures.overdueCents));
        object.insert(QStringLiteral("disputed"), plain(figures.disputedCents));
        object.insert(QStringLiteral("dso_days"), dso);
        object.insert(QStringLiteral("dso_method"), QStringLiteral("countback"));
        object.insert(QStringLiteral("dso_capped"), figures.dsoCapped);
        object.insert(QStringLiteral("open_cases"), figures.openCases);
        object.insert(QStringLiteral("cases_past_response_date"), figures.casesPastResponseDate);
        context.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return 0;
    }
    const bool people = outputFormat == OutputTable::Format::Table;
    auto amount = [&](qint64 cents) { return people ? Money(cents, currency).formatNumber(NumberStyle::English) : plain(cents); };
    OutputTable table(context.out, outputFormat, {QStringLiteral("figure"), QStringLiteral("value")}, {QStringLiteral("value")});
    table.addRow({QStringLiteral("as_of"), IsoDate::format(figures.asOf)});
    table.addRow({QStringLiteral("currency"), currency});
    table.addRow({QStringLiteral("open"), amount(figures.openCents)});
    table.addRow({QStringLiteral("overdue"), amount(figures.overdueCents)});
    table.addRow({QStringLiteral("disputed"), amount(figures.disputedCents)});
    table.addRow({QStringLiteral("dso_days"), (figures.dsoCapped ? QStringLiteral(">") : QString()) + dso});
    table.addRow({QStringLiteral("open_cases"), figures.openCases});
    table.addRow({QStringLiteral("cases_past_response_date"), figures.casesPastResponseDate});
    return 0;
}

} // namespace dd
