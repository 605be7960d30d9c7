#include "LedgerOutstanding.h"

#include "common/DatabaseWorkers.h"
#include "common/Error.h"
#include "invoices/InvoiceListQuery.h"
#include "session/Session.h"

#include <QtConcurrent/QtConcurrentRun>

namespace dd {

LedgerOutstanding::LedgerOutstanding(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &LedgerOutstanding::finished);
}

LedgerOutstanding::~LedgerOutstanding()
{
    // No worker may read the database once its window is gone (the file may be removed next).
    m_workers.waitForAll();
}

void LedgerOutstanding::setSession(Session *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session) {
        connect(session, &Session::changed, this, [this](DataChanges what) {
            if (what & (DataChange::Invoices | DataChange::Payments | DataChange::CreditNotes))
                forget();
        });
    }
    forget();
}

std::optional<QMap<QString, qint64>> LedgerOutstanding::openCents()
{
    if (!m_known)
        start();
    return m_known;
}

void LedgerOutstanding::forget()
{
    m_known.reset();
    if (m_running)
        m_outdated = true;
}

void LedgerOutstanding::start()
{
    if (!m_session || m_running)
        return;
    m_running = true;
    m_outdated = false;
    m_watcher.setFuture(m_workers.add(QtConcurrent::run(DatabaseWorkers::pool(), [location = m_session->location()] {
        Result result;
        try {
            const auto reader = Session::open(location, Session::Access::ReadOnly);
            result.cents = reader->invoiceList()->openCentsByCurrency();
        } catch (const Error &error) {
            result.error = error.message();
        }
        return result;
    })));
}

void LedgerOutstanding::finished()
{
    m_running = false;
    if (m_outdated) {
        // Read before the last change (or of the previous database): read again.
        start();
        return;
    }
    const Result result = m_watcher.result();
    if (!result.error.isEmpty()) {
        emit failed(result.error);
        return;
    }
    m_known = result.cents;
    emit computed();
}

} // namespace dd
