// Credit notes: gap-free numbering per year (also under failure and with two connections), the VAT
// split per rate, the creditable limit, immutability, the invoice's open amount and status, UBL totals.
#include "test_documents_fixture.h"

#include "common/ValidationError.h"
#include "creditnotes/CreditNoteCalculator.h"
#include "invoices/InvoiceListQuery.h"
#include "payments/PaymentRepository.h"
#include "receivables/AgingReport.h"
#include "storage/StorageError.h"

#include <QXmlStreamReader>

#include <atomic>
#include <thread>

using namespace dd;
using dd::test::day;
using dd::test::DocumentsFixture;
using dd::test::eur;
using dd::test::rows;

namespace {

struct Split
{
    int rate;
    qint64 net;
    qint64 vat;
};

std::vector<Split> splitOf(const QList<CreditNoteLine> &lines)
{
    std::vector<Split> result;
    for (const CreditNoteLine &line : lines)
        result.push_back({line.vatRateBasisPoints, line.net.cents(), line.vat.cents()});
    return result;
}

bool operator==(const Split &a, const Split &b)
{
    return a.rate == b.rate && a.net == b.net && a.vat == b.vat;
}

} // namespace

namespace Catch {
template<>
struct StringMaker<Split>
{
    static std::string convert(const Split &s)
    {
        return "{" + std::to_string(s.rate) + "bp net " + std::to_string(s.net) + " vat " + std::to_string(s.vat) + "}";
    }
};
} // namespace Catch

TEST_CASE("the fixture invoice has the hand-computed totals", "[creditnotes]")
{
    DocumentsFixture f;
    const Invoice invoice = f.invoice(QStringLiteral("INV-1"), f.dutchCustomer);
    CHECK(invoice.totalExclVat == eur(11000));
    CHECK(invoice.vat == eur(2190));
    CHECK(invoice.totalInclVat == eur(13190));
}

TEST_CASE("a full credit mirrors the invoice line by line and credits it", "[creditnotes]")
{
    DocumentsFixture f;
    f.invoice(QStringLiteral("INV-1"), f.dutchCustomer);
    const CreditNote note = f.issue(QStringLiteral("INV-1"));
    CHECK(note.number == QStringLiteral("CN-2026-000001"));
    CHECK(note.issueDate == day(2026, 3, 10));
    CHECK(note.invoiceNumber == QStringLiteral("INV-1"));
    CHECK(note.invoiceDate == day(2026, 2, 1));
    REQUIRE(note.lines.size() == 2);
    CHECK(note.lines.at(0).invoiceLineNo == 1);
    CHECK(note.lines.at(1).description == QStringLiteral("Coffee & <i>cake</i>"));
    CHECK(note.totalExclVat == eur(11000));
    CHECK(note.vat == eur(2190));
    CHECK(note.totalInclVat == eur(13190));
    const QList<VatSubtotal> vat = note.vatSubtotals();
    REQUIRE(vat.size() == 2);
    CHECK(vat.at(0).rateBasisPoints == 2100);
    CHECK(vat.at(0).taxable == eur(9999));
    CHECK(vat.at(0).vat == eur(2100));
    CHECK(vat.at(1).taxable == eur(1001));
    CHECK(vat.at(1).vat == eur(90));

    const Invoice after = f.reload(QStringLiteral("INV-1"));
    CHECK(after.credited == eur(13190));
    CHECK(after.openAmount() == eur(0));
    CHECK(after.status() == InvoiceStatus::Credited);
    CHECK(InvoiceStatuses::code(after.status()) == QStringLiteral("credited"));
    CHECK_THROWS_WITH(f.issue(QStringLiteral("INV-1"), eur(1)), Catch::Contains("nothing left to credit"));
}

