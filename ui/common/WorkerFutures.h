#pragma once

#include <QFuture>
#include <QList>

namespace dd {

// The workers a view has started and not yet seen finish. A QFutureWatcher follows only the newest
// request; an earlier one, superseded, runs on (QtConcurrent::run cannot be cancelled) and reads
// the database with a connection of its own. A view waits for all of them when it closes, so that
// none reads a file removed or replaced once the view is gone.
class WorkerFutures
{
public:
    WorkerFutures() = default;
    WorkerFutures(const WorkerFutures &) = delete;
    WorkerFutures &operator=(const WorkerFutures &) = delete;
    ~WorkerFutures() { waitForAll(); }

    // Keeps `future` (and lets go of those finished, with their results).
    template <typename T>
    QFuture<T> add(QFuture<T> future)
    {
        m_running.removeIf([](const QFuture<void> &running) { return running.isFinished(); });
        m_running.append(QFuture<void>(future));
        return future;
    }

    void waitForAll()
    {
        for (QFuture<void> &running : m_running)
            running.waitForFinished();
        m_running.clear();
    }

private:
    QList<QFuture<void>> m_running;
};

} // namespace dd
