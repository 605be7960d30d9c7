// CSV files as accounting packages really write them (issue 16, items 3 and 8). Each input is a
// small file written here that mirrors the layout of the named package's export; no third-party
// file is copied.
#include "ImportTestSupport.h"
#include "importers/CsvImporter.h"
#include "importers/ImportValues.h"
#include "invoices/InvoiceRepository.h"
#include "receivables/AgingReport.h"
#include "reports/ReceivablesReport.h"

using namespace dd;
using namespace dd::test;

namespace {

ImportReport importCsv(Database &db, const QString &path, ImportKind kind, const QByteArray &mappingJson = QByteArray(),
                       bool validRowsOnly = false)
{
    CsvImportOptions options;
    options.kind = kind;
    options.validRowsOnly = validRowsOnly;
    if (!mappingJson.isEmpty()) {
        QString why;
        const auto mapping = ColumnMapping::fromJson(mappingJson, &why);
        INFO(why.toStdString());
        REQUIRE(mapping);
        options.mapping = *mapping;
    }
    return CsvImporter(db).importFile(path, options);
}

qint64 openCents(Database &db, const QString &number)
{
    return db.scalar(QStringLiteral("SELECT total_incl_cents - paid_cents - credited_cents FROM invoices WHERE number = ?"), {number})
        .toLongLong();
}

struct Package
{
    TempDir dir;
    std::unique_ptr<Database> db = freshDatabase(dir);

    Package()
    {
        const ImportReport report = importCsv(*db, writeFile(dir, QStringLiteral("customers.csv"), "number,name\nC1,Bakkerij De Zon\nC2,Jansen\n"),
                                              ImportKind::Customers);
        REQUIRE(report.committed);
    }
    ImportReport import(const QByteArray &csv, ImportKind kind = ImportKind::Invoices, const QByteArray &mapping = QByteArray(),
                        bool validRowsOnly = false, const QString &name = QStringLiteral("export.csv"))
    {
        const ImportReport report = importCsv(*db, writeFile(dir, name, csv), kind, mapping, validRowsOnly);
        INFO(issuesText(report).toStdString());
        return report;
    }
};

// Exact Online's "Openstaande posten debiteuren" exported to CSV: semicolons, Dutch amounts,
// DD-MM-YYYY dates, the outstanding amount in "Saldo".
const QByteArray exactMapping = R"({"kind": "invoices", "columns": {"number": "Factuurnummer", "customer": "Debiteur",
    "issue_date": "Factuurdatum", "due_date": "Vervaldatum", "total_incl": "Bedrag", "open": "Saldo"}})";

} // namespace

