#include "BankStatementFixture.h"
#include "importers/Mt940Details.h"
#include "importers/Mt940Reader.h"
#include "importers/StatementReader.h"

using namespace dd;
using namespace dd::test;

namespace {

const BankMatch &matchOf(const ReconcileReport &report, const QString &entryRef)
{
    for (const BankMatch &m : report.matches) {
        if (m.transaction.entryRef == entryRef)
            return m;
    }
    FAIL("no entry " << entryRef.toStdString());
    return report.matches.constFirst();
}

// ABN AMRO's "Internet Bankieren" MT940: three header lines, each statement ended by "-", the
// account number without IBAN in :25:, :28: instead of :28C:, amounts without decimals ("29,"),
// no bank reference, and :86: as free text in columns: SEPA transfers with "IBAN:", "NAAM:",
// "OMSCHRIJVING:" labels, older ones with just a description. F-2 paid in part, F-4 in full.
const QByteArray abnAmroStatement = "ABNANL2A\r\n940\r\nABNANL2A\r\n"
                                    ":20:ABN AMRO BANK NV\r\n"
                                    ":25:417164300\r\n"
                                    ":28:26061/1\r\n"
                                    ":60F:C260301EUR0,\r\n"
                                    ":61:2603020302C29,N654NONREF\r\n"
                                    ":86:SEPA OVERBOEKING                 IBAN: NL91ABNA0417164300        \r\n"
                                    "BIC: ABNANL2A                    NAAM: KLANT TWEE                 \r\n"
                                    "OMSCHRIJVING: DEELBETALING F-2   KENMERK: 2026-03-02 12:00        \r\n"
                                    ":61:2603020302C50,N544NONREF\r\n"
                                    ":86:GIRO  1234567 KLANT DRIE        BETREFT FACTUUR\r\n"
                                    "F-4 VAN 12-01-2026\r\n"
                                    ":62F:C260302EUR79,\r\n"
                                    "-\r\n";

// Rabobank's "Rabo Internetbankieren" MT940 Structured: a ":940:" line first, IBAN and currency
// apart in :25:, amounts padded with zeros, the counterparty's IBAN on the :61: line's second
// line, :86: with /EREF/, /ORDP//NAME/, /REMI/ and /ISDT/. F-5 paid in full.
const QByteArray rabobankStatement = ":940:\n"
                                     ":20:940S260303\n"
                                     ":25:NL50RABO0123456789 EUR\n"
                                     ":28C:26062\n"
                                     ":60F:C260302EUR500,00\n"
                                     ":61:260303C000000000050,00N541EREF\n"
                                     "NL02RABO0111111111\n"
                                     ":86:/EREF/20260303-001/ORDP//NAME/Klant Een/ADDR/Amsterdam/REMI/Factuur F-5/ISDT/2026-03-03\n"
                                     ":62F:C260303EUR550,00\n";

} // namespace

TEST_CASE("MT940 as ING writes it: structured :86:, SWIFT blocks, booked and open amounts", "[import][mt940]")
{
    StatementFixture bank;
    const QString path = writeFile(bank.dir, QStringLiteral("ing.sta"), ingStatement());
    ImportIssues issues;
    const auto read = Mt940Reader::read(fileBytes(path), path, &issues);
    REQUIRE(issues.isEmpty());
    REQUIRE(read);
    REQUIRE(read->size() == 2);
    const BankTransaction &credit = read->at(0);
    CHECK(credit.statementId == QStringLiteral("NL69INGB0123456789EUR/00000/2025-12-31"));
    CHECK(credit.entryRef == QStringLiteral("00000000001005"));
    CHECK(credit.bookingDate == day(2026, 1, 2)); // entry date 0102 after value date 251231: the next year
    CHECK(credit.amount == eur(12100));
    CHECK(credit.credit);
    CHECK_FALSE(credit.reversal);
    CHECK(credit.debtorIban == QStringLiteral("NL02RABO0111111111"));
    CHECK(credit.debtorName == QStringLiteral("KLANT EEN BV"));
    CHECK(credit.endToEndId == QStringLiteral("E2E-77"));
    CHECK(credit.remittance == QStringLiteral("Betaling factuur F-1, dank u"));
    CHECK(credit.line == 8);
    const BankTransaction &debit = read->at(1);
    CHECK_FALSE(debit.credit);
    CHECK(debit.amount == eur(1050));
    CHECK(debit.endToEndId.isEmpty()); // NOTPROVIDED
    CHECK(debit.remittance == QStringLiteral("Kosten betalingsverkeer"));

    const ReconcileReport report = bank.import(path, 90);
    REQUIRE(report.committed);
    REQUIRE(report.matches.size() == 1);
    CHECK(report.debits == 1);
    CHECK(report.booked == 1);
    const BankMatch &paid = matchOf(report, QStringLiteral("00000000001005"));
    CHECK(paid.score == 100);
    CHECK(paid.state == BankMatch::State::Booked);
    CHECK(bank.openOf("F-1") == eur(0));
    CHECK(bank.openOf("F-5") == eur(5000));

    // The same download again books nothing twice.
    const ReconcileReport again = bank.import(path, 90);
    REQUIRE(again.committed);
    REQUIRE(again.matches.size() == 1);
    CHECK(again.matches.at(0).state == BankMatch::State::AlreadyBooked);
    CHECK(again.booked == 0);
    CHECK(rows(*bank.db, QStringLiteral("payments")) == 1);
    CHECK(rows(*bank.db, QStringLiteral("bank_entries")) == 1);
}

