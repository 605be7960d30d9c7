// The Bank area's steps before booking as undo commands, without widgets (issue 18): ticking a
// proposal and naming an entry's invoices by hand. They change nothing stored (booking does,
// and it is no such step); redo/undo/redo leaves exactly the tick and the match of each step,
// the allocations' amounts included.

#include "CoreTestSupport.h"

#include "importers/undo/BankMatchEdits.h"
#include "importers/undo/IncludeMatchCommand.h"
#include "importers/undo/MatchByHandCommand.h"

#include <QHash>
#include <QSet>
#include <QUndoStack>

using namespace dd;
using namespace dd::test;

namespace {

// What the Bank area keeps, as plainly as it can be kept.
struct Edits : BankMatchEdits
{
    QSet<qint64> ticked;
    QHash<qint64, BankMatch> hand;

    bool isIncluded(qint64 entryId) const override { return ticked.contains(entryId); }
    void setIncluded(qint64 entryId, bool included) override
    {
        if (included)
            ticked.insert(entryId);
        else
            ticked.remove(entryId);
    }
    std::optional<BankMatch> byHand(qint64 entryId) const override
    {
        return hand.contains(entryId) ? std::optional<BankMatch>(hand.value(entryId)) : std::nullopt;
    }
    void setByHand(qint64 entryId, const std::optional<BankMatch> &match) override
    {
        if (match)
            hand.insert(entryId, *match);
        else
            hand.remove(entryId);
    }
};

BankMatch credit(qint64 entryId, qint64 cents)
{
    BankMatch match;
    match.entryId = entryId;
    match.transaction.amount = eur(cents);
    match.transaction.debtorName = QStringLiteral("Bakkerij Jansen");
    return match;
}

BankMatch paying(BankMatch match, const QList<std::pair<QString, qint64>> &invoices)
{
    match.byHand = true;
    match.state = BankMatch::State::Proposed;
    qint64 id = 100;
    for (const auto &[number, cents] : invoices)
        match.allocations << MatchedInvoice{++id, number, eur(cents), 0};
    return match;
}

QList<qint64> allocated(const std::optional<BankMatch> &match)
{
    QList<qint64> cents;
    if (match) {
        for (const MatchedInvoice &allocation : match->allocations)
            cents << allocation.amount.cents();
    }
    return cents;
}

} // namespace

TEST_CASE("Bank: ticking and unticking a proposal are steps undone and redone exactly", "[bank][undo][issue18]")
{
    Edits edits;
    edits.ticked = {1};
    QUndoStack stack;
    stack.push(new IncludeMatchCommand(edits, credit(1, 12550), false, NumberStyle::English));
    CHECK(edits.ticked.isEmpty());
    CHECK(stack.undoText() == QStringLiteral("untick €125.50 from Bakkerij Jansen"));
    stack.push(new IncludeMatchCommand(edits, credit(2, 4000), true, NumberStyle::Dutch));
    CHECK(edits.ticked == QSet<qint64>{2});
    CHECK(stack.undoText() == QStringLiteral("tick € 40,00 from Bakkerij Jansen"));

    stack.undo();
    CHECK(edits.ticked.isEmpty());
    stack.undo();
    CHECK(edits.ticked == QSet<qint64>{1});
    stack.redo();
    CHECK(edits.ticked.isEmpty());
    stack.redo();
    CHECK(edits.ticked == QSet<qint64>{2});

    // A tick the entry has already is no step.
    stack.push(new IncludeMatchCommand(edits, credit(2, 4000), true, NumberStyle::English));
    CHECK(stack.count() == 2);
}

TEST_CASE("Bank: a match by hand, and taking it back, restore the exact allocations", "[bank][undo][issue18]")
{
    Edits edits;
    QUndoStack stack;
    const BankMatch entry = credit(7, 30000);
    // Nothing by hand to take back: no step.
    stack.push(new MatchByHandCommand(edits, entry, std::nullopt, NumberStyle::English));
    CHECK(stack.count() == 0);
    stack.push(new MatchByHandCommand(edits, entry, paying(entry, {{QStringLiteral("F-1001"), 17500}, {QStringLiteral("F-1002"), 12500}}),
                                      NumberStyle::English));
    CHECK(allocated(edits.byHand(7)) == QList<qint64>{17500, 12500});
    CHECK(stack.undoText() == QStringLiteral("match €300.00 from Bakkerij Jansen to F-1001, F-1002"));

    // Named again, to one invoice: undo brings back the two of before, amounts and all.
    stack.push(new MatchByHandCommand(edits, entry, paying(entry, {{QStringLiteral("F-1003"), 30000}}), NumberStyle::English));
    CHECK(allocated(edits.byHand(7)) == QList<qint64>{30000});
    stack.undo();
    CHECK(allocated(edits.byHand(7)) == QList<qint64>{17500, 12500});
    CHECK(edits.byHand(7)->allocations.at(1).number == QStringLiteral("F-1002"));
    stack.redo();
    CHECK(allocated(edits.byHand(7)) == QList<qint64>{30000});

    // Taken back (the Bank area's Reject on a match by hand), then undone.
    stack.push(new MatchByHandCommand(edits, entry, std::nullopt, NumberStyle::English));
    CHECK_FALSE(edits.byHand(7));
    CHECK(stack.undoText() == QStringLiteral("take back the match of €300.00 from Bakkerij Jansen to F-1003"));
    stack.undo();
    CHECK(allocated(edits.byHand(7)) == QList<qint64>{30000});
    stack.undo();
    stack.undo();
    CHECK_FALSE(edits.byHand(7));
    CHECK(stack.index() == 0);
}

TEST_CASE("Bank: the booking question says it cannot be undone here", "[bank][undo][issue18]")
{
    const QString question = BankMatchEdits::bookingQuestion(2);
    CHECK(question.startsWith(QStringLiteral("Book 2 ticked entry(s) as payments?")));
    CHECK(question.contains(QStringLiteral("cannot be undone here")));
}
