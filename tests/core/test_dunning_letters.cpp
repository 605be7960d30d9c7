// The dunning letters read back: the 14-day letter's term, costs and VAT (pdftotext), the wording
// before a first reminder, the warnings before sending, and the English letters.

#include "test_dunning_fixture.h"

#include "common/ValidationError.h"
#include "documents/EmlWriter.h"
#include "legal/LegalTableRepository.h"

using namespace dd;
using namespace dd::test;

TEST_CASE("dunning: the 14-day letter states the court-accepted term, the exact costs and VAT", "[dunning][pdf]")
{
    DunningFixture f;
    const qint64 a = f.invoice(QStringLiteral("F-1"), f.consumer, day(2026, 1, 1), 100000);
    f.invoice(QStringLiteral("F-2"), f.business, day(2026, 1, 1), 300000);
    DunningRun run(*f.db, f.clock, QStringLiteral("anouk"));
    commitAll(run, run.preview(day(2026, 1, 8)), f.out());
    commitAll(run, run.preview(day(2026, 1, 22)), f.out());

    SECTION("no VAT added")
    {
        const DunningPreview preview = run.preview(day(2026, 2, 5));
        const DunningLetterPlan *plan = planFor(preview, f.consumer);
        REQUIRE(plan);
        CHECK(plan->isFourteenDayLetter());
        CHECK(plan->costs == eur(15000)); // € 1,000 -> € 150.00
        REQUIRE(plan->costsChargeableFrom);
        // Posted Thursday 5 February: received Monday 9 February at the earliest (2 business days),
        // the 14 days run to 23 February, the costs from 24 February (not posting + 16: the 21st).
        CHECK(*plan->costsChargeableFrom == day(2026, 2, 24));
        REQUIRE(plan->interest); // the table covers February 2026
        commitAll(run, preview, f.out());
        const QString text = pdfText(f.out() + QStringLiteral("/C-100-ingebrekestelling.pdf"));
        INFO(text.toStdString());
        CHECK(text.contains(QStringLiteral("binnen veertien dagen na de dag van ontvangst van deze brief")));
        CHECK_FALSE(text.contains(QStringLiteral("na dagtekening")));
        CHECK(text.contains(QStringLiteral("incassokosten verschuldigd van € 150,00")));
        CHECK(text.contains(QStringLiteral("Over deze incassokosten wordt geen btw berekend.")));
        CHECK(text.contains(QStringLiteral("24 februari 2026")));
        // Default by the fatal term, one rule with the interest: no "hereby in default".
        CHECK(text.contains(QStringLiteral("in verzuim (art. 6:83 sub a BW)")));
        CHECK_FALSE(text.contains(QStringLiteral("Met deze brief stellen wij u in gebreke")));
        CHECK(text.contains(QStringLiteral("Ondanks onze eerdere herinnering")));
        CHECK(text.contains(QStringLiteral("F-1")));
        CHECK(text.contains(QStringLiteral("art. 6:119 BW")));
        const auto history = DunningHistory(*f.db).forCustomer(f.consumer);
        REQUIRE(history.size() == 3);
        CHECK(history[0].levelCode == u"notice");
        REQUIRE(history[0].costsChargeableFrom);
        CHECK(*history[0].costsChargeableFrom == day(2026, 2, 24));
        CHECK(history[0].costs == eur(15000));
        CHECK(DunningHistory(*f.db).levelOf(a) == 3);

        // The business gets a notice of default with commercial interest and the € 40 compensation.
        const QString business = pdfText(f.out() + QStringLiteral("/C-200-ingebrekestelling.pdf"));
        INFO(business.toStdString());
        CHECK(business.contains(QStringLiteral("in verzuim (art. 6:83 sub a BW)")));
        CHECK_FALSE(business.contains(QStringLiteral("Met deze brief stellen wij u in gebreke")));
        // The higher of the scale and the € 40 per invoice is claimed, and the letter says which.
        CHECK(business.contains(QStringLiteral("Wij vorderen € 425,00 volgens de wettelijke")));
        CHECK(business.contains(QStringLiteral("handelsrente")));
        CHECK(business.contains(QStringLiteral("art. 6:119a BW")));
        CHECK(business.contains(QStringLiteral("€ 40 per factuur")));
        CHECK(business.contains(QStringLiteral("€ 425,00"))); // € 3,000 -> € 425.00
        CHECK_FALSE(business.contains(QStringLiteral("veertien dagen")));
        CHECK(DunningHistory(*f.db).forCustomer(f.business)[0].costsChargeableFrom == std::nullopt);
    }
    SECTION("VAT added to the costs")
    {
        DunningSettings(*f.db).setAddVatToCosts(true);
        const DunningPreview preview = run.preview(day(2026, 2, 5));
        const DunningLetterPlan *plan = planFor(preview, f.consumer);
        REQUIRE(plan);
        CHECK(plan->costsVat == eur(3150));
        // The consumer switch does not reach business debtors: theirs is a choice of its own.
        const DunningLetterPlan *business = planFor(preview, f.business);
        REQUIRE(business);
        CHECK(business->costsVat == eur(0));
        CHECK_FALSE(business->costsVatAdded);
        DunningSettings(*f.db).setAddVatToBusinessCosts(true);
        const DunningPreview withBusiness = run.preview(day(2026, 2, 5));
        REQUIRE(planFor(withBusiness, f.business));
        CHECK(planFor(withBusiness, f.business)->costsVat == eur(8925)); // 21% of 425.00
        commitAll(run, preview, f.out());
        const QString text = pdfText(f.out() + QStringLiteral("/C-100-ingebrekestelling.pdf"));
        INFO(text.toStdString());
        CHECK(text.contains(QStringLiteral("incassokosten verschuldigd van € 150,00")));
        // Besluit BIK art. 2 lid 3: VAT only with the declaration that it cannot be deducted.
        CHECK(text.contains(QStringLiteral("niet als voorbelasting kunnen verrekenen")));
        CHECK(text.contains(QStringLiteral("met 21% btw (€ 31,50")));
        CHECK(text.contains(QStringLiteral("€ 181,50")));
    }
    SECTION("a different costs delay")
    {
        DunningSettings(*f.db).setCostsDelayDays(20);
        const DunningPreview preview = run.preview(day(2026, 2, 5));
        REQUIRE(planFor(preview, f.consumer)->costsChargeableFrom);
        CHECK(*planFor(preview, f.consumer)->costsChargeableFrom == day(2026, 2, 25));
        CHECK_THROWS_AS(DunningSettings(*f.db).setCostsDelayDays(10), ValidationError);
        // 16 days after posting is inside the term when the post takes 2 business days.
        CHECK_THROWS_AS(DunningSettings(*f.db).setCostsDelayDays(16), ValidationError);
        CHECK(DunningSettings(*f.db).costsDelayDays() == 20);
    }
}

