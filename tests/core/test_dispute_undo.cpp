// The undo commands of the dispute edits, built by DisputeCommandFactory and driven through a
// QUndoStack without any widget: each edit goes through DisputeService, each undo is a new,
// recorded move back, and a final edit says before it is made what cannot be taken back.
#include "DisputeFixture.h"
#include "disputes/undo/DisputeCommandFactory.h"

#include <QUndoStack>

using namespace dd;
using dd::test::day;
using dd::test::eur;
using dd::test::rows;

namespace {

struct UndoFixture : dd::test::DisputeFixture
{
    DisputeCommandFactory factory{*session};
    QUndoStack stack;
    QStringList failures;

    Dispute current(qint64 id) { return *service.repository().find(id); }

    // Performs the command as the editor does: made once, then kept on the stack if undoable.
    bool perform(std::unique_ptr<DisputeUndoCommand> command)
    {
        REQUIRE(command);
        command->setObserver([this](qint64, const QString &failure) {
            if (!failure.isEmpty())
                failures << failure;
        });
        command->perform();
        if (!command->isUndoable())
            return false;
        stack.push(command.release());
        return true;
    }

    AuditEvent lastEvent(qint64 id) { return service.repository().audit(id).last(); }
};

MoveInput noted(const QString &note)
{
    MoveInput input;
    input.note = note;
    return input;
}

} // namespace

TEST_CASE("starting the verification is undone by a recorded step back, and redone", "[disputes][undo]")
{
    UndoFixture f;
    const Dispute d = f.openedCase();
    auto command = f.factory.move(d, DisputeMove::StartVerification, noted(QStringLiteral("Asking Sales")));
    CHECK(command->redoText() == QStringLiteral("start verification of DSP-2026-000001"));
    CHECK(command->undoText() == QStringLiteral("step DSP-2026-000001 back from Verify to Hear"));
    CHECK(command->irreversible().isEmpty());
    REQUIRE(f.perform(std::move(command)));
    CHECK(f.current(d.id).step == DisputeStep::Verify);
    CHECK(f.lastEvent(d.id).note == QStringLiteral("Asking Sales"));

    f.stack.undo();
    CHECK(f.current(d.id).step == DisputeStep::Hear);
    CHECK(f.lastEvent(d.id).action == QStringLiteral("step-back"));
    CHECK(f.lastEvent(d.id).note == QStringLiteral("Undo: start verification"));
    CHECK(f.lastEvent(d.id).actor == QStringLiteral("anouk"));
    f.stack.redo();
    CHECK(f.current(d.id).step == DisputeStep::Verify);
    CHECK(f.lastEvent(d.id).action == QStringLiteral("verify"));
    // open, verify, step back, verify: nothing deleted.
    CHECK(f.service.repository().audit(d.id).size() == 4);
    CHECK(f.failures.isEmpty());
}

TEST_CASE("a verdict given at Verify is undone back to Verify, and the verdict no longer stands", "[disputes][undo]")
{
    UndoFixture f;
    const Dispute d = f.openedCase();
    f.service.recordFinding(d.id, f.finding());
    MoveInput input;
    input.verdict = Verdict::PartlyJustified;
    input.justified = eur(30000);
    input.rationale = QStringLiteral("Half the discount was promised");
    auto command = f.factory.move(f.current(d.id), DisputeMove::Decide, input);
    CHECK(command->undoText() == QStringLiteral("step DSP-2026-000001 back from Resolve to Verify"));
    REQUIRE(f.perform(std::move(command)));
    CHECK(f.current(d.id).justified == eur(30000));
    const qint64 events = rows(*f.db, QStringLiteral("audit_events"));

    f.stack.undo();
    const Dispute undone = f.current(d.id);
    CHECK(undone.step == DisputeStep::Verify);
    CHECK(undone.verdict == Verdict::None);
    CHECK(undone.justified == eur(0));
    // Two recorded steps back: Resolve -> Decide -> Verify.
    CHECK(rows(*f.db, QStringLiteral("audit_events")) == events + 2);
    CHECK(f.lastEvent(d.id).note == QStringLiteral("Undo: decision Partly justified"));
}

TEST_CASE("an undo the case no longer allows is refused with the reason and changes nothing", "[disputes][undo]")
{
    UndoFixture f;
    const Dispute d = f.openedCase();
    REQUIRE(f.perform(f.factory.move(d, DisputeMove::StartVerification, MoveInput())));
    // Someone else moves the case on in the meantime.
    f.service.addFinding(d.id, f.finding());
    f.service.concludeVerification(d.id);
    const qint64 events = rows(*f.db, QStringLiteral("audit_events"));
    f.stack.undo();
    REQUIRE(f.failures.size() == 1);
    CHECK(f.failures.first().contains(QStringLiteral("no longer in step Verify")));
    CHECK(f.current(d.id).step == DisputeStep::Decide);
    CHECK(rows(*f.db, QStringLiteral("audit_events")) == events);
    // The obsolete command left the stack.
    CHECK(f.stack.count() == 0);
}