TEST_CASE("an amount is split over the VAT rates in proportion and sums exactly", "[creditnotes][vat]")
{
    DocumentsFixture f;
    const Invoice invoice = f.invoice(QStringLiteral("INV-1"), f.dutchCustomer);
    // Gross 21%: 120.99, 9%: 10.91, of 131.90.
    // 50.00: 9% share = 5000 x 1091 / 13190 = 413.57 -> 4.14; 21% takes the rest, 45.86.
    //   21%: net 4586 x 100/121 = 3790.08 -> 37.90, VAT 7.96; 9%: net 414 x 100/109 = 379.82 -> 3.80, VAT 0.34.
    CHECK(splitOf(CreditNoteCalculator::byAmount(invoice, eur(5000), Language::Dutch))
          == std::vector<Split>{{2100, 3790, 796}, {900, 380, 34}});
    // 131.89: 9% share 1090.92 -> 10.91 (net 10.01, VAT 0.90); 21% 120.98 (net 99.98, VAT 21.00).
    CHECK(splitOf(CreditNoteCalculator::byAmount(invoice, eur(13189), Language::Dutch))
          == std::vector<Split>{{2100, 9998, 2100}, {900, 1001, 90}});
    // One cent: the 9% share rounds to nothing; no empty line.
    CHECK(splitOf(CreditNoteCalculator::byAmount(invoice, eur(1), Language::English)) == std::vector<Split>{{2100, 1, 0}});
    // The whole amount by amount equals the invoice's own split.
    CHECK(splitOf(CreditNoteCalculator::byAmount(invoice, eur(13190), Language::Dutch))
          == std::vector<Split>{{2100, 9999, 2100}, {900, 1001, 90}});
    for (qint64 cents : {1, 2, 3, 7, 99, 1001, 3333, 6595, 13188}) {
        CreditNote note;
        note.lines = CreditNoteCalculator::byAmount(invoice, eur(cents), Language::Dutch);
        CreditNoteCalculator::computeTotals(note);
        INFO(cents);
        CHECK(note.totalInclVat == eur(cents));
    }
    const QList<CreditNoteLine> lines = CreditNoteCalculator::byAmount(invoice, eur(5000), Language::Dutch);
    CHECK(lines.at(0).description == QStringLiteral("Creditering factuur INV-1 (21% btw)"));
    CHECK(CreditNoteCalculator::byAmount(invoice, eur(5000), Language::English).at(1).description
          == QStringLiteral("Credit on invoice INV-1 (9% VAT)"));
    CHECK_THROWS_AS(CreditNoteCalculator::byAmount(invoice, Money(100, QStringLiteral("USD")), Language::Dutch), ValidationError);
}

TEST_CASE("a partial credit lowers the open amount, payment of the rest settles the invoice", "[creditnotes]")
{
    DocumentsFixture f;
    const Invoice invoice = f.invoice(QStringLiteral("INV-1"), f.dutchCustomer);
    const CreditNote note = f.issue(QStringLiteral("INV-1"), eur(5000));
    CHECK(note.totalInclVat == eur(5000));
    CHECK(note.totalExclVat == eur(4170));
    CHECK(note.vat == eur(830));
    Invoice after = f.reload(QStringLiteral("INV-1"));
    CHECK(after.openAmount() == eur(8190));
    CHECK(after.status() == InvoiceStatus::Open);
    CHECK(f.db->scalar(QStringLiteral("SELECT COUNT(*) FROM invoices WHERE paid_cents + credited_cents < total_incl_cents")).toInt() == 1);

    // A payment may not exceed what is open after the credit.
    Payment tooMuch;
    tooMuch.customerId = f.dutchCustomer;
    tooMuch.date = day(2026, 3, 12);
    tooMuch.amount = eur(13190);
    tooMuch.allocations = {Allocation{invoice.id, eur(13190)}};
    CHECK_THROWS_AS(PaymentRepository(*f.db).record(tooMuch), ValidationError);
    Payment rest = tooMuch;
    rest.amount = eur(8190);
    rest.allocations = {Allocation{invoice.id, eur(8190)}};
    PaymentRepository(*f.db).record(rest);
    after = f.reload(QStringLiteral("INV-1"));
    CHECK(after.openAmount() == eur(0));
    CHECK(after.status() == InvoiceStatus::Paid);
}

