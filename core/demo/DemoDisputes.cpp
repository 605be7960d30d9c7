#include "DemoDisputes.h"

#include "DemoRandom.h"
#include "calendar/BusinessCalendar.h"
#include "demo/DemoDisputeRepository.h"
#include "disputes/Dispute.h"
#include "storage/Transaction.h"

#include <QDateTime>

#include <algorithm>

namespace dd {

using boost::gregorian::date_duration;

namespace {

// Products with a cluster of complaints in the last 90 days: a heat pump installation that leaks,
// a licence renewal billed at the wrong price, a catering supplier that changed.
const QList<qint64> clusterProducts = {2, 9, 12};

struct ReasonWeight
{
    const char16_t *code;
    int weight;
};
// Skewed to organisational causes, as in practice (about 96% organisational).
const ReasonWeight reasons[] = {
    {u"invoice-error", 22}, {u"agreement-not-kept", 16}, {u"delivery", 14},       {u"price-too-high", 11},
    {u"poor-service", 9},   {u"wrong-information", 7},   {u"transparency", 5},    {u"collection-handling", 4},
    {u"quality", 4},        {u"payment-options", 3},     {u"translation", 2},     {u"other", 3},
};

const QStringList assignees = {QStringLiteral("Anouk de Wit"), QStringLiteral("Pieter Bakker"),
                               QStringLiteral("Samira El Idrissi"), QStringLiteral("Joost Mulder")};
const QStringList stories = {
    QStringLiteral("De klant zegt dat het afgesproken tarief lager was dan wat gefactureerd is."),
    QStringLiteral("Volgens de klant is de levering niet compleet: twee onderdelen ontbreken."),
    QStringLiteral("De klant betaalt niet omdat de monteur te laat kwam en het werk niet af is."),
    QStringLiteral("De klant heeft deze factuur twee keer ontvangen en wil eerst een correctie."),
    QStringLiteral("The customer says sales promised a discount that is not on the invoice."),
    QStringLiteral("The customer could not reach our service desk for two weeks and withholds payment."),
    QStringLiteral("De klant begrijpt de factuur niet: onduidelijk waarvoor de meerkosten zijn."),
    QStringLiteral("Klant is boos over de toon van de herinnering en betaalt voorlopig niet."),
};
const QStringList departments = {QStringLiteral("Sales"), QStringLiteral("Facturatie"), QStringLiteral("Service"),
                                 QStringLiteral("Logistiek"), QStringLiteral("Klantcontact")};

QString timestamp(const Date &date, int minute)
{
    return QDateTime(IsoDate::toQDate(date), QTime(8, 0).addSecs(minute * 60), Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

struct DemoDisputes::Plan
{
    DemoInvoiceFacts invoice;
    QString reason;
    Channel channel = Channel::Phone;
    Date received;
    Date promised;
    DisputeStep step = DisputeStep::Hear;
    Verdict verdict = Verdict::None;
    qint64 justifiedCents = 0;
    bool credit = false;
    UnjustifiedPath path = UnjustifiedPath::None;
    AmicableState amicable = AmicableState::None;
    Outcome outcome = Outcome::None;
    Date decided;
    Date closed;
    QString assignee;
    bool lessons = false;
};

DemoDisputes::DemoDisputes(Database &database, const Date &until)
    : m_database(database)
    , m_until(until)
{
}

DemoDisputes::~DemoDisputes() = default;

DemoDisputes::Decision DemoDisputes::consider(const DemoInvoiceFacts &invoice, DemoRandom &random)
{
    const bool recent = (m_until - invoice.issued).days() <= 90;
    const bool inCluster = recent && std::any_of(invoice.productIds.begin(), invoice.productIds.end(),
                                                 [](qint64 id) { return clusterProducts.contains(id); });
    if (!random.chance(inCluster ? 30 : 5))
        return {};
    Plan plan;
    plan.invoice = invoice;
    plan.invoice.productIds.clear();
    for (qint64 id : invoice.productIds) {
        if (!plan.invoice.productIds.contains(id))
            plan.invoice.productIds.append(id);
    }
    plan.received = invoice.issued + date_duration(random.between(3, 45));
    if (plan.received > m_until)
        return {};
    plan.promised = BusinessCalendar::addBusinessDays(plan.received, 5);
    if (inCluster) {
        plan.reason = QStringLiteral("quality");
    } else {
        qint64 roll = random.between(0, 99);
        for (const ReasonWeight &weight : reasons) {
            if ((roll -= weight.weight) < 0) {
                plan.reason = QString::fromUtf16(weight.code);
                break;
            }
        }
        if (plan.reason.isEmpty())
            plan.reason = QStringLiteral("other");
    }
    plan.channel = Channel(random.between(0, 5) % 4); // mostly phone, e-mail, letter, portal
    plan.assignee = random.pick(assignees);

    // How far the case got depends on its age: old cases are closed, recent ones still in progress.
    const long age = (m_until - plan.received).days();
    const qint64 roll = random.between(0, 99);
    if (age < 4)
        plan.step = DisputeStep::Hear;
    else if (age < 10)
        plan.step = roll < 25 ? DisputeStep::Hear : DisputeStep::Verify;
    else if (age < 20)
        plan.step = roll < 30 ? DisputeStep::Verify : (roll < 70 ? DisputeStep::Decide : DisputeStep::Resolve);
    else if (age < 60)
        plan.step = roll < 10 ? DisputeStep::Decide : (roll < 45 ? DisputeStep::Resolve : (roll < 60 ? DisputeStep::Learn : DisputeStep::Closed));
    else
        plan.step = roll < 3 ? DisputeStep::Resolve : (roll < 6 ? DisputeStep::Learn : DisputeStep::Closed);
    if (plan.step == DisputeStep::Decide && random.chance(15)) // some answers come late
        plan.promised = plan.received + date_duration(3);

    Decision decision{true, Date(), 0};
    if (plan.step == DisputeStep::Hear || plan.step == DisputeStep::Verify || plan.step == DisputeStep::Decide) {
        m_plans.push_back(plan);
        return decision;
    }
    const qint64 verdictRoll = random.between(0, 99);
    plan.verdict = verdictRoll < 30 ? Verdict::Justified : (verdictRoll < 50 ? Verdict::PartlyJustified : Verdict::Unjustified);
    plan.decided = std::min(m_until, plan.received + date_duration(random.between(2, 12)));
    plan.justifiedCents = plan.verdict == Verdict::Justified ? invoice.totalCents
                        : plan.verdict == Verdict::PartlyJustified ? invoice.totalCents * random.between(10, 60) / 100
                                                                   : 0;
    const bool finished = plan.step != DisputeStep::Resolve;
    plan.credit = plan.verdict != Verdict::Unjustified && (finished || random.chance(50));
    if (plan.verdict != Verdict::Justified) {
        const qint64 pathRoll = random.between(0, 99);
        if (pathRoll < 72) {
            plan.path = UnjustifiedPath::Amicable;
            const qint64 state = random.between(0, 99);
            plan.amicable = state < 55 ? AmicableState::Paid : (state < 80 || finished ? AmicableState::Arrangement : AmicableState::Explained);
        } else if (pathRoll < 88) {
            plan.path = UnjustifiedPath::Goodwill;
        } else {
            plan.path = UnjustifiedPath::Legal;
            plan.amicable = AmicableState::Explained;
        }
        if (!finished && random.chance(30)) { // still working on the unjustified part
            plan.path = UnjustifiedPath::None;
            plan.amicable = AmicableState::None;
        }
    }
    plan.lessons = plan.step != DisputeStep::Resolve && (plan.verdict != Verdict::Unjustified || random.chance(30));
    if (plan.step == DisputeStep::Closed) {
        plan.closed = std::min(m_until, plan.decided + date_duration(random.between(5, 40)));
        if (plan.verdict == Verdict::Justified)
            plan.outcome = Outcome::Credited;
        else if (plan.path == UnjustifiedPath::Goodwill)
            plan.outcome = Outcome::WrittenOff;
        else if (plan.path == UnjustifiedPath::Legal)
            plan.outcome = random.chance(60) ? Outcome::Collected : Outcome::Lost;
        else
            plan.outcome = plan.verdict == Verdict::PartlyJustified && random.chance(40) ? Outcome::Credited : Outcome::Paid;
        // The unjustified part is paid when the customer accepted it or the collector got it.
        if (plan.outcome == Outcome::Paid || plan.outcome == Outcome::Collected
            || (plan.outcome == Outcome::Credited && plan.verdict == Verdict::PartlyJustified)) {
            decision.paidOn = plan.closed;
            decision.paidCents = invoice.totalCents - plan.justifiedCents;
        }
    } else if (plan.amicable == AmicableState::Paid) {
        decision.paidOn = std::min(m_until, plan.decided + date_duration(random.between(3, 20)));
        decision.paidCents = invoice.totalCents - plan.justifiedCents;
    }
    m_plans.push_back(plan);
    return decision;
}

qint64 DemoDisputes::write(DemoRandom &random)
{
    std::stable_sort(m_plans.begin(), m_plans.end(), [](const Plan &a, const Plan &b) { return a.received < b.received; });
    // One transaction for all cases: the demo writes them in the generator's, and a savepoint
    // per row would cost more than the rows.
    Transaction transaction(m_database, DataChange::Cases);
    DemoDisputeRepository repository(m_database);
    qint64 written = 0;
    int year = 0;
    int sequence = 0;
    for (const Plan &plan : m_plans) {
        if (int(plan.received.year()) != year) {
            year = plan.received.year();
            sequence = 0;
        }
        const QString number = QStringLiteral("DSP-%1-%2").arg(year).arg(++sequence, 6, 10, QLatin1Char('0'));
        const bool decided = plan.verdict != Verdict::None;
        const qint64 unjustified = plan.invoice.totalCents - plan.justifiedCents;
        const QString story = random.pick(stories);
        Dispute dispute;
        dispute.number = number;
        dispute.customerId = plan.invoice.customerId;
        dispute.invoices = {{plan.invoice.invoiceId, QString(), Money(plan.invoice.totalCents, plan.invoice.currency)}};
        dispute.productIds = plan.invoice.productIds;
        dispute.reasonCode = plan.reason;
        dispute.channel = plan.channel;
        dispute.story = story;
        dispute.receivedOn = plan.received;
        dispute.promisedOn = plan.promised;
        dispute.answeredOn = decided ? plan.decided : Date();
        dispute.assignee = plan.assignee;
        dispute.step = plan.step;
        dispute.verdict = plan.verdict;
        dispute.justified = Money(plan.justifiedCents, plan.invoice.currency);
        dispute.rationale = decided ? QStringLiteral("Vastgesteld na navraag bij de betrokken collega's.") : QString();
        dispute.creditDecided = plan.credit;
        dispute.path = plan.path;
        dispute.amicable = plan.amicable;
        dispute.arrangement = plan.amicable == AmicableState::Arrangement ? QStringLiteral("Drie maandelijkse termijnen") : QString();
        dispute.goodwill = Money(plan.path == UnjustifiedPath::Goodwill ? unjustified : 0, plan.invoice.currency);
        dispute.lessonWhat = plan.lessons ? QStringLiteral("Afspraak niet vastgelegd in het order") : QString();
        dispute.lessonDepartment = plan.lessons ? random.pick(departments) : QString();
        dispute.lessonAction = plan.lessons ? QStringLiteral("Orderbevestiging met alle afspraken naar de klant") : QString();
        dispute.outcome = plan.outcome;
        dispute.closedOn = plan.closed;
        const qint64 id = repository.addCase(dispute);
        ++written;

        // The trail the case would have left, move by move.
        int minute = 0;
        auto audit = [&](const Date &on, DisputeStep from, DisputeStep to, const QString &action, const QString &note) {
            repository.addAudit(id, timestamp(on, minute += 7), plan.assignee, DisputeCodes::step(from), DisputeCodes::step(to),
                                action, note);
        };
        audit(plan.received, DisputeStep::Hear, DisputeStep::Hear, QStringLiteral("open"), QString());
        repository.addContact(id, IsoDate::format(plan.received), DisputeCodes::channel(plan.channel), QStringLiteral("in"),
                              story, QString());
        if (plan.step == DisputeStep::Hear)
            continue;
        const Date verifyOn = std::min(m_until, plan.received + date_duration(1));
        repository.addContact(id, IsoDate::format(verifyOn), QStringLiteral("letter"), QStringLiteral("out"),
                              QStringLiteral("Ontvangstbevestiging"), QStringLiteral("acknowledgement"));
        audit(verifyOn, DisputeStep::Hear, DisputeStep::Verify, QStringLiteral("verify"), QString());
        const bool found = plan.step != DisputeStep::Verify || random.chance(60);
        if (found) {
            const bool forCustomer = plan.verdict == Verdict::Justified || (plan.verdict == Verdict::None && random.chance(40));
            repository.addFinding(id, random.pick(departments),
                                  forCustomer ? QStringLiteral("De klacht klopt: de afspraak staat in de offerte.")
                                              : QStringLiteral("Levering en prijs volgens getekende orderbevestiging."),
                                  forCustomer ? QStringLiteral("customer") : QStringLiteral("us"), timestamp(verifyOn, 30));
            audit(verifyOn, DisputeStep::Verify, DisputeStep::Verify, QStringLiteral("finding"), QString());
        }
        if (plan.step == DisputeStep::Verify)
            continue;
        audit(verifyOn, DisputeStep::Verify, DisputeStep::Decide, QStringLiteral("conclude"), QString());
        if (plan.step == DisputeStep::Decide)
            continue;
        audit(plan.decided, DisputeStep::Decide, DisputeStep::Resolve, QStringLiteral("decide"), dispute.rationale); // as DisputeService::decide writes it
        if (plan.credit)
            audit(plan.decided, DisputeStep::Resolve, DisputeStep::Resolve, QStringLiteral("credit"), QString());
        if (plan.path != UnjustifiedPath::None && plan.path != UnjustifiedPath::Goodwill)
            audit(plan.decided, DisputeStep::Resolve, DisputeStep::Resolve, QStringLiteral("amicable"), QString());
        if (plan.amicable == AmicableState::Arrangement)
            audit(plan.decided, DisputeStep::Resolve, DisputeStep::Resolve, QStringLiteral("arrangement"), QString());
        if (plan.amicable == AmicableState::Paid)
            audit(plan.decided, DisputeStep::Resolve, DisputeStep::Resolve, QStringLiteral("paid"), QString());
        if (plan.path == UnjustifiedPath::Goodwill)
            audit(plan.decided, DisputeStep::Resolve, DisputeStep::Resolve, QStringLiteral("goodwill"), QString());
        if (plan.path == UnjustifiedPath::Legal) {
            repository.addAssessment(id, timestamp(plan.decided, 200), plan.assignee, unjustified / 2, plan.invoice.currency,
                                     QStringLiteral("legal"), QStringLiteral("{}"));
            if (plan.invoice.consumer)
                repository.addContact(id, IsoDate::format(plan.decided), QStringLiteral("letter"), QStringLiteral("out"),
                                      QStringLiteral("Veertiendagenbrief"), QStringLiteral("fourteen-day"));
            audit(plan.decided, DisputeStep::Resolve, DisputeStep::Resolve, QStringLiteral("legal"), QString());
        }
        if (plan.step == DisputeStep::Resolve)
            continue;
        audit(plan.decided, DisputeStep::Resolve, DisputeStep::Learn, QStringLiteral("to-learn"), QString());
        if (plan.lessons)
            audit(plan.decided, DisputeStep::Learn, DisputeStep::Learn, QStringLiteral("lessons"), QString());
        if (plan.step == DisputeStep::Closed)
            audit(plan.closed, DisputeStep::Learn, DisputeStep::Closed, QStringLiteral("close"), DisputeCodes::outcome(plan.outcome));
    }
    transaction.commit();
    return written;
}

} // namespace dd
