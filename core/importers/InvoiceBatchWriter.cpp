#include "InvoiceBatchWriter.h"

#include "ImportStore.h"

namespace dd {

InvoiceBatchWriter::InvoiceBatchWriter(ImportStore &store)
    : m_store(store)
{
    // The statement is compiled here, on the caller's thread: reaching the connection goes
    // through Qt SQL, whose objects belong to the thread that made them.
    m_store.prepareHeaderBatch();
    m_thread = std::thread([this] { run(); });
}

InvoiceBatchWriter::~InvoiceBatchWriter()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void InvoiceBatchWriter::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return m_stop || !m_queue.empty(); });
        if (m_stop)
            return;
        Done done{std::move(m_queue.front()), false};
        m_queue.pop_front();
        m_busy = true;
        m_changed.notify_all(); // room in the queue for submit()
        std::exception_ptr error;
        if (!m_refused && !m_error) {
            lock.unlock();
            try {
                done.written = m_store.insertNewHeaders(done.invoices);
            } catch (...) {
                error = std::current_exception();
            }
            lock.lock();
        }
        m_refused = m_refused || !done.written;
        try {
            m_done.push_back(std::move(done));
        } catch (...) {
            error = std::current_exception();
        }
        if (error)
            m_error = error;
        m_busy = false;
        m_changed.notify_all();
    }
}

void InvoiceBatchWriter::submit(std::vector<Invoice> &&batch)
{
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_queue.size() < maxQueued; });
        m_queue.push_back(std::move(batch));
    }
    m_changed.notify_all();
}

std::vector<InvoiceBatchWriter::Done> InvoiceBatchWriter::collect()
{
    std::lock_guard lock(m_mutex);
    return std::exchange(m_done, {});
}

std::vector<InvoiceBatchWriter::Done> InvoiceBatchWriter::drain()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queue.empty() && !m_busy; });
    m_refused = false;
    std::vector<Done> done = std::exchange(m_done, {});
    if (const std::exception_ptr error = std::exchange(m_error, nullptr))
        std::rethrow_exception(error); // what was finished is dropped with the failed import
    return done;
}

} // namespace dd