TEST_CASE("crediting lines: each line once, and only within what is open", "[creditnotes]")
{
    DocumentsFixture f;
    f.invoice(QStringLiteral("INV-1"), f.dutchCustomer);
    const CreditNote note = f.issue(QStringLiteral("INV-1"), std::nullopt, {2});
    REQUIRE(note.lines.size() == 1);
    CHECK(note.totalInclVat == eur(1091));
    CHECK(f.reload(QStringLiteral("INV-1")).openAmount() == eur(12099));
    CHECK_THROWS_WITH(f.issue(QStringLiteral("INV-1"), std::nullopt, {2}), Catch::Contains("already been credited"));
    CHECK_THROWS_WITH(f.issue(QStringLiteral("INV-1"), std::nullopt, {3}), Catch::Contains("no line 3"));
    CHECK_THROWS_WITH(f.issue(QStringLiteral("INV-1"), std::nullopt, {1, 1}), Catch::Contains("twice"));
    CreditNoteRequest both;
    both.invoiceNumber = QStringLiteral("INV-1");
    both.amount = eur(100);
    both.lines = {1};
    both.reason = QStringLiteral("x");
    CHECK_THROWS_WITH(f.credits.issue(both), Catch::Contains("not both"));
    // Neither amount nor lines after an earlier credit: the rest that is open, split by rate.
    const CreditNote rest = f.issue(QStringLiteral("INV-1"));
    CHECK(rest.totalInclVat == eur(12099));
    CHECK(f.reload(QStringLiteral("INV-1")).status() == InvoiceStatus::Credited);
}

TEST_CASE("over-crediting and bad requests are refused and write nothing", "[creditnotes]")
{
    DocumentsFixture f;
    f.invoice(QStringLiteral("INV-1"), f.dutchCustomer);
    auto counts = [&] {
        return std::vector<qint64>{rows(*f.db, QStringLiteral("credit_notes")), rows(*f.db, QStringLiteral("credit_note_lines")),
                                   f.db->scalar(QStringLiteral("SELECT credited_cents FROM invoices")).toLongLong()};
    };
    const auto before = counts();
    CHECK_THROWS_WITH(f.issue(QStringLiteral("INV-1"), eur(13191)), Catch::Contains("exceeds what invoice INV-1 still comes to"));
    CHECK_THROWS_WITH(f.issue(QStringLiteral("INV-404"), eur(100)), Catch::Contains("no invoice INV-404"));
    CHECK_THROWS_WITH(f.issue(QStringLiteral("INV-1"), eur(0)), Catch::Contains("more than zero"));
    CHECK_THROWS_WITH(f.issue(QStringLiteral("INV-1"), eur(100), {}, day(2026, 1, 1)), Catch::Contains("before invoice"));
    CreditNoteRequest noReason;
    noReason.invoiceNumber = QStringLiteral("INV-1");
    CHECK_THROWS_WITH(f.credits.issue(noReason), Catch::Contains("reason"));
    CHECK(counts() == before);
    // The refused attempts took no number.
    CHECK(f.issue(QStringLiteral("INV-1"), eur(13190)).number == QStringLiteral("CN-2026-000001"));
    CHECK_THROWS_WITH(f.issue(QStringLiteral("INV-1"), eur(1)), Catch::Contains("nothing left"));
}

TEST_CASE("numbers are gap-free per year of issue, with a configurable prefix", "[creditnotes][numbering]")
{
    DocumentsFixture f;
    for (int i = 1; i <= 4; ++i)
        f.invoice(QStringLiteral("INV-%1").arg(i), f.dutchCustomer);
    CHECK(f.issue(QStringLiteral("INV-1"), eur(100)).number == QStringLiteral("CN-2026-000001"));
    CHECK(f.issue(QStringLiteral("INV-2"), eur(100)).number == QStringLiteral("CN-2026-000002"));
    f.clock.set(QDateTime(QDate(2027, 1, 4), QTime(10, 0), Qt::UTC));
    CHECK(f.issue(QStringLiteral("INV-3"), eur(100), {}, day(2027, 1, 4)).number == QStringLiteral("CN-2027-000001"));
    f.clock.set(QDateTime(QDate(2026, 3, 10), QTime(10, 0), Qt::UTC));
    CompanySettings company = SettingsRepository(*f.db).company();
    company.creditNotePrefix = QStringLiteral("KN");
    SettingsRepository(*f.db).setCompany(company);
    CHECK(f.issue(QStringLiteral("INV-4"), eur(100)).number == QStringLiteral("KN-2026-000003"));
    company.creditNotePrefix = QStringLiteral("bad prefix!");
    CHECK_THROWS_AS(SettingsRepository(*f.db).setCompany(company), ValidationError);
    CHECK(f.credits.repository().list().size() == 4);
}

