// The decision tree as a table: for each state a case can be in, exactly which moves are allowed.
// Every move not listed for a state must be refused, with a reason.
#include "CoreTestSupport.h"
#include "disputes/DisputeWorkflow.h"

#include <set>

using namespace dd;
using dd::test::eur;

namespace {

Dispute caseIn(DisputeStep step)
{
    Dispute d;
    d.number = QStringLiteral("DSP-2026-000001");
    d.step = step;
    d.invoices.append({1, QStringLiteral("INV-1"), eur(100000)});
    return d;
}

Dispute resolving(Verdict verdict, qint64 justifiedCents = 0)
{
    Dispute d = caseIn(DisputeStep::Resolve);
    d.verdict = verdict;
    d.justified = eur(verdict == Verdict::Justified ? 100000 : justifiedCents);
    return d;
}

std::set<QString> codes(const QList<DisputeMove> &moves)
{
    std::set<QString> result;
    for (DisputeMove move : moves)
        result.insert(DisputeWorkflow::moveCode(move));
    return result;
}

std::set<QString> set(std::initializer_list<const char *> names)
{
    std::set<QString> result;
    for (const char *name : names)
        result.insert(QString::fromLatin1(name));
    return result;
}

struct Row
{
    const char *name;
    Dispute dispute;
    WorkflowFacts facts;
    std::set<QString> allowed;
};

} // namespace

TEST_CASE("each state allows exactly its moves and refuses the rest with a reason", "[disputes][workflow]")
{
    WorkflowFacts none;
    WorkflowFacts oneFinding;
    oneFinding.findings = 1;
    WorkflowFacts assessed;
    assessed.hasAssessment = true;
    WorkflowFacts consumerAssessed = assessed;
    consumerAssessed.customerKind = CustomerKind::Consumer;
    WorkflowFacts consumerWithLetter = consumerAssessed;
    consumerWithLetter.fourteenDayLetterSent = true;

    Dispute justifiedCredited = resolving(Verdict::Justified);
    justifiedCredited.creditDecided = true;
    Dispute explained = resolving(Verdict::Unjustified);
    explained.path = UnjustifiedPath::Amicable;
    explained.amicable = AmicableState::Explained;
    Dispute partlyArranged = resolving(Verdict::PartlyJustified, 30000);
    partlyArranged.creditDecided = true;
    partlyArranged.path = UnjustifiedPath::Amicable;
    partlyArranged.amicable = AmicableState::Arrangement;
    Dispute partlyNotCredited = partlyArranged;
    partlyNotCredited.creditDecided = false;
    Dispute paidAfterExplanation = explained;
    paidAfterExplanation.amicable = AmicableState::Paid;
    Dispute goodwillGiven = resolving(Verdict::Unjustified);
    goodwillGiven.path = UnjustifiedPath::Goodwill;
    Dispute learnJustified = caseIn(DisputeStep::Learn);
    learnJustified.verdict = Verdict::Justified;
    Dispute learnJustifiedWithLessons = learnJustified;
    learnJustifiedWithLessons.lessonWhat = QStringLiteral("Price list out of date");
    learnJustifiedWithLessons.lessonDepartment = QStringLiteral("Sales");
    learnJustifiedWithLessons.lessonAction = QStringLiteral("Monthly price list check");
    Dispute learnUnjustified = caseIn(DisputeStep::Learn);
    learnUnjustified.verdict = Verdict::Unjustified;

    const std::vector<Row> table = {
        {"hear", caseIn(DisputeStep::Hear), none, set({"verify", "contact"})},
        {"verify, no findings", caseIn(DisputeStep::Verify), none, set({"finding", "step-back", "contact"})},
        {"verify, one finding", caseIn(DisputeStep::Verify), oneFinding, set({"finding", "conclude", "step-back", "contact"})},
        {"decide", caseIn(DisputeStep::Decide), oneFinding, set({"decide", "step-back", "contact"})},
        {"resolve justified", resolving(Verdict::Justified), none, set({"credit", "step-back", "contact"})},
        {"resolve justified credited", justifiedCredited, none, set({"to-learn", "step-back", "contact"})},
        {"resolve unjustified", resolving(Verdict::Unjustified), assessed, set({"amicable", "goodwill", "step-back", "contact"})},
        {"explained, no assessment", explained, none, set({"arrangement", "paid", "goodwill", "step-back", "contact"})},
        {"explained, assessed business", explained, assessed,
         set({"arrangement", "paid", "legal", "goodwill", "step-back", "contact"})},
        {"explained, assessed consumer without 14-day letter", explained, consumerAssessed,
         set({"arrangement", "paid", "goodwill", "step-back", "contact"})},
        {"explained, assessed consumer with 14-day letter", explained, consumerWithLetter,
         set({"arrangement", "paid", "legal", "goodwill", "step-back", "contact"})},
        {"partly: credited and arranged", partlyArranged, none, set({"paid", "goodwill", "to-learn", "step-back", "contact"})},
        {"partly: arranged, not credited", partlyNotCredited, none, set({"credit", "paid", "goodwill", "step-back", "contact"})},
        {"paid after explanation", paidAfterExplanation, assessed, set({"to-learn", "step-back", "contact"})},
        {"goodwill given", goodwillGiven, none, set({"to-learn", "step-back", "contact"})},
        {"learn justified, no lessons", learnJustified, none, set({"lessons", "step-back", "contact"})},
        {"learn justified, lessons", learnJustifiedWithLessons, none, set({"lessons", "close", "step-back", "contact"})},
        {"learn unjustified", learnUnjustified, none, set({"lessons", "close", "step-back", "contact"})},
        {"closed", caseIn(DisputeStep::Closed), none, set({"step-back"})},
    };

    for (const Row &row : table) {
        INFO(row.name);
        CHECK(codes(DisputeWorkflow::allowedMoves(row.dispute, row.facts)) == row.allowed);
        for (DisputeMove move : DisputeWorkflow::allMoves()) {
            const GuardResult result = DisputeWorkflow::check(row.dispute, move, row.facts);
            if (!result) {
                INFO(DisputeWorkflow::moveCode(move).toStdString());
                CHECK(result.reason.contains(row.dispute.number));
            }
        }
    }
}

