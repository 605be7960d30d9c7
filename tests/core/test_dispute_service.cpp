// DisputeService on a real database file: every change checked, recorded and atomic.
#include "DisputeFixture.h"
#include "common/Clock.h"
#include "common/ValidationError.h"
#include "creditnotes/CreditNoteRepository.h"
#include "customers/CustomerRepository.h"
#include "disputes/DisputeService.h"
#include "disputes/DisputeSettings.h"
#include "disputes/ProactiveWarnings.h"
#include "documents/SettingsRepository.h"
#include "dunning/DunningRun.h"
#include "exchangerates/ExchangeRateRepository.h"
#include "legal/CaseAssessment.h"
#include "invoices/InvoiceListQuery.h"
#include "invoices/InvoiceRepository.h"
#include "products/ProductRepository.h"

#include <QCryptographicHash>
#include <QFile>

#include <tuple>

using namespace dd;
using dd::test::day;
using dd::test::eur;
using dd::test::rows;

using Fixture = dd::test::DisputeFixture;

TEST_CASE("a case walks from Hear to Closed and every move is in the audit trail", "[disputes][service]")
{
    Fixture f;
    const qint64 c = f.customer(QStringLiteral("C1"));
    const QString inv = f.invoice(c, QStringLiteral("INV-1"), day(2026, 2, 1));
    Dispute d = f.open(inv);
    CHECK(d.number == QStringLiteral("DSP-2026-000001"));
    CHECK(d.step == DisputeStep::Hear);
    CHECK(d.disputedTotal() == eur(121000));
    CHECK(d.assignee == QStringLiteral("anouk"));
    // Default promise: 5 business days after receipt (Mon 9 March -> Mon 16 March).
    CHECK(d.promisedOn == day(2026, 3, 16));
    CHECK(d.productIds == QList<qint64>{f.products.at(0).id});

    d = f.decided(d, Verdict::Unjustified);
    CHECK(d.step == DisputeStep::Resolve);
    CHECK(d.answeredOn == day(2026, 3, 10));
    d = f.service.amicable(d.id, QStringLiteral("The order confirmation shows the agreed price"));
    d = f.service.paid(d.id);
    d = f.service.finishResolution(d.id);
    CHECK(d.step == DisputeStep::Learn);
    // Paid in fact, not only in words: a case closes as paid only when nothing is open.
    f.settle(inv);
    d = f.service.close(d.id, Outcome::Paid);
    CHECK(d.step == DisputeStep::Closed);
    CHECK(d.closedOn == day(2026, 3, 10));

    const QList<AuditEvent> audit = f.service.repository().audit(d.id);
    QStringList actions;
    for (const AuditEvent &e : audit) {
        actions << e.action;
        CHECK(e.actor == QStringLiteral("anouk"));
        CHECK(e.at == f.clock.now());
    }
    CHECK(actions == QStringList({QStringLiteral("open"), QStringLiteral("verify"), QStringLiteral("finding"),
                                  QStringLiteral("conclude"), QStringLiteral("decide"), QStringLiteral("amicable"),
                                  QStringLiteral("paid"), QStringLiteral("to-learn"), QStringLiteral("close")}));
    CHECK(audit.at(4).from == DisputeStep::Decide);
    CHECK(audit.at(4).to == DisputeStep::Resolve);
}

TEST_CASE("the audit trail and evidence are append-only in the database itself", "[disputes][service]")
{
    Fixture f;
    const Dispute d = f.open(f.invoice(f.customer(QStringLiteral("C1")), QStringLiteral("INV-1"), day(2026, 2, 1)));
    REQUIRE(rows(*f.db, QStringLiteral("audit_events")) == 1);
    CHECK_THROWS(f.db->run(QStringLiteral("UPDATE audit_events SET note = 'tampered'")));
    CHECK_THROWS(f.db->run(QStringLiteral("DELETE FROM audit_events")));
    CHECK(rows(*f.db, QStringLiteral("audit_events")) == 1);
    CHECK(f.service.repository().audit(d.id).at(0).note != QStringLiteral("tampered"));
}