TEST_CASE("a credit note is dated neither after today nor before the last note of its series", "[creditnotes][numbering]")
{
    DocumentsFixture f; // today is 2026-03-10
    for (int i = 1; i <= 4; ++i)
        f.invoice(QStringLiteral("INV-%1").arg(i), f.dutchCustomer);
    f.clock.set(QDateTime(QDate(2026, 12, 6), QTime(10, 0), Qt::UTC));
    // Dated after today: refused, and it takes no number.
    CHECK_THROWS_WITH(f.issue(QStringLiteral("INV-1"), eur(100), {}, day(2027, 3, 1)), Catch::Contains("after today"));
    CHECK(f.issue(QStringLiteral("INV-1"), eur(100), {}, day(2026, 12, 4)).number == QStringLiteral("CN-2026-000001"));
    // Earlier than the last note of the series: CN-2026-000002 cannot be dated before CN-2026-000001.
    CHECK_THROWS_WITH(f.issue(QStringLiteral("INV-2"), eur(100), {}, day(2026, 3, 15)), Catch::Contains("2026-12-04"));
    CHECK(f.credits.repository().list().size() == 1);
    // The same day, or later up to today, is fine.
    CHECK(f.issue(QStringLiteral("INV-2"), eur(100), {}, day(2026, 12, 4)).number == QStringLiteral("CN-2026-000002"));
    CHECK(f.issue(QStringLiteral("INV-3"), eur(100)).issueDate == day(2026, 12, 6));
    // Each year is a series of its own: the first note of 2027 may carry any date of 2027 up to today.
    f.clock.set(QDateTime(QDate(2027, 1, 10), QTime(10, 0), Qt::UTC));
    CHECK(f.issue(QStringLiteral("INV-4"), eur(100), {}, day(2027, 1, 2)).number == QStringLiteral("CN-2027-000001"));
}

TEST_CASE("a failure in the middle of issuing leaves no note and no gap", "[creditnotes][numbering]")
{
    DocumentsFixture f;
    f.invoice(QStringLiteral("INV-1"), f.dutchCustomer);
    f.invoice(QStringLiteral("INV-2"), f.dutchCustomer);
    f.issue(QStringLiteral("INV-1"), eur(100));
    bool fail = true;
    f.credits.setFailureInjection([&](const CreditNote &note) {
        CHECK(note.number == QStringLiteral("CN-2026-000002"));
        if (fail)
            throw StorageError(QStringLiteral("disk full (injected)"));
    });
    const qint64 linesBefore = rows(*f.db, QStringLiteral("credit_note_lines"));
    CHECK_THROWS_AS(f.issue(QStringLiteral("INV-2"), eur(100)), StorageError);
    CHECK(rows(*f.db, QStringLiteral("credit_notes")) == 1);
    CHECK(rows(*f.db, QStringLiteral("credit_note_lines")) == linesBefore);
    CHECK(f.reload(QStringLiteral("INV-2")).credited == eur(0));
    fail = false;
    CHECK(f.issue(QStringLiteral("INV-2"), eur(100)).number == QStringLiteral("CN-2026-000002"));
}

