#include "CamtTestSupport.h"
#include "importers/CamtReader.h"

using namespace dd;
using namespace dd::test;

namespace {

QByteArray entry02(const char *ref, const char *amount, const char *indicator, const char *iban, const char *remittance)
{
    QByteArray e = "  <Ntry><NtryRef>" + QByteArray(ref) + "</NtryRef><Amt Ccy=\"EUR\">" + amount + "</Amt><CdtDbtInd>" + indicator
        + "</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-03-02</Dt></BookgDt><ValDt><Dt>2026-03-02</Dt></ValDt>"
          "<AcctSvcrRef>BANK-" + ref + "</AcctSvcrRef><NtryDtls><TxDtls><Refs><EndToEndId>NOTPROVIDED</EndToEndId></Refs>"
          "<RltdPties><Dbtr><Nm>Payer " + ref + "</Nm></Dbtr>";
    if (*iban)
        e += "<DbtrAcct><Id><IBAN>" + QByteArray(iban) + "</IBAN></Id></DbtrAcct>";
    e += "</RltdPties>";
    if (*remittance)
        e += "<RmtInf><Ustrd>" + QByteArray(remittance) + "</Ustrd></RmtInf>";
    e += "</TxDtls></NtryDtls></Ntry>\n";
    return e;
}

QByteArray statement02()
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\">\n"
           "<BkToCstmrStmt><GrpHdr><MsgId>M1</MsgId><CreDtTm>2026-03-02T18:00:00</CreDtTm></GrpHdr>\n"
           "<Stmt><Id>STMT-2026-03-02</Id><Acct><Id><IBAN>NL44RABO0123456789</IBAN></Id></Acct>\n"
        + entry02("1", "121.00", "CRDT", "NL02RABO0111111111", "Betaling factuur F-1, dank u")
        + entry02("2", "79.00", "CRDT", "NL91ABNA0417164300", "")
        + entry02("3", "50.00", "CRDT", "", "bestelling")
        + entry02("4", "999.99", "CRDT", "", "")
        + entry02("5", "10.00", "DBIT", "", "kosten")
        + "</Stmt></BkToCstmrStmt></Document>\n";
}

// camt.053.001.08: Sts has a Cd child, the transaction amount sits in TxDtls/Amt, debtor name under Pty.
const QByteArray statement08 = R"(<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
<BkToCstmrStmt><GrpHdr><MsgId>M8</MsgId><CreDtTm>2026-03-05T18:00:00</CreDtTm></GrpHdr>
<Stmt><Id>S8</Id><Acct><Id><IBAN>NL44RABO0123456789</IBAN></Id></Acct>
<Ntry><Amt Ccy="EUR">70.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts><BookgDt><DtTm>2026-03-05T10:00:00</DtTm></BookgDt>
 <AcctSvcrRef>B8</AcctSvcrRef>
 <NtryDtls>
  <TxDtls><Refs><AcctSvcrRef>B8-1</AcctSvcrRef></Refs><Amt Ccy="EUR">50.00</Amt><CdtDbtInd>CRDT</CdtDbtInd>
   <RltdPties><Dbtr><Pty><Nm>Klant Drie</Nm></Pty></Dbtr></RltdPties><RmtInf><Strd><CdtrRefInf><Ref>F-4</Ref></CdtrRefInf></Strd></RmtInf></TxDtls>
  <TxDtls><Refs><AcctSvcrRef>B8-2</AcctSvcrRef></Refs><Amt Ccy="EUR">20.00</Amt><CdtDbtInd>CRDT</CdtDbtInd>
   <RmtInf><Ustrd>f-3</Ustrd></RmtInf></TxDtls>
 </NtryDtls></Ntry>
</Stmt></BkToCstmrStmt></Document>
)";

struct Bank : BankWorld
{
    Bank()
    {
        load("c.csv", "number,name\nC1,Een\nC2,Twee\nC3,Drie\n", ImportKind::Customers);
        load("i.csv",
             "number,customer,issue_date,total_incl\nF-1,C1,2026-01-10,121.00\nF-2,C2,2026-01-10,79.00\nF-3,C2,2026-01-11,40.00\n"
             "F-4,C3,2026-01-12,50.00\nF-5,C1,2026-01-13,50.00\n",
             ImportKind::Invoices);
        // An earlier payment tells which customer the IBAN belongs to.
        load("p.csv", "customer,date,amount,invoice,iban\nC2,2026-02-01,20.00,F-3,NL91ABNA0417164300\n", ImportKind::Payments);
    }
};

} // namespace

