// The recovery probability set on a case (issue 19): stored with the case in one transaction,
// recorded in the audit trail, undoable on the case's stack, and used by the cost-benefit
// assessment instead of the one derived from the payment history.
#include "DisputeFixture.h"
#include "common/ValidationError.h"
#include "disputes/undo/DisputeCommandFactory.h"
#include "legal/CaseAssessment.h"

#include <QUndoStack>

using namespace dd;
using dd::test::day;
using dd::test::eur;

namespace {

struct RecoveryFixture : dd::test::DisputeFixture
{
    DisputeCommandFactory factory{*session};
    QUndoStack stack;
    CaseAssessment assessment{*db, InterestRateTable::shipped(), CourtFeeTable::shipped()};

    CaseAssessmentResult assess(const Dispute &d)
    {
        CaseAssessmentOptions options;
        options.asOf = day(2026, 3, 20);
        options.interest = eur(0); // the interest is not what this test is about
        return assessment.assess(d, options);
    }
};

} // namespace

TEST_CASE("the recovery probability set on a case changes the expected recovery to the cent", "[disputes][legal][issue19]")
{
    RecoveryFixture f;
    const Dispute d = f.decided(f.openedCase(), Verdict::Unjustified);
    // No history of the customer: 50%. Awarded: 1,210.00 + 181.50 collection costs + the court fee
    // + 110.00 summons.
    const CaseAssessmentResult derived = f.assess(d);
    const Money awarded = derived.result.claimAwarded;
    CHECK(awarded == eur(121000 + 18150 + 11000) + derived.input.courtFee);
    CHECK(derived.input.recoveryProbabilityBasisPoints == 5000);
    CHECK_FALSE(derived.probabilityEstimated);
    const qint64 halfOfAwarded = (awarded.cents() + 1) / 2; // rounded half up, as Rounding::scale does
    CHECK(derived.result.expectedRecovery.cents() == halfOfAwarded);

    auto command = f.factory.setRecoveryProbability(d, 8250);
    CHECK(command->redoText() == QStringLiteral("set the recovery probability of DSP-2026-000001 to 82.5%"));
    CHECK(command->undoText() == QStringLiteral("set the recovery probability of DSP-2026-000001 back to the payment history's"));
    const int eventsBefore = f.service.repository().audit(d.id).size();
    command->perform();
    REQUIRE(command->isUndoable());
    f.stack.push(command.release());
    CHECK(f.service.repository().recoveryProbability(d.id) == 8250);

    const CaseAssessmentResult estimated = f.assess(d);
    CHECK(estimated.probabilityEstimated);
    CHECK(estimated.input.recoveryProbabilityBasisPoints == 8250);
    CHECK(estimated.result.claimAwarded == awarded);
    // 82.5% of the awarded claim, to the cent (half up).
    CHECK(estimated.result.expectedRecovery.cents() == (awarded.cents() * 8250 + 5000) / 10000);
    CHECK(estimated.result.expectedRecovery != derived.result.expectedRecovery);

    const QList<AuditEvent> audit = f.service.repository().audit(d.id);
    REQUIRE(audit.size() == eventsBefore + 1);
    CHECK(audit.last().action == QStringLiteral("recovery-probability"));
    CHECK(audit.last().note == QStringLiteral("Recovery probability: 82.5% (was from the payment history)"));
    CHECK(audit.last().actor == QStringLiteral("anouk"));
    CHECK(audit.last().from == DisputeStep::Resolve);
    CHECK(audit.last().to == DisputeStep::Resolve);

    // Undo: back to the history's probability, recorded too.
    f.stack.undo();
    CHECK_FALSE(f.service.repository().recoveryProbability(d.id).has_value());
    CHECK(f.assess(d).result.expectedRecovery.cents() == halfOfAwarded);
    CHECK(f.service.repository().audit(d.id).size() == eventsBefore + 2);
    f.stack.redo();
    CHECK(f.service.repository().recoveryProbability(d.id) == 8250);

    // An estimate given for one assessment still wins over the case's.
    CaseAssessmentOptions options;
    options.asOf = day(2026, 3, 20);
    options.interest = eur(0);
    options.probabilityBasisPoints = 1000;
    CHECK(f.assessment.assess(d, options).result.expectedRecovery.cents() == (awarded.cents() + 5) / 10);
}

TEST_CASE("a recovery probability out of range or on a closed case changes nothing", "[disputes][legal][issue19]")
{
    RecoveryFixture f;
    const Dispute paid = f.paidAfterExplanation();
    const Dispute d =
        f.decided(f.open(f.invoice(f.customer(QStringLiteral("C2")), QStringLiteral("INV-2"), day(2026, 2, 1))), Verdict::Unjustified);
    f.service.setRecoveryProbability(d.id, 4000);
    const int events = f.service.repository().audit(d.id).size();
    CHECK_THROWS_WITH(f.service.setRecoveryProbability(d.id, 10001), Catch::Contains("from 0% to 100%"));
    CHECK_THROWS_WITH(f.service.setRecoveryProbability(d.id, -1), Catch::Contains("from 0% to 100%"));
    CHECK(f.service.repository().recoveryProbability(d.id) == 4000);
    CHECK(f.service.repository().audit(d.id).size() == events);

    f.service.finishAndClose(paid.id, Outcome::Paid);
    CHECK_THROWS_WITH(f.service.setRecoveryProbability(paid.id, 7000), Catch::Contains("is closed"));
    CHECK_FALSE(f.service.repository().recoveryProbability(paid.id).has_value());
}