TEST_CASE("two connections issuing at once take unique, consecutive numbers", "[creditnotes][numbering]")
{
    DocumentsFixture f;
    constexpr int perThread = 6;
    for (int i = 0; i < 2 * perThread; ++i)
        f.invoice(QStringLiteral("INV-%1").arg(i), f.dutchCustomer);
    const QString path = f.db->path();
    std::atomic<int> failures{0};
    auto worker = [&](int offset) {
        try {
            auto db = Database::open(path);
            FixedClock clock(QDateTime(QDate(2026, 3, 10), QTime(11, 0), Qt::UTC));
            CreditNoteService service(*db, clock, QStringLiteral("thread"));
            for (int i = 0; i < perThread; ++i) {
                CreditNoteRequest request;
                request.invoiceNumber = QStringLiteral("INV-%1").arg(offset + i);
                request.amount = eur(1000);
                request.reason = QStringLiteral("concurrent");
                service.issue(request);
            }
        } catch (...) {
            ++failures;
        }
    };
    std::thread a(worker, 0);
    std::thread b(worker, perThread);
    a.join();
    b.join();
    CHECK(failures.load() == 0);
    QSqlQuery query = f.db->run(QStringLiteral("SELECT series_no FROM credit_notes ORDER BY series_no"));
    int expected = 1;
    while (query.next())
        CHECK(query.value(0).toInt() == expected++);
    CHECK(expected == 2 * perThread + 1);
    CHECK(f.db->scalar(QStringLiteral("SELECT COUNT(DISTINCT number) FROM credit_notes")).toInt() == 2 * perThread);
}

TEST_CASE("issued credit notes and kept documents cannot be changed or removed", "[creditnotes]")
{
    DocumentsFixture f;
    f.invoice(QStringLiteral("INV-1"), f.dutchCustomer);
    f.issue(QStringLiteral("INV-1"), eur(5000));
    CHECK_THROWS_AS(f.db->run(QStringLiteral("UPDATE credit_notes SET total_incl_cents = 1")), StorageError);
    CHECK_THROWS_AS(f.db->run(QStringLiteral("UPDATE credit_notes SET number = 'CN-2026-000009'")), StorageError);
    CHECK_THROWS_AS(f.db->run(QStringLiteral("DELETE FROM credit_notes")), StorageError);
    CHECK_THROWS_AS(f.db->run(QStringLiteral("UPDATE credit_note_lines SET net_cents = 0")), StorageError);
    CHECK_THROWS_AS(f.db->run(QStringLiteral("DELETE FROM credit_note_lines")), StorageError);
    f.db->run(QStringLiteral("INSERT INTO documents (kind, language, created_at, actor, file_name, mime_type, sha256, content) "
                             "VALUES ('creditnote', 'nl', '2026-03-10T10:00:00Z', 'x', 'a.pdf', 'application/pdf', '', ?)"),
              {QByteArray(1, '\0')}); // bound: a blob literal is x'00' in SQLite, '\x00' in PostgreSQL
    CHECK_THROWS_AS(f.db->run(QStringLiteral("UPDATE documents SET content = ?"), {QByteArray(1, '\1')}), StorageError);
    CHECK_THROWS_AS(f.db->run(QStringLiteral("DELETE FROM documents")), StorageError);
    const CreditNote stored = *f.credits.repository().findByNumber(QStringLiteral("CN-2026-000001"));
    CHECK(stored.totalInclVat == eur(5000));
    CHECK(stored.lines.size() == 2);
}

