// Bank statements laid out as real banks write them (issue 16): batches whose transactions share
// the entry's reference, anonymised references, reversals, invoice numbers in the places other
// banks put them, entries without a booking date, and the other CAMT messages.

#include "CamtTestSupport.h"
#include "importers/CamtReader.h"

using namespace dd;
using namespace dd::test;

namespace {

QByteArray document(const char *message, const QByteArray &body)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:" + QByteArray(message)
        + "\">\n" + body + "</Document>\n";
}

// A Swiss bank's camt.053.001.04 (CHF, batch booking of incoming payments): one entry for the
// batch, with NtryDtls/Btch, and each transaction repeating the entry's AcctSvcrRef in its Refs.
const QByteArray swissBatch = document("camt.053.001.04", R"(<BkToCstmrStmt><GrpHdr><MsgId>CH-1</MsgId><CreDtTm>2026-03-10T20:00:00</CreDtTm></GrpHdr>
<Stmt><Id>CH-STMT-1</Id><CreDtTm>2026-03-10T20:00:00</CreDtTm><Acct><Id><IBAN>CH9300762011623852957</IBAN></Id></Acct>
<Ntry><Amt Ccy="CHF">3796.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-03-10</Dt></BookgDt>
 <ValDt><Dt>2026-03-10</Dt></ValDt><AcctSvcrRef>20260310-BATCH</AcctSvcrRef>
 <NtryDtls><Btch><NbOfTxs>2</NbOfTxs></Btch>
  <TxDtls><Refs><AcctSvcrRef>20260310-BATCH</AcctSvcrRef><EndToEndId>E2E-A</EndToEndId></Refs>
   <AmtDtls><TxAmt><Amt Ccy="CHF">2500.00</Amt></TxAmt></AmtDtls><CdtDbtInd>CRDT</CdtDbtInd>
   <RltdPties><Dbtr><Nm>Kunde Eins AG</Nm></Dbtr></RltdPties><RmtInf><Ustrd>Rechnung R-1</Ustrd></RmtInf></TxDtls>
  <TxDtls><Refs><AcctSvcrRef>20260310-BATCH</AcctSvcrRef><EndToEndId>E2E-B</EndToEndId></Refs>
   <AmtDtls><TxAmt><Amt Ccy="CHF">1296.00</Amt></TxAmt></AmtDtls><CdtDbtInd>CRDT</CdtDbtInd>
   <RltdPties><Dbtr><Nm>Kunde Zwei GmbH</Nm></Dbtr></RltdPties><RmtInf><Ustrd>Rechnung R-2</Ustrd></RmtInf></TxDtls>
 </NtryDtls></Ntry>
</Stmt></BkToCstmrStmt>
)");

// An anonymised parser test set (camt.053.001.02): every reference replaced by the same
// placeholder, no NtryRef, no EndToEndId.
QByteArray anonymised(const char *date, const char *amount, const QList<const char *> &invoices)
{
    QByteArray entries;
    for (const char *invoice : invoices) {
        entries += "<Ntry><Amt Ccy=\"CHF\">" + QByteArray(amount) + "</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>" + date
            + "</Dt></BookgDt><AcctSvcrRef>XXXXXXXX</AcctSvcrRef><NtryDtls><TxDtls><Refs><AcctSvcrRef>XXXXXXXX</AcctSvcrRef>"
              "<EndToEndId>NOTPROVIDED</EndToEndId></Refs><RmtInf><Ustrd>"
            + invoice + "</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>\n";
    }
    return document("camt.053.001.02", "<BkToCstmrStmt><GrpHdr><MsgId>X</MsgId><CreDtTm>" + QByteArray(date)
                                           + "T20:00:00</CreDtTm></GrpHdr>\n<Stmt><Id>XXXXXXXX</Id><Acct><Id><IBAN>CH9300762011623852957</IBAN>"
                                             "</Id></Acct>\n"
                                           + entries + "</Stmt></BkToCstmrStmt>\n");
}

