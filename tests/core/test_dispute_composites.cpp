// The composite moves of DisputeService (issue 18): the move the user asks for, preceded by the
// move that takes the case to the step where it belongs, recorded as two audit events in one
// transaction. A refusal of either move writes nothing at all.
#include "DisputeFixture.h"
#include "common/ValidationError.h"

using namespace dd;
using dd::test::day;
using dd::test::rows;

namespace {

QStringList actions(dd::test::DisputeFixture &f, qint64 disputeId)
{
    QStringList result;
    for (const AuditEvent &event : f.service.repository().audit(disputeId))
        result << event.action;
    return result;
}

} // namespace

TEST_CASE("a first finding on a case at Hear starts the verification", "[disputes][service][composite]")
{
    dd::test::DisputeFixture f;
    const Dispute d = f.openedCase();
    const Finding added = f.service.recordFinding(d.id, f.finding());
    CHECK(added.id > 0);
    CHECK(f.service.repository().find(d.id)->step == DisputeStep::Verify);
    CHECK(actions(f, d.id) == QStringList({QStringLiteral("open"), QStringLiteral("verify"), QStringLiteral("finding")}));
    CHECK(f.service.repository().audit(d.id).at(1).note == QStringLiteral("Fact finding started"));
    CHECK(f.service.repository().findings(d.id).size() == 1);

    // A second finding is only a finding.
    f.service.recordFinding(d.id, f.finding(FindingDirection::Neutral));
    CHECK(actions(f, d.id).size() == 4);
    CHECK(actions(f, d.id).last() == QStringLiteral("finding"));
}

TEST_CASE("a refused first finding does not start the verification either", "[disputes][service][composite]")
{
    dd::test::DisputeFixture f;
    const Dispute d = f.openedCase();
    Finding empty = f.finding();
    empty.source.clear();
    const qint64 before = rows(*f.db, QStringLiteral("audit_events"));
    CHECK_THROWS_AS(f.service.recordFinding(d.id, empty), ValidationError);
    CHECK(rows(*f.db, QStringLiteral("audit_events")) == before);
    CHECK(f.service.repository().find(d.id)->step == DisputeStep::Hear);
    CHECK(f.service.repository().findings(d.id).isEmpty());
}

TEST_CASE("a verdict on a case at Verify concludes the verification", "[disputes][service][composite]")
{
    dd::test::DisputeFixture f;
    const Dispute d = f.openedCase();
    f.service.recordFinding(d.id, f.finding());
    const Dispute decided = f.service.concludeAndDecide(d.id, Verdict::PartlyJustified, dd::test::eur(40000),
                                                        QStringLiteral("The discount was half promised"));
    CHECK(decided.step == DisputeStep::Resolve);
    CHECK(decided.justified == dd::test::eur(40000));
    CHECK(decided.unjustifiedPart() == dd::test::eur(81000));
    CHECK(actions(f, d.id).mid(3) == QStringList({QStringLiteral("conclude"), QStringLiteral("decide")}));
    CHECK(f.service.repository().audit(d.id).at(3).note == QStringLiteral("Fact finding concluded"));
}

TEST_CASE("a refused verdict leaves the verification open", "[disputes][service][composite]")
{
    dd::test::DisputeFixture f;
    const Dispute d = f.openedCase();
    f.service.recordFinding(d.id, f.finding());
    const qint64 before = rows(*f.db, QStringLiteral("audit_events"));
    // The justified part of a partly justified verdict must be less than the disputed 1,210.00.
    CHECK_THROWS_AS(f.service.concludeAndDecide(d.id, Verdict::PartlyJustified, dd::test::eur(121000), QStringLiteral("Why")),
                    ValidationError);
    CHECK(rows(*f.db, QStringLiteral("audit_events")) == before);
    const Dispute after = *f.service.repository().find(d.id);
    CHECK(after.step == DisputeStep::Verify);
    CHECK(after.verdict == Verdict::None);
}

TEST_CASE("lessons recorded at Resolve finish the resolution", "[disputes][service][composite]")
{
    dd::test::DisputeFixture f;
    const Dispute d = f.paidAfterExplanation();
    const Dispute learned = f.service.finishAndRecordLessons(d.id, QStringLiteral("Price list outdated"),
                                                             QStringLiteral("Sales"), QStringLiteral("Monthly check"));
    CHECK(learned.step == DisputeStep::Learn);
    CHECK(learned.lessonDepartment == QStringLiteral("Sales"));
    const QStringList all = actions(f, d.id);
    CHECK(all.mid(all.size() - 2) == QStringList({QStringLiteral("to-learn"), QStringLiteral("lessons")}));
    CHECK(f.service.repository().audit(d.id).at(all.size() - 2).note == QStringLiteral("Resolution complete"));
}

TEST_CASE("refused lessons leave the resolution open", "[disputes][service][composite]")
{
    dd::test::DisputeFixture f;
    const Dispute d = f.paidAfterExplanation();
    const qint64 before = rows(*f.db, QStringLiteral("audit_events"));
    CHECK_THROWS_AS(f.service.finishAndRecordLessons(d.id, QStringLiteral("Price list outdated"), QString(), QString()),
                    ValidationError);
    CHECK(rows(*f.db, QStringLiteral("audit_events")) == before);
    CHECK(f.service.repository().find(d.id)->step == DisputeStep::Resolve);
}

TEST_CASE("closing at Resolve finishes the resolution, a refused close leaves it open", "[disputes][service][composite]")
{
    dd::test::DisputeFixture f;
    const Dispute d = f.paidAfterExplanation();
    const qint64 before = rows(*f.db, QStringLiteral("audit_events"));
    CHECK_THROWS_AS(f.service.finishAndClose(d.id, Outcome::None), ValidationError);
    CHECK(rows(*f.db, QStringLiteral("audit_events")) == before);
    CHECK(f.service.repository().find(d.id)->step == DisputeStep::Resolve);

    const Dispute closed = f.service.finishAndClose(d.id, Outcome::Paid, QStringLiteral("Paid in full"));
    CHECK(closed.step == DisputeStep::Closed);
    CHECK(closed.outcome == Outcome::Paid);
    CHECK(closed.closedOn == day(2026, 3, 10));
    CHECK(rows(*f.db, QStringLiteral("audit_events")) == before + 2);
    const QStringList all = actions(f, d.id);
    CHECK(all.mid(all.size() - 2) == QStringList({QStringLiteral("to-learn"), QStringLiteral("close")}));
}
