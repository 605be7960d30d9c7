#pragma once

// The MT940 and .zip tests' database and statements. The statements are written for the tests;
// each says which bank's download layout it mirrors.

#include "ImportTestSupport.h"
#include "importers/BankReconciler.h"
#include "importers/CsvImporter.h"
#include "invoices/InvoiceRepository.h"

namespace dd::test {

// Three customers with open invoices: F-1 (C1, 121.00), F-2 (C2, 79.00), F-4 (C3, 50.00),
// F-5 (C1, 50.00).
struct StatementFixture
{
    TempDir dir;
    std::unique_ptr<Database> db = freshDatabase(dir);

    StatementFixture()
    {
        auto run = [&](const char *name, const QByteArray &csv, ImportKind kind) {
            CsvImportOptions options;
            options.kind = kind;
            REQUIRE(CsvImporter(*db).importFile(writeFile(dir, QString::fromLatin1(name), csv), options).committed);
        };
        run("customers.csv", "number,name\nC1,Klant Een\nC2,Klant Twee\nC3,Klant Drie\n", ImportKind::Customers);
        run("invoices.csv",
            "number,customer,issue_date,total_incl\nF-1,C1,2025-12-01,121.00\nF-2,C2,2026-01-10,79.00\n"
            "F-4,C3,2026-01-12,50.00\nF-5,C1,2026-01-13,50.00\n",
            ImportKind::Invoices);
    }

    Money openOf(const char *number) const
    {
        const auto invoice = InvoiceRepository(*db).findByNumber(QString::fromLatin1(number));
        REQUIRE(invoice);
        return invoice->openAmount();
    }

    ReconcileReport import(const QString &path, std::optional<int> confirmAtLeast = std::nullopt)
    {
        return BankReconciler(*db).importStatement(path, confirmAtLeast);
    }
};

// ING's "Mijn ING Zakelijk" MT940 Structured download: SWIFT blocks around the message, the
// IBAN and currency in :25:, statement number 00000, the bank's reference after "//" in :61:,
// /TRCD/ on the :61: line's second line, :86: with /EREF/, /CNTP/account/BIC/name/city/ and
// /REMI/USTD//text/, cut at 65 characters even inside a word. F-1 paid in full (entry date
// 2 January, value date 31 December), bank costs debited. `closing` is the :62F: amount.
inline QByteArray ingStatement(const char *closing = "1110,50")
{
    return QByteArray("{1:F01INGBNL2ABXXX0000000000}\r\n{2:I940INGBNL2AXXXN}\r\n{4:\r\n"
                      ":20:P260102000000001\r\n"
                      ":25:NL69INGB0123456789EUR\r\n"
                      ":28C:00000\r\n"
                      ":60F:C251231EUR1000,00\r\n"
                      ":61:2512310102C121,00NTRFEREF//00000000001005\r\n"
                      "/TRCD/00100/\r\n"
                      ":86:/EREF/E2E-77//CNTP/NL02RABO0111111111/RABONL2U/KLANT EEN BV/AMSTER\r\n"
                      "DAM///REMI/USTD//Betaling factuur F-1, dank u/\r\n"
                      ":61:260102D10,50NDDTEREF//00000000001006\r\n"
                      "/TRCD/01016/\r\n"
                      ":86:/EREF/NOTPROVIDED//CNTP/NL44INGB0000000001/INGBNL2A/ING BANK NV///RE\r\n"
                      "MI/USTD//Kosten betalingsverkeer/\r\n"
                      ":62F:C260102EUR")
        + closing
        + "\r\n"
          ":64:C260102EUR1110,50\r\n"
          ":86:/SUM/2/1/121,00/10,50/\r\n"
          "-}\r\n";
}

} // namespace dd::test