struct SwissBank : BankWorld
{
    SwissBank()
    {
        load("c.csv", "number,name\nK1,Kunde Eins AG\nK2,Kunde Zwei GmbH\nK3,Kunde Drei\n", ImportKind::Customers);
        load("i.csv",
             "number,customer,issue_date,currency,total_incl\nR-1,K1,2026-02-01,CHF,2500.00\nR-2,K2,2026-02-02,CHF,1296.00\n"
             "R-3,K3,2026-02-03,CHF,100.00\nR-4,K3,2026-02-04,CHF,100.00\nR-5,K3,2026-02-05,CHF,100.00\nR-6,K3,2026-02-06,CHF,250.00\n",
             ImportKind::Invoices);
    }
};

struct DutchBank : BankWorld
{
    DutchBank()
    {
        load("c.csv", "number,name\nC1,Een\nC3,Drie\n", ImportKind::Customers);
        load("i.csv", "number,customer,issue_date,total_incl\nF-1,C1,2026-01-10,121.00\nF-4,C3,2026-01-12,50.00\nF-5,C1,2026-01-13,50.00\n",
             ImportKind::Invoices);
    }
};

// A Rabobank camt.053.001.02 day statement around the given entries.
QByteArray rabobank(const char *id, const char *date, const QByteArray &entries)
{
    return document("camt.053.001.02", "<BkToCstmrStmt><GrpHdr><MsgId>" + QByteArray(id) + "</MsgId><CreDtTm>" + date
                                           + "T06:00:00</CreDtTm></GrpHdr>\n<Stmt><Id>" + id + "</Id><CreDtTm>" + date
                                           + "T06:00:00</CreDtTm><Acct><Id><IBAN>NL44RABO0123456789</IBAN></Id></Acct>\n" + entries
                                           + "</Stmt></BkToCstmrStmt>\n");
}

// A SEPA direct debit of a creditor as Rabobank books it: the collection is a credit, its return
// (storno) a debit with RvslInd, BkTxCd PMNT/RDDT/UPDD, the original EndToEndId and a return
// reason (AM04: insufficient funds).
QByteArray directDebit(const char *ref, const char *date, const char *amount, bool reversal, const char *endToEnd, const char *remittance)
{
    return "<Ntry><Amt Ccy=\"EUR\">" + QByteArray(amount) + "</Amt><CdtDbtInd>" + (reversal ? "DBIT" : "CRDT") + "</CdtDbtInd>"
        + (reversal ? "<RvslInd>true</RvslInd>" : "") + "<Sts>BOOK</Sts><BookgDt><Dt>" + date + "</Dt></BookgDt><ValDt><Dt>" + date
        + "</Dt></ValDt><AcctSvcrRef>" + ref + "</AcctSvcrRef><BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RDDT</Cd><SubFmlyCd>"
        + (reversal ? "UPDD" : "ESDD") + "</SubFmlyCd></Fmly></Domn></BkTxCd><NtryDtls><TxDtls><Refs><EndToEndId>" + endToEnd
        + "</EndToEndId><MndtId>M-1</MndtId></Refs><RltdPties><Dbtr><Nm>Een BV</Nm></Dbtr><DbtrAcct><Id><IBAN>NL02RABO0111111111</IBAN>"
          "</Id></DbtrAcct></RltdPties><RmtInf><Ustrd>" + remittance + "</Ustrd></RmtInf>"
        + (reversal ? "<RtrInf><Rsn><Cd>AM04</Cd></Rsn></RtrInf>" : "") + "</TxDtls></NtryDtls></Ntry>\n";
}


Money chf(qint64 cents)
{
    return Money(cents, QStringLiteral("CHF"));
}

} // namespace

