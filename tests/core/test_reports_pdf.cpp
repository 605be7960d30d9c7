// The report PDFs read back: pdftotext for the words and figures (both languages), pdftoppm for the
// page count and that no page is blank; and the CSV files of the same tables.

#include "CoreTestSupport.h"
#include "TestReportDocument.h"
#include "test_reports_fixture.h"

#include "demo/DemoDataGenerator.h"
#include "reports/DisputeReport.h"
#include "reports/ReceivablesReport.h"
#include "reports/ReportCsvWriter.h"
#include "reports/ReportDocuments.h"
#include "reports/ReportPdfWriter.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>

using namespace dd;
using namespace dd::test;

namespace {

// `mode` "-layout" keeps the page's columns; "-raw" keeps the drawing order, so a wrapped cell's
// lines follow each other.
QString pdfText(const QString &pdf, const QString &mode = QStringLiteral("-layout"))
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {mode, pdf, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    // The font's ligatures come back as one character: "ﬁ" in "Key ﬁgures", "ﬀ" in "Hoﬀmann".
    return QString::fromUtf8(process.readAllStandardOutput())
        .replace(QChar(0xFB00), QStringLiteral("ff"))
        .replace(QChar(0xFB01), QStringLiteral("fi"))
        .replace(QChar(0xFB02), QStringLiteral("fl"))
        .replace(QChar(0xFB03), QStringLiteral("ffi"))
        .replace(QChar(0xFB04), QStringLiteral("ffl"));
}

// Renders every page at low resolution; returns the number of dark pixels of each page.
std::vector<qint64> pageInk(const QString &pdf, const TempDir &dir)
{
    const QString prefix = dir.filePath(QStringLiteral("page"));
    QProcess process;
    process.start(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("30"), QStringLiteral("-gray"), pdf, prefix});
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    QStringList pages = QFileInfo(prefix).dir().entryList({QStringLiteral("page-*.pgm")}, QDir::Files, QDir::Name);
    std::vector<qint64> ink;
    for (const QString &name : pages) {
        const QImage image(QFileInfo(prefix).dir().filePath(name));
        REQUIRE_FALSE(image.isNull());
        qint64 dark = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                dark += qGray(image.pixel(x, y)) < 200 ? 1 : 0;
        }
        ink.push_back(dark);
    }
    return ink;
}

QString writePdf(const ReportDocument &document, const TempDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    ReportPdfWriter::write(document, path);
    REQUIRE(QFile::exists(path));
    return path;
}

} // namespace

TEST_CASE("Dispute report PDF in English and Dutch", "[reports][pdf]")
{
    ReportFixture f;
    const auto data = DisputeReport(*f.db).compute(day(2026, 3, 1), day(2026, 3, 31), day(2026, 3, 31));

    SECTION("English")
    {
        TempDir out;
        const QString pdf = writePdf(ReportDocuments::disputes(data, ReportLocale(Language::English), QStringLiteral("Acme B.V.")),
                                     out, QStringLiteral("disputes.pdf"));
        const QString text = pdfText(pdf);
        for (const char *expected : {"Dispute report", "Acme B.V.", "Period 2026-03-01 to 2026-03-31", "Key figures",
                                     "Open cases per step and age", "Reasons (Pareto)", "Organisational or product-technical",
                                     "Outcomes", "Opened and closed per month", "Top customers by disputed amount",
                                     "Products with repeated complaints", "Lessons learned", "Invoice error",
                                     "Reference: 96% organisational", "Page 2 of", "Pump A", "Late truck"}) {
            INFO(expected);
            CHECK(text.contains(QString::fromUtf8(expected)));
        }
        // Figures: 60.0% of the cases and €900.00 for invoice errors, 80.0% organisational,
        // average 3.5 days to first response.
        CHECK(text.contains(QStringLiteral("60.0%")));
        CHECK(text.contains(QStringLiteral("€900.00")));
        CHECK(text.contains(QStringLiteral("80.0%")));
        CHECK(text.contains(QStringLiteral("3.5")));
        const auto ink = pageInk(pdf, out);
        CHECK(ink.size() >= 5);
        CHECK(text.count(u'\f') == int(ink.size()));
        for (qint64 dark : ink)
            CHECK(dark > 100);
    }
    SECTION("Dutch")
    {
        TempDir out;
        const QString pdf = writePdf(ReportDocuments::disputes(data, ReportLocale(Language::Dutch), QStringLiteral("Acme B.V.")),
                                     out, QStringLiteral("geschillen.pdf"));
        const QString text = pdfText(pdf);
        for (const char *expected : {"Geschillenrapport", "Periode 01-03-2026 tot en met 31-03-2026", "Kerncijfers",
                                     "Openstaande dossiers per stap en ouderdom", "Redenen (Pareto)", "Organisatorisch",
                                     "Uitkomsten", "Geleerde lessen", "Fout in de", "Pagina 2 van", "Afgeboekt als coulance"}) {
            INFO(expected);
            CHECK(text.contains(QString::fromUtf8(expected)));
        }
        CHECK(text.contains(QStringLiteral("60,0%")));
        CHECK(text.contains(QStringLiteral("€ 900,00")));
        CHECK_FALSE(text.contains(QStringLiteral("Dispute report")));
        for (qint64 dark : pageInk(pdf, out))
            CHECK(dark > 100);
    }
}

