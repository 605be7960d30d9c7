// The dunning run: level progression over a simulated year of runs (never skips a level, never
// twice, waits the interval), skips with reasons, the preview records nothing, commit is one
// transaction (the letters themselves: test_dunning_letters.cpp).

#include "test_dunning_fixture.h"

#include "common/ValidationError.h"
#include "customers/CustomerContactRepository.h"
#include "legal/LegalTableRepository.h"

#include <QDirIterator>
#include <QElapsedTimer>

#include <algorithm>

using namespace dd;
using namespace dd::test;
using boost::gregorian::date_duration;

namespace {

// The levels an invoice moved up to, oldest first, with their dates.
std::vector<std::pair<int, Date>> ladder(Database &db, qint64 invoiceId)
{
    std::vector<std::pair<int, Date>> result;
    for (const DunningInvoiceRecord &record : DunningHistory(db).forInvoice(invoiceId)) {
        if (record.movedUp)
            result.emplace(result.begin(), record.level, record.letterDate);
    }
    return result;
}

QByteArray sha(const QString &path)
{
    return QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256);
}

} // namespace

TEST_CASE("dunning: a simulated year of daily runs moves each invoice up one level at a time", "[dunning]")
{
    DunningFixture f;
    const qint64 a = f.invoice(QStringLiteral("F-1"), f.consumer, day(2026, 1, 1), 100000);
    const qint64 b = f.invoice(QStringLiteral("F-2"), f.consumer, day(2026, 2, 15), 25000);
    const qint64 c = f.invoice(QStringLiteral("F-3"), f.business, day(2026, 3, 1), 50000);
    DunningRun run(*f.db, f.clock, QStringLiteral("anouk"));
    const QList<DunningLevel> levels = DunningSettings(*f.db).levels();
    REQUIRE(levels.size() == 4);

    int letters = 0;
    for (Date d = day(2026, 1, 1); d <= day(2026, 12, 31); d += date_duration(1)) {
        const DunningPreview preview = run.preview(d);
        for (const DunningLetterPlan &plan : preview.letters) {
            for (const DunningInvoiceLine &line : plan.invoices) {
                // Never a skipped level, never a level twice.
                if (line.movesUp)
                    CHECK(line.level == line.previousLevel + 1);
                else
                    CHECK(line.level == line.previousLevel);
            }
        }
        letters += commitAll(run, preview, f.out(QStringLiteral("run-") + IsoDate::format(d))).letters;
    }
    CHECK(letters > 0);

    const Date dueA = day(2026, 1, 1);
    const auto ladderA = ladder(*f.db, a);
    REQUIRE(ladderA.size() == 4);
    // Defaults: reminder due+7; second due+21 (10 days after the reminder); notice due+35; hand-over
    // due+60 (16 days after the notice).
    CHECK(ladderA[0] == std::make_pair(1, day(2026, 1, 8)));
    CHECK(ladderA[1] == std::make_pair(2, day(2026, 1, 22)));
    CHECK(ladderA[2] == std::make_pair(3, day(2026, 2, 5)));
    CHECK(ladderA[3] == std::make_pair(4, day(2026, 3, 2)));
    const std::vector<std::pair<qint64, Date>> invoices{{a, dueA}, {b, day(2026, 2, 15)}, {c, day(2026, 3, 1)}};
    for (const auto &[invoice, due] : invoices) {
        const auto steps = ladder(*f.db, invoice);
        REQUIRE(steps.size() == 4);
        for (size_t i = 0; i < steps.size(); ++i) {
            CHECK(steps[i].first == int(i) + 1);
            const DunningLevel &level = levels.at(int(i));
            CHECK(steps[i].second >= due + date_duration(level.daysAfterDue));
            if (i > 0)
                CHECK(steps[i].second >= steps[i - 1].second + date_duration(level.intervalDays));
        }
    }
    // Once handed over, an invoice is out of the ladder: nothing more about it.
    CHECK(DunningHistory(*f.db).forInvoice(a).size() >= 4);
    const DunningPreview after = run.preview(day(2027, 6, 1));
    CHECK(after.letters.isEmpty());
}