TEST_CASE("CAMT batch: two transactions sharing the entry's reference are both booked, and once only", "[import][camt][issue16]")
{
    SwissBank bank;
    const ReconcileReport first = bank.import("batch.xml", swissBatch, 100);
    REQUIRE(first.committed);
    REQUIRE(first.matches.size() == 2);
    CHECK(first.matches.at(0).state == BankMatch::State::Booked);
    CHECK(first.matches.at(1).state == BankMatch::State::Booked);
    CHECK(first.matches.at(1).transaction.amount == chf(129600));
    CHECK(first.booked == 2);
    CHECK(rows(*bank.db, QStringLiteral("bank_entries")) == 2);
    CHECK(bank.open("R-1") == chf(0));
    CHECK(bank.open("R-2") == chf(0)); // 1,296.00 was booked, not "booked before"

    const qint64 payments = rows(*bank.db, QStringLiteral("payments"));
    const ReconcileReport again = bank.import("batch.xml", swissBatch, 0);
    REQUIRE(again.committed);
    CHECK(again.booked == 0);
    REQUIRE(again.matches.size() == 2);
    CHECK(again.matches.at(0).state == BankMatch::State::AlreadyBooked);
    CHECK(again.matches.at(1).state == BankMatch::State::AlreadyBooked);
    CHECK(rows(*bank.db, QStringLiteral("payments")) == payments);
    CHECK(rows(*bank.db, QStringLiteral("bank_entries")) == 2);
}

TEST_CASE("CAMT batch whose transactions give no amounts of their own is one credit, not each the whole", "[import][camt][issue16]")
{
    // A Dutch bank's collective credit (camt.053.001.02): the entry holds the amount, its TxDtls
    // only the references (here two invoices of one customer).
    DutchBank bank;
    const QByteArray xml = rabobank("S-B", "2026-03-02",
                                    "<Ntry><Amt Ccy=\"EUR\">171.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-03-02</Dt>"
                                    "</BookgDt><AcctSvcrRef>B-1</AcctSvcrRef><NtryDtls><Btch><NbOfTxs>2</NbOfTxs></Btch>"
                                    "<TxDtls><RmtInf><Ustrd>F-1</Ustrd></RmtInf></TxDtls><TxDtls><RmtInf><Ustrd>F-5</Ustrd></RmtInf></TxDtls>"
                                    "</NtryDtls></Ntry>\n");
    const ReconcileReport report = bank.import("b.xml", xml, 100);
    REQUIRE(report.committed);
    REQUIRE(report.matches.size() == 1);
    CHECK(report.matches.at(0).transaction.amount == eur(17100));
    CHECK(report.booked == 1);
    CHECK(bank.open("F-1") == eur(0));
    CHECK(bank.open("F-5") == eur(0));
    CHECK(bank.db->scalar(QStringLiteral("SELECT SUM(amount_cents) FROM payments")).toLongLong() == 17100);
    REQUIRE(report.notes.size() == 1);
    CHECK(report.notes.at(0).contains(QStringLiteral("taken as one credit")));
}

TEST_CASE("CAMT with anonymised references: each entry is its own transaction, booked once", "[import][camt][issue16]")
{
    SwissBank bank;
    const QByteArray statement = anonymised("2026-03-11", "100.00", {"R-3", "R-4", "R-5"});
    const ReconcileReport first = bank.import("anon.xml", statement, 100);
    REQUIRE(first.committed);
    REQUIRE(first.matches.size() == 3);
    CHECK(first.booked == 3);
    for (const char *invoice : {"R-3", "R-4", "R-5"})
        CHECK(bank.open(invoice) == chf(0));

    const ReconcileReport again = bank.import("anon.xml", statement, 0);
    CHECK(again.booked == 0);
    for (const BankMatch &match : again.matches)
        CHECK(match.state == BankMatch::State::AlreadyBooked);
    CHECK(rows(*bank.db, QStringLiteral("payments")) == 3);
    CHECK(rows(*bank.db, QStringLiteral("bank_entries")) == 3);

    // Another day's file, anonymised alike (same statement id, same reference), is another payment.
    const ReconcileReport nextDay = bank.import("anon2.xml", anonymised("2026-03-12", "250.00", {"R-6"}), 100);
    REQUIRE(nextDay.matches.size() == 1);
    CHECK(nextDay.matches.at(0).state == BankMatch::State::Booked);
    CHECK(bank.open("R-6") == chf(0));
    CHECK(rows(*bank.db, QStringLiteral("payments")) == 4);
}

