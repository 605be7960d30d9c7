#include "ReportCommand.h"

#include "cli/CliError.h"
#include "documents/SettingsRepository.h"
#include "money/Money.h"
#include "reports/DisputeReport.h"
#include "reports/ReceivablesReport.h"
#include "reports/ReportCsvWriter.h"
#include "reports/ReportDocuments.h"
#include "reports/ReportPdfWriter.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <algorithm>
#include <QGuiApplication>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::ReportCommand", text);
}

// The company name printed on the title page: --company, else the settings, else a placeholder.
QString companyName(const QCommandLineParser &parser, Database &database)
{
    if (parser.isSet(QStringLiteral("company")))
        return parser.value(QStringLiteral("company"));
    const QString stored = SettingsRepository(database).companyName();
    return stored.isEmpty() ? QStringLiteral("DisputeDesk") : stored;
}
} // namespace

QString ReportCommand::name() const
{
    return m_kind == Kind::Disputes ? QStringLiteral("report disputes") : QStringLiteral("report aging");
}

QString ReportCommand::summary() const
{
    return m_kind == Kind::Disputes
        ? tr("Dispute report for a period: PDF with charts (--pdf), tables as CSV (--csv).")
        : tr("Aged receivables report (disputed and undisputed, DSO): PDF (--pdf), tables as CSV (--csv).");
}

void ReportCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(dbOption());
    if (m_kind == Kind::Disputes) {
        parser.addOption({QStringLiteral("from"), tr("First day of the period (YYYY-MM-DD)."), QStringLiteral("DATE")});
        parser.addOption({QStringLiteral("to"), tr("Last day of the period (YYYY-MM-DD)."), QStringLiteral("DATE")});
        parser.addOption({QStringLiteral("as-of"), tr("Date of the open cases (YYYY-MM-DD); default the last day."),
                          QStringLiteral("DATE")});
    } else {
        parser.addOption(asOfOption());
    }
    parser.addOption({QStringLiteral("pdf"), tr("Write the report as PDF to FILE."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("csv"), tr("Write every table as a CSV file into DIR."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("lang"), tr("Language of the PDF: nl or en (default en)."), QStringLiteral("LANG"),
                      QStringLiteral("en")});
    parser.addOption({QStringLiteral("currency"), tr("Currency of the dispute amounts (default EUR)."), QStringLiteral("CODE"),
                      QStringLiteral("EUR")});
    parser.addOption({QStringLiteral("company"), tr("Company name on the title page (default: from the settings)."),
                      QStringLiteral("NAME")});
    parser.addOption(formatOption());
}

Date ReportCommand::requiredDate(const QCommandLineParser &parser, const QString &option) const
{
    if (!parser.isSet(option))
        usageError(tr("--%1 DATE is required").arg(option));
    return dateValue(option, parser.value(option));
}

int ReportCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    const auto language = ReportLocale::parse(parser.value(QStringLiteral("lang")));
    if (!language)
        usageError(tr("--lang must be nl or en, not \"%1\"").arg(parser.value(QStringLiteral("lang"))));
    const QString currency = parser.value(QStringLiteral("currency")).toUpper();
    if (currency.size() != 3 || !std::all_of(currency.begin(), currency.end(), [](QChar c) { return c >= u'A' && c <= u'Z'; }))
        usageError(tr("--currency must be an ISO 4217 code such as EUR, not \"%1\"").arg(parser.value(QStringLiteral("currency"))));
    const OutputTable::Format outputFormat = format(parser);
    Date from;
    Date to;
    Date date;
    if (m_kind == Kind::Disputes) {
        from = requiredDate(parser, QStringLiteral("from"));
        to = requiredDate(parser, QStringLiteral("to"));
        if (to < from)
            usageError(tr("--to (%1) is before --from (%2)").arg(IsoDate::format(to), IsoDate::format(from)));
        date = parser.isSet(QStringLiteral("as-of")) ? requiredDate(parser, QStringLiteral("as-of")) : to;
    } else {
        if (!parser.isSet(QStringLiteral("as-of")))
            usageError(tr("--as-of DATE is required"));
        date = asOf(parser, context);
    }
    const bool pdf = parser.isSet(QStringLiteral("pdf"));
    const bool csv = parser.isSet(QStringLiteral("csv"));
    if (pdf && parser.value(QStringLiteral("pdf")).isEmpty())
        usageError(tr("--pdf needs a file name"));
    if (pdf && !qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        throw CliError(name() + QStringLiteral(": ") + tr("PDF output needs the graphical Qt platform (QGuiApplication)"),
                       CliError::Failure);

    auto database = openDatabaseToRead(parser);
    const ReportLocale locale(*language);
    const QString company = companyName(parser, *database);
    ReportDocument document;
    if (m_kind == Kind::Disputes) {
        DisputeReportOptions options;
        options.currency = currency;
        document = ReportDocuments::disputes(DisputeReport(*database).compute(from, to, date, options), locale, company);
    } else {
        document = ReportDocuments::receivables(ReceivablesReport(*database).compute(date), locale, company);
    }
    if (pdf) {
        ReportPdfWriter::write(document, parser.value(QStringLiteral("pdf")));
        context.err << tr("Wrote %1").arg(parser.value(QStringLiteral("pdf"))) << '\n';
    }
    if (csv) {
        const QStringList files = ReportCsvWriter::write(document, parser.value(QStringLiteral("csv")));
        context.err << tr("Wrote %1 CSV files to %2").arg(files.size()).arg(parser.value(QStringLiteral("csv"))) << '\n';
    }
    if (!pdf && !csv) {
        // The first table (the key figures) for a quick look.
        const ReportTable &summary = document.tables.front();
        OutputTable table(context.out, outputFormat, summary.csvHeaders);
        const auto &rows = outputFormat == OutputTable::Format::Table ? summary.rows : summary.csvRows;
        for (const QStringList &row : rows) {
            QVariantList values;
            for (const QString &cell : row)
                values << cell;
            table.addRow(values);
        }
    }
    return 0;
}

} // namespace dd