TEST_CASE("a credit, goodwill and legal hand-over are final and say so before they are made", "[disputes][undo]")
{
    UndoFixture f;
    const Dispute d = f.decided(f.openedCase(), Verdict::Justified);
    for (DisputeMove move : {DisputeMove::Credit, DisputeMove::Goodwill, DisputeMove::Legal}) {
        CHECK_FALSE(DisputeCommandFactory::notice(d, move).isEmpty());
        CHECK_FALSE(f.factory.move(d, move, noted(QStringLiteral("x")))->isUndoable());
    }
    CHECK(DisputeCommandFactory::notice(d, DisputeMove::StartVerification).isEmpty());
    CHECK(DisputeCommandFactory::notice(d, DisputeMove::Close).isEmpty());

    auto credit = f.factory.move(d, DisputeMove::Credit, MoveInput());
    CHECK(credit->irreversible().contains(QStringLiteral("credit note")));
    CHECK_FALSE(f.perform(std::move(credit)));
    CHECK(f.current(d.id).creditDecided);
    CHECK(rows(*f.db, QStringLiteral("credit_notes")) == 1);

    // Closing a case whose credit notes were issued cannot be undone either: reopening it would
    // not take them back.
    // A justified case closes after its lessons.
    const Dispute credited = f.service.finishAndRecordLessons(d.id, QStringLiteral("Wrong price"), QStringLiteral("Sales"),
                                                              QStringLiteral("Check the quote"));
    CHECK(DisputeCommandFactory::notice(credited, DisputeMove::Close).contains(QStringLiteral("cannot be undone")));
    MoveInput close;
    close.outcome = Outcome::Credited;
    CHECK_FALSE(f.perform(f.factory.move(credited, DisputeMove::Close, close)));
    CHECK(f.current(d.id).step == DisputeStep::Closed);
}

TEST_CASE("closing without credit is undone by reopening, closing at Resolve reopens at Resolve", "[disputes][undo]")
{
    UndoFixture f;
    Dispute d = f.paidAfterExplanation();
    MoveInput close;
    close.outcome = Outcome::Paid;
    auto command = f.factory.move(d, DisputeMove::Close, close);
    CHECK(command->undoText() == QStringLiteral("reopen DSP-2026-000001 (step back to Resolve)"));
    REQUIRE(f.perform(std::move(command)));
    CHECK(f.current(d.id).step == DisputeStep::Closed);
    f.stack.undo();
    const Dispute reopened = f.current(d.id);
    CHECK(reopened.step == DisputeStep::Resolve);
    CHECK(reopened.outcome == Outcome::None);
    CHECK(f.lastEvent(d.id).note == QStringLiteral("Undo: close"));
}

TEST_CASE("lessons recorded again are undone by recording the earlier ones, a first record is final", "[disputes][undo]")
{
    UndoFixture f;
    Dispute d = f.paidAfterExplanation();
    MoveInput first;
    first.lessonWhat = QStringLiteral("Old price list");
    first.lessonDepartment = QStringLiteral("Sales");
    first.lessonAction = QStringLiteral("Monthly check");
    CHECK_FALSE(f.perform(f.factory.move(d, DisputeMove::RecordLessons, first)));
    d = f.current(d.id);
    CHECK(d.step == DisputeStep::Learn);

    MoveInput second = first;
    second.lessonDepartment = QStringLiteral("Billing");
    REQUIRE(f.perform(f.factory.move(d, DisputeMove::RecordLessons, second)));
    CHECK(f.current(d.id).lessonDepartment == QStringLiteral("Billing"));
    f.stack.undo();
    CHECK(f.current(d.id).lessonDepartment == QStringLiteral("Sales"));
    CHECK(f.lastEvent(d.id).action == QStringLiteral("lessons"));
}

TEST_CASE("a finding and a contact are final, a letter we sent says it cannot be unsent", "[disputes][undo]")
{
    UndoFixture f;
    const Dispute d = f.openedCase();
    auto finding = f.factory.addFinding(d, f.finding());
    CHECK(finding->irreversible().isEmpty());
    CHECK_FALSE(f.perform(std::move(finding)));
    // The first finding started the verification.
    CHECK(f.current(d.id).step == DisputeStep::Verify);

    ContactLogEntry call;
    call.channel = Channel::Phone;
    call.direction = ContactDirection::Inbound;
    call.summary = QStringLiteral("Customer called");
    CHECK(f.factory.addContact(d, call)->irreversible().isEmpty());
    ContactLogEntry letter;
    letter.channel = Channel::Letter;
    letter.direction = ContactDirection::Outbound;
    letter.summary = QStringLiteral("Reminder sent");
    auto sent = f.factory.addContact(d, letter);
    CHECK(sent->irreversible().contains(QStringLiteral("cannot be unsent")));
    CHECK_FALSE(f.perform(std::move(sent)));
    CHECK(f.service.repository().contacts(d.id).size() == 1);
}