TEST_CASE("a refused move writes nothing and says why", "[disputes][service]")
{
    Fixture f;
    const Dispute d = f.open(f.invoice(f.customer(QStringLiteral("C1")), QStringLiteral("INV-1"), day(2026, 2, 1)));
    f.service.startVerification(d.id);
    const qint64 before = rows(*f.db, QStringLiteral("audit_events"));
    try {
        f.service.concludeVerification(d.id);
        FAIL("concluding without findings was allowed");
    } catch (const ValidationError &error) {
        CHECK(error.message().contains(QStringLiteral("no findings")));
    }
    CHECK_THROWS_AS(f.service.decide(d.id, Verdict::Justified, std::nullopt, QStringLiteral("x")), ValidationError);
    CHECK(rows(*f.db, QStringLiteral("audit_events")) == before);
    CHECK(f.service.repository().find(d.id)->step == DisputeStep::Verify);
}

TEST_CASE("opening a case checks its invoices and amounts", "[disputes][service]")
{
    Fixture f;
    const qint64 c1 = f.customer(QStringLiteral("C1"));
    const qint64 c2 = f.customer(QStringLiteral("C2"));
    const QString a = f.invoice(c1, QStringLiteral("INV-A"), day(2026, 2, 1));
    const QString b = f.invoice(c2, QStringLiteral("INV-B"), day(2026, 2, 1));
    CHECK_THROWS_WITH(f.open(QStringLiteral("INV-NONE")), Catch::Contains("no invoice INV-NONE"));
    CHECK_THROWS_WITH(f.open(a, eur(121001)), Catch::Contains("exceeds what is open"));
    OpenDisputeRequest twoCustomers;
    twoCustomers.invoices = {{a, std::nullopt}, {b, std::nullopt}};
    twoCustomers.reasonCode = QStringLiteral("quality");
    twoCustomers.story = QStringLiteral("x");
    twoCustomers.receivedOn = day(2026, 3, 1);
    CHECK_THROWS_WITH(f.service.open(twoCustomers), Catch::Contains("another customer"));
    twoCustomers.invoices = {{a, std::nullopt}};
    twoCustomers.reasonCode = QStringLiteral("weather");
    CHECK_THROWS_WITH(f.service.open(twoCustomers), Catch::Contains("not a reason code"));
    CHECK(rows(*f.db, QStringLiteral("disputes")) == 0);

    const Dispute first = f.open(a, eur(50000));
    CHECK(first.disputedTotal() == eur(50000));
    CHECK_THROWS_WITH(f.open(a), Catch::Contains("already disputed in open case " + first.number.toStdString()));
}