TEST_CASE("CAMT: the day's statement repeating an intraday report (camt.052) books nothing twice", "[import][camt][issue16]")
{
    DutchBank bank;
    auto entry = [](const char *ref, const char *amount, const char *invoice) {
        return "<Ntry><Amt Ccy=\"EUR\">" + QByteArray(amount) + "</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-03-02</Dt>"
                                                                 "</BookgDt><AcctSvcrRef>" + ref + "</AcctSvcrRef><NtryDtls><TxDtls>"
                                                                 "<RltdPties><DbtrAcct><Id><IBAN>NL02RABO0111111111</IBAN></Id></DbtrAcct>"
                                                                 "</RltdPties><RmtInf><Ustrd>" + invoice + "</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>\n";
    };
    const QByteArray intraday = document("camt.052.001.02", "<BkToCstmrAcctRpt><GrpHdr><MsgId>R</MsgId><CreDtTm>2026-03-02T12:00:00</CreDtTm>"
                                                            "</GrpHdr>\n<Rpt><Id>RPT-0302-12</Id><Acct><Id><IBAN>NL44RABO0123456789</IBAN></Id>"
                                                            "</Acct>\n" + entry("A1", "121.00", "F-1") + "</Rpt></BkToCstmrAcctRpt>\n");
    REQUIRE(bank.import("intraday.xml", intraday, 100).booked == 1);
    const QByteArray day = rabobank("STMT-0302", "2026-03-02", entry("A1", "121.00", "F-1") + entry("A2", "50.00", "F-4"));
    // A low threshold: taken for new, the 121.00 would go on F-5 (the payer's other open invoice).
    const ReconcileReport report = bank.import("day.xml", day, 30);
    REQUIRE(report.matches.size() == 2);
    CHECK(report.matches.at(0).state == BankMatch::State::AlreadyBooked);
    CHECK(report.matches.at(1).state == BankMatch::State::Booked);
    CHECK(bank.open("F-1") == eur(0));
    CHECK(bank.open("F-4") == eur(0));
    CHECK(bank.open("F-5") == eur(5000));
    CHECK(rows(*bank.db, QStringLiteral("payments")) == 2);
}

TEST_CASE("CAMT reversal: a returned direct debit undoes its payment and the invoice is open again", "[import][camt][issue16]")
{
    DutchBank bank;
    const QByteArray collected = rabobank("RABO-0302", "2026-03-02", directDebit("R-100", "2026-03-02", "121.00", false, "DD-F-1", "Factuur F-1"));
    const ReconcileReport paid = bank.import("collected.xml", collected, 100);
    REQUIRE(paid.booked == 1);
    CHECK(bank.open("F-1") == eur(0));
    CHECK(rows(*bank.db, QStringLiteral("payments")) == 1);

    // The return books a debit of the same amount with the collection's EndToEndId: it is not
    // "a debit left out" but the payment undone, even when nothing is confirmed.
    const QByteArray returned = rabobank("RABO-0309", "2026-03-09", directDebit("R-200", "2026-03-09", "121.00", true, "DD-F-1", "Factuur F-1"));
    const ReconcileReport reversal = bank.import("returned.xml", returned, std::nullopt);
    REQUIRE(reversal.committed);
    CHECK(reversal.debits == 0);
    CHECK(reversal.matches.isEmpty());
    REQUIRE(reversal.reversals.size() == 1);
    CHECK(reversal.reversals.at(0).state == BankMatch::State::Reversed);
    REQUIRE(reversal.reversals.at(0).allocations.size() == 1);
    CHECK(reversal.reversals.at(0).allocations.at(0).number == QStringLiteral("F-1"));
    CHECK(reversal.reversals.at(0).allocations.at(0).amount == eur(12100));
    CHECK(bank.open("F-1") == eur(12100));
    CHECK(rows(*bank.db, QStringLiteral("payments")) == 0);
    CHECK(rows(*bank.db, QStringLiteral("allocations")) == 0);

    // Either statement imported again changes nothing: the collection is not booked a second time,
    // the return undoes nothing more.
    const ReconcileReport collectedAgain = bank.import("collected.xml", collected, 0);
    REQUIRE(collectedAgain.matches.size() == 1);
    CHECK(collectedAgain.matches.at(0).state == BankMatch::State::AlreadyBooked);
    CHECK(collectedAgain.booked == 0);
    const ReconcileReport returnedAgain = bank.import("returned.xml", returned, 0);
    REQUIRE(returnedAgain.reversals.size() == 1);
    CHECK(returnedAgain.reversals.at(0).state == BankMatch::State::Reversed);
    CHECK(bank.open("F-1") == eur(12100));
    CHECK(rows(*bank.db, QStringLiteral("payments")) == 0);
    CHECK(BankReconciler(*bank.db).pending().matches.isEmpty());
}

