// Opening balances (what an accounting package says is paid) meet real payments: the one rule of
// OpeningBalances, in the CSV payments import and in the bank reconciler, and a payments export
// that books each invoice's own part when read back (reviewer's defects 1, 2 and 3); an invoice
// held by a dispute gets none of the package's figures (defect 4).
#include "CamtTestSupport.h"
#include "common/Clock.h"
#include "disputes/DisputeService.h"
#include "exporters/CsvExporter.h"

using namespace dd;
using namespace dd::test;

namespace {

// Exact Online's "Openstaande posten debiteuren" (semicolons, Dutch amounts, "Saldo" outstanding),
// its figures standing on 2026-03-01: F-1 1.234,56 with 234,56 outstanding (opening balance
// 1.000,00), F-2 500,00 with 100,00 outstanding (opening balance 400,00).
struct Exact : BankWorld
{
    Exact()
    {
        load("c.csv", "number,name\nC1,Jansen BV\n", ImportKind::Customers);
        CsvImportOptions options;
        options.kind = ImportKind::Invoices;
        options.asOf = Date(2026, 3, 1);
        QString why;
        options.mapping = *ColumnMapping::fromJson(R"({"kind": "invoices", "columns": {"number": "Factuurnummer", "customer": "Debiteur",
            "issue_date": "Factuurdatum", "total_incl": "Bedrag", "open": "Saldo"}})", &why);
        REQUIRE(CsvImporter(*db)
                    .importFile(writeFile(dir, QStringLiteral("exact.csv"),
                                          "Factuurnummer;Debiteur;Factuurdatum;Bedrag;Saldo\r\n"
                                          "F-1;C1;10-01-2026;1.234,56;234,56\r\nF-2;C1;12-01-2026;500,00;100,00\r\n"),
                                options)
                    .committed);
        REQUIRE(openingOf("F-1") == 100000);
    }
    qint64 openingOf(const char *number)
    {
        return db->scalar(QStringLiteral("SELECT COALESCE(SUM(a.amount_cents), 0) FROM allocations a JOIN payments p ON p.id = a.payment_id "
                                         "JOIN invoices i ON i.id = a.invoice_id WHERE p.opening_balance = 1 AND i.number = ?"),
                          {QString::fromLatin1(number)})
            .toLongLong();
    }
    qint64 unallocated()
    {
        return db->scalar(QStringLiteral("SELECT COALESCE(SUM(p.amount_cents - COALESCE((SELECT SUM(a.amount_cents) FROM allocations a "
                                         "WHERE a.payment_id = p.id), 0)), 0) FROM payments p"))
            .toLongLong();
    }
};

// A camt.053.001.02 credit as Rabobank writes it, booked on `date`, the invoice in Ustrd.
QByteArray credit(const char *ref, const char *date, const char *amount, const char *remittance)
{
    return QByteArray("<Ntry><NtryRef>") + ref + "</NtryRef><Amt Ccy=\"EUR\">" + amount + "</Amt><CdtDbtInd>CRDT</CdtDbtInd>"
        + "<Sts>BOOK</Sts><BookgDt><Dt>" + date + "</Dt></BookgDt><AcctSvcrRef>R-" + ref + "</AcctSvcrRef><NtryDtls><TxDtls>"
        + "<RmtInf><Ustrd>" + remittance + "</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>\n";
}

QByteArray statement(const QByteArray &entries)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\">\n"
           "<BkToCstmrStmt><GrpHdr><MsgId>M1</MsgId><CreDtTm>2026-03-20T18:00:00</CreDtTm></GrpHdr>\n"
           "<Stmt><Id>S1</Id><Acct><Id><IBAN>NL44RABO0123456789</IBAN></Id></Acct>\n"
        + entries + "</Stmt></BkToCstmrStmt></Document>\n";
}

} // namespace

TEST_CASE("Opening balances, CSV payments: a payment after the package's day pays what is open, one before takes the opening's place",
          "[import][csv][openings]")
{
    Exact e;
    // Paid on 2026-03-10, after Exact's figures: the rest of F-1. Before the rule it was swallowed
    // by the opening balance (cut to 765,44) and F-1 stayed 234,56 open.
    e.load("rest.csv", "customer,date,amount,reference,invoice\nC1,2026-03-10,234.56,rest F-1,F-1\n", ImportKind::Payments);
    CHECK(e.open("F-1") == eur(0));
    CHECK(e.openingOf("F-1") == 100000);
    // Paid on 2026-02-20, before them: Exact counted it, so it is the opening balance of F-2.
    e.load("old.csv", "customer,date,amount,reference,invoice\nC1,2026-02-20,400.00,F-2,F-2\n", ImportKind::Payments);
    CHECK(e.open("F-2") == eur(10000));
    CHECK(e.openingOf("F-2") == 0);
    CHECK(e.unallocated() == 0);
}

