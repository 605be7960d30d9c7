#include <catch2/catch.hpp>

#include "CoreTestSupport.h"
#include "TempDir.h"
#include "TestDatabase.h"

#include "common/Clock.h"
#include "customers/CustomerRepository.h"
#include "session/ActingUser.h"
#include "session/Session.h"
#include "storage/Database.h"
#include "storage/Transaction.h"


using namespace dd;
using namespace dd::test;

namespace {
Customer someCustomer()
{
    Customer c;
    c.number = QStringLiteral("C1");
    c.name = QStringLiteral("Drukkerij Jansen");
    c.kind = CustomerKind::Business;
    return c;
}
} // namespace

TEST_CASE("The session tells what each committed transaction changed", "[session]")
{
    TempDir dir;
    auto session = Session::open(databaseLocation(dir, QStringLiteral("session.disputedesk")));
    QList<DataChanges> changed;
    int customers = 0;
    int invoices = 0;
    int cases = 0;
    QObject::connect(session.get(), &Session::changed, [&](DataChanges what) { changed.append(what); });
    QObject::connect(session.get(), &Session::customersChanged, [&] { ++customers; });
    QObject::connect(session.get(), &Session::invoicesChanged, [&] { ++invoices; });
    QObject::connect(session.get(), &Session::casesChanged, [&] { ++cases; });

    Customer customer = someCustomer();
    CustomerRepository(session->database()).insert(customer);
    CHECK(changed == QList<DataChanges>{DataChange::Customers});
    CHECK(customers == 1);
    CHECK(invoices == 0);

    {
        Transaction refused(session->database(), DataChange::Invoices | DataChange::Cases);
        // rolled back: nothing is announced
    }
    CHECK(changed.size() == 1);
    {
        Transaction both(session->database(), DataChange::Invoices | DataChange::Cases);
        both.commit();
    }
    REQUIRE(changed.size() == 2);
    CHECK(changed.last() == (DataChange::Invoices | DataChange::Cases));
    CHECK(customers == 1);
    CHECK(invoices == 1);
    CHECK(cases == 1);
}

TEST_CASE("The session's as-of date comes from its clock unless fixed", "[session]")
{
    TempDir dir;
    auto session = Session::open(databaseLocation(dir, QStringLiteral("asof.disputedesk")));
    FixedClock clock(QDateTime(QDate(2026, 3, 31), QTime(12, 0), Qt::UTC));
    session->setClock(&clock);
    CHECK(session->asOf() == QDate(2026, 3, 31));
    clock.set(QDateTime(QDate(2026, 4, 1), QTime(12, 0), Qt::UTC));
    CHECK(session->asOf() == QDate(2026, 4, 1));

    QList<QDate> heard;
    QObject::connect(session.get(), &Session::asOfChanged, [&](const QDate &d) { heard.append(d); });
    session->setAsOf(QDate(2025, 12, 31));
    CHECK(session->asOf() == QDate(2025, 12, 31));
    CHECK(heard == QList<QDate>{QDate(2025, 12, 31)});
}

TEST_CASE("Another clock that moves the as-of date is announced, one that does not is not", "[session]")
{
    TempDir dir;
    auto session = Session::open(databaseLocation(dir, QStringLiteral("clock.disputedesk")));
    FixedClock march(QDateTime(QDate(2026, 3, 31), QTime(12, 0), Qt::UTC));
    session->setClock(&march);
    QList<QDate> heard;
    QObject::connect(session.get(), &Session::asOfChanged, [&](const QDate &d) { heard.append(d); });

    FixedClock april(QDateTime(QDate(2026, 4, 1), QTime(12, 0), Qt::UTC));
    session->setClock(&april);
    CHECK(heard == QList<QDate>{QDate(2026, 4, 1)});
    FixedClock laterThatDay(QDateTime(QDate(2026, 4, 1), QTime(13, 0), Qt::UTC));
    session->setClock(&laterThatDay);
    CHECK(heard.size() == 1);
    // A date fixed by hand stays what views count from, whatever the clock says.
    session->setAsOf(QDate(2025, 12, 31));
    session->setClock(&march);
    CHECK(heard == (QList<QDate>{QDate(2026, 4, 1), QDate(2025, 12, 31)}));
    CHECK(session->asOf() == QDate(2025, 12, 31));
}

TEST_CASE("The acting user: the name given, else the login, else a service name", "[session]")
{
    const QByteArray savedUser = qgetenv("USER");
    const QByteArray savedUserName = qgetenv("USERNAME");
    qputenv("USER", "jdevries");
    qputenv("USERNAME", "");
    CHECK(ActingUser::resolve(QStringLiteral("  Jan de Vries ")) == QStringLiteral("Jan de Vries"));
    CHECK(ActingUser::resolve() == QStringLiteral("jdevries"));
    qputenv("USER", "");
    qputenv("USERNAME", "JANV");
    CHECK(ActingUser::resolve(QStringLiteral("   ")) == QStringLiteral("JANV"));
    qputenv("USERNAME", "");
    CHECK(ActingUser::resolve() == QStringLiteral("disputedesk"));
    qputenv("USER", savedUser);
    qputenv("USERNAME", savedUserName);
}
