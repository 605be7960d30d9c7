// The "do not dun" mark as an undo command, without widgets (issue 18): each step goes through
// DunningSettings in one transaction the session hears of, and redo/undo/redo leaves exactly the
// stored state of each step (the mark, and the customer's other fields untouched).

#include "CoreTestSupport.h"
#include "TempDir.h"
#include "TestDatabase.h"

#include "common/Error.h"
#include "customers/CustomerRepository.h"
#include "customers/undo/DoNotDunCommand.h"
#include "dunning/DunningSettings.h"
#include "session/Session.h"
#include "storage/Database.h"

#include <QUndoStack>

using namespace dd;
using namespace dd::test;

namespace {

struct Fixture
{
    TempDir dir;
    Session session{Database::open(databaseLocation(dir, QStringLiteral("dunning.disputedesk")))};
    QUndoStack stack;
    QStringList failures;
    QList<DataChanges> changes;
    qint64 customer = 0;

    Fixture()
    {
        Customer c;
        c.number = QStringLiteral("D1001");
        c.name = QStringLiteral("Bakkerij Jansen");
        c.creditLimit = eur(750000);
        c.paymentTermDays = 14;
        CustomerRepository(session.database()).insert(c);
        customer = c.id;
        QObject::connect(&session, &Session::changed, [this](DataChanges what) { changes << what; });
    }

    bool marked() { return DunningSettings(session.database()).doNotDun(customer); }

    // As the GUI does: made once, then kept on the stack when it changed something.
    void push(bool mark)
    {
        auto command = std::make_unique<DoNotDunCommand>(session, customer, mark);
        command->setObserver([this](const QString &failure) { failures << failure; });
        command->perform();
        stack.push(command.release());
    }
};

} // namespace

TEST_CASE("Do not dun: redo, undo and redo store the mark of each step and nothing else", "[customers][undo][issue18]")
{
    Fixture f;
    REQUIRE_FALSE(f.marked());
    f.push(true);
    CHECK(f.marked());
    REQUIRE(f.stack.count() == 1);
    CHECK(f.stack.undoText() == QStringLiteral("do not dun Bakkerij Jansen"));
    // One transaction, announced as a change of customers and of the dunning run.
    REQUIRE(f.changes.size() == 1);
    CHECK(f.changes.at(0).toInt() == DataChanges(DataChange::Customers | DataChange::Dunning).toInt());

    f.stack.undo();
    CHECK_FALSE(f.marked());
    CHECK(f.stack.redoText() == QStringLiteral("do not dun Bakkerij Jansen"));
    f.stack.redo();
    CHECK(f.marked());
    CHECK(f.changes.size() == 3);

    // Lifting the mark is its own step; undoing it marks the customer again.
    f.push(false);
    CHECK_FALSE(f.marked());
    CHECK(f.stack.undoText() == QStringLiteral("dun Bakkerij Jansen again"));
    f.stack.undo();
    CHECK(f.marked());
    f.stack.undo();
    CHECK_FALSE(f.marked());
    CHECK(f.stack.index() == 0);
    CHECK(f.failures.isEmpty());

    // The customer's other fields are as they were stored.
    const std::optional<Customer> after = CustomerRepository(f.session.database()).findById(f.customer);
    REQUIRE(after);
    CHECK(after->name == QStringLiteral("Bakkerij Jansen"));
    CHECK(after->creditLimit == eur(750000));
    CHECK(after->paymentTermDays == 14);
}

TEST_CASE("Do not dun: a mark the customer has already is no step to undo", "[customers][undo][issue18]")
{
    Fixture f;
    f.push(true);
    f.push(true);
    CHECK(f.stack.count() == 1);
    CHECK(f.marked());
    f.stack.undo();
    CHECK_FALSE(f.marked());
}

TEST_CASE("Do not dun: an unknown customer is refused before anything is written", "[customers][undo][issue18]")
{
    Fixture f;
    CHECK_THROWS_AS(DoNotDunCommand(f.session, f.customer + 1000, true), Error);
    CHECK(f.changes.isEmpty());
    CHECK(f.stack.count() == 0);
}