TEST_CASE("Opening balances, bank: the payment Exact counted replaces the opening balance, a later one pays what is open",
          "[import][camt][openings]")
{
    Exact e;
    // 1.000,00 for F-1 booked 2026-02-25 (Exact's opening balance), 100,00 for F-2 booked after
    // Exact's figures. Before the rule: 234,56 of the 1.000,00 went to F-1, 765,44 unallocated,
    // F-1 shown paid while 234,56 is owed.
    const ReconcileReport report = e.import("s.xml",
                                            statement(credit("1", "2026-02-25", "1000.00", "Factuur F-1")
                                                      + credit("2", "2026-03-12", "100.00", "Factuur F-2")),
                                            80);
    REQUIRE(report.committed);
    CHECK(report.booked == 2);
    CHECK(e.open("F-1") == eur(23456));
    CHECK(e.openingOf("F-1") == 0);
    CHECK(e.open("F-2") == eur(0));
    CHECK(e.openingOf("F-2") == 40000);
    CHECK(e.unallocated() == 0);
    CHECK(e.db->scalar(QStringLiteral("SELECT SUM(a.amount_cents) FROM allocations a JOIN payments p ON p.id = a.payment_id "
                                      "WHERE p.opening_balance = 0")).toLongLong() == 110000);
}

TEST_CASE("Opening balances: a payments export names each invoice's part, and the import books exactly those parts",
          "[export][import][openings]")
{
    BankWorld source;
    source.load("c.csv", "number,name\nC1,Een\n", ImportKind::Customers);
    source.load("i.csv", "number,customer,issue_date,due_date,total_incl\nA,C1,2025-09-01,2025-10-01,100.00\nB,C1,2025-09-01,2025-10-15,100.00\n",
                ImportKind::Invoices);
    // 120,00 for "B A": B is paid in full, A for 20,00.
    source.load("p.csv", "customer,date,amount,invoice\nC1,2025-10-20,120.00,B A\n", ImportKind::Payments);
    REQUIRE(source.open("A") == eur(8000));
    REQUIRE(source.open("B") == eur(0));

    const QString payments = source.dir.filePath(QStringLiteral("payments-out.csv"));
    CsvExporter(*source.db).exportTo(ExportKind::Payments, payments);
    CHECK(QString::fromUtf8(fileBytes(payments)).contains(QStringLiteral(",A=20.00 B=100.00,")));

    BankWorld target;
    for (const auto &[kind, importKind, name] : {std::tuple{ExportKind::Customers, ImportKind::Customers, "customers.csv"},
                                                  std::tuple{ExportKind::Invoices, ImportKind::Invoices, "invoices.csv"}}) {
        const QString out = target.dir.filePath(QString::fromLatin1(name));
        CsvExporter(*source.db).exportTo(kind, out);
        target.load(name, fileBytes(out), importKind);
    }
    target.load("payments.csv", fileBytes(payments), ImportKind::Payments);
    // Before: A 0,00 open and B with an invented opening balance of 80,00.
    CHECK(target.open("A") == eur(8000));
    CHECK(target.open("B") == eur(0));
    CHECK(target.db->scalar(QStringLiteral("SELECT COUNT(*) FROM payments WHERE opening_balance = 1")).toLongLong() == 0);
}

TEST_CASE("Opening balances: an invoice held by an open dispute gets none of the package's new figures", "[import][csv][openings]")
{
    BankWorld w;
    w.load("c.csv", "number,name\nC1,Een\n", ImportKind::Customers);
    w.load("i.csv", "number,customer,issue_date,total_incl,open\nHD1,C1,2026-09-01,1000.00,1000.00\n", ImportKind::Invoices);
    FixedClock clock{QDateTime(QDate(2026, 10, 1), QTime(9, 0), Qt::UTC)};
    OpenDisputeRequest request;
    request.invoices << DisputeInvoiceRequest{QStringLiteral("HD1"), std::nullopt};
    request.reasonCode = QStringLiteral("quality");
    request.channel = Channel::Email;
    request.story = QStringLiteral("Broken");
    request.receivedOn = Date(2026, 9, 30);
    DisputeService(*w.db, clock, QStringLiteral("test")).open(request);

    // The package lowered the amount to 800,00, all of it open: the amount is held (the case is
    // open), and its "open" must not turn the 200,00 difference into an invented payment.
    CsvImportOptions options;
    options.kind = ImportKind::Invoices;
    const ImportReport report = CsvImporter(*w.db).importFile(
        writeFile(w.dir, QStringLiteral("i2.csv"), "number,customer,issue_date,total_incl,open\nHD1,C1,2026-09-01,800.00,800.00\n"), options);
    REQUIRE(report.committed);
    CHECK(w.open("HD1") == eur(100000));
    CHECK(w.db->scalar(QStringLiteral("SELECT COUNT(*) FROM payments")).toLongLong() == 0);
    REQUIRE(report.notes.size() == 1);
    CHECK(report.notes.at(0).contains(QStringLiteral("were not applied either")));
}