TEST_CASE("disputed invoices are on dunning hold until the case closes", "[disputes][service]")
{
    Fixture f;
    const qint64 c = f.customer(QStringLiteral("C1"));
    const QString inv = f.invoice(c, QStringLiteral("INV-1"), day(2026, 2, 1));
    f.invoice(c, QStringLiteral("INV-2"), day(2026, 2, 2));
    const qint64 invoiceId = InvoiceRepository(*f.db).findByNumber(inv)->id;
    CHECK_FALSE(f.service.repository().openDisputeOf(invoiceId).has_value());
    Dispute d = f.open(inv);
    CHECK(f.service.repository().openDisputeOf(invoiceId) == d.number);

    InvoiceListQuery list(*f.db);
    auto holds = [&] {
        QStringList result;
        for (const InvoiceListRow &row : list.fetch(0, 10))
            result << row.number + u'=' + row.openDispute;
        return result;
    };
    CHECK(holds() == QStringList({QStringLiteral("INV-1=") + d.number, QStringLiteral("INV-2=")}));

    d = f.decided(d, Verdict::Unjustified);
    const GoodwillResult goodwill = f.service.goodwill(d.id, QStringLiteral("Long-standing customer"));
    f.service.finishResolution(d.id);
    f.service.close(d.id, Outcome::WrittenOff);
    CHECK_FALSE(f.service.repository().openDisputeOf(invoiceId).has_value());
    CHECK(holds() == QStringList({QStringLiteral("INV-1="), QStringLiteral("INV-2=")}));
    // Goodwill settled the invoice: a goodwill credit note for all of it, nothing left open, and
    // the next dunning run leaves it alone (it used to stay open and get a reminder).
    CHECK(goodwill.dispute.goodwill == eur(121000));
    CHECK(InvoiceRepository(*f.db).findById(invoiceId)->openAmount() == eur(0));
    const QList<CreditNote> notes = CreditNoteRepository(*f.db).forDispute(d.id);
    REQUIRE(notes.size() == 1);
    CHECK(notes.at(0).goodwill);
    CHECK(notes.at(0).totalInclVat == eur(121000));
    const DunningPreview preview = DunningRun(*f.db, f.clock, QStringLiteral("anouk")).preview(day(2026, 6, 1));
    QStringList dunned;
    for (const DunningLetterPlan &letter : preview.letters) {
        for (const DunningInvoiceLine &line : letter.invoices)
            dunned << line.number;
    }
    CHECK(dunned.contains(QStringLiteral("INV-2")));
    CHECK_FALSE(dunned.contains(QStringLiteral("INV-1")));
    // Closed, the case no longer holds the invoice, but there is nothing left on it to dispute.
    CHECK_THROWS_WITH(f.open(inv), Catch::Contains("nothing open"));
}

TEST_CASE("a partly justified verdict splits the claim", "[disputes][service]")
{
    Fixture f;
    const Dispute d = f.open(f.invoice(f.customer(QStringLiteral("C1")), QStringLiteral("INV-1"), day(2026, 2, 1)));
    f.service.startVerification(d.id);
    f.service.addFinding(d.id, f.finding(FindingDirection::SupportsCustomer));
    f.service.concludeVerification(d.id);
    CHECK_THROWS_WITH(f.service.decide(d.id, Verdict::PartlyJustified, std::nullopt, QStringLiteral("half")),
                      Catch::Contains("needs the justified amount"));
    CHECK_THROWS_WITH(f.service.decide(d.id, Verdict::PartlyJustified, eur(121000), QStringLiteral("all")),
                      Catch::Contains("less than the disputed"));
    Dispute partly = f.service.decide(d.id, Verdict::PartlyJustified, eur(21000), QStringLiteral("One visit missed"));
    CHECK(partly.justified == eur(21000));
    CHECK(partly.unjustifiedPart() == eur(100000));
    CHECK_THROWS_WITH(f.service.finishResolution(d.id), Catch::Contains("credited"));
    f.service.credit(d.id);
    f.service.amicable(d.id, QStringLiteral("The rest was delivered as ordered"));
    partly = f.service.arrangement(d.id, QStringLiteral("4 x 250.00 monthly from 1 April"));
    CHECK(partly.arrangement.contains(QStringLiteral("4 x 250.00")));
    f.service.finishResolution(d.id);
    CHECK_THROWS_WITH(f.service.close(d.id, Outcome::Paid), Catch::Contains("department"));
    f.service.recordLessons(d.id, QStringLiteral("Visit not planned"), QStringLiteral("Service"), QStringLiteral("Planning check"));
    // The instalments are agreed, not yet paid: the rest is open, so the case cannot close as paid.
    CHECK_THROWS_WITH(f.service.close(d.id, Outcome::Paid), Catch::Contains("1,000.00 is still open"));
    f.settle(QStringLiteral("INV-1"));
    CHECK(f.service.close(d.id, Outcome::Paid).outcome == Outcome::Paid);
}

