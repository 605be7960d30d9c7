#include "CsvReadAhead.h"

namespace dd {

CsvReadAhead::CsvReadAhead(CsvReader &reader)
    : m_reader(reader)
{
    for (size_t i = 0; i < batches; ++i)
        m_empty.push_back(Batch{std::vector<CsvRecord>(batchRecords), 0});
    m_thread = std::thread([this] { run(); });
}

CsvReadAhead::~CsvReadAhead()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void CsvReadAhead::run()
{
    bool more = true;
    while (more) {
        Batch batch;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stop || !m_empty.empty(); });
            if (m_stop)
                return;
            batch = std::move(m_empty.front());
            m_empty.pop_front();
        }
        std::exception_ptr error;
        try {
            batch.size = 0;
            while (batch.size < batch.records.size() && (more = m_reader.next(batch.records[batch.size])))
                ++batch.size;
        } catch (...) {
            error = std::current_exception();
            more = false;
        }
        {
            std::lock_guard lock(m_mutex);
            m_full.push_back(std::move(batch));
            m_error = error;
            m_ended = !more;
        }
        m_changed.notify_all();
    }
}

const CsvRecord *CsvReadAhead::next()
{
    if (m_next == m_current.size) {
        std::unique_lock lock(m_mutex);
        if (!m_current.records.empty())
            m_empty.push_back(std::move(m_current)); // read into again
        m_current = Batch();
        m_next = 0; // a call after the last record finds none again
        m_changed.notify_all();
        for (;;) {
            m_changed.wait(lock, [this] { return !m_full.empty() || m_ended; });
            // The last batch may be empty (the file ended with the one before).
            while (!m_full.empty() && m_full.front().size == 0) {
                m_empty.push_back(std::move(m_full.front()));
                m_full.pop_front();
            }
            if (!m_full.empty())
                break;
            if (m_ended) {
                if (m_error)
                    std::rethrow_exception(std::exchange(m_error, nullptr));
                return nullptr;
            }
        }
        m_current = std::move(m_full.front());
        m_full.pop_front();
    }
    return &m_current.records[m_next++];
}

} // namespace dd
