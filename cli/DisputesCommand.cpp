#include "DisputesCommand.h"

#include "disputes/DisputeListQuery.h"
#include "disputes/ReasonTaxonomy.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::DisputesCommand", text);
}
constexpr int pageSize = 5000;
} // namespace

QString DisputesCommand::summary() const
{
    return tr("Lists dispute cases, filtered by step, reason, assignee or an overdue answer.");
}

void DisputesCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(dbOption());
    parser.addOption(asOfOption());
    parser.addOption(formatOption());
    parser.addOption({QStringLiteral("step"), DisputeCodes::stepCodes().join(QStringLiteral(", ")), QStringLiteral("STEP")});
    parser.addOption({QStringLiteral("reason"), tr("Only this reason code."), QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("assignee"), tr("Only the cases of this person."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("open"), tr("Only open cases.")});
    parser.addOption({QStringLiteral("overdue"), tr("Only cases not answered by the promised date (as of --as-of).")});
}

int DisputesCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    DisputeFilter filter;
    filter.asOf = asOf(parser, context);
    if (parser.isSet(QStringLiteral("step"))) {
        filter.step = DisputeCodes::step(parser.value(QStringLiteral("step")));
        if (!filter.step)
            usageError(tr("--step must be one of %1").arg(DisputeCodes::stepCodes().join(QStringLiteral(", "))));
    }
    filter.reasonCode = parser.value(QStringLiteral("reason"));
    if (!filter.reasonCode.isEmpty() && !ReasonTaxonomy::find(filter.reasonCode))
        usageError(tr("--reason: \"%1\" is not a reason code").arg(filter.reasonCode));
    filter.assignee = parser.value(QStringLiteral("assignee"));
    filter.openOnly = parser.isSet(QStringLiteral("open"));
    filter.responseOverdue = parser.isSet(QStringLiteral("overdue"));
    const OutputTable::Format outputFormat = format(parser);
    auto database = openDatabaseToRead(parser);
    DisputeListQuery query(*database);
    query.setFilter(filter);

    OutputTable table(context.out, outputFormat,
                      {QStringLiteral("case"), QStringLiteral("customer"), QStringLiteral("name"), QStringLiteral("reason"),
                       QStringLiteral("step"), QStringLiteral("verdict"), QStringLiteral("received"), QStringLiteral("promised"),
                       QStringLiteral("overdue"), QStringLiteral("assignee"), QStringLiteral("currency"), QStringLiteral("disputed"),
                       QStringLiteral("outcome")},
                      {QStringLiteral("disputed")});
    for (qint64 offset = 0;; offset += pageSize) {
        const auto rows = query.fetch(offset, pageSize);
        for (const DisputeListRow &row : rows) {
            const bool overdue = row.step != DisputeStep::Closed && row.answeredOn.is_special() && filter.asOf > row.promisedOn;
            table.addRow({row.number, row.customerNumber, row.customerName, row.reasonCode, DisputeCodes::step(row.step),
                          DisputeCodes::verdict(row.verdict), IsoDate::format(row.receivedOn), IsoDate::format(row.promisedOn),
                          outputFormat == OutputTable::Format::Json ? QVariant(overdue) : QVariant(overdue ? QStringLiteral("yes") : QString()),
                          row.assignee, row.disputed.currency(),
                          outputFormat == OutputTable::Format::Table ? row.disputed.formatNumber(NumberStyle::English) : row.disputed.toPlain(),
                          DisputeCodes::outcome(row.outcome)});
        }
        if (rows.size() < size_t(pageSize))
            break;
    }
    return 0;
}

} // namespace dd