TEST_CASE("goodwill warns when the customer already had goodwill, naming case and amount", "[disputes][service]")
{
    Fixture f;
    const qint64 c = f.customer(QStringLiteral("C1"));
    Dispute first = f.decided(f.open(f.invoice(c, QStringLiteral("INV-1"), day(2026, 1, 5)), eur(20000)), Verdict::Unjustified);
    const GoodwillResult once = f.service.goodwill(first.id, QStringLiteral("First time"));
    CHECK_FALSE(once.earlier.has_value());
    CHECK(once.dispute.goodwill == eur(20000));

    const Dispute second = f.decided(f.open(f.invoice(c, QStringLiteral("INV-2"), day(2026, 2, 5))), Verdict::Unjustified);
    const GoodwillResult twice = f.service.goodwill(second.id, QStringLiteral("Again"));
    REQUIRE(twice.earlier.has_value());
    CHECK(twice.earlier->disputeNumber == first.number);
    CHECK(twice.earlier->amount == eur(20000));
    CHECK(f.service.repository().audit(second.id).constLast().note.contains(first.number));

    // Another customer's goodwill is no reason to warn.
    const qint64 other = f.customer(QStringLiteral("C2"));
    const Dispute third = f.decided(f.open(f.invoice(other, QStringLiteral("INV-3"), day(2026, 2, 5))), Verdict::Unjustified);
    CHECK_FALSE(f.service.goodwill(third.id, QStringLiteral("New")).earlier.has_value());
}

TEST_CASE("legal collection of a consumer needs an assessment and the 14-day letter", "[disputes][service]")
{
    Fixture f;
    const qint64 c = f.customer(QStringLiteral("P1"), CustomerKind::Consumer);
    Dispute d = f.decided(f.open(f.invoice(c, QStringLiteral("INV-1"), day(2026, 1, 5))), Verdict::Unjustified);
    f.service.amicable(d.id, QStringLiteral("Explained"));
    CHECK_THROWS_WITH(f.service.legal(d.id), Catch::Contains("cost-benefit"));
    f.service.recordAssessment(d.id, eur(50000), QStringLiteral("legal"), QStringLiteral("{}"));
    CHECK_THROWS_WITH(f.service.legal(d.id), Catch::Contains("14-day letter"));
    ContactLogEntry letter;
    letter.channel = Channel::Letter;
    letter.direction = ContactDirection::Outbound;
    letter.summary = QStringLiteral("Veertiendagenbrief");
    letter.letterKind = QStringLiteral("fourteen-day");
    f.service.addContact(d.id, letter);
    CHECK(f.service.legal(d.id).path == UnjustifiedPath::Legal);
}

TEST_CASE("a 14-day letter before the due date is refused, costs count only after its term", "[disputes][service][legal]")
{
    Fixture f;
    f.clock.set(QDateTime(QDate(2026, 5, 11), QTime(10, 0), Qt::UTC));
    const qint64 c = f.customer(QStringLiteral("P1"), CustomerKind::Consumer);
    // Issued 2026-04-01, due 30 days later: 2026-05-01.
    Dispute d = f.decided(f.open(f.invoice(c, QStringLiteral("INV-1"), day(2026, 4, 1)), std::nullopt, day(2026, 4, 20)),
                          Verdict::Unjustified);
    ContactLogEntry letter;
    letter.channel = Channel::Letter;
    letter.direction = ContactDirection::Outbound;
    letter.summary = QStringLiteral("Veertiendagenbrief");
    letter.letterKind = QStringLiteral("fourteen-day");
    letter.date = day(2026, 4, 24);
    CHECK_THROWS_WITH(f.service.addContact(d.id, letter), Catch::Contains("2026-05-01"));
    CHECK(f.service.repository().contacts(d.id).isEmpty());

    // Posted on Monday 11 May 2026: received Wednesday 13 May at the earliest, the term runs to
    // 27 May, the costs count from 28 May.
    letter.date = day(2026, 5, 11);
    f.service.addContact(d.id, letter);
    d = f.service.repository().find(d.id).value();
    const CaseAssessment assessment(*f.db, InterestRateTable::shipped(), CourtFeeTable::shipped());
    CaseAssessmentOptions options;
    options.asOf = day(2026, 5, 20);
    options.probabilityBasisPoints = 5000;
    const CaseAssessmentResult early = assessment.assess(d, options);
    INFO(early.notes.join(u'\n').toStdString());
    CHECK(early.input.collectionCosts == eur(0));
    CHECK(early.notes.join(u'\n').contains(QStringLiteral("2026-05-28")));
    // Default and interest from the day after the due date (a fatal term), for a consumer too; not
    // from the letter's date plus 17 days.
    CHECK(early.notes.join(u'\n').contains(QStringLiteral("from 2026-05-02")));
    CHECK(early.input.interestToDate.cents() > 0);
    options.asOf = day(2026, 5, 28);
    // Scale over 1,210.00: 15% = 181.50.
    CHECK(assessment.assess(d, options).input.collectionCosts == eur(18150));
}

