// Letters in another currency than the euro (issue 15, defect 4): the collection-cost scale and the
// € 40 per invoice are euro amounts, so they are computed on the claim converted at the euro rate
// of the letter date, and the letter shows the rate, the claim in euros and the costs in both.
// Amounts computed by hand in the comments.

#include "test_dunning_fixture.h"
#include "exchangerates/ExchangeRateRepository.h"

using namespace dd;
using namespace dd::test;

namespace {

void poundInvoice(DunningFixture &f, const QString &number, qint64 customerId, qint64 cents)
{
    f.db->run(QStringLiteral("INSERT INTO invoices (number, customer_id, issue_date, due_date, currency, total_excl_cents, "
                             "vat_cents, total_incl_cents, paid_cents) VALUES (?, ?, '2025-12-02', '2026-01-01', 'GBP', ?, 0, ?, 0)"),
              {number, customerId, cents, cents});
}

Money gbp(qint64 cents)
{
    return Money(cents, QStringLiteral("GBP"));
}

} // namespace

TEST_CASE("dunning: a letter in pounds claims the euro scale on the claim converted at the day's rate", "[dunning][currency][pdf]")
{
    DunningFixture f;
    poundInvoice(f, QStringLiteral("G-1"), f.english, 100000);
    poundInvoice(f, QStringLiteral("G-2"), f.english, 129777);
    poundInvoice(f, QStringLiteral("G-3"), f.consumer, 100000);
    DunningRun run(*f.db, f.clock, QStringLiteral("anouk"));
    // The reminders state no costs: they go out without a rate.
    CHECK(commitAll(run, run.preview(day(2026, 1, 8)), f.out()).letters == 2);
    CHECK(commitAll(run, run.preview(day(2026, 1, 22)), f.out()).letters == 2);

    SECTION("without a euro rate the notices are held back, with the reason, not sent with pound 'costs'")
    {
        const DunningPreview preview = run.preview(day(2026, 2, 5));
        CHECK(preview.letters.isEmpty());
        REQUIRE(skipFor(preview, QStringLiteral("G-1")));
        CHECK(skipFor(preview, QStringLiteral("G-1"))->reason == DunningSkipReason::NoExchangeRate);
        CHECK(skipFor(preview, QStringLiteral("G-1"))->reasonText().contains(QStringLiteral("no euro rate for GBP")));
        CHECK(skipFor(preview, QStringLiteral("G-3"))->reason == DunningSkipReason::NoExchangeRate);
        CHECK(preview.warnings.join(u'\n').contains(QStringLiteral("Letters in GBP that state collection costs are held back")));
    }
    SECTION("with the ECB rate of the day before the letter")
    {
        ExchangeRateRepository(*f.db).save({ExchangeRate{QStringLiteral("GBP"), day(2026, 2, 4), 861300, QStringLiteral("ECB")}});
        const DunningPreview preview = run.preview(day(2026, 2, 5));
        CHECK(preview.warnings.filter(QStringLiteral("euro rate")).isEmpty());
        const DunningLetterPlan *business = planFor(preview, f.english);
        REQUIRE(business);
        CHECK(business->total == gbp(229777));
        REQUIRE(business->eurRate);
        CHECK(business->eurRate->date == day(2026, 2, 4));
        // £ 2,297.77 / 0.8613 = € 2,667.7928: € 2,667.79. Scale: 15% of 2,500 = 375.00 plus 10% of
        // 167.79 = 16.779, together 391.779: € 391.78 (in pounds the old, wrong 15% of 2,297.77 = 344.67).
        CHECK(business->totalInEur == eur(266779));
        CHECK(business->costs == eur(39178));
        CHECK(business->euCompensation == eur(8000)); // € 40 for each of the 2 invoices, in euros
        const DunningLetterPlan *consumer = planFor(preview, f.consumer);
        REQUIRE(consumer);
        // £ 1,000.00 / 0.8613 = € 1,161.0356: € 1,161.04; 15% = 174.156: € 174.16.
        CHECK(consumer->totalInEur == eur(116104));
        CHECK(consumer->costs == eur(17416));

        commitAll(run, preview, f.out());
        const QString english = pdfText(f.out() + QStringLiteral("/C-300-notice.pdf"));
        INFO(english.toStdString());
        CHECK(english.contains(QStringLiteral("We claim €391.78 under the statutory scale")));
        CHECK(english.contains(QStringLiteral("1 EUR = 0.8613 GBP")));
        CHECK(english.contains(QStringLiteral("reference rate of 4 February 2026")));
        CHECK(english.contains(QStringLiteral("converted the open amount of £2,297.77")));
        CHECK(english.contains(QStringLiteral("€2,667.79")));
        // € 391.78 * 0.8613 = £ 337.4401: £ 337.44.
        CHECK(english.contains(QStringLiteral("The €391.78 claimed equals £337.44")));
        CHECK_FALSE(english.contains(QStringLiteral("£344.67")));
        CHECK_FALSE(english.contains(QStringLiteral("£80.00")));

        const QString dutch = pdfText(f.out() + QStringLiteral("/C-100-ingebrekestelling.pdf"));
        INFO(dutch.toStdString());
        CHECK(dutch.contains(QStringLiteral("incassokosten verschuldigd van € 174,16")));
        CHECK(dutch.contains(QStringLiteral("1 EUR = 0,8613 GBP")));
        // € 174.16 * 0.8613 = £ 150.0040: £ 150,00.
        CHECK(dutch.contains(QStringLiteral("komt overeen met £ 150,00")));

        // What was sent is recorded with the currency of the costs, not the letter's.
        const auto history = DunningHistory(*f.db).forCustomer(f.english);
        REQUIRE(history.size() == 3);
        CHECK(history[0].total == gbp(229777));
        REQUIRE(history[0].costs);
        CHECK(*history[0].costs == eur(39178));
        CHECK(f.db->scalar(QStringLiteral("SELECT eur_rate_micros FROM dunning_letters WHERE customer_id = ? AND level = 3"),
                           {f.english})
                  .toLongLong()
              == 861300);
    }
    SECTION("a rate more than a week older than the letter is used, with a warning")
    {
        ExchangeRateRepository(*f.db).save({ExchangeRate{QStringLiteral("GBP"), day(2026, 1, 26), 861300, QStringLiteral("ECB")}});
        const DunningPreview preview = run.preview(day(2026, 2, 5));
        REQUIRE(planFor(preview, f.english));
        CHECK(preview.warnings.join(u'\n').contains(QStringLiteral("more than 7 days older than the letters: GBP (2026-01-26)")));
    }
}

TEST_CASE("dunning: euro letters are unchanged by the rate table", "[dunning][currency]")
{
    DunningFixture f;
    f.invoice(QStringLiteral("F-1"), f.business, day(2026, 1, 1), 300000);
    DunningRun run(*f.db, f.clock, QStringLiteral("anouk"));
    commitAll(run, run.preview(day(2026, 1, 8)), f.out());
    commitAll(run, run.preview(day(2026, 1, 22)), f.out());
    const DunningPreview preview = run.preview(day(2026, 2, 5));
    const DunningLetterPlan *plan = planFor(preview, f.business);
    REQUIRE(plan);
    CHECK_FALSE(plan->eurRate);
    CHECK(plan->costs == eur(42500)); // € 3,000: 375.00 + 10% of 500 = 425.00
    CHECK(preview.skipped.isEmpty());
}
