// Issue 19, reassigning a case: the assignee changes in one transaction with an audit entry
// "reassigned from A to B"; undo hands it back with a second entry; refusals change nothing.
#include "DisputeFixture.h"
#include "common/ValidationError.h"
#include "disputes/undo/DisputeCommandFactory.h"

#include <QUndoStack>

using namespace dd;
using dd::test::rows;

TEST_CASE("a case is reassigned with an audit entry that names both controllers", "[disputes][reassign]")
{
    dd::test::DisputeFixture f;
    const Dispute d = f.openedCase();
    CHECK(d.assignee == QStringLiteral("anouk")); // the one who opened it
    const qint64 events = rows(*f.db, QStringLiteral("audit_events"));

    const Dispute moved = f.service.reassign(d.id, QStringLiteral("  Pieter   Bakker "));
    CHECK(moved.assignee == QStringLiteral("Pieter Bakker"));
    CHECK(moved.step == d.step);
    CHECK(rows(*f.db, QStringLiteral("audit_events")) == events + 1);
    const AuditEvent last = f.service.repository().audit(d.id).last();
    CHECK(last.action == QStringLiteral("reassign"));
    CHECK(last.note == QStringLiteral("reassigned from anouk to Pieter Bakker"));
    CHECK(last.actor == QStringLiteral("anouk"));

    // The same name, no name, a closed case: refused, nothing written.
    CHECK_THROWS_WITH(f.service.reassign(d.id, QStringLiteral("Pieter Bakker")), Catch::Contains("already"));
    CHECK_THROWS_WITH(f.service.reassign(d.id, QStringLiteral("  ")), Catch::Contains("Assignee"));
    CHECK(rows(*f.db, QStringLiteral("audit_events")) == events + 1);
    CHECK(f.service.repository().find(d.id)->assignee == QStringLiteral("Pieter Bakker"));
}

TEST_CASE("reassigning a closed case is refused", "[disputes][reassign]")
{
    dd::test::DisputeFixture f;
    const Dispute d = f.paidAfterExplanation();
    f.service.finishAndClose(d.id, Outcome::Paid);
    const qint64 events = rows(*f.db, QStringLiteral("audit_events"));
    CHECK_THROWS_WITH(f.service.reassign(d.id, QStringLiteral("Pieter")), Catch::Contains("closed"));
    CHECK(rows(*f.db, QStringLiteral("audit_events")) == events);
}

TEST_CASE("undoing a reassignment hands the case back, recorded, and redo hands it over again", "[disputes][reassign][undo]")
{
    dd::test::DisputeFixture f;
    const Dispute d = f.openedCase();
    auto command = DisputeCommandFactory(*f.session).reassign(d, QStringLiteral("Pieter"));
    CHECK(command->redoText() == QStringLiteral("reassign DSP-2026-000001 to Pieter"));
    CHECK(command->undoText() == QStringLiteral("reassign DSP-2026-000001 back to anouk"));
    QStringList failures;
    command->setObserver([&](qint64, const QString &failure) {
        if (!failure.isEmpty())
            failures << failure;
    });
    command->perform();
    REQUIRE(command->isUndoable());
    QUndoStack stack;
    stack.push(command.release());
    CHECK(f.service.repository().find(d.id)->assignee == QStringLiteral("Pieter"));

    stack.undo();
    CHECK(failures.isEmpty());
    CHECK(f.service.repository().find(d.id)->assignee == QStringLiteral("anouk"));
    CHECK(f.service.repository().audit(d.id).last().note == QStringLiteral("reassigned from Pieter to anouk"));
    stack.redo();
    CHECK(f.service.repository().find(d.id)->assignee == QStringLiteral("Pieter"));

    // Someone else took the case meanwhile: the undo is refused and leaves it with them.
    f.service.reassign(d.id, QStringLiteral("Sanne"));
    stack.undo();
    REQUIRE(failures.size() == 1);
    CHECK(failures.first().contains(QStringLiteral("no longer assigned to Pieter")));
    CHECK(f.service.repository().find(d.id)->assignee == QStringLiteral("Sanne"));
}
