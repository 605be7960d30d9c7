// Bad and hostile input to the importers (issue 14): each case here once crashed, hung or was
// silently taken wrongly.

#include "ImportTestSupport.h"
#include "common/Clock.h"
#include "disputes/DisputeService.h"
#include "importers/CsvImporter.h"
#include "invoices/InvoiceRepository.h"

using namespace dd;
using namespace dd::test;

namespace {

ImportReport importCsv(Database &db, const QString &path, ImportKind kind, bool validRowsOnly = false)
{
    CsvImportOptions options;
    options.kind = kind;
    options.validRowsOnly = validRowsOnly;
    return CsvImporter(db).importFile(path, options);
}

QString messages(const ImportReport &report)
{
    QStringList result;
    for (const ImportIssue &issue : report.errors)
        result << issue.toString();
    return result.join(u'\n');
}

struct Books
{
    TempDir dir;
    std::unique_ptr<Database> db = freshDatabase(dir);

    Books()
    {
        const QString path = writeFile(dir, QStringLiteral("customers.csv"),
                                       "number,name,payment_term_days\nC1,Bakkerij De Zon,14\nC2,Jansen,30\n");
        const ImportReport report = importCsv(*db, path, ImportKind::Customers);
        INFO(messages(report).toStdString());
        REQUIRE(report.committed);
    }

    Dispute dispute(const QString &invoiceNumber)
    {
        FixedClock clock{QDateTime(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC)};
        DisputeService service(*db, clock, QStringLiteral("test"));
        OpenDisputeRequest request;
        request.invoices << DisputeInvoiceRequest{invoiceNumber, std::nullopt};
        request.reasonCode = QStringLiteral("quality");
        request.channel = Channel::Email;
        request.story = QStringLiteral("Broken");
        request.receivedOn = Date(2026, 3, 9);
        return service.open(request);
    }
};

} // namespace

// The two-pass import kept a reference to an invoice's first row after the rows were freed (a
// heap use-after-free under AddressSanitizer): the error and the note about a held invoice read it.
TEST_CASE("Invoices with lines in rows apart: a held re-import and an error name the invoice's first line", "[import][csv][asan]")
{
    Books b;
    const QByteArray header = "number,customer,issue_date,description,quantity,unit_price,vat_rate,total_incl\n";
    const QString path = writeFile(b.dir, QStringLiteral("lines.csv"),
                                   (header + "F-1,C1,2026-01-10,Bread,10,2.00,9,\n"
                                             "F-2,C2,2026-01-11,Cake,1,15.00,9,\n"
                                             "F-1,C1,2026-01-10,Flour,1,5.00,9,\n"
                                             "F-2,C2,2026-01-11,Tea,2,1.00,21,\n"));
    const ImportReport first = importCsv(*b.db, path, ImportKind::Invoices);
    INFO(messages(first).toStdString());
    REQUIRE(first.committed);
    CHECK(first.created == 2);
    const Dispute dispute = b.dispute(QStringLiteral("F-1"));

    // F-1 changes amount while disputed: held, and the note names line 2, where F-1 starts.
    writeFile(b.dir, QStringLiteral("lines.csv"),
              (header + "F-1,C1,2026-01-10,Bread,10,2.50,9,\n"
                        "F-2,C2,2026-01-11,Cake,1,15.00,9,\n"
                        "F-1,C1,2026-01-10,Flour,1,5.00,9,\n"
                        "F-2,C2,2026-01-11,Tea,2,1.00,21,\n"));
    for (const bool validRowsOnly : {false, true}) {
        const ImportReport held = importCsv(*b.db, path, ImportKind::Invoices, validRowsOnly);
        INFO(messages(held).toStdString());
        REQUIRE(held.committed);
        CHECK(held.held == 1);
        CHECK(held.unchanged == 1);
        REQUIRE(held.notes.size() == 1);
        CHECK(held.notes.at(0).startsWith(path + QStringLiteral(":2: ")));
        CHECK(held.notes.at(0).contains(QStringLiteral("disputed in case ") + dispute.number));
    }
    CHECK(InvoiceRepository(*b.db).findByNumber(QStringLiteral("F-1"))->totalInclVat == eur(2725));

    // A given total that the lines do not make: the error stands on F-2's first row, in total_incl.
    const QString wrong = writeFile(b.dir, QStringLiteral("wrong.csv"),
                                    (header + "F-3,C1,2026-01-12,Bread,1,2.00,9,\n"
                                              "F-4,C2,2026-01-12,Cake,1,15.00,9,99.00\n"
                                              "F-3,C1,2026-01-12,Flour,1,5.00,9,\n"
                                              "F-4,C2,2026-01-12,Tea,2,1.00,21,\n"));
    const ImportReport refused = importCsv(*b.db, wrong, ImportKind::Invoices, true);
    REQUIRE(refused.errors.size() == 1);
    CHECK(refused.errors.at(0).line == 3);
    CHECK(refused.errors.at(0).column == 8);
    CHECK(refused.errors.at(0).reason.contains(QStringLiteral("does not match the lines")));
    CHECK(refused.created == 1); // F-3
}