TEST_CASE("CAMT reversal of a credit not booked yet: it is no longer proposed, nothing is undone", "[import][camt][issue16]")
{
    DutchBank bank;
    const QByteArray collected = rabobank("RABO-0302", "2026-03-02", directDebit("R-100", "2026-03-02", "121.00", false, "DD-F-1", "Factuur F-1"));
    REQUIRE(bank.import("collected.xml", collected, std::nullopt).matches.at(0).state == BankMatch::State::Proposed);
    REQUIRE(BankReconciler(*bank.db).pending().matches.size() == 1);
    const QByteArray returned = rabobank("RABO-0309", "2026-03-09", directDebit("R-200", "2026-03-09", "121.00", true, "DD-F-1", "Factuur F-1"));
    const ReconcileReport report = bank.import("returned.xml", returned, 100);
    REQUIRE(report.reversals.size() == 1);
    CHECK(report.reversals.at(0).state == BankMatch::State::Reversed);
    CHECK(report.reversals.at(0).allocations.isEmpty());
    CHECK(BankReconciler(*bank.db).pending().matches.isEmpty());
    CHECK(bank.open("F-1") == eur(12100));
    // The collection imported again with a threshold is not booked: the money went back.
    const ReconcileReport again = bank.import("collected.xml", collected, 0);
    CHECK(again.booked == 0);
    CHECK(again.matches.at(0).state == BankMatch::State::AlreadyBooked);
    CHECK(rows(*bank.db, QStringLiteral("payments")) == 0);
}

TEST_CASE("CAMT reversal without one matching payment is listed for the user and changes nothing", "[import][camt][issue16]")
{
    DutchBank bank;
    // Two payments of 50.00 (F-4 and F-5), neither named by the return.
    const QByteArray collected = rabobank("RABO-0302", "2026-03-02",
                                          directDebit("R-1", "2026-03-02", "50.00", false, "DD-A", "Factuur F-4")
                                              + directDebit("R-2", "2026-03-02", "50.00", false, "DD-B", "Factuur F-5"));
    REQUIRE(bank.import("collected.xml", collected, 70).booked == 2); // one IBAN for two customers: 70
    const QByteArray returned = rabobank("RABO-0309", "2026-03-09", directDebit("R-3", "2026-03-09", "50.00", true, "NOTPROVIDED", "storno"));
    const ReconcileReport report = bank.import("returned.xml", returned, std::nullopt);
    REQUIRE(report.committed);
    REQUIRE(report.reversals.size() == 1);
    CHECK(report.reversals.at(0).state == BankMatch::State::ReversalUnmatched);
    CHECK(report.reversals.at(0).reason.contains(QStringLiteral("2")));
    CHECK(bank.open("F-4") == eur(0));
    CHECK(bank.open("F-5") == eur(0));
    CHECK(rows(*bank.db, QStringLiteral("payments")) == 2);
}