TEST_CASE("CAMT.053.001.02: matching by reference, by amount with a known IBAN, ambiguous, none", "[import][camt]")
{
    Bank bank;
    const QString path = writeFile(bank.dir, QStringLiteral("s.xml"), statement02());
    const auto paymentsBefore = rows(*bank.db, QStringLiteral("payments"));
    const ReconcileReport proposed = BankReconciler(*bank.db).importStatement(path, std::nullopt);
    REQUIRE(proposed.committed);
    CHECK(proposed.matches.size() == 4);
    CHECK(proposed.debits == 1);
    CHECK(proposed.booked == 0);
    CHECK(rows(*bank.db, QStringLiteral("payments")) == paymentsBefore);
    CHECK(rows(*bank.db, QStringLiteral("bank_entries")) == 4);

    const BankMatch &byReference = bank.find(proposed, QStringLiteral("BANK-1"));
    CHECK(byReference.score == 100);
    CHECK(byReference.customerNumber == QStringLiteral("C1"));
    REQUIRE(byReference.allocations.size() == 1);
    CHECK(byReference.allocations.at(0).number == QStringLiteral("F-1"));

    const BankMatch &byIban = bank.find(proposed, QStringLiteral("BANK-2"));
    CHECK(byIban.score == 75);
    CHECK(byIban.customerNumber == QStringLiteral("C2"));
    REQUIRE(byIban.allocations.size() == 1);
    CHECK(byIban.allocations.at(0).number == QStringLiteral("F-2"));

    const BankMatch &ambiguous = bank.find(proposed, QStringLiteral("BANK-3"));
    CHECK(ambiguous.state == BankMatch::State::Unmatched);
    CHECK(ambiguous.score == 20);
    CHECK(ambiguous.reason.contains(QStringLiteral("F-4")));
    CHECK(ambiguous.reason.contains(QStringLiteral("F-5")));

    const BankMatch &none = bank.find(proposed, QStringLiteral("BANK-4"));
    CHECK(none.state == BankMatch::State::Unmatched);
    CHECK(none.score == 0);

    // Confirming books the matches at or above the threshold as payments with allocations.
    const ReconcileReport booked = BankReconciler(*bank.db).importStatement(path, 70);
    REQUIRE(booked.committed);
    CHECK(booked.booked == 2);
    CHECK(rows(*bank.db, QStringLiteral("payments")) == paymentsBefore + 2);
    InvoiceRepository invoices(*bank.db);
    CHECK(invoices.findByNumber(QStringLiteral("F-1"))->paid == eur(12100));
    CHECK(invoices.findByNumber(QStringLiteral("F-2"))->paid == eur(7900));
    CHECK(bank.db->scalar(QStringLiteral("SELECT COUNT(*) FROM payments WHERE debtor_iban = 'NL02RABO0111111111'")).toInt() == 1);
    CHECK(rows(*bank.db, QStringLiteral("bank_entries")) == 4);

    // The same statement again books nothing twice.
    const ReconcileReport again = BankReconciler(*bank.db).importStatement(path, 0);
    CHECK(bank.find(again, QStringLiteral("BANK-1")).state == BankMatch::State::AlreadyBooked);
    CHECK(bank.find(again, QStringLiteral("BANK-2")).state == BankMatch::State::AlreadyBooked);
    CHECK(again.booked == 0); // the ambiguous and unmatched ones have no customer to book to
    CHECK(rows(*bank.db, QStringLiteral("payments")) == paymentsBefore + 2);
}

