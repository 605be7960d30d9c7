#pragma once

#include "invoices/Invoice.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace dd {

class ImportStore;

// Writes full batches of new invoices (ImportStore::insertNewHeaders) on a second thread while the
// import reads and checks the rows that follow: on two cores SQLite's share of a bulk load then
// overlaps the parsing instead of following it. Batches are written in the order given. Once one
// is refused (a number that exists already), it and every batch after it come back unwritten, so
// that the caller can write them one by one in the same order.
//
// The database connection is never used by two threads at once: the caller may touch the
// database (or let anything else do so) only after drain(), which waits until the thread is idle.
class InvoiceBatchWriter
{
public:
    struct Done
    {
        std::vector<Invoice> invoices; // with their ids when written
        bool written = false;
    };

    explicit InvoiceBatchWriter(ImportStore &store);
    // Stops the thread, leaving what is still queued unwritten: the caller's transaction is then
    // rolled back anyway.
    ~InvoiceBatchWriter();
    InvoiceBatchWriter(const InvoiceBatchWriter &) = delete;
    InvoiceBatchWriter &operator=(const InvoiceBatchWriter &) = delete;

    // Queues a batch of ImportStore::headerBatch invoices; waits while a few are queued already,
    // so that memory stays bounded.
    void submit(std::vector<Invoice> &&batch);
    // The batches finished since the last call, in order, without waiting.
    std::vector<Done> collect();
    // Waits until every batch queued is finished and returns them with those not collected yet.
    // Rethrows what the thread caught (a StorageError); afterwards batches are written again.
    std::vector<Done> drain();

private:
    void run();

    static constexpr size_t maxQueued = 8;
    ImportStore &m_store;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::vector<Invoice>> m_queue;
    std::vector<Done> m_done;
    std::exception_ptr m_error;
    bool m_busy = false;    // the thread holds a batch
    bool m_refused = false; // a batch was refused: the rest come back unwritten until drain()
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace dd