TEST_CASE("dunning: monthly runs still go one level at a time, never skipping", "[dunning]")
{
    DunningFixture f;
    const qint64 a = f.invoice(QStringLiteral("F-1"), f.business, day(2025, 10, 1), 100000);
    DunningRun run(*f.db, f.clock, QStringLiteral("anouk"));
    // First run: 95 days overdue, past every level's day, yet it gets the reminder.
    DunningPreview first = run.preview(day(2026, 1, 4));
    REQUIRE(first.letters.size() == 1);
    CHECK(first.letters[0].level.code == u"reminder");
    CHECK(first.letters[0].invoices[0].daysOverdue == 95);
    commitAll(run, first, f.out());
    // The same day again: never the same level twice, and the next waits its interval.
    CHECK(run.preview(day(2026, 1, 4)).letters.isEmpty());
    CHECK(run.preview(day(2026, 1, 13)).letters.isEmpty());
    const DunningPreview second = run.preview(day(2026, 1, 14));
    REQUIRE(second.letters.size() == 1);
    CHECK(second.letters[0].level.code == u"second-reminder");
    commitAll(run, second, f.out());
    commitAll(run, run.preview(day(2026, 2, 14)), f.out());
    commitAll(run, run.preview(day(2026, 3, 14)), f.out());
    const auto steps = ladder(*f.db, a);
    REQUIRE(steps.size() == 4);
    CHECK(steps[2].first == 3);
    CHECK(steps[3].first == 4);
    CHECK(DunningHistory(*f.db).levelOf(a) == 4);
}

TEST_CASE("dunning: one letter per customer lists all its overdue invoices", "[dunning]")
{
    DunningFixture f;
    f.invoice(QStringLiteral("F-1"), f.business, day(2026, 1, 1), 10000);
    f.invoice(QStringLiteral("F-2"), f.business, day(2026, 1, 5), 20000);
    f.invoice(QStringLiteral("F-3"), f.business, day(2026, 1, 20), 30000); // 1 day overdue: listed, no level yet
    f.invoice(QStringLiteral("F-4"), f.business, day(2026, 1, 10), 5000, 5000); // paid
    f.invoice(QStringLiteral("F-5"), f.english, day(2026, 1, 1), 7000);
    DunningRun run(*f.db, f.clock, QStringLiteral("anouk"));
    const DunningPreview preview = run.preview(day(2026, 1, 21));
    REQUIRE(preview.letters.size() == 2);
    const DunningLetterPlan *plan = planFor(preview, f.business);
    REQUIRE(plan);
    REQUIRE(plan->invoices.size() == 3);
    CHECK(plan->invoices[0].number == u"F-1");
    CHECK(plan->invoices[0].movesUp);
    CHECK(plan->invoices[1].movesUp);
    CHECK_FALSE(plan->invoices[2].movesUp);
    CHECK(plan->invoices[2].level == 0);
    CHECK(plan->total == eur(60000));
    CHECK(plan->fileName == u"C-200-herinnering.pdf");
    CHECK(preview.overdueInvoices == 4);
}