TEST_CASE("MT940 as ABN AMRO writes it: free-text :86:, header lines, amounts without decimals", "[import][mt940]")
{
    StatementFixture bank;
    const QString path = writeFile(bank.dir, QStringLiteral("abn.STA"), abnAmroStatement);
    const ReconcileReport report = bank.import(path, 70);
    INFO((report.errors.isEmpty() ? QString() : report.errors.constFirst().toString()).toStdString());
    REQUIRE(report.committed);
    REQUIRE(report.matches.size() == 2);
    const BankMatch &partial = matchOf(report, QStringLiteral("1"));
    CHECK(partial.transaction.statementId == QStringLiteral("417164300/26061/1/2026-03-01"));
    CHECK(partial.transaction.debtorIban == QStringLiteral("NL91ABNA0417164300"));
    CHECK(partial.transaction.debtorName == QStringLiteral("KLANT TWEE"));
    CHECK(partial.transaction.remittance == QStringLiteral("DEELBETALING F-2 2026-03-02 12:00"));
    CHECK(partial.transaction.amount == eur(2900));
    CHECK(partial.score == 80);
    CHECK(partial.state == BankMatch::State::Booked);
    const BankMatch &giro = matchOf(report, QStringLiteral("2"));
    CHECK(giro.transaction.remittance == QStringLiteral("GIRO 1234567 KLANT DRIE BETREFT FACTUUR F-4 VAN 12-01-2026"));
    CHECK(giro.transaction.debtorIban.isEmpty());
    CHECK(giro.score == 100);
    CHECK(giro.state == BankMatch::State::Booked);

    CHECK(bank.openOf("F-2") == eur(5000)); // 79.00 - 29.00
    CHECK(bank.openOf("F-4") == eur(0));
    CHECK(bank.openOf("F-1") == eur(12100));
}

TEST_CASE("MT940 as Rabobank writes it: the payer's IBAN on the :61: line's second line", "[import][mt940]")
{
    StatementFixture bank;
    const QString path = writeFile(bank.dir, QStringLiteral("rabo.swi"), rabobankStatement);
    const ReconcileReport report = bank.import(path, 90);
    REQUIRE(report.committed);
    REQUIRE(report.matches.size() == 1);
    const BankTransaction &t = report.matches.at(0).transaction;
    CHECK(t.debtorIban == QStringLiteral("NL02RABO0111111111"));
    CHECK(t.debtorName == QStringLiteral("Klant Een"));
    CHECK(t.endToEndId == QStringLiteral("20260303-001"));
    CHECK(t.remittance == QStringLiteral("Factuur F-5"));
    CHECK(t.amount == eur(5000));
    CHECK(report.matches.at(0).state == BankMatch::State::Booked);
    CHECK(bank.openOf("F-5") == eur(0));
    CHECK(bank.openOf("F-1") == eur(12100));
}