TEST_CASE("dunning: no 'despite our reminders' before a reminder, and warnings before sending", "[dunning][pdf]")
{
    DunningFixture f;
    f.invoice(QStringLiteral("F-1"), f.consumer, day(2026, 1, 1), 100000);
    // A ladder whose first letter is the notice: the invoice never had a reminder.
    QList<DunningLevel> levels = DunningLevel::defaults();
    levels = {levels.at(2)};
    levels[0].level = 1;
    DunningSettings(*f.db).setLevels(levels);
    DunningRun run(*f.db, f.clock, QStringLiteral("anouk"));
    // The shipped consumer rate of 2026 is computed by the published method, not yet checked
    // against the Staatsblad: a letter stating interest at it is sent only knowingly.
    const DunningPreview unverified = run.preview(day(2026, 2, 5));
    REQUIRE(unverified.warnings.size() == 1);
    CHECK(unverified.warnings.at(0).contains(QStringLiteral("1 letter(s) state interest computed with rates marked \"to verify\"")));
    // The user checks it and enters it: no warning on a Thursday with every rate known.
    InterestRatePeriod checked;
    checked.from = day(2026, 1, 1);
    checked.until = day(2026, 6, 30);
    checked.rateBasisPoints = 400;
    checked.userAdded = true;
    LegalTableRepository(*f.db).addInterestPeriod(InterestKind::Consumer, checked);
    const DunningPreview preview = run.preview(day(2026, 2, 5));
    REQUIRE(preview.letters.size() == 1);
    CHECK_FALSE(preview.letters.at(0).interestRatesToVerify);
    CHECK(preview.warnings.isEmpty());
    commitAll(run, preview, f.out());
    const QString text = pdfText(f.out() + QStringLiteral("/C-100-ingebrekestelling.pdf"));
    INFO(text.toStdString());
    CHECK_FALSE(text.contains(QStringLiteral("Ondanks")));
    CHECK(text.contains(QStringLiteral("De betalingstermijn van onderstaande factuur is verstreken"))); // one invoice

    // Saturday 7 February: nothing is posted; the preview says so.
    const DunningPreview saturday = run.preview(day(2026, 2, 7));
    REQUIRE(saturday.warnings.size() == 1);
    CHECK(saturday.warnings.at(0).contains(QStringLiteral("2026-02-07")));
    // After the last period of the interest table (2026-06-30) the letters cannot state the
    // interest: the preview warns instead of leaving it to a note.
    f.invoice(QStringLiteral("F-2"), f.consumer, day(2026, 7, 1), 50000);
    const DunningPreview summer = run.preview(day(2026, 8, 10)); // a Monday
    REQUIRE(summer.warnings.size() == 1);
    CHECK(summer.warnings.at(0).contains(QStringLiteral("statutory interest")));
}