TEST_CASE("Dispute report PDF of an empty period", "[reports][pdf]")
{
    ReportFixture f;
    TempDir out;
    const auto data = DisputeReport(*f.db).compute(day(2025, 6, 1), day(2025, 6, 30), day(2025, 6, 30));
    const QString pdf = writePdf(ReportDocuments::disputes(data, ReportLocale(), QStringLiteral("Acme")), out, QStringLiteral("e.pdf"));
    CHECK(pdfText(pdf).contains(QStringLiteral("No cases were opened in the period.")));
    for (qint64 dark : pageInk(pdf, out))
        CHECK(dark > 100);
}

TEST_CASE("Aged receivables PDF", "[reports][pdf]")
{
    ReportFixture f;
    TempDir out;
    const auto data = ReceivablesReport(*f.db).compute(day(2026, 3, 31));
    const QString pdf = writePdf(ReportDocuments::receivables(data, ReportLocale(Language::Dutch), QStringLiteral("Acme")), out,
                                 QStringLiteral("aging.pdf"));
    const QString text = pdfText(pdf);
    for (const char *expected : {"Ouderdomsanalyse debiteuren", "Per 31-03-2026", "Ouderdomsanalyse per klant", "Betwist",
                                 "Onbetwist", "countback", "56,2", "Bravo & Zn.", "39,2"}) {
        INFO(expected);
        CHECK(text.contains(QString::fromUtf8(expected)));
    }
    const auto ink = pageInk(pdf, out);
    CHECK(ink.size() >= 3);
    for (qint64 dark : ink)
        CHECK(dark > 100);
}

TEST_CASE("A long table breaks across pages and repeats its header", "[reports][pdf]")
{
    TempDir out;
    const QString pdf = writePdf(longReportDocument(150), out, QStringLiteral("long.pdf"));
    const QStringList pages = pdfText(pdf).split(u'\f', Qt::SkipEmptyParts);
    REQUIRE(pages.size() >= 4); // the title page and at least three pages of rows
    for (qsizetype p = 1; p < pages.size(); ++p) {
        if (pages.at(p).trimmed().isEmpty())
            continue;
        INFO("page " << p + 1);
        CHECK(pages.at(p).contains(QStringLiteral("Customer")));
    }
    CHECK(pages.at(2).contains(QStringLiteral("Many rows (…)")));
    const QString all = pages.join(QString());
    CHECK(all.contains(QStringLiteral("Row 1 ")));
    CHECK(all.contains(QStringLiteral("Row 150")));
}