TEST_CASE("CAMT: invoice numbers in RfrdDocInf/Nb, AddtlTxInf and AddtlNtryInf match at 100", "[import][camt][issue16]")
{
    // F-4 and F-5 both have 50.00 open: by amount alone the entry is ambiguous (20).
    QByteArray entry;
    SECTION("SEB (camt.053.001.02): structured remittance, referred document number")
    {
        entry = "<NtryDtls><TxDtls><Refs><EndToEndId>NOTPROVIDED</EndToEndId></Refs><RmtInf><Strd><RfrdDocInf><Tp><CdOrPrtry>"
                "<Cd>CINV</Cd></CdOrPrtry></Tp><Nb>F-4</Nb></RfrdDocInf></Strd></RmtInf></TxDtls></NtryDtls>";
    }
    SECTION("SNS (camt.053.001.02): the description in the transaction's additional information")
    {
        entry = "<NtryDtls><TxDtls><Refs><EndToEndId>NOTPROVIDED</EndToEndId></Refs><AddtlTxInf>Omschrijving: factuur F-4</AddtlTxInf>"
                "</TxDtls></NtryDtls>";
    }
    SECTION("ABN AMRO (camt.053.001.02): the description in the entry's additional information")
    {
        entry = "<NtryDtls><TxDtls><Refs><EndToEndId>NOTPROVIDED</EndToEndId></Refs></TxDtls></NtryDtls>"
                "<AddtlNtryInf>/TRTP/SEPA OVERBOEKING/IBAN/NL91ABNA0417164300/NAME/DRIE BV/REMI/F-4/EREF/NOTPROVIDED</AddtlNtryInf>";
    }
    DutchBank bank;
    const QByteArray xml = rabobank("S-3", "2026-03-02",
                                    "<Ntry><Amt Ccy=\"EUR\">50.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-03-02</Dt>"
                                    "</BookgDt><AcctSvcrRef>E-1</AcctSvcrRef>"
                                        + entry + "</Ntry>\n");
    const ReconcileReport report = bank.import("s.xml", xml, 100);
    REQUIRE(report.committed);
    REQUIRE(report.matches.size() == 1);
    CHECK(report.matches.at(0).score == 100);
    CHECK(report.matches.at(0).state == BankMatch::State::Booked);
    CHECK(bank.open("F-4") == eur(0));
    CHECK(bank.open("F-5") == eur(5000));
}

