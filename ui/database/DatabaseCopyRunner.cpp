#include "DatabaseCopyRunner.h"

#include "common/DatabaseWorkers.h"
#include "common/Error.h"
#include "common/UiLocale.h"
#include "storage/DatabaseCopy.h"
#include "storage/DatabaseLocation.h"

#include <QMessageBox>
#include <QProgressDialog>
#include <QTimer>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <climits>

namespace dd {

DatabaseCopyRunner::DatabaseCopyRunner(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_poll(new QTimer(this))
{
    setObjectName(QStringLiteral("databaseCopyRunner"));
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, &DatabaseCopyRunner::showProgress);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &DatabaseCopyRunner::finished);
}

DatabaseCopyRunner::~DatabaseCopyRunner()
{
    // The worker holds its own connections; a copy cut short keeps nothing.
    cancel();
    m_watcher.waitForFinished();
}

bool DatabaseCopyRunner::start(const QString &source, const QString &target)
{
    if (isRunning())
        return false;
    m_target = target;
    m_progress = std::make_shared<Progress>();
    m_watcher.setFuture(QtConcurrent::run(DatabaseWorkers::pool(), [source, target, progress = m_progress] {
        Outcome outcome;
        try {
            const DatabaseCopy::Result result = DatabaseCopy(source, target).run([progress](qint64 done, qint64 total) {
                progress->done = done;
                progress->total = total;
                return !progress->cancel;
            });
            outcome.cancelled = result.cancelled;
            outcome.rows = result.rows();
            outcome.tables = int(result.source.size());
        } catch (const Error &error) {
            outcome.error = error.message();
        }
        return outcome;
    }));
    m_poll->start();
    return true;
}

void DatabaseCopyRunner::cancel()
{
    if (m_progress)
        m_progress->cancel = true;
}

void DatabaseCopyRunner::showProgress()
{
    if (!m_dialog) {
        m_dialog = new QProgressDialog(tr("Copying the database…"), tr("Cancel"), 0, 0, m_window);
        m_dialog->setObjectName(QStringLiteral("copyProgress"));
        m_dialog->setWindowTitle(tr("Copy Database"));
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_dialog->setMinimumDuration(300);
        m_dialog->setAutoClose(false);
        m_dialog->setAutoReset(false);
        connect(m_dialog, &QProgressDialog::canceled, this, &DatabaseCopyRunner::cancel);
    }
    const qint64 total = m_progress->total;
    if (total > 0) {
        // Percent, so that rows beyond an int never overflow the bar.
        m_dialog->setMaximum(100);
        m_dialog->setValue(int(m_progress->done * 100 / total));
        m_dialog->setLabelText(tr("Copying the database to %1: %2 of %3 rows…")
                                   .arg(DatabaseLocation::displayName(m_target), UiLocale::formatCount(m_progress->done),
                                        UiLocale::formatCount(total)));
    }
}

void DatabaseCopyRunner::finished()
{
    m_poll->stop();
    if (m_dialog)
        m_dialog->close();
    const Outcome outcome = m_watcher.result();
    const QString target = DatabaseLocation::displayName(m_target);
    if (!outcome.error.isEmpty()) {
        tell(true, outcome.error);
        emit failed(outcome.error);
    } else if (outcome.cancelled) {
        tell(false, tr("The copy was cancelled; nothing was copied to %1.").arg(target));
        emit cancelled();
    } else {
        tell(false, tr("The database was copied to %1: %n row(s) in %2 tables. Every table has the same rows and the same "
                       "amounts on both sides.",
                       nullptr, int(std::min<qint64>(outcome.rows, INT_MAX)))
                        .arg(target)
                        .arg(outcome.tables));
        emit copied(outcome.rows, outcome.tables, m_target);
    }
}

void DatabaseCopyRunner::tell(bool failure, const QString &text)
{
    // Not exec(): the window stays usable, and nothing waits on the user's click.
    auto *box = new QMessageBox(failure ? QMessageBox::Warning : QMessageBox::Information, tr("Copy Database"), text,
                                QMessageBox::Ok, m_window);
    box->setObjectName(failure ? QStringLiteral("copyFailedBox") : QStringLiteral("copyDoneBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace dd