// Issue 19: the demo's case numbers were printed as "DSP-2026-00…" and the customers' names cut to
// about twelve characters, over many pages.
TEST_CASE("Report PDFs of the demo data print case numbers and names in full", "[reports][pdf][demo]")
{
    TempDir dir;
    auto db = Database::open(databaseLocation(dir, QStringLiteral("demo.sqlite")));
    DemoOptions options;
    options.customers = 300;
    options.invoices = 4000;
    options.until = day(2026, 3, 31);
    DemoDataGenerator(*db).generate(options);

    SECTION("aged receivables")
    {
        const auto data = ReceivablesReport(*db).compute(day(2026, 3, 31));
        REQUIRE(data.customers.size() > 150);
        const QString pdf = writePdf(ReportDocuments::receivables(data, ReportLocale(Language::Dutch), QStringLiteral("Demo")), dir,
                                     QStringLiteral("aging.pdf"));
        const QString text = pdfText(pdf);
        QString longest;
        for (const auto &row : data.customers) {
            if (row.customerName.size() > longest.size())
                longest = row.customerName;
        }
        INFO("longest name: " << longest.toStdString());
        CHECK(longest.size() >= 25);
        // Every name on one line, in full.
        int whole = 0;
        for (const auto &row : data.customers)
            whole += text.contains(row.customerName) ? 1 : 0;
        CHECK(whole == int(data.customers.size()));
        CHECK(text.contains(longest));
        // No cell cut short with an ellipsis (a continued table's caption ends in "(…)").
        CHECK_FALSE(text.contains(QRegularExpression(QStringLiteral("\\w\u2026"))));
        // Landscape, one line per customer: at least 35 customers a page (the title page, the
        // summary with the chart, then the table); 32 before, names cut.
        const int pages = int(text.count(u'\f'));
        CHECK(pages <= 2 + (int(data.customers.size()) + 34) / 35);
    }
    SECTION("disputes")
    {
        const auto data = DisputeReport(*db).compute(day(2025, 4, 1), day(2026, 3, 31), day(2026, 3, 31));
        REQUIRE(data.lessons.size() > 20);
        REQUIRE(data.pareto.size() > 5);
        const QString pdf = writePdf(ReportDocuments::disputes(data, ReportLocale(Language::Dutch), QStringLiteral("Demo")), dir,
                                     QStringLiteral("disputes.pdf"));
        const QString text = pdfText(pdf);
        const QRegularExpression caseNumber(QStringLiteral("DSP-\\d{4}-\\d{5}"));
        for (size_t i = 0; i < std::min<size_t>(data.lessons.size(), 200); ++i) {
            INFO(data.lessons[i].caseNumber.toStdString());
            REQUIRE(caseNumber.match(data.lessons[i].caseNumber).hasMatch());
            CHECK(text.contains(data.lessons[i].caseNumber));
        }
        CHECK_FALSE(text.contains(QRegularExpression(QStringLiteral("DSP-[0-9-]*\u2026"))));
        // Neither a table cell nor a chart label (the Pareto chart's reasons) is cut short.
        CHECK_FALSE(text.contains(QRegularExpression(QStringLiteral("\\w\u2026"))));
        // A reason's name may wrap in its cell; in drawing order its lines follow each other.
        const QString drawn = pdfText(pdf, QStringLiteral("-raw")).simplified();
        const ReportLocale dutch(Language::Dutch);
        for (const auto &row : data.pareto) {
            INFO(dutch.reasonName(row.reason).toStdString());
            CHECK(drawn.contains(dutch.reasonName(row.reason) + u' ' + dutch.className(row.reasonClass)));
        }
    }
}

TEST_CASE("Report tables as CSV files", "[reports][csv]")
{
    ReportFixture f;
    TempDir out;
    const auto data = DisputeReport(*f.db).compute(day(2026, 3, 1), day(2026, 3, 31), day(2026, 3, 31));
    const QString dir = out.filePath(QStringLiteral("csv"));
    const QStringList files = ReportCsvWriter::write(ReportDocuments::disputes(data, ReportLocale(Language::Dutch), QStringLiteral("A")), dir);
    CHECK(files.size() == 10);
    const QString pareto = QString::fromUtf8(fileBytes(dir + QStringLiteral("/reasons_pareto.csv")));
    // Plain values whatever the language: codes, 60.00 percent, 900.00.
    CHECK(pareto.startsWith(QStringLiteral("reason,class,cases,share_percent,cumulative_percent,amount,amount_share_percent,"
                                           "cumulative_amount_percent\r\n")));
    CHECK(pareto.contains(QStringLiteral("invoice-error,organisational,3,60.00,60.00,900.00,85.71,85.71\r\n")));
    CHECK(pareto.contains(QStringLiteral("delivery,organisational,1,20.00,100.00,50.00,4.76,100.00\r\n")));

    const auto receivables = ReceivablesReport(*f.db).compute(day(2026, 3, 31));
    ReportCsvWriter::write(ReportDocuments::receivables(receivables, ReportLocale(), QStringLiteral("A")), dir);
    const QString aged = QString::fromUtf8(fileBytes(dir + QStringLiteral("/aged_receivables.csv")));
    CHECK(aged.contains(QStringLiteral("C4,Delta,EUR,0.00,0.00,150.00,0.00,0.00,0.00,150.00,150.00,0.00,64.0\r\n")));
    CHECK(aged.contains(QStringLiteral("\"Bravo & Zn.\"")) == false); // no comma: not quoted
}