TEST_CASE("Package balances: Exact's Saldo becomes an opening payment, so 1.234,56 with 234,56 outstanding is 234,56 open",
          "[import][csv][issue16]")
{
    Package p;
    const ImportReport report = p.import("Factuurnummer;Debiteur;Factuurdatum;Vervaldatum;Bedrag;Saldo\r\n"
                                         "F-1;C1;10-01-2026;09-02-2026;1.234,56;234,56\r\n"
                                         "F-2;C1;12-01-2026;11-02-2026;500,00;500,00\r\n"
                                         "F-3;C2;15-01-2026;14-02-2026;100,00;0,00\r\n",
                                         ImportKind::Invoices, exactMapping);
    REQUIRE(report.committed);
    CHECK(openCents(*p.db, QStringLiteral("F-1")) == 23456);
    CHECK(openCents(*p.db, QStringLiteral("F-2")) == 50000);
    CHECK(openCents(*p.db, QStringLiteral("F-3")) == 0);
    // Two opening payments, labelled and marked as such, on the invoices' issue dates.
    QSqlQuery opening = p.db->run(QStringLiteral(
        "SELECT i.number, p.amount_cents, p.payment_date, p.reference, p.opening_balance FROM payments p "
        "JOIN allocations a ON a.payment_id = p.id JOIN invoices i ON i.id = a.invoice_id ORDER BY i.number"));
    REQUIRE(opening.next());
    CHECK(opening.value(0).toString() == QStringLiteral("F-1"));
    CHECK(opening.value(1).toLongLong() == 100000);
    CHECK(opening.value(2).toString() == QStringLiteral("2026-01-10"));
    CHECK(opening.value(3).toString().startsWith(QStringLiteral("Opening balance")));
    CHECK(opening.value(4).toInt() == 1);
    REQUIRE(opening.next());
    CHECK(opening.value(0).toString() == QStringLiteral("F-3"));
    CHECK(opening.value(1).toLongLong() == 10000);
    CHECK_FALSE(opening.next());

    // Next month's export: F-1 paid further. The opening payment grows; there is still one.
    REQUIRE(p.import("Factuurnummer;Debiteur;Factuurdatum;Vervaldatum;Bedrag;Saldo\r\n"
                     "F-1;C1;10-01-2026;09-02-2026;1.234,56;34,56\r\n",
                     ImportKind::Invoices, exactMapping)
                .committed);
    CHECK(openCents(*p.db, QStringLiteral("F-1")) == 3456);
    CHECK(rows(*p.db, QStringLiteral("payments")) == 2);

    // The real payment of 1.000,00 arrives: it takes the opening payment's place, nothing counts twice.
    REQUIRE(p.import("customer;date;amount;invoice;reference\r\nC1;20-01-2026;1.000,00;F-1;bank\r\n", ImportKind::Payments)
                .committed);
    CHECK(openCents(*p.db, QStringLiteral("F-1")) == 3456);
    CHECK(p.db->scalar(QStringLiteral("SELECT amount_cents FROM payments WHERE opening_balance = 1 AND payment_date = '2026-01-10' "
                                      "AND amount_cents <> 10000"))
              .toLongLong()
          == 20000);
}

TEST_CASE("Package balances: Odoo's Amount Due and ERPNext's paid amount map, and nonsense is refused with line and field",
          "[import][csv][issue16]")
{
    Package p;
    // Odoo's Invoices list exported (comma, point decimals, "Amount Due" = amount_residual).
    const QByteArray odoo = R"({"kind": "invoices", "columns": {"number": "Number", "customer": "Partner/Reference",
        "issue_date": "Invoice/Bill Date", "total_incl": "Total", "open": "Amount Due"}})";
    REQUIRE(p.import("Number,Partner/Reference,Invoice/Bill Date,Total,Amount Due\nINV/2026/0001,C1,2026-02-01,1234.56,234.56\n",
                     ImportKind::Invoices, odoo)
                .committed);
    CHECK(openCents(*p.db, QStringLiteral("INV/2026/0001")) == 23456);

    const ImportReport wrong = p.import("Number,Partner/Reference,Invoice/Bill Date,Total,Amount Due\nINV/2026/0002,C1,2026-02-01,100.00,150.00\n",
                                        ImportKind::Invoices, odoo);
    CHECK_FALSE(wrong.committed);
    CHECK(issuesText(wrong) == QStringLiteral("%1:2:5: open: 150.00 is more than the total 100.00").arg(p.dir.filePath(QStringLiteral("export.csv"))));
    CHECK(rows(*p.db, QStringLiteral("invoices")) == 1);

    // ERPNext's Sales Invoice report: "Paid Amount" instead of what is outstanding.
    const QByteArray erpnext = R"({"kind": "invoices", "columns": {"number": "Invoice", "customer": "Customer",
        "issue_date": "Posting Date", "total_incl": "Grand Total", "paid": "Paid Amount"}})";
    REQUIRE(p.import("Invoice,Customer,Posting Date,Grand Total,Paid Amount\nACC-SINV-2026-00001,C2,2026-02-03,300.00,120.00\n",
                     ImportKind::Invoices, erpnext)
                .committed);
    CHECK(openCents(*p.db, QStringLiteral("ACC-SINV-2026-00001")) == 18000);
}