TEST_CASE("a case in pounds is measured against the euro costs and court fees at the day's rate", "[disputes][service][legal][currency]")
{
    Fixture f;
    const qint64 c = f.customer(QStringLiteral("B1"));
    f.invoice(c, QStringLiteral("INV-GB"), day(2026, 4, 1));
    f.db->run(QStringLiteral("UPDATE invoices SET currency = 'GBP' WHERE number = 'INV-GB'"));
    const Dispute d = f.decided(f.open(QStringLiteral("INV-GB"), std::nullopt, day(2026, 5, 4)), Verdict::Unjustified);
    REQUIRE(d.currency() == u"GBP");
    const CaseAssessment assessment(*f.db, InterestRateTable::shipped(), CourtFeeTable::shipped());
    CaseAssessmentOptions options;
    options.asOf = day(2026, 5, 28);
    options.probabilityBasisPoints = 5000;
    // No rate: no figures in euros applied to pounds.
    CHECK_THROWS_WITH(assessment.assess(d, options), Catch::Contains("enter the euro rate of GBP for 2026-05-28"));

    const ExchangeRate rate{QStringLiteral("GBP"), day(2026, 5, 27), 861300, QStringLiteral("ECB")};
    ExchangeRateRepository(*f.db).save({rate});
    const CaseAssessmentResult result = assessment.assess(d, options);
    const QString notes = result.notes.join(u'\n');
    INFO(notes.toStdString());
    // £ 1,210.00 / 0.8613 = € 1,404.8531: € 1,404.85; 15% = 210.7275: € 210.73; * 0.8613 = £ 181.5017: £ 181.50.
    CHECK(result.input.collectionCosts == Money(18150, QStringLiteral("GBP")));
    CHECK(notes.contains(QStringLiteral("on €1,404.85: €210.73, that is £181.50")));
    CHECK(notes.contains(QStringLiteral("1 EUR = 0.8613 GBP (rate of 2026-05-27)")));
    // The fee of the euro band the claim falls in, converted back: never the euro figure as pounds.
    const Money claim = result.input.principal + result.input.interestToDate + result.input.collectionCosts;
    const Money euroFee = CourtFeeTable::shipped().fee(rate.toEur(claim), CourtFeeParty::Organisation, options.asOf).fee;
    CHECK(result.input.courtFee == rate.fromEur(euroFee));
    CHECK(result.input.courtFee.cents() != euroFee.cents());
    // The euro estimates of the bailiff and the lawyer too: € 110.00 * 0.8613 = £ 94.743: £ 94.74;
    // € 250.00 * 0.8613 = £ 215.325: £ 215.33.
    CHECK(result.input.summonsCosts == Money(9474, QStringLiteral("GBP")));
    CHECK(result.input.representativeCosts == Money(21533, QStringLiteral("GBP")));
}

