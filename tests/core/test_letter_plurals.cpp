// The notice of default counts its invoices in words that agree with the number (issue 19): the
// letter said "voor deze 6 factu(u)r(en)" and "for the 6 invoice(s)".

#include "test_dunning_fixture.h"

#include "dunning/DunningLetterDocument.h"
#include "dunning/DunningPlanCalculator.h"

#include <QCoreApplication>
#include <QTextDocument>
#include <QTranslator>

using namespace dd;
using dd::test::DunningFixture;
using dd::test::day;
using dd::test::eur;

namespace {

// A notice to a business customer over `count` invoices of € 100. `minimumHigher`: the € 40 per
// invoice exceeds the statutory scale, the other wording of the costs sentence.
DunningLetterPlan notice(qint64 customerId, Language language, int count, bool minimumHigher)
{
    DunningLetterPlan plan;
    plan.customerId = customerId;
    plan.customerNumber = QStringLiteral("C-200");
    plan.customerKind = CustomerKind::Business;
    plan.language = language;
    plan.currency = QStringLiteral("EUR");
    plan.level = DunningLevel::defaults().at(2);
    REQUIRE(plan.level.statutoryNotice);
    for (int i = 1; i <= count; ++i) {
        DunningInvoiceLine line;
        line.invoiceId = i;
        line.number = QStringLiteral("F-%1").arg(i);
        line.issueDate = day(2025, 9, 1);
        line.dueDate = day(2025, 10, 1);
        line.open = eur(10000);
        line.daysOverdue = 92;
        line.level = 3;
        line.movesUp = true;
        plan.invoices << line;
    }
    plan.total = eur(10000 * count);
    plan.totalInEur = plan.total;
    plan.showsCosts = true;
    plan.euCompensation = eur(4000 * count);
    plan.costs = minimumHigher ? eur(4000 * count - 100) : eur(4000 * count + 100);
    plan.costsVat = eur(0);
    return plan;
}

QString letterText(DunningFixture &f, const DunningLetterPlan &plan)
{
    QTextDocument document;
    document.setHtml(DunningLetterDocument(*f.db, QStringLiteral("A. Controller")).html(plan, day(2026, 1, 2)));
    // Line breaks of the layout are not the letter's words.
    return document.toPlainText().simplified();
}

} // namespace

// One invoice and six, in each language, for both wordings of the costs sentence.
TEST_CASE("The notice says 'deze factuur' / 'deze 6 facturen' and 'this invoice' / 'these 6 invoices'", "[dunning][letters][plural]")
{
    struct Words
    {
        Language language;
        QString one, six;
        QStringList placeholders; // what the letter said before
    };
    const Words words[] = {{Language::Dutch, QStringLiteral("voor deze factuur"), QStringLiteral("voor deze 6 facturen samen"),
                            {QStringLiteral("factu(u)r"), QStringLiteral("(en)")}},
                           {Language::English, QStringLiteral("for this invoice"), QStringLiteral("for these 6 invoices"),
                            {QStringLiteral("invoice(s)")}}};
    DunningFixture f;
    for (const Words &expected : words) {
        const qint64 customer = expected.language == Language::Dutch ? f.business : f.english;
        for (const bool minimumHigher : {true, false}) {
            const QString one = letterText(f, notice(customer, expected.language, 1, minimumHigher));
            const QString six = letterText(f, notice(customer, expected.language, 6, minimumHigher));
            INFO("minimum higher: " << minimumHigher << "\n" << one.toStdString() << "\n" << six.toStdString());
            CHECK(one.contains(expected.one));
            CHECK(six.contains(expected.six));
            for (const QString &placeholder : expected.placeholders)
                CHECK_FALSE((one + six).contains(placeholder));
        }
    }
    // The amounts stay where they were: the minimum of € 240 for six.
    CHECK(letterText(f, notice(f.business, Language::Dutch, 6, true)).contains(QStringLiteral("voor deze 6 facturen samen € 240,00")));
}

TEST_CASE("A letter's file is named in the letter's language", "[dunning][letters]")
{
    DunningFixture f;
    DunningLetterPlan dutch = notice(f.business, Language::Dutch, 1, true);
    CHECK(DunningPlanCalculator::fileBase(dutch) == u"C-200-ingebrekestelling");
    dutch.level = DunningLevel::defaults().at(0);
    CHECK(DunningPlanCalculator::fileBase(dutch) == u"C-200-herinnering");
    dutch.level = DunningLevel::defaults().at(1);
    CHECK(DunningPlanCalculator::fileBase(dutch) == u"C-200-tweede-herinnering");
    // A level the user added keeps its own code.
    dutch.level.code = QStringLiteral("laatste-kans");
    CHECK(DunningPlanCalculator::fileBase(dutch) == u"C-200-laatste-kans");
    DunningLetterPlan english = notice(f.english, Language::English, 1, true);
    CHECK(DunningPlanCalculator::fileBase(english) == u"C-200-notice");
}