TEST_CASE("Credit notes: negative rows are credit notes, applied to the invoice they correct", "[import][csv][issue16]")
{
    Package p;
    // ERPNext's Sales Invoice list: a return has a negative grand total and "Return Against".
    const QByteArray erpnext = R"({"kind": "invoices", "columns": {"number": "ID", "customer": "Customer",
        "issue_date": "Date", "total_incl": "Grand Total", "credits": "Return Against"}})";
    const QByteArray file = "ID,Customer,Date,Grand Total,Return Against\n"
                            "SINV-1,C1,2026-03-01,500.00,\n"
                            "SINV-2,C1,2026-03-05,-100.00,SINV-1\n"
                            "SINV-3,C2,2026-03-06,-50.00,\n";
    const ImportReport report = p.import(file, ImportKind::Invoices, erpnext);
    REQUIRE(report.committed);
    CHECK(rows(*p.db, QStringLiteral("invoices")) == 1);
    CHECK(rows(*p.db, QStringLiteral("imported_credit_notes")) == 2);
    CHECK(openCents(*p.db, QStringLiteral("SINV-1")) == 40000);
    CHECK(p.db->scalar(QStringLiteral("SELECT credited_cents FROM invoices WHERE number = 'SINV-1'")).toLongLong() == 10000);
    CHECK(report.notes.join(u'\n').contains(QStringLiteral("credit note SINV-3 (50.00) names no invoice it corrects")));

    // The same export again: nothing is credited twice.
    const ImportReport again = p.import(file, ImportKind::Invoices, erpnext);
    REQUIRE(again.committed);
    CHECK(openCents(*p.db, QStringLiteral("SINV-1")) == 40000);
    CHECK(rows(*p.db, QStringLiteral("imported_credit_notes")) == 2);

    // A trailing minus (as SAP-style reports write it) is a credit note too; one naming an
    // unknown invoice is refused with its line and column, and nothing changes.
    const ImportReport unknown = p.import("ID,Customer,Date,Grand Total,Return Against\nSINV-4,C1,2026-03-07,\"20,00-\",SINV-9\n",
                                          ImportKind::Invoices, R"({"kind": "invoices", "decimal": "comma", "columns": {"number": "ID",
        "customer": "Customer", "issue_date": "Date", "total_incl": "Grand Total", "credits": "Return Against"}})");
    CHECK_FALSE(unknown.committed);
    CHECK(issuesText(unknown).endsWith(QStringLiteral(":2:5: credits: credit note SINV-4 corrects invoice SINV-9, which is not known")));
    CHECK(rows(*p.db, QStringLiteral("imported_credit_notes")) == 2);
}

TEST_CASE("Values: DD.MM.YYYY, two-digit years, a time of day, trailing minus, country names", "[import][csv][issue16]")
{
    QString why;
    CHECK(ImportValues::date(QStringLiteral("01.03.2026"), DateFormat::Auto, &why) == Date(2026, 3, 1));
    CHECK(ImportValues::date(QStringLiteral("1.3.26"), DateFormat::Auto, &why) == Date(2026, 3, 1));
    CHECK(ImportValues::date(QStringLiteral("31-12-69"), DateFormat::Auto, &why) == Date(2069, 12, 31));
    CHECK(ImportValues::date(QStringLiteral("31/12/70"), DateFormat::Auto, &why) == Date(1970, 12, 31));
    CHECK(ImportValues::date(QStringLiteral("2026-03-01 00:00:00"), DateFormat::Auto, &why) == Date(2026, 3, 1));
    CHECK(ImportValues::date(QStringLiteral("2026-03-01T14:30"), DateFormat::Auto, &why) == Date(2026, 3, 1));
    CHECK(ImportValues::date(QStringLiteral("01.03.2026 14:30"), DateFormat::DayMonthYearDot, &why) == Date(2026, 3, 1));
    CHECK_FALSE(ImportValues::date(QStringLiteral("01.03.2026"), DateFormat::DayMonthYearDash, &why));
    CHECK(why.contains(QStringLiteral("DD-MM-YYYY")));

    CHECK(ImportValues::amount(QStringLiteral("100,00-"), QStringLiteral("EUR"), NumberStyle::Dutch, &why)->cents() == -10000);
    CHECK(ImportValues::amount(QStringLiteral("1.234,56-"), QStringLiteral("EUR"), NumberStyle::Dutch, &why)->cents() == -123456);
    CHECK_FALSE(ImportValues::amount(QStringLiteral("-100,00-"), QStringLiteral("EUR"), NumberStyle::Dutch, &why));
    CHECK(why.contains(QStringLiteral("both before and after")));
    CHECK_FALSE(ImportValues::amount(QStringLiteral("100-00"), QStringLiteral("EUR"), NumberStyle::Dutch, &why));
    CHECK(why.contains(QStringLiteral("before or after the number, not inside it")));

    CHECK(ImportValues::countryCode(QStringLiteral("nl"), &why) == QStringLiteral("NL"));
    CHECK(ImportValues::countryCode(QStringLiteral("Netherlands"), &why) == QStringLiteral("NL"));
    CHECK(ImportValues::countryCode(QStringLiteral("Nederland"), &why) == QStringLiteral("NL"));
    CHECK(ImportValues::countryCode(QStringLiteral("Deutschland"), &why) == QStringLiteral("DE"));
    CHECK(ImportValues::countryCode(QStringLiteral("Duitsland"), &why) == QStringLiteral("DE"));
    CHECK(ImportValues::countryCode(QStringLiteral("belgium"), &why) == QStringLiteral("BE"));
    CHECK_FALSE(ImportValues::countryCode(QStringLiteral("Atlantis"), &why));
}