TEST_CASE("evidence is stored with its hash and comes back byte for byte", "[disputes][service]")
{
    Fixture f;
    const Dispute d = f.open(f.invoice(f.customer(QStringLiteral("C1")), QStringLiteral("INV-1"), day(2026, 2, 1)));
    f.service.startVerification(d.id);
    const QString path = f.dir.filePath(QStringLiteral("order-confirmation.pdf"));
    QByteArray content("%PDF-1.4\n");
    content.append(QByteArray(5000, '\x07'));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    Finding finding = f.finding();
    finding.evidence << DisputeService::evidenceFromFile(path);
    f.service.addFinding(d.id, finding);
    const QList<Finding> stored = f.service.repository().findings(d.id, true);
    REQUIRE(stored.size() == 1);
    REQUIRE(stored.at(0).evidence.size() == 1);
    const Evidence &e = stored.at(0).evidence.at(0);
    CHECK(e.name == QStringLiteral("order-confirmation.pdf"));
    CHECK(e.mimeType == QStringLiteral("application/pdf"));
    CHECK(e.size == content.size());
    CHECK(e.content == content);
    CHECK(e.sha256 == QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));
    CHECK_THROWS_WITH(DisputeService::evidenceFromFile(f.dir.filePath(QStringLiteral("missing.pdf"))),
                      Catch::Contains("cannot be read"));
}

TEST_CASE("stepping back is recorded and reopens the step's decision", "[disputes][service]")
{
    Fixture f;
    Dispute d = f.decided(f.open(f.invoice(f.customer(QStringLiteral("C1")), QStringLiteral("INV-1"), day(2026, 2, 1))),
                          Verdict::Justified);
    f.service.credit(d.id);
    CHECK_THROWS_WITH(f.service.stepBack(d.id, QString()), Catch::Contains("why"));
    d = f.service.stepBack(d.id, QStringLiteral("Wrong verdict: the price list was right"));
    CHECK(d.step == DisputeStep::Decide);
    CHECK(d.verdict == Verdict::None);
    CHECK_FALSE(d.creditDecided);
    CHECK(d.answeredOn == day(2026, 3, 10)); // the customer was answered all the same
    d = f.service.decide(d.id, Verdict::Unjustified, std::nullopt, QStringLiteral("Price list checked"));
    CHECK(d.verdict == Verdict::Unjustified);
    const QList<AuditEvent> audit = f.service.repository().audit(d.id);
    CHECK(audit.at(audit.size() - 2).action == QStringLiteral("step-back"));
    CHECK(audit.at(audit.size() - 2).note.contains(QStringLiteral("Wrong verdict")));
}

TEST_CASE("the response clock: unanswered after the promised date is overdue", "[disputes][service]")
{
    Fixture f;
    // Received Friday 18 December 2026: five business days skip the weekend and both Christmas days.
    Dispute d = f.open(f.invoice(f.customer(QStringLiteral("C1")), QStringLiteral("INV-1"), day(2026, 11, 1)), std::nullopt,
                       day(2026, 12, 18));
    CHECK(d.promisedOn == day(2026, 12, 28));
    CHECK_FALSE(d.isResponseOverdue(day(2026, 12, 28)));
    CHECK(d.isResponseOverdue(day(2026, 12, 29)));
    f.clock.set(QDateTime(QDate(2027, 1, 4), QTime(10, 0), Qt::UTC));
    d = f.decided(d, Verdict::Unjustified);
    CHECK(d.answeredOn == day(2027, 1, 4));
    CHECK_FALSE(d.isResponseOverdue(day(2027, 1, 5)));
}

