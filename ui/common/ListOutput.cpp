#include "ListOutput.h"

#include "common/DatabaseWorkers.h"
#include "common/Error.h"
#include "common/FileDialogs.h"
#include "common/ListPrinter.h"
#include "common/UiLocale.h"
#include "exporters/ListCsvExport.h"
#include "session/Session.h"

#include <QAction>
#include <QDir>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <climits>

namespace dd {

namespace {
// Above this many rows printing asks first: a filter is usually what the user meant.
constexpr int rowsToConfirm = 2000;
} // namespace

ListOutput::ListOutput(QTableView *view, const QString &title, std::function<Session *()> session, std::function<Writer()> writer,
                       QWidget *parent)
    : QObject(parent)
    , m_view(view)
    , m_title(title)
    , m_session(std::move(session))
    , m_writer(std::move(writer))
    , m_export(new QAction(tr("Export List…"), parent))
    , m_print(new QAction(tr("Print List…"), parent))
    , m_poll(new QTimer(this))
{
    setObjectName(QStringLiteral("listOutput"));
    m_export->setObjectName(QStringLiteral("listExportAction"));
    m_print->setObjectName(QStringLiteral("listPrintAction"));
    m_poll->setInterval(100);
    connect(m_export, &QAction::triggered, this, &ListOutput::chooseAndExport);
    connect(m_print, &QAction::triggered, this, &ListOutput::chooseAndPrint);
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &ListOutput::finished);
    connect(m_poll, &QTimer::timeout, this, &ListOutput::showProgress);
}

ListOutput::~ListOutput()
{
    // The worker holds its own connection to the file; stop it and let it finish first.
    if (m_progress)
        m_progress->cancel = true;
    m_watcher.waitForFinished();
}

void ListOutput::addActionsTo(QMenu *menu) const
{
    m_export->setEnabled(isAvailable());
    m_print->setEnabled(isAvailable());
    menu->addAction(m_export);
    menu->addAction(m_print);
}

bool ListOutput::exportTo(const QString &path)
{
    Session *session = m_session();
    if (!session || isExporting())
        return false;
    m_path = path;
    m_progress = std::make_shared<Progress>();
    const Writer writer = m_writer();
    m_watcher.setFuture(QtConcurrent::run(DatabaseWorkers::pool(), [location = session->location(), path, writer, progress = m_progress] {
        Result result;
        try {
            const auto reader = Session::open(location, Session::Access::ReadOnly);
            ListCsvExport exporter(path, [progress](qint64 written, qint64 total) {
                progress->written = written;
                progress->total = total;
                return !progress->cancel;
            });
            result.rows = writer(*reader, exporter);
            result.cancelled = exporter.cancelled();
        } catch (const Error &error) {
            result.error = error.message();
        }
        return result;
    }));
    m_poll->start();
    return true;
}

void ListOutput::showProgress()
{
    if (!m_dialog && m_view) {
        m_dialog = new QProgressDialog(tr("Exporting %1…").arg(m_title), tr("Cancel"), 0, 0, m_view->window());
        m_dialog->setObjectName(QStringLiteral("listExportProgress"));
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_dialog->setMinimumDuration(500);
        m_dialog->setAutoClose(false);
        m_dialog->setAutoReset(false);
        connect(m_dialog, &QProgressDialog::canceled, this, [progress = m_progress] {
            if (progress)
                progress->cancel = true;
        });
    }
    const qint64 total = m_progress->total;
    if (total > 0 && m_dialog) {
        // Percent, so that rows beyond an int never overflow the bar.
        m_dialog->setMaximum(100);
        m_dialog->setValue(int(m_progress->written * 100 / total));
        m_dialog->setLabelText(tr("Exporting %1: %2 of %3 rows…")
                                   .arg(m_title, UiLocale::formatCount(m_progress->written), UiLocale::formatCount(total)));
    }
}

void ListOutput::finished()
{
    m_poll->stop();
    if (m_dialog)
        m_dialog->close();
    const Result result = m_watcher.result();
    if (!result.error.isEmpty()) {
        report(result.error, true);
        emit failed(result.error);
        return;
    }
    if (result.cancelled) {
        report(tr("Export cancelled; %1 was left as it was.").arg(QDir::toNativeSeparators(m_path)), false);
        return;
    }
    report(tr("%n row(s) exported to %1", nullptr, int(std::min<qint64>(result.rows, INT_MAX)))
               .arg(QDir::toNativeSeparators(m_path)),
           false);
    emit exported(result.rows, m_path);
}

void ListOutput::report(const QString &message, bool failure)
{
    auto *window = m_view ? qobject_cast<QMainWindow *>(m_view->window()) : nullptr;
    if (failure) {
        if (window)
            QMessageBox::warning(window, tr("Export List"), message);
        return;
    }
    if (window)
        window->statusBar()->showMessage(message, 10000);
}

int ListOutput::printTo(QPrinter &printer) const
{
    return ListPrinter(*m_view, m_title).print(printer);
}

void ListOutput::chooseAndExport()
{
    if (!isAvailable() || isExporting())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = FileDialogs::saveFileName(m_view->window(), tr("Export List"),
                                                   QDir(folder).filePath(m_title + QStringLiteral(".csv")),
                                                   tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

void ListOutput::chooseAndPrint()
{
    if (!isAvailable())
        return;
    QPrinter printer(QPrinter::HighResolution);
    // Lists are wide; their columns keep more of their text across the page.
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(m_title);
    const int rows = m_view->model()->rowCount();
    if (rows > rowsToConfirm) {
        const QString question = tr("The list holds %1 rows, about %n page(s). Print them all? A filter makes the list shorter.",
                                    nullptr, ListPrinter(*m_view, m_title).pageCount(printer))
                                     .arg(UiLocale::formatCount(rows));
        if (QMessageBox::question(m_view->window(), tr("Print List"), question) != QMessageBox::Yes)
            return;
    }
    QPrintDialog dialog(&printer, m_view->window());
    dialog.setWindowTitle(tr("Print List"));
    if (dialog.exec() == QDialog::Accepted && printTo(printer) == 0)
        report(tr("The printer could not be started."), true);
}

} // namespace dd