TEST_CASE("MT940 reversals (RC, RD) are never booked as a customer's payment, RC undoes the payment it returns", "[import][mt940]")
{
    StatementFixture bank;
    // ING layout: F-1 paid, the same payment returned (RC, /RTRN/), and a returned debit
    // (RD) whose description names F-5 for exactly its open amount.
    const QByteArray statement = ":20:P260304000000001\n"
                                 ":25:NL69INGB0123456789EUR\n"
                                 ":28C:00000\n"
                                 ":60F:C260303EUR1000,00\n"
                                 ":61:2603040304C121,00NTRFEREF//00000000002001\n"
                                 ":86:/EREF/E2E-1//CNTP/NL02RABO0111111111/RABONL2U/KLANT EEN BV/AMSTERDAM///REMI/USTD//F-1/\n"
                                 ":61:2603040304RC121,00NRTIEREF//00000000002002\n"
                                 ":86:/RTRN/MS03/EREF/E2E-1//CNTP/NL02RABO0111111111/RABONL2U/KLANT EEN BV/AMSTERDAM///REMI/USTD//F-1/\n"
                                 ":61:2603040304RD50,00NRTIEREF//00000000002003\n"
                                 ":86:/RTRN/AC04/EREF/E2E-9//CNTP/NL44INGB0000000001/INGBNL2A/LEVERANCIER///REMI/USTD//Retour F-5/\n"
                                 ":62F:C260304EUR1050,00\n"
                                 "-\n";
    const QString path = writeFile(bank.dir, QStringLiteral("reversal.940"), statement);
    const auto read = Mt940Reader::read(statement, path, nullptr);
    REQUIRE(read);
    REQUIRE(read->size() == 3);
    // RC: money goes back out, a debit; RD: money comes back in. The balance check (1000 + 121
    // - 121 + 50 = 1050) holds only with these directions.
    CHECK((read->at(1).reversal && !read->at(1).credit));
    CHECK((read->at(2).reversal && read->at(2).credit));

    const ReconcileReport report = bank.import(path, 90);
    REQUIRE(report.committed);
    REQUIRE(report.matches.size() == 1); // only the real credit
    CHECK(report.matches.at(0).transaction.entryRef == QStringLiteral("00000000002001"));
    // RC takes F-1's payment back (same EndToEndId), as a CAMT debit with RvslInd does
    // (BankReversals): F-1 is open again and its payment gone.
    REQUIRE(report.reversals.size() == 1);
    CHECK(report.reversals.at(0).state == BankMatch::State::Reversed);
    CHECK(bank.openOf("F-1") == eur(12100));
    // RD gives back money paid out: counted with the debits, like a CAMT credit with RvslInd,
    // and no payment of F-5, whatever its description says.
    CHECK(report.debits == 1);
    CHECK(bank.openOf("F-5") == eur(5000));
    CHECK(rows(*bank.db, QStringLiteral("bank_entries")) == 2); // the credit and the reversal that undid it
    CHECK(rows(*bank.db, QStringLiteral("payments")) == 0);
}

TEST_CASE("MT940 whose balances do not add up is refused with file, line and tag, nothing is booked", "[import][mt940]")
{
    StatementFixture bank;
    const QString path = writeFile(bank.dir, QStringLiteral("short.sta"), ingStatement("1110,51"));
    const auto before = importCounts(*bank.db);
    const ReconcileReport report = bank.import(path, 0);
    CHECK_FALSE(report.committed);
    REQUIRE(report.errors.size() == 1);
    const ImportIssue &issue = report.errors.at(0);
    CHECK(issue.file == path);
    CHECK(issue.line == 16);
    CHECK(issue.reason.startsWith(QStringLiteral(":62F: the opening balance 1000.00 plus the movements is 1110.50, but the closing balance is 1110.51")));
    CHECK(importCounts(*bank.db) == before);
    CHECK(bank.openOf("F-1") == eur(12100));
}

TEST_CASE("MT940 with a malformed field or missing balance is refused naming the line and tag", "[import][mt940]")
{
    StatementFixture bank;
    // ING layout with the amount written with a decimal point.
    QByteArray pointAmount = ingStatement();
    pointAmount.replace("C121,00NTRF", "C121.00NTRF");
    ImportIssues issues;
    CHECK_FALSE(Mt940Reader::read(pointAmount, QStringLiteral("p.sta"), &issues));
    REQUIRE(issues.size() == 1);
    CHECK(issues.at(0).toString().startsWith(QStringLiteral("p.sta:8:1: :61: \"2512310102C121.00NTRFEREF//00000000001005\" is not a statement line")));

    // A download cut off before its closing balance.
    const QByteArray cut = ingStatement().left(ingStatement().indexOf(":62F:"));
    issues.clear();
    CHECK_FALSE(Mt940Reader::read(cut, QStringLiteral("cut.sta"), &issues));
    REQUIRE(issues.size() == 1);
    CHECK(issues.at(0).toString() == QStringLiteral("cut.sta:4:1: :20: statement without a closing balance (:62F: or :62M:)"));

    // Three decimals and an impossible date.
    QByteArray bad = ingStatement();
    bad.replace(":60F:C251231EUR1000,00", ":60F:C251232EUR1000,001");
    issues.clear();
    CHECK_FALSE(Mt940Reader::read(bad, QStringLiteral("bad.sta"), &issues));
    REQUIRE(issues.size() == 2);
    CHECK(issues.at(0).toString().startsWith(QStringLiteral("bad.sta:7:1: :60F: date \"251232\"")));
    CHECK(issues.at(1).toString().startsWith(QStringLiteral("bad.sta:7:1: :60F: amount \"1000,001\" is not an MT940 amount")));

    const auto before = importCounts(*bank.db);
    const ReconcileReport report = bank.import(writeFile(bank.dir, QStringLiteral("p.sta"), pointAmount), 0);
    CHECK_FALSE(report.committed);
    CHECK(importCounts(*bank.db) == before);
}