TEST_CASE("CAMT: a rejected proposal is not made again for its entry, the next best is, and that is kept", "[import][camt]")
{
    Bank bank;
    const QString path = writeFile(bank.dir, QStringLiteral("s.xml"), statement02());
    REQUIRE(BankReconciler(*bank.db).importStatement(path, std::nullopt).committed);

    const ReconcileReport firstRound = BankReconciler(*bank.db).pending();
    const BankMatch first = bank.find(firstRound, QStringLiteral("BANK-2"));
    REQUIRE(first.allocations.size() == 1);
    CHECK(first.allocations.at(0).number == QStringLiteral("F-2"));
    BankReconciler(*bank.db).reject(first);
    BankReconciler(*bank.db).reject(first); // twice is once
    CHECK(rows(*bank.db, QStringLiteral("bank_rejections")) == 1);

    // The IBAN's customer has one other open invoice (F-3, 20.00 open): that is the next proposal.
    const ReconcileReport secondRound = BankReconciler(*bank.db).pending();
    const BankMatch second = bank.find(secondRound, QStringLiteral("BANK-2"));
    CHECK(second.state == BankMatch::State::Proposed);
    REQUIRE(second.allocations.size() == 1);
    CHECK(second.allocations.at(0).number == QStringLiteral("F-3"));
    CHECK(second.allocations.at(0).amount == eur(2000));
    // The other entries are proposed as before.
    CHECK(bank.find(secondRound, QStringLiteral("BANK-1")).allocations.at(0).number == QStringLiteral("F-1"));

    BankReconciler(*bank.db).reject(second);
    const ReconcileReport thirdRound = BankReconciler(*bank.db).pending();
    const BankMatch third = bank.find(thirdRound, QStringLiteral("BANK-2"));
    CHECK(third.state == BankMatch::State::Unmatched);
    CHECK(third.allocations.isEmpty());
    CHECK(third.reason == QStringLiteral("you rejected the proposal F-2, F-3"));

    // Imported again, the statement's entry keeps what was rejected for it.
    const ReconcileReport again = BankReconciler(*bank.db).importStatement(path, std::nullopt);
    CHECK(bank.find(again, QStringLiteral("BANK-2")).state == BankMatch::State::Unmatched);

    // By hand the user may still name a rejected invoice.
    QString why;
    const auto byHand = BankReconciler(*bank.db).matchTo(third, QStringLiteral("F-2"), &why);
    INFO(why.toStdString());
    REQUIRE(byHand);
    CHECK(byHand->allocations.at(0).number == QStringLiteral("F-2"));
}

TEST_CASE("CAMT.053.001.08: batched transactions, structured reference, partial payment", "[import][camt]")
{
    Bank bank;
    const QString path = writeFile(bank.dir, QStringLiteral("s8.xml"), statement08);
    ImportIssues issues;
    const auto transactions = CamtReader::read(statement08, path, &issues);
    REQUIRE(transactions);
    REQUIRE(transactions->size() == 2);
    CHECK(transactions->at(0).amount == eur(5000));
    CHECK(transactions->at(0).debtorName == QStringLiteral("Klant Drie"));
    CHECK(transactions->at(0).bookingDate == Date(2026, 3, 5));

    const ReconcileReport report = BankReconciler(*bank.db).importStatement(path, 80);
    REQUIRE(report.committed);
    const BankMatch &exact = bank.find(report, QStringLiteral("B8-1"));
    CHECK(exact.score == 100);
    CHECK(exact.state == BankMatch::State::Booked);
    const BankMatch &partial = bank.find(report, QStringLiteral("B8-2")); // F-3 has 20.00 open: exact after all
    CHECK(partial.score == 100);
    CHECK(partial.allocations.at(0).number == QStringLiteral("F-3"));
    CHECK(InvoiceRepository(*bank.db).findByNumber(QStringLiteral("F-3"))->openAmount() == eur(0));
}

TEST_CASE("CAMT: not a statement, malformed XML, with line and column, nothing stored", "[import][camt]")
{
    Bank bank;
    const auto before = importCounts(*bank.db);
    const QString other = writeFile(bank.dir, QStringLiteral("pain.xml"),
                                    "<?xml version=\"1.0\"?>\n<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.03\"/>\n");
    const ReconcileReport refused = BankReconciler(*bank.db).importStatement(other, 0);
    CHECK_FALSE(refused.committed);
    REQUIRE(refused.errors.size() == 1);
    CHECK(refused.errors.at(0).toString().startsWith(other + QStringLiteral(":2:")));
    QByteArray truncated = statement02();
    truncated.truncate(truncated.size() / 2);
    const QString cut = writeFile(bank.dir, QStringLiteral("cut.xml"), truncated);
    const ReconcileReport broken = BankReconciler(*bank.db).importStatement(cut, 0);
    CHECK_FALSE(broken.committed);
    REQUIRE_FALSE(broken.errors.isEmpty());
    CHECK(broken.errors.at(0).line > 1);
    CHECK(importCounts(*bank.db) == before);
}
