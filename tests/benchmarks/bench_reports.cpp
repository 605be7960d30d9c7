// Reports benchmark: the dispute report as PDF over a period holding every demo dispute (about
// 50,000 on the million-invoice database), and the dashboard figures.
//   bench_reports LOCATION   (a file or a postgresql:// URL)
#include "BenchTimer.h"
#include "reports/DashboardService.h"
#include "reports/DisputeReport.h"
#include "reports/ReportDocuments.h"
#include "reports/ReportLocale.h"
#include "reports/ReportPdfWriter.h"
#include "storage/Database.h"

#include <QGuiApplication>

using namespace dd;
using namespace dd::bench;

int main(int argc, char *argv[])
{
    // PDF text needs fonts, so a QGuiApplication; no window is shown.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (argc != 2) {
        QTextStream(stderr) << "usage: bench_reports LOCATION\n";
        return 2;
    }
    const QString file = QString::fromLocal8Bit(argv[1]);
    QTextStream out(stdout);
    auto db = Database::open(file);
    const Date asOf(2026, 11, 23);
    const QVariant first = db->scalar(QStringLiteral("SELECT MIN(received_on) FROM disputes"));
    // A DATE column on PostgreSQL comes back as a QDate, ISO text from SQLite.
    const QString firstText = first.typeId() == QMetaType::QDate ? first.toDate().toString(Qt::ISODate) : first.toString();
    const Date from = IsoDate::parse(firstText).value_or(asOf);
    const qint64 cases = db->scalar(QStringLiteral("SELECT COUNT(*) FROM disputes WHERE received_on >= ?"), {first}).toLongLong();

    qsizetype pdfBytes = 0;
    const double reportMs = bestOf(2, [&] {
        const DisputeReportData data = DisputeReport(*db).compute(from, asOf, asOf);
        pdfBytes = ReportPdfWriter::render(ReportDocuments::disputes(data, ReportLocale(Language::Dutch), QStringLiteral("Bench B.V."))).size();
    });
    report(out, QStringLiteral("dispute report PDF, %1 cases in the period").arg(cases), reportMs, 5000,
           QStringLiteral("(%1 KB)").arg(pdfBytes / 1024));

    // What the Dashboard page computes: the key figures and its charts' report over twelve months.
    DashboardFigures figures;
    DisputeReportData charts;
    const double dashboard = bestOf(3, [&] {
        figures = DashboardService(*db).compute(asOf);
        DisputeReportOptions options;
        options.repeatedProducts = false;
        charts = DisputeReport(*db).compute(asOf - boost::gregorian::years(1) + boost::gregorian::days(1), asOf, asOf, options);
    });
    report(out, QStringLiteral("dashboard figures and charts over %1 invoices")
                    .arg(db->scalar(QStringLiteral("SELECT COUNT(*) FROM invoices")).toLongLong()),
           dashboard, 1000, QStringLiteral("(%1 open cases, %2 received in the year)").arg(figures.openCases).arg(charts.opened));
    return reportMs <= 5000 && dashboard <= 1000 ? 0 : 1;
}