TEST_CASE("Bank statements are told apart by content, not by name", "[import][mt940]")
{
    CHECK(StatementReader::recognise(ingStatement()) == StatementFormat::Mt940);
    CHECK(StatementReader::recognise(abnAmroStatement) == StatementFormat::Mt940);
    CHECK(StatementReader::recognise(rabobankStatement) == StatementFormat::Mt940);
    CHECK(StatementReader::recognise("\xEF\xBB\xBF\n  <?xml version=\"1.0\"?><Document/>") == StatementFormat::Camt);
    CHECK(StatementReader::recognise(QByteArray("PK\x03\x04", 4) + "rest") == StatementFormat::Zip);
    CHECK(StatementReader::recognise("number,name\nC1,Een\n") == StatementFormat::Unknown);

    StatementFixture bank;
    // An MT940 download saved as .xml is still read as MT940.
    const ReconcileReport report = bank.import(writeFile(bank.dir, QStringLiteral("statement.xml"), rabobankStatement), 90);
    REQUIRE(report.committed);
    CHECK(bank.openOf("F-5") == eur(0));

    const QString csv = writeFile(bank.dir, QStringLiteral("statement.sta"), "number,name\nC1,Een\n");
    const ReconcileReport refused = bank.import(csv);
    CHECK_FALSE(refused.committed);
    REQUIRE(refused.errors.size() == 1);
    CHECK(refused.errors.at(0).toString() == csv + QStringLiteral(":1:1: not a bank statement: neither CAMT.053 XML nor MT940 nor a .zip of them"));
}

TEST_CASE("MT940 :86: sub-fields as the Dutch banks write them", "[import][mt940]")
{
    // ING, a structured (Currence) payment reference: /REMI/STRD/CUR/reference/.
    Mt940Details ing = Mt940Details::parse(QStringLiteral("/EREF/NOTPROVIDED//CNTP/NL02RABO0111111111/RABONL2U/KLANT EEN BV/AMSTERDAM///REMI/STRD/CUR/"
                                                          "1234567890123456//"),
                                           QStringLiteral("/TRCD/00100/"));
    CHECK(ing.remittance == QStringLiteral("1234567890123456"));
    CHECK(ing.endToEndId.isEmpty());
    CHECK(ing.iban == QStringLiteral("NL02RABO0111111111"));

    // ABN AMRO's SEPA layout: /TRTP/ first, then /IBAN/, /BIC/, /NAME/, /REMI/, /EREF/.
    const Mt940Details abn = Mt940Details::parse(QStringLiteral("/TRTP/SEPA OVERBOEKING/IBAN/NL91ABNA0417164300/BIC/ABNANL2A/NAME/K\n"
                                                                "LANT TWEE/REMI/Factuur F-2/EREF/2026-0042"),
                                                 QString());
    CHECK(abn.iban == QStringLiteral("NL91ABNA0417164300"));
    CHECK(abn.name == QStringLiteral("KLANT TWEE"));
    CHECK(abn.remittance == QStringLiteral("Factuur F-2"));
    CHECK(abn.endToEndId == QStringLiteral("2026-0042"));

    // Free text with a slash in it is not taken for sub-fields; an IBAN in groups of four ends
    // where its checksum holds, not at the next word.
    const Mt940Details free = Mt940Details::parse(QStringLiteral("BETALING 12/03 FACTUUR F-5\nIBAN: NL91 ABNA 0417 1643 00 BETREFT MAART"), QString());
    CHECK(free.remittance == QStringLiteral("BETALING 12/03 FACTUUR F-5 IBAN: NL91 ABNA 0417 1643 00 BETREFT MAART"));
    CHECK(free.iban == QStringLiteral("NL91ABNA0417164300"));
    // A wrong check digit is no IBAN.
    CHECK(Mt940Details::parse(QStringLiteral("IBAN: NL92ABNA0417164300"), QString()).iban.isEmpty());
}
