// Dunning benchmark on the million-invoice database: the preview of a run (one set-based query
// and the letters, interest and costs computed from it) against the same query in the sqlite3
// shell (psql on a team database), and the commit's rate of rendering and recording letters. The commit runs inside an
// outer transaction that is rolled back and writes into a temporary folder: the file is left as
// it was.
//   bench_dunning LOCATION [AS_OF] [LETTERS]   (LOCATION: a file or a postgresql:// URL)
#include "BenchTimer.h"
#include "common/Clock.h"
#include "dunning/DunningRun.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>

using namespace dd;
using namespace dd::bench;

int main(int argc, char *argv[])
{
    // The letters are PDFs: text needs fonts, so a QGuiApplication; no window is shown.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (argc < 2 || argc > 4) {
        QTextStream(stderr) << "usage: bench_dunning LOCATION [AS_OF] [LETTERS]\n";
        return 2;
    }
    const QString file = QString::fromLocal8Bit(argv[1]);
    const Date asOf = IsoDate::parse(argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("2026-11-23")).value_or(Date(2026, 11, 23));
    const int letters = argc > 3 ? QString::fromLocal8Bit(argv[3]).toInt() : 300;
    QTextStream out(stdout);
    auto db = Database::open(file);
    const FixedClock clock(QDateTime(IsoDate::toQDate(asOf), QTime(9, 0), Qt::UTC));
    DunningRun run(*db, clock, QStringLiteral("bench"));

    DunningPreview preview;
    const double previewMs = bestOf(3, [&] { preview = run.preview(asOf); });
    qint64 listed = 0;
    for (const DunningLetterPlan &plan : preview.letters)
        listed += plan.invoices.size();
    const QString query = DunningRun::overdueQuery().replace(u'?', QStringLiteral("'%1'").arg(IsoDate::format(asOf)));
    const double shellMs = shellBestOf(3, file, query);
    report(out, QStringLiteral("dunning preview, %1 overdue invoices").arg(preview.overdueInvoices), previewMs, 2000,
           QStringLiteral("(%1 letters over %2 invoices, %3 skipped; %4, same query: %5 ms)")
               .arg(preview.letters.size())
               .arg(listed)
               .arg(preview.skipped.size())
               .arg(shellName(file))
               .arg(shellMs, 0, 'f', 1));

    // The first LETTERS letters (not hand-overs) ticked, the rest not.
    int ticked = 0;
    for (DunningLetterPlan &plan : preview.letters) {
        plan.selected = !plan.level.isHandOver() && ticked < letters;
        ticked += plan.selected ? 1 : 0;
    }
    QTemporaryDir folder;
    DunningCommitResult result;
    QElapsedTimer timer;
    timer.start();
    {
        Transaction outer(*db, DataChanges()); // never committed: the run is rolled back when it ends
        result = run.commit(preview, folder.filePath(QStringLiteral("letters")));
    }
    const double commitMs = double(timer.nsecsElapsed()) / 1e6;
    const double rate = commitMs > 0 ? result.letters * 1000.0 / commitMs : 0;
    const bool rateOk = rate >= 30;
    out << QStringLiteral("%1 %2 /s ").arg(QStringLiteral("dunning commit, letters rendered and recorded").leftJustified(46)).arg(rate, 9, 'f', 1)
        << QStringLiteral("  (budget 30 letters/s: %1)  (%2 letters in %3 ms, one core)")
               .arg(rateOk ? QStringLiteral("ok") : QStringLiteral("OVER"))
               .arg(result.letters)
               .arg(commitMs, 0, 'f', 0)
        << Qt::endl;
    return previewMs <= 2000 && rateOk ? 0 : 1;
}
