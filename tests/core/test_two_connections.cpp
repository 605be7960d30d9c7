// Two desks on one database (issue 20, "concurrency basics"): while one controller's connection
// is in the middle of writing cases, another's reads the case list as the Disputes area does.
// The reader must neither wait for the writer nor see its work before the commit, and must see
// all of it after. On a file this rests on SQLite's write-ahead log, on the server on
// PostgreSQL's snapshots; the test runs on both (the second time as "pg: ...").
#include "DisputeFixture.h"
#include "disputes/DisputeListQuery.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <chrono>
#include <condition_variable>
#include <deque>
#include <future>
#include <mutex>
#include <thread>

using namespace dd;
using dd::test::day;
using dd::test::eur;

namespace {

// What the reader saw of the case list.
struct CaseList
{
    qint64 count = -1;
    std::vector<DisputeListRow> rows;
    QMap<QString, qint64> disputed;
    QString error; // what went wrong instead, empty if nothing
};

// The second desk: its own Session (its own connection) on a thread of its own, as a second
// program would have it, reading the case list whenever asked. A read that waits for the writer
// shows as a future that is not ready in time, instead of a test that never ends.
class CaseListReader
{
public:
    explicit CaseListReader(QString location)
        : m_location(std::move(location))
        , m_thread([this] { serve(); })
    {
    }

    ~CaseListReader()
    {
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_one();
        m_thread.join();
    }

    std::future<CaseList> read()
    {
        std::promise<CaseList> request;
        std::future<CaseList> result = request.get_future();
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_requests.push_back(std::move(request));
        }
        m_wake.notify_one();
        return result;
    }

private:
    void serve()
    {
        // The connection belongs to this thread: opened, used and closed here.
        std::unique_ptr<Session> session;
        QString openError;
        try {
            session = Session::open(m_location);
        } catch (const StorageError &error) {
            openError = error.message();
        }
        for (;;) {
            std::promise<CaseList> request;
            {
                std::unique_lock<std::mutex> lock(m_mutex);
                m_wake.wait(lock, [this] { return m_stop || !m_requests.empty(); });
                if (m_requests.empty())
                    break;
                request = std::move(m_requests.front());
                m_requests.pop_front();
            }
            CaseList list;
            list.error = openError;
            if (session) {
                try {
                    const std::unique_ptr<DisputeListQuery> query = session->disputeList();
                    query->setSort(DisputeSort::Number, false);
                    list.count = query->count();
                    list.rows = query->fetch(0, 100);
                    list.disputed = query->disputedCentsByCurrency();
                } catch (const StorageError &error) {
                    list.error = error.message();
                }
            }
            request.set_value(std::move(list));
        }
    }

    const QString m_location;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::promise<CaseList>> m_requests;
    bool m_stop = false;
    std::thread m_thread; // last: started once the rest is ready
};

// Long enough for a loaded machine, far shorter than a lock wait that never ends.
constexpr auto patience = std::chrono::seconds(20);

CaseList waitFor(std::future<CaseList> &read)
{
    REQUIRE(read.wait_for(patience) == std::future_status::ready);
    CaseList list = read.get();
    INFO(list.error.toStdString());
    REQUIRE(list.error.isEmpty());
    return list;
}

// The list as it was before desk A began: case `first` alone, at Hear, for all of INV-1.
void checkFirstCaseOnly(const CaseList &list, const Dispute &first)
{
    CHECK(list.count == 1);
    REQUIRE(list.rows.size() == 1);
    CHECK(list.rows.at(0).number == first.number);
    CHECK(list.rows.at(0).step == DisputeStep::Hear);
    CHECK(list.disputed.value(QStringLiteral("EUR")) == 121000);
}

} // namespace

TEST_CASE("Two connections: the case list reads while another desk writes cases, without waiting, and shows them once committed",
          "[disputes][storage][concurrency][issue20]")
{
    dd::test::DisputeFixture f;
    // Case 1 (INV-1 of C1, 1,210.00) is there before; INV-2 of C2 waits for a case.
    const Dispute first = f.openedCase();
    f.invoice(f.customer(QStringLiteral("C2")), QStringLiteral("INV-2"), day(2026, 2, 15), 1);

    CaseListReader reader(f.session->location());
    auto beforeRead = reader.read();
    checkFirstCaseOnly(waitFor(beforeRead), first);

    Dispute second;
    {
        // Desk A's user action, not yet committed: a new case, and case 1 moved on a step. The
        // service's own transactions join this one, as they join the GUI's composite moves.
        Transaction action(f.session->database(), DataChange::Cases);
        OpenDisputeRequest request;
        request.invoices << DisputeInvoiceRequest{QStringLiteral("INV-2"), eur(50000)};
        request.reasonCode = QStringLiteral("quality");
        request.channel = Channel::Phone;
        request.story = QStringLiteral("The pump leaks");
        request.receivedOn = day(2026, 3, 9);
        second = f.session->disputes().open(request);
        f.session->disputes().startVerification(first.id);

        auto duringRead = reader.read();
        const bool answered = duringRead.wait_for(patience) == std::future_status::ready;
        INFO("desk B's read of the case list waited for desk A's open transaction");
        CHECK(answered);
        if (answered) {
            const CaseList during = duringRead.get();
            INFO(during.error.toStdString());
            REQUIRE(during.error.isEmpty());
            checkFirstCaseOnly(during, first);
            action.commit();
        }
        // Not answered: leaving the scope rolls A back, which lets the waiting read end before the
        // reader is joined.
    }

    auto afterRead = reader.read();
    const CaseList after = waitFor(afterRead);
    CHECK(after.count == 2);
    REQUIRE(after.rows.size() == 2);
    CHECK(after.rows.at(0).number == first.number);
    CHECK(after.rows.at(0).step == DisputeStep::Verify);
    CHECK(after.rows.at(1).number == second.number);
    CHECK(after.rows.at(1).customerNumber == QStringLiteral("C2"));
    CHECK(after.rows.at(1).disputed == eur(50000));
    CHECK(after.disputed.value(QStringLiteral("EUR")) == 121000 + 50000);
}