TEST_CASE("dunning: English letters and the reminder", "[dunning][pdf]")
{
    DunningFixture f;
    f.invoice(QStringLiteral("F-9"), f.english, day(2026, 1, 1), 12345);
    DunningRun run(*f.db, f.clock, QStringLiteral("anouk"));
    DunningPreview preview = run.preview(day(2026, 1, 8));
    REQUIRE(preview.letters.size() == 1);
    DunningCommitOptions options;
    options.eml = true;
    const DunningCommitResult result = run.commit(preview, f.out(), options);
    CHECK(result.files.size() == 2); // the PDF and the .eml
    const QString text = pdfText(f.out() + QStringLiteral("/C-300-reminder.pdf"));
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("reminder of overdue invoice, customer number")));
    CHECK(text.contains(QStringLiteral("payment of the invoice below")));
    CHECK(text.contains(QStringLiteral("€123.45")));
    const QByteArray eml = fileBytes(f.out() + QStringLiteral("/C-300-reminder.eml"));
    CHECK(eml.contains("accounts@brit.example"));
    CHECK(eml.contains("application/pdf"));
}

// Issue 19: the .eml files had an empty or invalid From:. The sender is the company's e-mail
// address; without a valid one the run refuses the .eml before any letter is written or recorded.
TEST_CASE("dunning .eml: From is the company e-mail, none or an invalid one refuses the run and records nothing",
          "[dunning][eml]")
{
    DunningFixture f;
    f.invoice(QStringLiteral("F-9"), f.english, day(2026, 1, 1), 12345);
    DunningRun run(*f.db, f.clock, QStringLiteral("anouk"));
    DunningCommitOptions options;
    options.eml = true;
    for (const QString &bad : {QString(), QStringLiteral("debiteuren"), QStringLiteral("debiteuren@acme"),
                               QStringLiteral("deb iteuren@acme.example")}) {
        CompanySettings company = acmeCompany();
        company.email = bad;
        SettingsRepository(*f.db).setCompany(company);
        INFO(bad.toStdString());
        CHECK_THROWS_WITH(run.commit(run.preview(day(2026, 1, 8)), f.out(), options),
                          Catch::Contains("Settings ▸ Company and Letters ▸ E-mail"));
        CHECK(f.db->scalar(QStringLiteral("SELECT COUNT(*) FROM dunning_letters")).toInt() == 0);
        CHECK(QDir(f.out()).entryList(QDir::Files).isEmpty());
    }
    SettingsRepository(*f.db).setCompany(acmeCompany());
    const DunningCommitResult result = run.commit(run.preview(day(2026, 1, 8)), f.out(), options);
    REQUIRE(result.letters == 1);
    const QByteArray eml = fileBytes(f.out() + QStringLiteral("/C-300-reminder.eml"));
    CHECK(eml.startsWith("From: \"Acme Reparaties B.V.\" <debiteuren@acme.example>\r\n"));
}

TEST_CASE("e-mail addresses a mail program accepts as a sender", "[documents][eml]")
{
    CHECK(EmlWriter::isValidAddress(QStringLiteral("debiteuren@acme.example")));
    CHECK(EmlWriter::isValidAddress(QStringLiteral("a.b+c@mail.acme-reparaties.nl")));
    CHECK_FALSE(EmlWriter::isValidAddress(QString()));
    CHECK_FALSE(EmlWriter::isValidAddress(QStringLiteral("noreply@invalid")));
    CHECK_FALSE(EmlWriter::isValidAddress(QStringLiteral("Acme <a@acme.example>")));
    CHECK_FALSE(EmlWriter::isValidAddress(QStringLiteral("a@@acme.example")));
    CHECK_FALSE(EmlWriter::isValidAddress(QStringLiteral("a@acme..example")));
    CHECK(EmlWriter::senderProblem(QStringLiteral("x@acme")).contains(QStringLiteral("\"x@acme\"")));
    CHECK(EmlWriter::senderProblem(QStringLiteral("a@acme.example")).isEmpty());
}