TEST_CASE("guards explain the rule that refused the move", "[disputes][workflow]")
{
    WorkflowFacts consumer;
    consumer.customerKind = CustomerKind::Consumer;
    consumer.hasAssessment = true;
    Dispute explained = resolving(Verdict::Unjustified);
    explained.path = UnjustifiedPath::Amicable;
    explained.amicable = AmicableState::Explained;
    CHECK(DisputeWorkflow::check(explained, DisputeMove::Legal, consumer).reason.contains(QStringLiteral("14-day letter")));
    consumer.hasAssessment = false;
    CHECK(DisputeWorkflow::check(explained, DisputeMove::Legal, consumer).reason.contains(QStringLiteral("cost-benefit")));
    CHECK(DisputeWorkflow::check(resolving(Verdict::Unjustified), DisputeMove::Legal, consumer)
              .reason.contains(QStringLiteral("amicable attempt")));
    CHECK(DisputeWorkflow::check(caseIn(DisputeStep::Verify), DisputeMove::ConcludeVerification, {})
              .reason.contains(QStringLiteral("at least one")));
    Dispute learn = caseIn(DisputeStep::Learn);
    learn.verdict = Verdict::PartlyJustified;
    CHECK(DisputeWorkflow::check(learn, DisputeMove::Close, {}).reason.contains(QStringLiteral("department")));
    CHECK(DisputeWorkflow::check(resolving(Verdict::Unjustified), DisputeMove::Credit, {}).reason.contains(QStringLiteral("nothing to credit")));
    CHECK(DisputeWorkflow::check(caseIn(DisputeStep::Closed), DisputeMove::AddFinding, {}).reason.contains(QStringLiteral("closed")));
}

TEST_CASE("partly justified: the justified part is credited, the rest follows the unjustified branch", "[disputes][workflow]")
{
    Dispute d = resolving(Verdict::PartlyJustified, 30000);
    CHECK(d.disputedTotal() == eur(100000));
    CHECK(d.unjustifiedPart() == eur(70000));
    CHECK_FALSE(DisputeWorkflow::resolutionComplete(d));
    d.creditDecided = true;
    CHECK_FALSE(DisputeWorkflow::resolutionComplete(d)); // the 700.00 still needs a path
    d.path = UnjustifiedPath::Goodwill;
    CHECK(DisputeWorkflow::resolutionComplete(d));
    d.creditDecided = false;
    CHECK_FALSE(DisputeWorkflow::resolutionComplete(d)); // and the 300.00 still needs its credit
}

TEST_CASE("move codes round-trip and steps go forward and back in tree order", "[disputes][workflow]")
{
    for (DisputeMove move : DisputeWorkflow::allMoves())
        CHECK(DisputeWorkflow::moveFromCode(DisputeWorkflow::moveCode(move)) == move);
    CHECK_FALSE(DisputeWorkflow::moveFromCode(u"jump").has_value());
    DisputeStep step = DisputeStep::Hear;
    QStringList visited;
    while (step != DisputeStep::Closed) {
        visited << DisputeCodes::step(step);
        step = DisputeWorkflow::nextStep(step);
    }
    CHECK(visited == QStringList({QStringLiteral("hear"), QStringLiteral("verify"), QStringLiteral("decide"),
                                  QStringLiteral("resolve"), QStringLiteral("learn")}));
    CHECK(DisputeWorkflow::previousStep(DisputeStep::Closed) == DisputeStep::Learn);
    CHECK(DisputeWorkflow::previousStep(DisputeStep::Resolve) == DisputeStep::Decide);
}
