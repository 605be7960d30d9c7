// Issue 19: a payment reversed by hand (PaymentService, a negative payment row) meets a reversal by
// the bank (camt RvslInd, BankReversals, which undoes a payment by deleting it). Neither may take
// the money back a second time, and neither order may lose a row or refuse the statement.

#include "CamtTestSupport.h"

#include "common/Clock.h"
#include "common/ValidationError.h"
#include "payments/PaymentRepository.h"
#include "payments/PaymentService.h"

using namespace dd;
using namespace dd::test;

namespace {

// A Rabobank camt.053.001.02 day statement with one SEPA direct debit entry: the collection a
// credit, its return (storno) a debit with RvslInd, the collection's EndToEndId and a return
// reason, as Rabobank books them (the layout of test_import_camt_real.cpp, kept short here).
QByteArray statement(const char *id, const char *date, bool reversal)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\">\n"
           "<BkToCstmrStmt><GrpHdr><MsgId>" + QByteArray(id) + "</MsgId><CreDtTm>" + date + "T06:00:00</CreDtTm></GrpHdr>\n"
           "<Stmt><Id>" + id + "</Id><Acct><Id><IBAN>NL44RABO0123456789</IBAN></Id></Acct>\n"
           "<Ntry><Amt Ccy=\"EUR\">121.00</Amt><CdtDbtInd>" + (reversal ? "DBIT" : "CRDT") + "</CdtDbtInd>"
        + (reversal ? "<RvslInd>true</RvslInd>" : "") + "<Sts>BOOK</Sts><BookgDt><Dt>" + date + "</Dt></BookgDt><ValDt><Dt>" + date
        + "</Dt></ValDt><AcctSvcrRef>" + id + "-1</AcctSvcrRef><BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RDDT</Cd><SubFmlyCd>"
        + (reversal ? "UPDD" : "ESDD") + "</SubFmlyCd></Fmly></Domn></BkTxCd><NtryDtls><TxDtls><Refs><EndToEndId>DD-F-1</EndToEndId>"
          "</Refs><RltdPties><Dbtr><Nm>Een BV</Nm></Dbtr><DbtrAcct><Id><IBAN>NL02RABO0111111111</IBAN></Id></DbtrAcct></RltdPties>"
          "<RmtInf><Ustrd>Factuur F-1</Ustrd></RmtInf>"
        + (reversal ? "<RtrInf><Rsn><Cd>AM04</Cd></Rsn></RtrInf>" : "") + "</TxDtls></NtryDtls></Ntry>\n</Stmt></BkToCstmrStmt>\n</Document>\n";
}

struct CollectedWorld : BankWorld
{
    FixedClock clock{QDateTime(QDate(2026, 3, 20), QTime(12, 0), Qt::UTC)};
    PaymentService payments{*db, clock, QStringLiteral("Anna de Vries")};
    qint64 paymentId = 0;

    CollectedWorld()
    {
        load("c.csv", "number,name\nC1,Een\n", ImportKind::Customers);
        load("i.csv", "number,customer,issue_date,total_incl\nF-1,C1,2026-01-10,121.00\n", ImportKind::Invoices);
        const ReconcileReport paid = import("collected.xml", statement("RABO-0302", "2026-03-02", false), 100);
        REQUIRE(paid.booked == 1);
        REQUIRE(open("F-1") == eur(0));
        paymentId = db->scalar(QStringLiteral("SELECT id FROM payments")).toLongLong();
        REQUIRE(paymentId > 0);
    }
};

} // namespace

TEST_CASE("a bank reversal of a payment already reversed by hand undoes nothing and is listed to check", "[import][camt][reversal][issue19]")
{
    CollectedWorld bank;
    const Payment byHand = bank.payments.reverse(bank.paymentId, day(2026, 3, 5), QStringLiteral("bounced, phoned the bank"));
    CHECK(bank.open("F-1") == eur(12100));

    const ReconcileReport report = bank.import("returned.xml", statement("RABO-0309", "2026-03-09", true), std::nullopt);
    REQUIRE(report.committed);
    REQUIRE(report.reversals.size() == 1);
    const BankMatch &listed = report.reversals.at(0);
    CHECK(listed.state == BankMatch::State::ReversalUnmatched);
    CHECK(listed.reason.contains(QStringLiteral("already reversed by hand on 2026-03-05 by Anna de Vries")));
    CHECK(report.reversalsUndone() == 0);
    // Taken back once: the open amount is the invoice's total, not twice it; both rows are kept.
    CHECK(bank.open("F-1") == eur(12100));
    CHECK(rows(*bank.db, QStringLiteral("payments")) == 2);
    CHECK(rows(*bank.db, QStringLiteral("allocations")) == 2);
    const std::optional<Payment> original = PaymentRepository(*bank.db).findById(bank.paymentId);
    REQUIRE(original);
    CHECK(original->reversedBy == byHand.id);

    // Imported again it is listed again, still undoing nothing.
    const ReconcileReport again = bank.import("returned.xml", statement("RABO-0309", "2026-03-09", true), std::nullopt);
    REQUIRE(again.reversals.size() == 1);
    CHECK(again.reversals.at(0).state == BankMatch::State::ReversalUnmatched);
    CHECK(bank.open("F-1") == eur(12100));
    CHECK(rows(*bank.db, QStringLiteral("payments")) == 2);
}

TEST_CASE("a payment the bank took back cannot be reversed by hand, and the message says why", "[payments][reversal][issue19]")
{
    CollectedWorld bank;
    const ReconcileReport report = bank.import("returned.xml", statement("RABO-0309", "2026-03-09", true), std::nullopt);
    REQUIRE(report.reversalsUndone() == 1);
    CHECK(bank.open("F-1") == eur(12100));

    CHECK_THROWS_WITH(bank.payments.reverse(bank.paymentId, day(2026, 3, 10), QString()),
                      Catch::Contains("no longer exists") && Catch::Contains("bank"));
    CHECK(bank.open("F-1") == eur(12100));
    CHECK(rows(*bank.db, QStringLiteral("payments")) == 0);
}

TEST_CASE("a refund paid out is never what a bank reversal undoes", "[import][camt][reversal][refund][issue19]")
{
    CollectedWorld bank;
    // Paid twice: the collection and the same amount again by hand; 121.00 is owed back and paid out
    // with the collection's remittance as its reference (as a controller might type it).
    bank.payments.receive(InvoiceRepository(*bank.db).findByNumber(QStringLiteral("F-1"))->id, eur(12100), day(2026, 3, 3),
                          QStringLiteral("second transfer"));
    CHECK(bank.open("F-1") == eur(-12100));
    const Payment refund = bank.payments.payRefund(InvoiceRepository(*bank.db).findByNumber(QStringLiteral("F-1"))->id, eur(12100),
                                                   day(2026, 3, 4), QStringLiteral("Factuur F-1"));
    CHECK(bank.open("F-1") == eur(0));

    // The bank returns the collection: that payment is undone, the refund and the second transfer stay.
    const ReconcileReport report = bank.import("returned.xml", statement("RABO-0309", "2026-03-09", true), std::nullopt);
    REQUIRE(report.reversals.size() == 1);
    CHECK(report.reversals.at(0).state == BankMatch::State::Reversed);
    CHECK(report.reversals.at(0).paymentId == bank.paymentId);
    CHECK(PaymentRepository(*bank.db).findById(refund.id));
    CHECK(rows(*bank.db, QStringLiteral("payments")) == 2);
    CHECK(bank.open("F-1") == eur(12100));
}
