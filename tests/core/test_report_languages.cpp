// The report texts come from the translation catalogues embedded in core's resources: a report
// in Dutch or English, whatever language the interface (the installed translators) speaks, and
// no text of a Dutch report left without its translation.

#include "CoreTestSupport.h"
#include "test_reports_fixture.h"

#include "reports/DisputeReport.h"
#include "reports/ReceivablesReport.h"
#include "reports/ReportDocuments.h"
#include "reports/ReportLocale.h"

#include <QCoreApplication>
#include <QTranslator>

using namespace dd;
using namespace dd::test;

namespace {

// Every text of a report as printed: title page, headings, paragraphs, tables and charts.
QStringList printedTexts(const ReportDocument &doc)
{
    QStringList texts{doc.title, doc.runningHeader, doc.pageText};
    texts << doc.titleLines;
    for (const ReportBlock &block : doc.blocks)
        texts << block.text;
    for (const ReportTable &table : doc.tables) {
        texts << table.title << table.emptyText << table.limitNote << table.headers;
        for (const QStringList &row : table.rows)
            texts << row;
    }
    for (const ReportChart &chart : doc.charts)
        texts << chart.title << chart.labels << chart.seriesNames << chart.referenceLabel << chart.emptyText;
    return texts;
}

// The warnings of the category "disputedesk.reports" while it lives.
class ReportTextWarnings
{
public:
    ReportTextWarnings() { s_seen.clear(), s_previous = qInstallMessageHandler(&ReportTextWarnings::handle); }
    ~ReportTextWarnings() { qInstallMessageHandler(s_previous); }
    const QStringList &seen() const { return s_seen; }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (context.category && QByteArrayView(context.category) == "disputedesk.reports")
            s_seen << message;
        else if (s_previous)
            s_previous(type, context, message);
    }
    static inline QStringList s_seen;
    static inline QtMessageHandler s_previous = nullptr;
};

} // namespace

TEST_CASE("Reports print in their own language from the embedded catalogues, whatever the interface speaks",
          "[reports][translations]")
{
    ReportFixture f;
    const auto disputes = DisputeReport(*f.db).compute(day(2026, 3, 1), day(2026, 3, 31), day(2026, 3, 31));
    const auto receivables = ReceivablesReport(*f.db).compute(day(2026, 3, 31));
    // The interface in Dutch: the embedded Dutch catalogue installed, as the program installs it.
    QTranslator interfaceDutch;
    REQUIRE(interfaceDutch.load(QStringLiteral(":/i18n/disputedesk_nl.qm")));
    QCoreApplication::installTranslator(&interfaceDutch);

    ReportTextWarnings warnings;
    const QString dutch = printedTexts(ReportDocuments::disputes(disputes, ReportLocale(Language::Dutch), QStringLiteral("Acme")))
                              .join(u'\n')
        + printedTexts(ReportDocuments::receivables(receivables, ReportLocale(Language::Dutch), QStringLiteral("Acme"))).join(u'\n');
    const QString english =
        printedTexts(ReportDocuments::disputes(disputes, ReportLocale(Language::English), QStringLiteral("Acme"))).join(u'\n')
        + printedTexts(ReportDocuments::receivables(receivables, ReportLocale(Language::English), QStringLiteral("Acme")))
              .join(u'\n');
    QCoreApplication::removeTranslator(&interfaceDutch);

    // Report texts, step names (DisputeCodes), reason and class names (ReasonTaxonomy), outcomes.
    for (const char *word : {"Geschillenrapport", "Kerncijfers", "Horen", "Verifiëren", "Beslissen", "Afhandelen",
                             "Fout in de factuur (verkeerd bedrag, verkeerde geadresseerde, dubbel gefactureerd)",
                             "Kwaliteit van het product of de dienst", "Organisatorisch", "Producttechnisch", "Gecrediteerd", "Afgeboekt als coulance",
                             "Betaald na uitleg", "Ouderdomsanalyse debiteuren", "Niet vervallen", "Betaalduur"}) {
        INFO(word);
        CHECK(dutch.contains(QString::fromUtf8(word)));
    }
    for (const char *word : {"Dispute report", "Key figures", "Hear", "Verify", "Decide", "Resolve",
                             "Invoice error (wrong amount, wrong recipient, billed twice)", "Quality of the product or service",
                             "Organisational",
                             "Product-technical", "Credited", "Written off as goodwill", "Paid after explanation",
                             "Aged receivables", "Not due", "Days to pay"}) {
        INFO(word);
        CHECK(english.contains(QString::fromUtf8(word)));
    }
    CHECK_FALSE(english.contains(QStringLiteral("Geschillenrapport")));
    CHECK_FALSE(english.contains(QStringLiteral("Horen")));
    CHECK_FALSE(dutch.contains(QStringLiteral("Key figures")));
    // Every text of the Dutch reports had its translation in the catalogue.
    CHECK(warnings.seen() == QStringList());

    const ReportLocale nl(Language::Dutch);
    CHECK(nl.outcomeName(QStringLiteral("lost")) == QStringLiteral("Verloren"));
    CHECK(nl.outcomeName(QStringLiteral("collected")) == QString::fromUtf8("Juridisch geïncasseerd"));
    CHECK(nl.outcomeName(QString()) == QStringLiteral("Geen uitkomst"));
    CHECK(nl.stepName(QStringLiteral("closed")) == QStringLiteral("Gesloten"));
    CHECK(nl.stepName(QStringLiteral("learn")) == QStringLiteral("Leren"));
    CHECK(nl.reasonName(QStringLiteral("collection-handling")) == QStringLiteral("Incasso slecht afgehandeld"));
    CHECK(nl.reasonName(QStringLiteral("no-such-reason")) == QStringLiteral("no-such-reason"));
    CHECK(ReportLocale(Language::English).outcomeName(QStringLiteral("lost")) == QStringLiteral("Lost"));
    CHECK(ReportLocale(Language::English).className(QStringLiteral("product-technical")) == QStringLiteral("Product-technical"));
    // A text no catalogue has stays English and is reported.
    CHECK(nl.text("Not a report text") == QStringLiteral("Not a report text"));
    CHECK(warnings.seen().size() == 1);
}