TEST_CASE("CAMT: an entry without a booking date takes its value date, else the statement's date", "[import][camt][issue16]")
{
    DutchBank bank;
    // A Lithuanian bank's camt.053.001.08: BookgDt left out, ValDt given.
    const QByteArray valueDateOnly = document("camt.053.001.08", R"(<BkToCstmrStmt><GrpHdr><MsgId>LT</MsgId><CreDtTm>2026-03-06T01:00:00</CreDtTm></GrpHdr>
<Stmt><Id>LT-1</Id><CreDtTm>2026-03-06T01:00:00</CreDtTm><FrToDt><FrDtTm>2026-03-05T00:00:00</FrDtTm><ToDtTm>2026-03-05T23:59:59</ToDtTm></FrToDt>
<Acct><Id><IBAN>LT121000011101001000</IBAN></Id></Acct>
<Ntry><Amt Ccy="EUR">121.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts><ValDt><Dt>2026-03-04</Dt></ValDt>
 <NtryDtls><TxDtls><RmtInf><Ustrd>F-1</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>
<Ntry><Amt Ccy="EUR">50.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
 <NtryDtls><TxDtls><RmtInf><Ustrd>F-4</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>
</Stmt></BkToCstmrStmt>
)");
    const ReconcileReport report = bank.import("lt.xml", valueDateOnly, 100);
    INFO((report.errors.isEmpty() ? QString() : report.errors.at(0).toString()).toStdString());
    REQUIRE(report.committed);
    REQUIRE(report.matches.size() == 2);
    CHECK(report.matches.at(0).transaction.bookingDate == Date(2026, 3, 4));  // the value date
    CHECK(report.matches.at(1).transaction.bookingDate == Date(2026, 3, 5));  // the end of the statement's period
    CHECK(report.booked == 2);
    CHECK(bank.open("F-4") == eur(0));

    // No date anywhere (a statement without CreDtTm is not valid either): refused, naming the entry.
    QByteArray undated = valueDateOnly;
    undated.replace("<ValDt><Dt>2026-03-04</Dt></ValDt>", "");
    undated.replace("<CreDtTm>2026-03-06T01:00:00</CreDtTm>", "");
    undated.replace("<FrToDt><FrDtTm>2026-03-05T00:00:00</FrDtTm><ToDtTm>2026-03-05T23:59:59</ToDtTm></FrToDt>", "");
    DutchBank other;
    const QString path = writeFile(other.dir, QStringLiteral("undated.xml"), undated);
    const ReconcileReport refused = BankReconciler(*other.db).importStatement(path, 100);
    CHECK_FALSE(refused.committed);
    REQUIRE_FALSE(refused.errors.isEmpty());
    CHECK(refused.errors.at(0).toString().startsWith(path + QStringLiteral(":6:")));
    CHECK(refused.errors.at(0).reason.contains(QStringLiteral("date")));
    CHECK(rows(*other.db, QStringLiteral("bank_entries")) == 0);
}

TEST_CASE("CAMT.052, CAMT.054 and camt.053.001.01 are read by the same reader", "[import][camt][issue16]")
{
    DutchBank bank;
    QByteArray xml;
    QString statementId;
    qsizetype credits = 0; // F-1 always, F-4 as well when two
    SECTION("camt.052.001.08 intraday account report: the booked credit, not the pending one")
    {
        xml = document("camt.052.001.08", R"(<BkToCstmrAcctRpt><GrpHdr><MsgId>R</MsgId><CreDtTm>2026-03-02T12:00:00</CreDtTm></GrpHdr>
<Rpt><Id>RPT-1</Id><CreDtTm>2026-03-02T12:00:00</CreDtTm><Acct><Id><IBAN>NL44RABO0123456789</IBAN></Id></Acct>
<Ntry><Amt Ccy="EUR">121.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>2026-03-02</Dt></BookgDt>
 <AcctSvcrRef>A1</AcctSvcrRef><NtryDtls><TxDtls><RmtInf><Ustrd>F-1</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>
<Ntry><Amt Ccy="EUR">50.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>PDNG</Cd></Sts><BookgDt><Dt>2026-03-02</Dt></BookgDt>
 <AcctSvcrRef>A2</AcctSvcrRef><NtryDtls><TxDtls><RmtInf><Ustrd>F-4</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>
</Rpt></BkToCstmrAcctRpt>
)");
        statementId = QStringLiteral("RPT-1");
        credits = 1;
    }
    SECTION("camt.054.001.02 credit notification with batch details: each transaction")
    {
        xml = document("camt.054.001.02", R"(<BkToCstmrDbtCdtNtfctn><GrpHdr><MsgId>N</MsgId><CreDtTm>2026-03-02T12:00:00</CreDtTm></GrpHdr>
<Ntfctn><Id>NTF-1</Id><CreDtTm>2026-03-02T12:00:00</CreDtTm><Acct><Id><IBAN>NL44RABO0123456789</IBAN></Id></Acct>
<Ntry><Amt Ccy="EUR">171.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-03-02</Dt></BookgDt>
 <AcctSvcrRef>N1</AcctSvcrRef><NtryDtls><Btch><NbOfTxs>2</NbOfTxs><TtlAmt Ccy="EUR">171.00</TtlAmt></Btch>
  <TxDtls><Refs><EndToEndId>X1</EndToEndId></Refs><AmtDtls><TxAmt><Amt Ccy="EUR">121.00</Amt></TxAmt></AmtDtls><RmtInf><Ustrd>F-1</Ustrd></RmtInf></TxDtls>
  <TxDtls><Refs><EndToEndId>X2</EndToEndId></Refs><AmtDtls><TxAmt><Amt Ccy="EUR">50.00</Amt></TxAmt></AmtDtls><RmtInf><Ustrd>F-4</Ustrd></RmtInf></TxDtls>
 </NtryDtls></Ntry>
</Ntfctn></BkToCstmrDbtCdtNtfctn>
)");
        statementId = QStringLiteral("NTF-1");
        credits = 2;
    }
    SECTION("camt.053.001.01: versioned message element, TxDtls straight under Ntry")
    {
        xml = document("camt.053.001.01", R"(<BkToCstmrStmtV01><GrpHdr><MsgId>O</MsgId><CreDtTm>2026-03-02T12:00:00</CreDtTm></GrpHdr>
<Stmt><Id>OLD-1</Id><CreDtTm>2026-03-02T12:00:00</CreDtTm><Acct><Id><IBAN>NL44RABO0123456789</IBAN></Id></Acct>
<Ntry><Amt Ccy="EUR">121.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-03-02</Dt></BookgDt>
 <AcctSvcrRef>O1</AcctSvcrRef><TxDtls><Refs><EndToEndId>E1</EndToEndId></Refs><RmtInf><Ustrd>F-1</Ustrd></RmtInf></TxDtls></Ntry>
</Stmt></BkToCstmrStmtV01>
)");
        statementId = QStringLiteral("OLD-1");
        credits = 1;
    }
    const ReconcileReport report = bank.import("s.xml", xml, 100);
    INFO((report.errors.isEmpty() ? QString() : report.errors.at(0).toString()).toStdString());
    REQUIRE(report.committed);
    REQUIRE(report.matches.size() == credits);
    CHECK(report.matches.at(0).transaction.statementId == statementId);
    CHECK(report.booked == credits);
    CHECK(bank.open("F-1") == eur(0));
    CHECK(bank.open("F-4") == eur(credits == 2 ? 0 : 5000));
}