TEST_CASE("Real layouts: template lines above the header, a Totaal footer, a mapping that leaves a column out", "[import][csv][issue16]")
{
    Package p;
    // Exact's report as Excel saves it: a title, the date and an empty row above the header, a
    // "Totaal" row below; a "BTW" column the mapping leaves out although it is named like no field,
    // and a "vat" column (a VAT code, not an amount) that the old default lookup picked up.
    const QByteArray mapping = R"({"kind": "invoices", "dateFormat": "DD.MM.YYYY", "columns": {"number": "Factuurnummer",
        "customer": "Debiteur", "issue_date": "Datum", "total_incl": "Bedrag"}})";
    const ImportReport report = p.import("Openstaande posten debiteuren;;;;\r\n"
                                         "Per 31.03.2026;;;;\r\n"
                                         ";;;;\r\n"
                                         "Factuurnummer;Debiteur;Datum;Bedrag;vat\r\n"
                                         "F-10;C1;01.03.2026;121,00;H21\r\n"
                                         "F-11;C2;02.03.26 00:00;\"60,50\";H21\r\n"
                                         "Totaal;;;181,50;\r\n",
                                         ImportKind::Invoices, mapping);
    REQUIRE(report.committed);
    CHECK(report.rows == 2);
    CHECK(report.created == 2);
    const QString notes = report.notes.join(u'\n');
    CHECK(notes.contains(QStringLiteral(": the header is on line 4; the 3 line(s) above it were skipped")));
    CHECK(notes.contains(QStringLiteral(":7: a total row (\"Totaal\") was recognised and skipped")));
    InvoiceRepository invoices(*p.db);
    const auto f11 = invoices.findByNumber(QStringLiteral("F-11"));
    REQUIRE(f11);
    CHECK(f11->issueDate == Date(2026, 3, 2));
    CHECK(f11->totalInclVat == eur(6050));
    CHECK(f11->vat == eur(0)); // the "vat" column was left out by the mapping
}