TEST_CASE("dunning: skips with reasons: dispute hold, arrangement, below minimum, do not dun", "[dunning]")
{
    DunningFixture f;
    const qint64 held = f.invoice(QStringLiteral("F-HOLD"), f.business, day(2026, 1, 1), 10000);
    const qint64 arranged = f.invoice(QStringLiteral("F-ARR"), f.business, day(2026, 1, 1), 10000);
    const qint64 closed = f.invoice(QStringLiteral("F-CLOSED"), f.business, day(2026, 1, 1), 10000);
    const QString holdCase = f.dispute(f.business, held, QStringLiteral("verify"));
    const QString arrangementCase = f.dispute(f.business, arranged, QStringLiteral("resolve"), QStringLiteral("arrangement"));
    // Closed as paid, yet open again (a payment reversed later): the case no longer holds it. A case
    // closed with another outcome keeps its hold while money is open (test_dispute_outcome.cpp).
    const QString closedCase = f.dispute(f.business, closed, QStringLiteral("closed"));
    f.db->run(QStringLiteral("UPDATE disputes SET outcome = 'paid' WHERE number = ?"), {closedCase});
    f.invoice(QStringLiteral("F-SMALL"), f.english, day(2026, 1, 1), 300); // € 3 < € 5 minimum
    const qint64 dnd = f.customer(QStringLiteral("C-400"), QStringLiteral("Gemeente"), CustomerKind::Business, Language::Dutch,
                                  QString());
    DunningSettings(*f.db).setDoNotDun(dnd, true);
    CHECK(DunningSettings(*f.db).doNotDun(dnd));
    CHECK_THROWS_AS(DunningSettings(*f.db).setDoNotDun(99999, true), ValidationError);
    f.invoice(QStringLiteral("F-DND"), dnd, day(2026, 1, 1), 50000);

    DunningRun run(*f.db, f.clock, QStringLiteral("anouk"));
    const DunningPreview preview = run.preview(day(2026, 1, 10));
    REQUIRE(preview.letters.size() == 1);
    REQUIRE(preview.letters[0].invoices.size() == 1);
    CHECK(preview.letters[0].invoices[0].number == u"F-CLOSED"); // a case closed as paid holds nothing
    REQUIRE(preview.skipped.size() == 4);

    const DunningSkip *hold = skipFor(preview, QStringLiteral("F-HOLD"));
    REQUIRE(hold);
    CHECK(hold->reason == DunningSkipReason::DisputeHold);
    CHECK(hold->detail == holdCase);
    CHECK(hold->reasonText().contains(holdCase));
    const DunningSkip *arrangement = skipFor(preview, QStringLiteral("F-ARR"));
    REQUIRE(arrangement);
    CHECK(arrangement->reason == DunningSkipReason::Arrangement);
    CHECK(arrangement->detail == arrangementCase);
    const DunningSkip *small = skipFor(preview, QStringLiteral("F-SMALL"));
    REQUIRE(small);
    CHECK(small->reason == DunningSkipReason::BelowMinimum);
    CHECK(small->wouldBeLevel == 1);
    CHECK(small->reasonText().contains(QStringLiteral("5.00")));
    const DunningSkip *notDunned = skipFor(preview, QStringLiteral("F-DND"));
    REQUIRE(notDunned);
    CHECK(notDunned->reason == DunningSkipReason::DoNotDun);
    CHECK(DunningSkip::reasonCode(notDunned->reason) == u"do-not-dun");

    // Committing records nothing for the skipped invoices.
    commitAll(run, preview, f.out());
    CHECK(DunningHistory(*f.db).levelOf(held) == 0);
    CHECK(DunningHistory(*f.db).levelOf(arranged) == 0);
    CHECK(DunningHistory(*f.db).levelOf(closed) == 1);
}

TEST_CASE("dunning: the preview records nothing", "[dunning]")
{
    DunningFixture f;
    f.invoice(QStringLiteral("F-1"), f.consumer, day(2026, 1, 1), 100000);
    DunningRun run(*f.db, f.clock, QStringLiteral("anouk"));
    commitAll(run, run.preview(day(2026, 1, 8)), f.out());
    const qint64 runs = f.count("dunning_runs");
    const qint64 letters = f.count("dunning_letters");
    const qint64 lines = f.count("dunning_letter_invoices");
    const QString location = databaseLocation(f.dir, QStringLiteral("dunning.sqlite"));
    const QByteArray before = databaseDigest(location);
    const QByteArray walBefore = sha(location + QStringLiteral("-wal"));
    const DunningPreview preview = run.preview(day(2026, 3, 1));
    CHECK(preview.letters.size() == 1);
    CHECK(f.count("dunning_runs") == runs);
    CHECK(f.count("dunning_letters") == letters);
    CHECK(f.count("dunning_letter_invoices") == lines);
    CHECK(databaseDigest(location) == before);
    if (!onPostgres())
        CHECK(sha(location + QStringLiteral("-wal")) == walBefore);
    CHECK_FALSE(QDir(f.out(QStringLiteral("never"))).exists());
}

TEST_CASE("dunning: no letters without the sender's address, place and account", "[dunning][company]")
{
    DunningFixture f;
    f.invoice(QStringLiteral("F-1"), f.consumer, day(2026, 1, 1), 100000);
    // The company as a new database had it: a name, nothing else ("op rekening  t.n.v. …").
    CompanySettings bare;
    bare.name = QStringLiteral("Acme Reparaties B.V.");
    SettingsRepository(*f.db).setCompany(bare);
    DunningRun run(*f.db, f.clock, QStringLiteral("anouk"));
    const DunningPreview preview = run.preview(day(2026, 1, 8));
    REQUIRE(preview.letters.size() == 1);
    CHECK_THROWS_WITH(run.render(preview.letters[0], preview.asOf), Catch::Contains("IBAN"));
    CHECK_THROWS_AS(commitAll(run, preview, f.out()), ValidationError);
    CHECK(f.count("dunning_runs") == 0);
    CHECK(f.count("dunning_letters") == 0);
    CHECK(QDir(f.out()).entryList(QDir::Files).isEmpty());
}

