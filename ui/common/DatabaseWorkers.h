#pragma once

class QThreadPool;

namespace dd {

// The threads that read the database for a view (the Dashboard, the aged receivables, the status
// bar's ledger total, reports, exports, the copy). Not Qt's global pool: Qt converts and scales
// images on that pool's threads and waits for them, so a Dashboard reading ten million invoices
// for half a minute on both of its threads held up the painting of the main window until one of
// them was done (0.7 s of its opening, measured with the status bar's total as the other).
class DatabaseWorkers
{
public:
    // Created with the application and gone with it, as many threads as the machine has cores.
    // Asked for on the GUI thread, where the workers are started.
    static QThreadPool *pool();
};

} // namespace dd
