#pragma once

#include "common/WorkerFutures.h"

#include <QFutureWatcher>
#include <QMap>
#include <QObject>
#include <QPointer>

#include <optional>

namespace dd {

class Session;

// What the whole ledger has outstanding, per currency, for the status bar. On ten million invoices
// the sum reads close to a million open invoices (about a second), too long for the window to
// wait on each time a tab is shown: it is computed on a worker thread with a connection of its
// own, as the Dashboard's figures are, and kept until the data it depends on change.
class LedgerOutstanding : public QObject
{
    Q_OBJECT
public:
    explicit LedgerOutstanding(QObject *parent = nullptr);
    ~LedgerOutstanding() override;

    // The ledger of `session` (nullptr: none); what was known of the previous one is forgotten.
    void setSession(Session *session);
    // The open cents per currency when known; otherwise empty, the computation is started (once)
    // and `computed` follows.
    std::optional<QMap<QString, qint64>> openCents();

signals:
    void computed();
    void failed(const QString &message);

private:
    struct Result
    {
        QMap<QString, qint64> cents;
        QString error;
    };

    void start();
    void finished();
    // The data changed: what is known, or being computed, no longer holds.
    void forget();

    QPointer<Session> m_session;
    std::optional<QMap<QString, qint64>> m_known;
    bool m_running = false;
    bool m_outdated = false; // the running computation read data that has changed since
    QFutureWatcher<Result> m_watcher;
    WorkerFutures m_workers;
};

} // namespace dd