TEST_CASE("dunning: commit is one transaction, a failing render or a cancel records nothing and leaves no file", "[dunning]")
{
    DunningFixture f;
    f.invoice(QStringLiteral("F-1"), f.consumer, day(2026, 1, 1), 100000);
    f.invoice(QStringLiteral("F-2"), f.business, day(2026, 1, 1), 100000);
    DunningRun run(*f.db, f.clock, QStringLiteral("anouk"));
    const QString out = f.out();
    auto nothingRecorded = [&]() {
        CHECK(f.count("dunning_runs") == 0);
        CHECK(f.count("dunning_letters") == 0);
        CHECK(f.count("dunning_letter_invoices") == 0);
        CHECK(f.count("customer_contacts") == 0);
        CHECK(QDir(out).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    };

    SECTION("the second letter's template is missing")
    {
        QList<DunningLevel> levels = DunningLevel::defaults();
        levels[0].templateName = QStringLiteral("dunning-own");
        DunningSettings(*f.db).setLevels(levels);
        // Only the consumer's version exists (the user's own): the business letter, rendered second, fails.
        SettingsRepository(*f.db).setValue(QStringLiteral("template.nl.dunning-own-consumer"),
                                           QStringLiteral("<html><body><p>Herinnering {{customer.name}}</p>{{dunning.invoices}}</body></html>"));
        const DunningPreview preview = run.preview(day(2026, 1, 8));
        REQUIRE(preview.letters.size() == 2);
        CHECK(preview.letters[0].customerId == f.consumer);
        CHECK_THROWS_AS(run.commit(preview, out), ValidationError);
        nothingRecorded();
    }
    SECTION("the contact log refuses the second letter's entry, after the history was written")
    {
        if (isSqlite(*f.db)) {
            f.db->run(QStringLiteral("CREATE TEMP TRIGGER refuse_contact BEFORE INSERT ON customer_contacts "
                                     "WHEN NEW.customer_id = %1 BEGIN SELECT RAISE(ABORT, 'refused'); END")
                          .arg(f.business));
        } else {
            // PostgreSQL has no temporary triggers: this one lives in the test's own database.
            f.db->run(QStringLiteral("CREATE FUNCTION refuse_contact() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                                     "IF NEW.customer_id = %1 THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW; END $$")
                          .arg(f.business));
            f.db->run(QStringLiteral("CREATE TRIGGER refuse_contact BEFORE INSERT ON customer_contacts "
                                     "FOR EACH ROW EXECUTE FUNCTION refuse_contact()"));
        }
        const DunningPreview preview = run.preview(day(2026, 1, 8));
        REQUIRE(preview.letters.size() == 2);
        CHECK_THROWS(run.commit(preview, out));
        nothingRecorded();
    }
    SECTION("cancelled half way")
    {
        const DunningPreview preview = run.preview(day(2026, 1, 8));
        DunningCommitOptions options;
        std::vector<std::pair<int, int>> calls;
        options.progress = [&](int done, int total) {
            calls.emplace_back(done, total);
            return done < 1;
        };
        const DunningCommitResult result = run.commit(preview, out, options);
        CHECK(result.cancelled);
        CHECK(result.runId == 0);
        CHECK(calls == std::vector<std::pair<int, int>>{{0, 2}, {1, 2}});
        nothingRecorded();
    }
    SECTION("committed, then never twice")
    {
        const DunningPreview preview = run.preview(day(2026, 1, 8));
        const DunningCommitResult result = run.commit(preview, out);
        CHECK(result.letters == 2);
        CHECK(f.count("dunning_runs") == 1);
        CHECK(f.count("dunning_letters") == 2);
        CHECK(f.count("dunning_letter_invoices") == 2);
        CHECK(QDir(out).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
              == QStringList{QStringLiteral("C-100-herinnering.pdf"), QStringLiteral("C-200-herinnering.pdf")});
        // The same preview cannot be committed twice.
        CHECK_THROWS_AS(run.commit(preview, out), ValidationError);
        CHECK(f.count("dunning_letters") == 2);
        // The history is append-only.
        CHECK_THROWS(f.db->run(QStringLiteral("DELETE FROM dunning_letters")));
        const auto history = DunningHistory(*f.db).forCustomer(f.consumer);
        REQUIRE(history.size() == 1);
        CHECK(history[0].levelCode == u"reminder");
        CHECK(history[0].sha256 == QString::fromLatin1(sha(out + QStringLiteral("/C-100-herinnering.pdf")).toHex()));
        // A new invoice the same day: a second reminder file, the first one kept.
        f.invoice(QStringLiteral("F-3"), f.consumer, day(2025, 12, 1), 5000);
        const QByteArray first = fileBytes(out + QStringLiteral("/C-100-herinnering.pdf"));
        const DunningCommitResult again = run.commit(run.preview(day(2026, 1, 8)), out);
        CHECK(again.letters == 1);
        CHECK(fileBytes(out + QStringLiteral("/C-100-herinnering.pdf")) == first);
        CHECK(QFile::exists(out + QStringLiteral("/C-100-herinnering-2.pdf")));
        CHECK(DunningHistory(*f.db).forCustomer(f.consumer)[0].fileName == u"C-100-herinnering-2.pdf");
    }
}

TEST_CASE("dunning: interest beyond the rate table is 'not available' and the run goes on", "[dunning]")
{
    DunningFixture f;
    f.invoice(QStringLiteral("F-1"), f.business, day(2026, 6, 1), 100000);
    DunningRun run(*f.db, f.clock, QStringLiteral("anouk"));
    commitAll(run, run.preview(day(2026, 6, 8)), f.out());
    const DunningPreview preview = run.preview(day(2026, 8, 1)); // the shipped table ends 2026-06-30
    REQUIRE(preview.letters.size() == 1);
    const DunningLetterPlan &plan = preview.letters[0];
    CHECK(plan.showsInterest);
    CHECK_FALSE(plan.interest.has_value());
    CHECK_FALSE(plan.interestNote.isEmpty());
    CHECK(run.commit(preview, f.out()).letters == 1);
    const auto history = DunningHistory(*f.db).forCustomer(f.business);
    CHECK_FALSE(history[0].interest.has_value());
    CHECK(history[0].interestNote == plan.interestNote);
}

TEST_CASE("dunning: each letter sent is a contact in its customer's log, never in a dispute case's", "[dunning]")
{
    DunningFixture f;
    f.invoice(QStringLiteral("F-1"), f.business, day(2026, 1, 1), 10000);
    f.invoice(QStringLiteral("F-2"), f.business, day(2026, 1, 2), 20000);
    f.invoice(QStringLiteral("F-3"), f.consumer, day(2026, 1, 1), 30000);
    // The consumer has an open case over another invoice: that invoice is held, the rest is dunned.
    const qint64 held = f.invoice(QStringLiteral("F-HOLD"), f.consumer, day(2026, 1, 1), 40000);
    f.dispute(f.consumer, held, QStringLiteral("verify"));
    DunningRun run(*f.db, f.clock, QStringLiteral("anouk"));
    const DunningCommitResult result = commitAll(run, run.preview(day(2026, 1, 10)), f.out());
    REQUIRE(result.letters == 2);

    CHECK(f.count("customer_contacts") == 2);
    CHECK(f.count("contact_log") == 0);
    const CustomerContactRepository contacts(*f.db);
    const QList<CustomerContact> business = contacts.forCustomer(f.business);
    REQUIRE(business.size() == 1);
    CHECK(business[0].customerId == f.business);
    CHECK(business[0].date == day(2026, 1, 10));
    CHECK(business[0].channel == Channel::Letter);
    CHECK(business[0].direction == ContactDirection::Outbound);
    CHECK(business[0].letterKind == u"reminder");
    CHECK(business[0].summary == u"Reminder sent for 2 invoice(s): F-1, F-2");
    const QList<DunningLetterRecord> letters = DunningHistory(*f.db).forCustomer(f.business);
    REQUIRE(letters.size() == 1);
    CHECK(business[0].dunningLetterId == letters[0].id);
    const QList<CustomerContact> consumer = contacts.forCustomer(f.consumer);
    REQUIRE(consumer.size() == 1);
    CHECK(consumer[0].summary == u"Reminder sent for 1 invoice(s): F-3");
    CHECK(contacts.forCustomer(f.english).isEmpty());

    // The next levels: the consumer's 14-day letter is a contact of kind "notice", newest first.
    commitAll(run, run.preview(day(2026, 1, 22)), f.out());
    commitAll(run, run.preview(day(2026, 2, 5)), f.out());
    const QList<CustomerContact> later = contacts.forCustomer(f.consumer);
    REQUIRE(later.size() == 3);
    CHECK(later[0].letterKind == u"notice");
    CHECK(later[0].summary.startsWith(QStringLiteral("Notice of default / 14-day letter sent for 1 invoice(s): F-3")));
    CHECK(later[1].letterKind == u"second-reminder");
    CHECK(later[2].letterKind == u"reminder");
    CHECK(f.count("contact_log") == 0);

    // The hand-over file goes to a collection agency, not to the customer: no contact.
    DunningPreview handOver = run.preview(day(2026, 3, 2));
    for (DunningLetterPlan &plan : handOver.letters)
        plan.selected = true;
    const qint64 before = f.count("customer_contacts");
    const DunningCommitResult handedOver = run.commit(handOver, f.out());
    REQUIRE(handedOver.handOvers == 2);
    CHECK(handedOver.letters == 1); // F-2 reaches the notice in a letter of its own
    CHECK(f.count("customer_contacts") == before + 1);
    CHECK(contacts.forCustomer(f.business)[0].summary.endsWith(QStringLiteral(": F-2")));

    // The log is append-only, and a contact needs a summary.
    CHECK_THROWS(f.db->run(QStringLiteral("DELETE FROM customer_contacts")));
    CHECK_THROWS(f.db->run(QStringLiteral("UPDATE customer_contacts SET summary = 'x'")));
    CustomerContact empty;
    empty.customerId = f.english;
    empty.date = day(2026, 3, 2);
    CHECK_THROWS_AS(CustomerContactRepository(*f.db).add(empty), ValidationError);
    CHECK(f.count("customer_contacts") == before + 1);
}

TEST_CASE("dunning: the hand-over is a human decision and a file, not a letter", "[dunning]")
{
    DunningFixture f;
    f.invoice(QStringLiteral("F-1"), f.business, day(2026, 1, 1), 100000);
    DunningRun run(*f.db, f.clock, QStringLiteral("anouk"));
    for (const Date &d : {day(2026, 1, 8), day(2026, 1, 22), day(2026, 2, 5)})
        commitAll(run, run.preview(d), f.out());
    DunningPreview preview = run.preview(day(2026, 3, 2));
    REQUIRE(preview.letters.size() == 1);
    CHECK(preview.letters[0].level.isHandOver());
    CHECK_FALSE(preview.letters[0].selected);
    CHECK(preview.letters[0].fileName == u"C-200-overdracht.csv");
    CHECK(run.commit(preview, f.out()).handOvers == 0); // not ticked: nothing
    preview = run.preview(day(2026, 3, 2));
    preview.letters[0].selected = true;
    CHECK(run.commit(preview, f.out()).handOvers == 1);
    const QString csv = QString::fromUtf8(fileBytes(f.out() + QStringLiteral("/C-200-overdracht.csv")));
    CHECK(csv.contains(QStringLiteral("F-1")));
    CHECK(csv.contains(QStringLiteral("notice")));
}

TEST_CASE("dunning: unticked invoices are left out of the letter, its level and amounts follow the ticked ones", "[dunning]")
{
    DunningFixture f;
    const qint64 a = f.invoice(QStringLiteral("F-1"), f.business, day(2026, 1, 1), 100000);
    const qint64 b = f.invoice(QStringLiteral("F-2"), f.business, day(2026, 1, 10), 40000);
    const qint64 c = f.invoice(QStringLiteral("F-3"), f.business, day(2026, 1, 18), 30000);
    DunningRun run(*f.db, f.clock, QStringLiteral("anouk"));
    commitAll(run, run.preview(day(2026, 1, 8)), f.out()); // F-1: reminder

    DunningPreview preview = run.preview(day(2026, 1, 22));
    REQUIRE(preview.letters.size() == 1);
    DunningLetterPlan &plan = preview.letters[0];
    REQUIRE(plan.invoices.size() == 3);
    CHECK(plan.level.code == u"second-reminder");
    CHECK(run.selectedPart(plan, preview.asOf)->fileName == plan.fileName); // all ticked: unchanged

    // Without F-1 (the one reaching the second reminder) the letter is F-2's reminder, listing F-3.
    plan.invoices[0].selected = false;
    const auto part = run.selectedPart(plan, preview.asOf);
    REQUIRE(part);
    CHECK(part->level.code == u"reminder");
    CHECK(part->invoices.size() == 2);
    CHECK(part->total == eur(70000));
    CHECK_FALSE(part->showsInterest);
    CHECK(part->fileName == u"C-200-herinnering.pdf");
    CHECK(run.render(plan, preview.asOf).startsWith("%PDF-"));

    const DunningCommitResult result = run.commit(preview, f.out(QStringLiteral("second")));
    CHECK(result.letters == 1);
    REQUIRE(result.files.size() == 1);
    CHECK(result.files[0].endsWith(QStringLiteral("/C-200-herinnering.pdf")));
    const auto letters = DunningHistory(*f.db).forCustomer(f.business);
    REQUIRE(letters.size() == 2);
    CHECK(letters[0].level == 1);
    CHECK(letters[0].invoices == 2);
    CHECK(letters[0].total == eur(70000));
    CHECK(DunningHistory(*f.db).levelOf(a) == 1); // untouched by this run
    CHECK(DunningHistory(*f.db).levelOf(b) == 1);
    CHECK(DunningHistory(*f.db).forInvoice(c).size() == 1); // listed, level stays
    CHECK(DunningHistory(*f.db).levelOf(c) == 0);

    // Only an invoice that does not move up ticked: no letter (it would repeat a level).
    preview = run.preview(day(2026, 1, 22));
    REQUIRE(preview.letters.size() == 1);
    for (DunningInvoiceLine &line : preview.letters[0].invoices)
        line.selected = line.invoiceId == c;
    CHECK_FALSE(run.selectedPart(preview.letters[0], preview.asOf));
    CHECK(run.render(preview.letters[0], preview.asOf).isEmpty());
    const qint64 runs = f.count("dunning_runs");
    CHECK(run.commit(preview, f.out()).runId == 0);
    CHECK(f.count("dunning_runs") == runs);
}

TEST_CASE("dunning: levels are settings", "[dunning]")
{
    DunningFixture f;
    DunningSettings settings(*f.db);
    QList<DunningLevel> levels = DunningLevel::defaults();
    levels[0].daysAfterDue = 3;
    levels[0].minimumCents = 0;
    settings.setLevels(levels);
    CHECK(settings.levels().at(0).daysAfterDue == 3);
    levels[1].code = levels[0].code;
    CHECK_THROWS_AS(settings.setLevels(levels), ValidationError);
    CHECK_THROWS_AS(settings.setLevels({}), ValidationError);
    f.invoice(QStringLiteral("F-1"), f.business, day(2026, 1, 1), 100);
    DunningRun run(*f.db, f.clock, QStringLiteral("anouk"));
    CHECK(run.preview(day(2026, 1, 3)).letters.empty());
    CHECK(run.preview(day(2026, 1, 4)).letters.size() == 1);
}

// Hidden: the time of a preview on a large demo database, e.g.
//   disputedesk-cli demo --db /tmp/dun.sqlite --customers 20000 --invoices 200000
//   DD_DUNNING_BENCH_DB=/tmp/dun.sqlite test_dunning "[.perf]"
TEST_CASE("dunning: preview time on a demo database", "[.perf]")
{
    const QString path = qEnvironmentVariable("DD_DUNNING_BENCH_DB");
    if (path.isEmpty()) {
        WARN("set DD_DUNNING_BENCH_DB to a demo database");
        return;
    }
    auto db = Database::open(path, Database::Mode::ReadOnly);
    FixedClock clock{QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC)};
    DunningRun run(*db, clock, QStringLiteral("bench"));
    const Date asOf = IsoDate::parse(qEnvironmentVariable("DD_DUNNING_BENCH_AS_OF", QStringLiteral("2026-11-23"))).value_or(day(2026, 11, 23));
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer timer;
        timer.start();
        const DunningPreview preview = run.preview(asOf);
        qint64 invoices = 0;
        for (const DunningLetterPlan &plan : preview.letters)
            invoices += plan.invoices.size();
        WARN("preview " << timer.elapsed() << " ms: " << preview.overdueInvoices << " overdue, " << preview.letters.size()
                        << " letters over " << invoices << " invoices, " << preview.skipped.size() << " skipped");
    }
}
