#include "DunningRunCommand.h"

#include "cli/CliError.h"
#include "dunning/DunningRun.h"
#include "dunning/DunningSettings.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace dd {

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("dd::DunningRunCommand", text, disambiguation, n);
}
} // namespace

QString DunningRunCommand::summary() const
{
    return tr("Dunning run: preview which customers get which letter; --commit writes the letters and records them.");
}

void DunningRunCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(dbOption());
    parser.addOption(asOfOption());
    parser.addOption(formatOption());
    parser.addOption({QStringLiteral("commit"), tr("Write the letters and record them in the dunning history.")});
    parser.addOption({QStringLiteral("out"), tr("With --commit: the folder for the letters."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("eml"), tr("With --commit: also write each letter as an e-mail (.eml).")});
    parser.addOption({QStringLiteral("hand-over"),
                      tr("With --commit: also write the hand-over files (a human decision; left out otherwise).")});
    parser.addOption({QStringLiteral("user"), tr("Who commits the run (default: your login name)."), QStringLiteral("NAME")});
}

int DunningRunCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    if (!parser.isSet(QStringLiteral("as-of")))
        usageError(tr("--as-of DATE is required"));
    const Date date = asOf(parser, context);
    const OutputTable::Format outputFormat = format(parser);
    const bool commit = parser.isSet(QStringLiteral("commit"));
    const QString outDir = parser.value(QStringLiteral("out"));
    if (commit && outDir.isEmpty())
        usageError(tr("--commit needs --out DIR"));
    if (!commit && (parser.isSet(QStringLiteral("out")) || parser.isSet(QStringLiteral("eml")) || parser.isSet(QStringLiteral("hand-over"))))
        usageError(tr("--out, --eml and --hand-over go with --commit"));
    QString user = parser.value(QStringLiteral("user")).trimmed();
    if (user.isEmpty())
        user = qEnvironmentVariable("USER", QStringLiteral("disputedesk"));

    // A preview only reads: it leaves the file as it is.
    auto database = commit ? openDatabase(parser) : openDatabaseToRead(parser);
    DunningRun run(*database, m_clock, user);
    DunningPreview preview;
    if (!commit)
        preview = run.preview(date);
    // Printed with the preview, and before a commit sends anything.
    const auto warn = [&context](const QStringList &warnings) {
        for (const QString &warning : warnings)
            context.err << QStringLiteral("warning: ") << warning << '\n';
        context.err.flush();
    };
    if (!commit)
        warn(preview.warnings);
    const bool table = outputFormat == OutputTable::Format::Table;
    const QList<DunningLevel> levels = DunningSettings(*database).levels();
    auto levelCode = [&](int level) { return level > 0 && level <= levels.size() ? levels.at(level - 1).code : QString(); };
    auto amount = [&](const Money &money) -> QVariant {
        return table ? money.formatNumber(NumberStyle::English) : money.toPlain();
    };

    if (commit) {
        const bool handOvers = parser.isSet(QStringLiteral("hand-over"));
        DunningCommitOptions options;
        options.eml = parser.isSet(QStringLiteral("eml"));
        // commitDue makes the preview again when another run commits meanwhile (another
        // dunning-run, the program): a second run started at the same time sends only what is left.
        const DunningCommitResult result = run.commitDue(
            date, outDir, options,
            [handOvers, &warn](DunningPreview &due) {
                warn(due.warnings);
                if (!handOvers)
                    return;
                for (DunningLetterPlan &plan : due.letters)
                    plan.selected = true;
            },
            preview);
        OutputTable output(context.out, outputFormat,
                           {QStringLiteral("customer"), QStringLiteral("level"), QStringLiteral("invoices"), QStringLiteral("total"),
                            QStringLiteral("costs_from"), QStringLiteral("file")},
                           {QStringLiteral("invoices"), QStringLiteral("total")});
        for (const DunningLetterPlan &plan : std::as_const(preview.letters)) {
            if (!plan.selected)
                continue;
            output.addRow({plan.customerNumber, plan.level.code, int(plan.invoices.size()), amount(plan.total),
                           plan.costsChargeableFrom ? IsoDate::format(*plan.costsChargeableFrom) : QString(), plan.fileName});
        }
        output.finish();
        if (table) {
            context.out << tr("Run %1: %2 letters, %3 hand-overs written to %4.")
                               .arg(result.runId)
                               .arg(result.letters)
                               .arg(result.handOvers)
                               .arg(outDir)
                        << '\n';
            if (!result.withoutEmail.isEmpty())
                context.out << tr("No e-mail address known, no .eml written: %1").arg(result.withoutEmail.join(QStringLiteral(", ")))
                            << '\n';
        }
        // Not in the table, and not an error exit either: the run is recorded, running it again
        // would send nothing. Said on stderr so that --format csv|json output stays clean.
        if (!result.recovered.isEmpty())
            context.err << tr("Letters of an earlier run that was interrupted after it was recorded were moved into the folder: %1")
                               .arg(result.recovered.join(QStringLiteral(", ")))
                        << '\n';
        if (result.discarded > 0)
            context.err << tr("%n letter file(s) of an earlier run that was interrupted before it was recorded were deleted; they were never sent.",
                               nullptr, result.discarded)
                        << '\n';
        if (!result.notMoved.isEmpty())
            context.err << tr("The run is recorded, but these files could not be moved into the folder; the next run in the folder moves them: %1")
                               .arg(result.notMoved.join(QStringLiteral(", ")))
                        << '\n';
        return 0;
    }

    OutputTable output(context.out, outputFormat,
                       {QStringLiteral("customer"), QStringLiteral("name"), QStringLiteral("action"), QStringLiteral("level"),
                        QStringLiteral("invoice"), QStringLiteral("due_date"), QStringLiteral("days_overdue"),
                        QStringLiteral("currency"), QStringLiteral("open"), QStringLiteral("interest"), QStringLiteral("costs"),
                        QStringLiteral("costs_from"), QStringLiteral("note"), QStringLiteral("file")},
                       {QStringLiteral("days_overdue"), QStringLiteral("open"), QStringLiteral("interest"), QStringLiteral("costs")});
    for (const DunningLetterPlan &plan : std::as_const(preview.letters)) {
        const QString action = plan.level.isHandOver() ? QStringLiteral("hand-over") : QStringLiteral("letter");
        for (const DunningInvoiceLine &line : plan.invoices) {
            QString note;
            QVariant interest;
            if (plan.showsInterest) {
                if (line.interest)
                    interest = amount(*line.interest);
                else {
                    interest = QStringLiteral("not available");
                    note = tr("interest not available: %1").arg(plan.interestNote);
                }
            }
            if (!line.movesUp)
                note = (note.isEmpty() ? QString() : note + QStringLiteral("; ")) + tr("listed, level stays");
            // The costs column is in euros, not in the currency column's: say so and at which rate.
            if (plan.eurRate)
                note = (note.isEmpty() ? QString() : note + QStringLiteral("; "))
                    + tr("costs in EUR on %1 EUR (1 EUR = %2 %3, %4)")
                          .arg(plan.totalInEur.toPlain(), plan.eurRate->rateText(NumberStyle::English), plan.currency,
                               IsoDate::format(plan.eurRate->date));
            output.addRow({plan.customerNumber, plan.customerName, action,
                           levelCode(line.level),
                           line.number, IsoDate::format(line.dueDate), line.daysOverdue, plan.currency, amount(line.open),
                           interest, plan.showsCosts ? amount(plan.costs + plan.costsVat) : QVariant(QString()),
                           plan.costsChargeableFrom ? IsoDate::format(*plan.costsChargeableFrom) : QString(), note, plan.fileName});
        }
    }
    for (const DunningSkip &skip : std::as_const(preview.skipped)) {
        output.addRow({skip.customerNumber, skip.customerName, QStringLiteral("skip"), levelCode(skip.wouldBeLevel), skip.invoiceNumber, QString(),
                       QString(), skip.open.currency(), amount(skip.open), QString(), QString(), QString(),
                       DunningSkip::reasonCode(skip.reason) + QStringLiteral(": ") + skip.reasonText(), QString()});
    }
    output.finish();
    return 0;
}

} // namespace dd