TEST_CASE("Encodings: Excel's Unicode text (UTF-16 with BOM, tabs), sep= line, rejects in the source's encoding", "[import][csv][issue16]")
{
    Package p;
    // Excel ▸ Save As ▸ "Unicode Text": UTF-16LE with a byte order mark, tab separated.
    const QString text = QStringLiteral("number\tname\tcountry\r\nC3\tCaf\u00E9 \u00C9toile\tFrance\r\nC4\tM\u00FCller GmbH\tDeutschland\r\n");
    QByteArray utf16("\xFF\xFE", 2);
    for (const QChar c : text)
        utf16.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
    const ImportReport report = p.import(utf16, ImportKind::Customers, QByteArray(), false, QStringLiteral("unicode.txt"));
    REQUIRE(report.committed);
    CHECK(report.encoding == QStringLiteral("UTF-16LE with BOM"));
    CHECK(report.separator == u'\t');
    CHECK(p.db->scalar(QStringLiteral("SELECT name || '/' || country FROM customers WHERE number = 'C3'")).toString()
          == QStringLiteral("Caf\u00E9 \u00C9toile/FR"));
    CHECK(p.db->scalar(QStringLiteral("SELECT country FROM customers WHERE number = 'C4'")).toString() == QStringLiteral("DE"));

    // Excel's "sep=;" first line names the separator and is no header.
    const ImportReport sep = p.import("sep=;\r\nnumber;name\r\nC5;Jansen, Piet, en Zonen\r\n", ImportKind::Customers);
    REQUIRE(sep.committed);
    CHECK(p.db->scalar(QStringLiteral("SELECT name FROM customers WHERE number = 'C5'")).toString() == QStringLiteral("Jansen, Piet, en Zonen"));

    // The rejected rows of a Windows-1252 file come back in Windows-1252, of a UTF-16 file in UTF-16.
    const ImportReport ansi = p.import("number;name;country\r\nC6;Caf\xE9;NL\r\nC7;Cr\xEApe;Atlantis\r\n", ImportKind::Customers, QByteArray(),
                                       true, QStringLiteral("ansi.csv"));
    REQUIRE(ansi.committed);
    CHECK(ansi.encoding == QStringLiteral("Windows-1252"));
    const QByteArray rejects = fileBytes(ansi.rejectsFile);
    CHECK(rejects.contains("C7;Cr\xEApe;Atlantis;"));
    CHECK(rejects.contains("Atlantis"));
    CHECK_FALSE(rejects.contains("\xC3\xAA"));

    QByteArray badUtf16("\xFF\xFE", 2);
    for (const QChar c : QStringLiteral("number\tname\tcountry\r\nC8\tZ\u00F6e\tAtlantis\r\n"))
        badUtf16.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
    const ImportReport unicodeRejects = p.import(badUtf16, ImportKind::Customers, QByteArray(), true, QStringLiteral("bad.txt"));
    REQUIRE(unicodeRejects.committed);
    const QByteArray rejected = fileBytes(unicodeRejects.rejectsFile);
    CHECK(rejected.startsWith(QByteArray("\xFF\xFE", 2)));
    QString decoded;
    for (qsizetype i = 2; i + 1 < rejected.size(); i += 2)
        decoded += QChar(char16_t(uchar(rejected.at(i)) | (uchar(rejected.at(i + 1)) << 8)));
    CHECK(decoded.startsWith(QStringLiteral("number\tname\tcountry\timport_error\r\nC8\tZ\u00F6e\tAtlantis\t")));
}

TEST_CASE("Package balances: a re-import that moves opening balances counts those invoices as updated, and the label names "
          "the latest file",
          "[import][csv][issue16]")
{
    Package p;
    const QByteArray header = "Factuurnummer;Debiteur;Factuurdatum;Vervaldatum;Bedrag;Saldo\r\n";
    REQUIRE(p.import(header + "F-1;C1;10-01-2026;09-02-2026;1.234,56;234,56\r\nF-2;C1;12-01-2026;11-02-2026;500,00;500,00\r\n"
                              "F-3;C2;15-01-2026;14-02-2026;100,00;40,00\r\n",
                     ImportKind::Invoices, exactMapping, false, QStringLiteral("saldi-januari.csv"))
                .committed);
    // February: F-1 paid further, F-3's opening balance goes (its Saldo is the whole total now:
    // a payment was reversed), F-2 as it was.
    const ImportReport report = p.import(header + "F-1;C1;10-01-2026;09-02-2026;1.234,56;34,56\r\nF-2;C1;12-01-2026;11-02-2026;500,00;500,00\r\n"
                                                  "F-3;C2;15-01-2026;14-02-2026;100,00;100,00\r\n",
                                         ImportKind::Invoices, exactMapping, false, QStringLiteral("saldi-februari.csv"));
    REQUIRE(report.committed);
    CHECK(report.created == 0);
    CHECK(report.updated == 2);
    CHECK(report.unchanged == 1);
    CHECK(openCents(*p.db, QStringLiteral("F-1")) == 3456);
    CHECK(openCents(*p.db, QStringLiteral("F-3")) == 10000);
    CHECK(p.db->scalar(QStringLiteral("SELECT reference FROM payments WHERE opening_balance = 1 AND amount_cents = 120000")).toString()
          == QStringLiteral("Opening balance: paid before the import of saldi-februari.csv (per the accounting package)"));
    CHECK(rows(*p.db, QStringLiteral("payments")) == 1);
}