TEST_CASE("a justified or partly justified case issues its credit note when credited", "[creditnotes][disputes]")
{
    DocumentsFixture f;
    f.invoice(QStringLiteral("INV-1"), f.dutchCustomer);
    f.invoice(QStringLiteral("INV-2"), f.dutchCustomer);
    DisputeService service(*f.db, f.clock, QStringLiteral("anouk"));
    auto decided = [&](const QString &invoice, Verdict verdict, std::optional<Money> justified) {
        OpenDisputeRequest request;
        request.invoices << DisputeInvoiceRequest{invoice, std::nullopt};
        request.reasonCode = QStringLiteral("agreement-not-kept");
        request.story = QStringLiteral("Not finished");
        request.receivedOn = day(2026, 3, 9);
        Dispute d = service.open(request);
        service.startVerification(d.id);
        Finding finding;
        finding.source = QStringLiteral("Technician");
        finding.text = QStringLiteral("Half a day missing");
        finding.direction = FindingDirection::SupportsCustomer;
        service.addFinding(d.id, finding);
        service.concludeVerification(d.id);
        return service.decide(d.id, verdict, justified, QStringLiteral("Half a day was not worked"));
    };
    const Dispute partly = decided(QStringLiteral("INV-1"), Verdict::PartlyJustified, eur(5000));
    service.credit(partly.id);
    QList<CreditNote> notes = f.credits.repository().forDispute(partly.id);
    REQUIRE(notes.size() == 1);
    CHECK(notes.at(0).totalInclVat == eur(5000));
    CHECK(notes.at(0).disputeNumber == partly.number);
    // The customer reads the case's reason, not the verdict's internal rationale (issue 19).
    CHECK(notes.at(0).reason == service.customerReason(partly));
    CHECK_FALSE(notes.at(0).reason.contains(QStringLiteral("Half a day")));
    CHECK(f.reload(QStringLiteral("INV-1")).openAmount() == eur(8190));

    const Dispute full = decided(QStringLiteral("INV-2"), Verdict::Justified, std::nullopt);
    service.credit(full.id);
    notes = f.credits.repository().forDispute(full.id);
    REQUIRE(notes.size() == 1);
    CHECK(f.credits.repository().find(notes.at(0).id)->lines.at(1).invoiceLineNo == 2); // the untouched invoice, line by line
    CHECK(f.reload(QStringLiteral("INV-2")).status() == InvoiceStatus::Credited);
    CHECK_THROWS(service.credit(full.id)); // the workflow guard: credited once
    CHECK(f.credits.repository().list().size() == 2);
}

TEST_CASE("UBL credit note: Peppol header, positive amounts and consistent totals", "[creditnotes][ubl]")
{
    DocumentsFixture f;
    f.invoice(QStringLiteral("INV-1"), f.dutchCustomer);
    const CreditNote note = f.issue(QStringLiteral("INV-1"), eur(5000));
    const QByteArray xml = f.credits.ubl(note);
    QXmlStreamReader reader(xml);
    QStringList path;
    QString text;
    std::map<QString, QString> first;
    qint64 lineSum = 0, subtotalTax = 0, subtotalTaxable = 0;
    auto cents = [](const QString &amount) {
        const QStringList parts = amount.split(u'.');
        return parts.at(0).toLongLong() * 100 + (parts.size() > 1 ? parts.at(1).leftJustified(2, u'0').toLongLong() : 0);
    };
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            text.clear();
            path << reader.name().toString();
            if (path.size() == 1) {
                CHECK(reader.namespaceUri() == QStringLiteral("urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"));
            }
            if (reader.attributes().hasAttribute(QStringLiteral("currencyID")))
                CHECK(reader.attributes().value(QStringLiteral("currencyID")) == QStringLiteral("EUR"));
        } else if (reader.isCharacters()) {
            text += reader.text();
        } else if (reader.isEndElement()) {
            const QString key = path.join(u'/');
            path.removeLast();
            if (text.trimmed().isEmpty())
                continue;
            first.try_emplace(key, text);
            if (key == u"CreditNote/CreditNoteLine/LineExtensionAmount")
                lineSum += cents(text);
            if (key == u"CreditNote/TaxTotal/TaxSubtotal/TaxAmount")
                subtotalTax += cents(text);
            if (key == u"CreditNote/TaxTotal/TaxSubtotal/TaxableAmount")
                subtotalTaxable += cents(text);
            CHECK_FALSE(text.startsWith(u'-'));
            text.clear();
        }
    }
    REQUIRE_FALSE(reader.hasError());
    CHECK(first[QStringLiteral("CreditNote/CustomizationID")]
          == QStringLiteral("urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0"));
    CHECK(first[QStringLiteral("CreditNote/ProfileID")] == QStringLiteral("urn:fdc:peppol.eu:2017:poacc:billing:01:1.0"));
    CHECK(first[QStringLiteral("CreditNote/ID")] == QStringLiteral("CN-2026-000001"));
    CHECK(first[QStringLiteral("CreditNote/IssueDate")] == QStringLiteral("2026-03-10"));
    CHECK(first[QStringLiteral("CreditNote/CreditNoteTypeCode")] == QStringLiteral("381"));
    CHECK(first[QStringLiteral("CreditNote/DocumentCurrencyCode")] == QStringLiteral("EUR"));
    CHECK(first[QStringLiteral("CreditNote/BillingReference/InvoiceDocumentReference/ID")] == QStringLiteral("INV-1"));
    CHECK(first[QStringLiteral("CreditNote/BillingReference/InvoiceDocumentReference/IssueDate")] == QStringLiteral("2026-02-01"));
    CHECK(first[QStringLiteral("CreditNote/AccountingSupplierParty/Party/PartyTaxScheme/CompanyID")] == QStringLiteral("NL001234567B01"));
    CHECK(first[QStringLiteral("CreditNote/AccountingCustomerParty/Party/PartyName/Name")] == QStringLiteral("<b>Evil</b> & Co"));
    const qint64 lineExtension = cents(first[QStringLiteral("CreditNote/LegalMonetaryTotal/LineExtensionAmount")]);
    const qint64 taxExclusive = cents(first[QStringLiteral("CreditNote/LegalMonetaryTotal/TaxExclusiveAmount")]);
    const qint64 taxInclusive = cents(first[QStringLiteral("CreditNote/LegalMonetaryTotal/TaxInclusiveAmount")]);
    const qint64 payable = cents(first[QStringLiteral("CreditNote/LegalMonetaryTotal/PayableAmount")]);
    const qint64 taxTotal = cents(first[QStringLiteral("CreditNote/TaxTotal/TaxAmount")]);
    CHECK(lineSum == lineExtension);
    CHECK(lineExtension == 4170);
    CHECK(taxExclusive == lineExtension);
    CHECK(subtotalTaxable == taxExclusive);
    CHECK(subtotalTax == taxTotal);
    CHECK(taxTotal == 830);
    CHECK(taxInclusive == taxExclusive + taxTotal);
    CHECK(payable == 5000);
}