TEST_CASE("CAMT debits are counted per entry, not per transaction", "[import][camt][issue16]")
{
    DutchBank bank;
    // A salary batch of twelve transactions and one single debit: two entries; and a returned
    // salary payment, a credit that takes back a debit.
    QByteArray batch;
    for (int i = 1; i <= 12; ++i)
        batch += "<TxDtls><Refs><EndToEndId>SAL-" + QByteArray::number(i) + "</EndToEndId></Refs><Amt Ccy=\"EUR\">100.00</Amt>"
                                                                               "<CdtDbtInd>DBIT</CdtDbtInd></TxDtls>";
    const QByteArray xml = rabobank("S-D", "2026-03-25",
                                    "<Ntry><Amt Ccy=\"EUR\">1200.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-03-25</Dt>"
                                    "</BookgDt><AcctSvcrRef>D1</AcctSvcrRef><NtryDtls>" + batch + "</NtryDtls></Ntry>\n"
                                    "<Ntry><Amt Ccy=\"EUR\">7.50</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-03-25</Dt>"
                                    "</BookgDt><AcctSvcrRef>D2</AcctSvcrRef></Ntry>\n"
                                    // A salary payment returned: money in, but no customer's payment.
                                    "<Ntry><Amt Ccy=\"EUR\">100.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><RvslInd>true</RvslInd><Sts>BOOK</Sts>"
                                    "<BookgDt><Dt>2026-03-26</Dt></BookgDt><AcctSvcrRef>D3</AcctSvcrRef></Ntry>\n");
    const ReconcileReport report = bank.import("d.xml", xml, std::nullopt);
    REQUIRE(report.committed);
    CHECK(report.debits == 3);
    CHECK(report.matches.isEmpty());
    CHECK(report.reversals.isEmpty());
}
