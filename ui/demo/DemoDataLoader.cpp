#include "DemoDataLoader.h"

#include "session/Session.h"

#include <QCoreApplication>
#include <QDate>
#include <QProgressDialog>

namespace dd {

DemoOptions DemoDataLoader::defaultOptions(const QDate &until)
{
    DemoOptions options;
    options.customers = 400;
    options.invoices = 6000;
    options.until = IsoDate::fromQDate(until);
    return options;
}

bool DemoDataLoader::run(Session &session, const DemoOptions &options, QWidget *parent)
{
    QProgressDialog progress(QCoreApplication::translate("dd::DemoDataLoader", "Creating demo data…"),
                             QCoreApplication::translate("dd::DemoDataLoader", "Cancel"), 0, 1000, parent);
    progress.setObjectName(QStringLiteral("demoProgress"));
    progress.setWindowTitle(QCoreApplication::translate("dd::DemoDataLoader", "Demo data"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setValue(0);
    DemoDataGenerator generator = session.demoData();
    const DemoSummary summary = generator.generate(options, [&progress](qint64 done, qint64 total) {
        progress.setValue(total > 0 ? int(done * 1000 / total) : 0);
        // The generator runs on this thread; let the dialog paint and see the Cancel click.
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    });
    progress.setValue(1000);
    return summary.customers > 0;
}

} // namespace dd