TEST_CASE("lists and aging count credit notes, as of their date", "[creditnotes][aging]")
{
    DocumentsFixture f;
    f.invoice(QStringLiteral("INV-1"), f.dutchCustomer);
    f.invoice(QStringLiteral("INV-2"), f.dutchCustomer);
    f.issue(QStringLiteral("INV-1"), eur(5000), {}, day(2026, 3, 10));
    f.issue(QStringLiteral("INV-2"), std::nullopt, {}, day(2026, 3, 10));

    InvoiceListQuery list(*f.db);
    const std::vector<InvoiceListRow> rowsNow = list.fetch(0, 10);
    REQUIRE(rowsNow.size() == 2);
    CHECK(rowsNow.at(0).open() == eur(8190));
    CHECK(rowsNow.at(0).status() == InvoiceStatus::Open);
    CHECK(rowsNow.at(1).open() == eur(0));
    CHECK(rowsNow.at(1).status() == InvoiceStatus::Credited);
    CHECK(list.openCentsByCurrency().value(QStringLiteral("EUR")) == 8190);
    InvoiceFilter overdue;
    overdue.overdueOnly = true;
    overdue.asOf = day(2026, 4, 1);
    list.setFilter(overdue);
    CHECK(list.count() == 1);

    const AgingReport aging(*f.db);
    const auto before = aging.byCurrency(day(2026, 3, 9)); // the day before the credit notes
    REQUIRE(before.size() == 1);
    CHECK(before.at(0).totalCents == 2 * 13190);
    CHECK(before.at(0).invoiceCount == 2);
    const auto after = aging.byCurrency(day(2026, 3, 10));
    REQUIRE(after.size() == 1);
    CHECK(after.at(0).totalCents == 8190);
    CHECK(after.at(0).invoiceCount == 1);
}
