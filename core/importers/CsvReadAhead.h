#pragma once

#include "importers/CsvReader.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace dd {

// Hands out the records of a CsvReader that a second thread reads a few batches ahead: on two
// cores, decoding the text and splitting it into fields then overlaps the checks and the database
// work of the rows before them. The records come in the reader's order and end where the reader's
// would, at the end of the file or at a record that cannot be read (the reader's issue() says
// which, once next() gave none).
//
// Batches go back to the thread once handed out, and are read into again: a record's strings
// keep their memory (CsvReader writes over them), so that no string is allocated on one thread
// and freed on the other, which costs more than the reading saves.
//
// The reader belongs to the thread from construction to destruction: nothing else may use it
// meanwhile. The database is never touched here, so the import's connection stays on one thread.
class CsvReadAhead
{
public:
    // Reads on from the reader's current position.
    explicit CsvReadAhead(CsvReader &reader);
    // Stops the thread, wherever it is; the reader may be used again afterwards.
    ~CsvReadAhead();
    CsvReadAhead(const CsvReadAhead &) = delete;
    CsvReadAhead &operator=(const CsvReadAhead &) = delete;

    // The next record, valid until the next call; null once the reader has none (rethrows what
    // the thread caught).
    const CsvRecord *next();

private:
    void run();

    // A batch is large enough that handing it over costs little per record, and small enough
    // that the batches in flight take a megabyte or two (memory stays flat, issue 8).
    static constexpr size_t batchRecords = 512;
    static constexpr size_t batches = 6;
    struct Batch
    {
        std::vector<CsvRecord> records;
        size_t size = 0; // the records read into it
    };
    CsvReader &m_reader;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_full;  // read, in order, for next()
    std::deque<Batch> m_empty; // handed out, for the thread to read into again
    std::exception_ptr m_error;
    bool m_ended = false; // the thread has queued its last batch
    bool m_stop = false;
    Batch m_current; // the batch being handed out, on the caller's thread
    size_t m_next = 0;
    std::thread m_thread;
};

} // namespace dd
