#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QProgressDialog;
class QTimer;
class QWidget;

namespace dd {

// Runs a DatabaseCopy (core) on a worker thread, which opens its own connections to both sides,
// while a progress dialog shows the rows copied and can cancel (then the target keeps nothing).
// At the end a message says what was copied, or why nothing was; the window stays usable meanwhile.
class DatabaseCopyRunner : public QObject
{
    Q_OBJECT
public:
    explicit DatabaseCopyRunner(QWidget *window);
    ~DatabaseCopyRunner() override;

    // Starts copying `source` to `target`; false while a copy runs.
    bool start(const QString &source, const QString &target);
    bool isRunning() const { return m_watcher.isRunning(); }
    // As the progress dialog's Cancel does.
    void cancel();

signals:
    // Both sides have the same rows and money sums.
    void copied(qint64 rows, int tables, const QString &target);
    void cancelled();
    void failed(const QString &message);

private:
    struct Progress
    {
        std::atomic<qint64> done{0};
        std::atomic<qint64> total{0};
        std::atomic<bool> cancel{false};
    };
    struct Outcome
    {
        bool cancelled = false;
        qint64 rows = 0;
        int tables = 0;
        QString error;
    };
    void showProgress();
    void finished();
    void tell(bool failure, const QString &text);

    QWidget *m_window;
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<Progress> m_progress;
    QString m_target;
    QTimer *m_poll;
    QPointer<QProgressDialog> m_dialog;
};

} // namespace dd
