#pragma once

// The bank statement tests' world: a fresh database with customers and invoices loaded through the
// CSV importer, the statement written next to it, and the open amount of an invoice afterwards.

#include "ImportTestSupport.h"
#include "importers/BankReconciler.h"
#include "importers/CsvImporter.h"
#include "invoices/InvoiceRepository.h"

namespace dd::test {

struct BankWorld
{
    TempDir dir;
    std::unique_ptr<Database> db = freshDatabase(dir);

    void load(const char *name, const QByteArray &csv, ImportKind kind)
    {
        CsvImportOptions options;
        options.kind = kind;
        REQUIRE(CsvImporter(*db).importFile(writeFile(dir, QString::fromLatin1(name), csv), options).committed);
    }

    ReconcileReport import(const char *name, const QByteArray &xml, std::optional<int> confirmAtLeast)
    {
        return BankReconciler(*db).importStatement(writeFile(dir, QString::fromLatin1(name), xml), confirmAtLeast);
    }

    Money open(const char *number)
    {
        const auto invoice = InvoiceRepository(*db).findByNumber(QString::fromLatin1(number));
        REQUIRE(invoice);
        return invoice->openAmount();
    }

    static const BankMatch &find(const ReconcileReport &report, const QString &ref)
    {
        for (const BankMatch &m : report.matches) {
            if (m.transaction.entryRef == ref)
                return m;
        }
        FAIL("no entry " << ref.toStdString());
        return report.matches.constFirst();
    }
};

} // namespace dd::test