TEST_CASE("The warnings before sending count letters in Dutch: 'In 1 brief', 'In 2 brieven'", "[dunning][plural]")
{
    DunningFixture f;
    f.invoice(QStringLiteral("F-1"), f.consumer, day(2026, 1, 1), 100000);
    // A ladder of the notice alone, the level that states interest (as the warnings test in test_dunning.cpp).
    QList<DunningLevel> levels = {DunningLevel::defaults().at(2)};
    levels[0].level = 1;
    DunningSettings(*f.db).setLevels(levels);
    DunningRun run(*f.db, f.clock, QStringLiteral("anouk"));
    QTranslator dutch;
    REQUIRE(dutch.load(QStringLiteral(":/i18n/disputedesk_nl.qm")));
    QCoreApplication::installTranslator(&dutch);
    // The shipped consumer rate of 2026 is marked "to verify": a letter stating interest at it warns.
    const DunningPreview one = run.preview(day(2026, 2, 5));
    f.invoice(QStringLiteral("F-2"), f.business, day(2026, 1, 1), 100000);
    const DunningPreview two = run.preview(day(2026, 2, 5));
    QCoreApplication::removeTranslator(&dutch);
    REQUIRE(one.warnings.size() == 1);
    CHECK(one.warnings.at(0).startsWith(QStringLiteral("In 1 brief is rente vermeld")));
    REQUIRE(two.warnings.size() == 1);
    CHECK(two.warnings.at(0).startsWith(QStringLiteral("In 2 brieven is rente vermeld")));
}

// Issue 19: a reminder over one invoice said "onderstaande facturen" and "de factuurnummers".
TEST_CASE("A one-invoice letter reads 'onderstaande factuur' / 'the invoice below', two read the plural", "[dunning][letters][plural]")
{
    struct Words
    {
        Language language;
        QStringList one, two;
    };
    const Words words[] = {
        {Language::Dutch,
         {QStringLiteral("herinnering openstaande factuur, klantnummer"), QStringLiteral("de betaling van onderstaande factuur nog niet"),
          QStringLiteral("onder vermelding van het factuurnummer.")},
         {QStringLiteral("herinnering openstaande facturen, klantnummer"), QStringLiteral("de betaling van onderstaande facturen nog niet"),
          QStringLiteral("onder vermelding van de factuurnummers.")}},
        {Language::English,
         {QStringLiteral("reminder of overdue invoice, customer number"), QStringLiteral("payment of the invoice below."),
          QStringLiteral("quoting the invoice number.")},
         {QStringLiteral("reminder of overdue invoices, customer number"), QStringLiteral("payment of the invoices below."),
          QStringLiteral("quoting the invoice numbers.")}}};
    DunningFixture f;
    for (const Words &expected : words) {
        const qint64 customer = expected.language == Language::Dutch ? f.business : f.english;
        DunningLetterPlan one = notice(customer, expected.language, 1, false);
        one.level = DunningLevel::defaults().at(0); // the reminder, whose sentence was fixed text
        DunningLetterPlan two = notice(customer, expected.language, 2, false);
        two.level = one.level;
        const QString oneText = letterText(f, one);
        const QString twoText = letterText(f, two);
        INFO(oneText.toStdString() << "\n" << twoText.toStdString());
        for (const QString &phrase : expected.one)
            CHECK(oneText.contains(phrase));
        for (const QString &phrase : expected.two)
            CHECK(twoText.contains(phrase));
        const DunningLetterDocument document(*f.db, QStringLiteral("A. Controller"));
        CHECK(document.subject(one).endsWith(expected.language == Language::Dutch ? u"openstaande factuur" : u"overdue invoice"));
    }
    // The notice's opening, from the same field: an invoice without an earlier letter.
    CHECK(letterText(f, notice(f.business, Language::Dutch, 1, false))
              .contains(QStringLiteral("De betalingstermijn van onderstaande factuur is verstreken")));
    CHECK(letterText(f, notice(f.english, Language::English, 1, false))
              .contains(QStringLiteral("The payment term of the invoice below has passed")));
}

// Issue 19: the skip reasons were looked up under the dunning run's context while lupdate files
// them under DunningSkip's, so a Dutch user read them in English.
TEST_CASE("The reasons an invoice is skipped read Dutch in a Dutch interface", "[dunning][dutch]")
{
    QTranslator dutch;
    REQUIRE(dutch.load(QStringLiteral(":/i18n/disputedesk_nl.qm")));
    QCoreApplication::installTranslator(&dutch);
    DunningSkip skip;
    skip.reason = DunningSkipReason::DoNotDun;
    const QString doNotDun = skip.reasonText();
    skip.reason = DunningSkipReason::DisputeHold;
    skip.detail = QStringLiteral("DSP-2026-000001");
    const QString hold = skip.reasonText();
    QCoreApplication::removeTranslator(&dutch);
    CHECK(doNotDun == QStringLiteral("klant gemarkeerd als \"niet aanmanen\""));
    CHECK(hold == QStringLiteral("aangehouden wegens geschil (dossier DSP-2026-000001)"));
}