TEST_CASE("dispute rules: stored in the database, refused out of range, used for the promised date", "[disputes][settings]")
{
    Fixture f;
    DisputeSettings settings(*f.db);
    const DisputeRules defaults = settings.rules();
    CHECK(defaults.responseBusinessDays == 5);
    CHECK(defaults.warningMinimumCustomers == 3);
    CHECK(defaults.warningWindowDays == 90);

    DisputeRules rules;
    rules.responseBusinessDays = 10;
    rules.warningMinimumCustomers = 4;
    rules.warningWindowDays = 30;
    settings.setRules(rules);
    CHECK(DisputeSettings(*f.db).rules().responseBusinessDays == 10);
    CHECK(DisputeSettings(*f.db).rules().warningMinimumCustomers == 4);
    CHECK(DisputeSettings(*f.db).rules().warningWindowDays == 30);

    // One bad value stores none of them.
    for (const auto &[response, customers, window] : {std::tuple{0, 3, 90}, std::tuple{61, 3, 90}, std::tuple{5, 1, 90},
                                                       std::tuple{5, 3, 6}, std::tuple{5, 3, 3651}}) {
        DisputeRules bad{response, customers, window};
        CHECK_THROWS_AS(settings.setRules(bad), ValidationError);
    }
    CHECK(settings.rules().responseBusinessDays == 10);
    CHECK(settings.rules().warningWindowDays == 30);

    // Received Monday 9 March 2026: ten business days later is Monday 23 March.
    const Dispute d = f.open(f.invoice(f.customer(QStringLiteral("C1")), QStringLiteral("INV-1"), day(2026, 2, 1)));
    CHECK(d.promisedOn == day(2026, 3, 23));
}

TEST_CASE("proactive warning: other buyers of a product several customers complained about", "[disputes][warnings]")
{
    Fixture f;
    // Product 0 (PUMP): complaints from three customers within 90 days; product 1 from two only.
    QList<qint64> complainers;
    for (int i = 1; i <= 3; ++i) {
        const qint64 c = f.customer(QStringLiteral("K%1").arg(i));
        complainers << c;
        f.open(f.invoice(c, QStringLiteral("INV-K%1").arg(i), day(2026, 2, i), 0), std::nullopt, day(2026, 3, i));
    }
    for (int i = 1; i <= 2; ++i) {
        const qint64 c = f.customer(QStringLiteral("S%1").arg(i));
        f.open(f.invoice(c, QStringLiteral("INV-S%1").arg(i), day(2026, 2, i), 1), std::nullopt, day(2026, 3, i));
    }
    const qint64 quiet = f.customer(QStringLiteral("Q1"));      // bought the pump, did not complain
    f.invoice(quiet, QStringLiteral("INV-Q1"), day(2026, 2, 20), 0);
    f.invoice(quiet, QStringLiteral("INV-Q2"), day(2026, 3, 1), 0);
    const qint64 old = f.customer(QStringLiteral("OLD"));       // bought it long before the window
    f.invoice(old, QStringLiteral("INV-OLD"), day(2025, 6, 1), 0);
    const qint64 lunch = f.customer(QStringLiteral("L1"));      // bought something else
    f.invoice(lunch, QStringLiteral("INV-L1"), day(2026, 2, 20), 2);
    f.invoice(complainers.at(0), QStringLiteral("INV-K1b"), day(2026, 3, 2), 0); // a complainer buying again

    const ProactiveWarnings proactive(*f.db);
    auto warnings = proactive.compute(day(2026, 3, 15));
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].productCode == QStringLiteral("PUMP"));
    CHECK(warnings[0].complainingCustomers == 3);
    // The customers to contact come on request, for one product or for all warnings at once.
    CHECK(warnings[0].otherCustomers.isEmpty());
    const QList<CustomerAtRisk> pumpBuyers = proactive.customersToContact(warnings[0].productId, day(2026, 3, 15));
    REQUIRE(pumpBuyers.size() == 1);
    CHECK(pumpBuyers.at(0).number == QStringLiteral("Q1"));
    proactive.addCustomersToContact(warnings, day(2026, 3, 15));
    REQUIRE(warnings[0].otherCustomers.size() == 1);
    CHECK(warnings[0].otherCustomers.at(0).number == QStringLiteral("Q1"));
    CHECK(warnings[0].otherCustomers.at(0).invoices == 2);
    CHECK(warnings[0].otherCustomers.at(0).lastPurchase == day(2026, 3, 1));

    CHECK(ProactiveWarnings(*f.db).compute(day(2026, 3, 15), 4).empty());
    CHECK(ProactiveWarnings(*f.db).compute(day(2026, 3, 15), 2).size() == 2);
    // Far later, the complaints fall out of the window.
    CHECK(ProactiveWarnings(*f.db).compute(day(2026, 9, 1)).empty());
}