TEST_CASE("Package balances: an overpaid invoice (negative open) refuses only its own row, naming file, line and column",
          "[import][csv][issue16]")
{
    Package p;
    // Exact's Saldo of an invoice the customer paid 12,00 too much on.
    const ImportReport report = p.import("Factuurnummer;Debiteur;Factuurdatum;Vervaldatum;Bedrag;Saldo\r\n"
                                         "F-1;C1;10-01-2026;09-02-2026;100,00;-12,00\r\n"
                                         "F-2;C1;12-01-2026;11-02-2026;500,00;200,00\r\n",
                                         ImportKind::Invoices, exactMapping);
    REQUIRE(report.committed);
    CHECK(issuesText(report)
          == QStringLiteral("%1:2:6: open -12,00: an overpaid invoice; import the overpayment as a payment")
                 .arg(p.dir.filePath(QStringLiteral("export.csv"))));
    CHECK(report.created == 1);
    CHECK(report.rejected == 1);
    CHECK(rows(*p.db, QStringLiteral("invoices")) == 1);
    CHECK(openCents(*p.db, QStringLiteral("F-2")) == 20000);
    CHECK(QString::fromUtf8(fileBytes(report.rejectsFile)).contains(QStringLiteral("F-1;C1;10-01-2026;09-02-2026;100,00;-12,00;")));

    // A row with another error besides still refuses the whole file, as every other error does.
    const ImportReport both = p.import("Factuurnummer;Debiteur;Factuurdatum;Vervaldatum;Bedrag;Saldo\r\n"
                                       "F-3;C9;10-01-2026;09-02-2026;100,00;-12,00\r\n"
                                       "F-4;C1;12-01-2026;11-02-2026;500,00;200,00\r\n",
                                       ImportKind::Invoices, exactMapping);
    CHECK_FALSE(both.committed);
    CHECK(rows(*p.db, QStringLiteral("invoices")) == 1);
}

TEST_CASE("Package balances in reports: days to pay leaves the opening balance out", "[import][csv][issue16][reports]")
{
    Package p;
    REQUIRE(p.import("Factuurnummer;Debiteur;Factuurdatum;Vervaldatum;Bedrag;Saldo\r\n"
                     "F-1;C1;10-01-2026;09-02-2026;1.234,56;234,56\r\n"
                     "F-2;C1;12-01-2026;11-02-2026;500,00;500,00\r\n",
                     ImportKind::Invoices, exactMapping)
                .committed);
    // F-2 paid 30 days after its date; F-1's opening balance of 1.000,00 is dated on its issue day.
    REQUIRE(p.import("customer;date;amount;invoice;reference\r\nC1;11-02-2026;500,00;F-2;bank\r\n", ImportKind::Payments).committed);
    const ReceivablesReportData data = ReceivablesReport(*p.db).compute(Date(2026, 3, 1));
    REQUIRE(data.customers.size() == 1);
    // 30.0 days; counted in, the opening balance would make it (1000 x 0 + 500 x 30) / 1500 = 10.0.
    CHECK(data.customers.front().averageDaysToPayTenths == 300);
}

TEST_CASE("Package balances in reports: aging as of a past date adds back the package's credit notes dated after it",
          "[import][csv][issue16][reports]")
{
    Package p;
    REQUIRE(p.import("number,customer,issue_date,due_date,total_incl,credits\n"
                     "H1,C1,2026-03-01,2026-03-31,1000.00,\n"
                     "CN-1,C1,2026-03-05,2026-03-05,-400.00,H1\n")
                .committed);
    const auto openOn = [&](const Date &asOf) {
        const std::vector<AgingRow> aging = AgingReport(*p.db).byCurrency(asOf);
        return aging.empty() ? qint64(0) : aging.front().totalCents;
    };
    CHECK(openOn(Date(2026, 3, 4)) == 100000); // before the credit note
    CHECK(openOn(Date(2026, 3, 5)) == 60000);
    CHECK(openOn(Date(2026, 4, 1)) == 60000);
}
