// The bulk load of many invoices into an empty table: the batch writer on its second thread, files
// larger than the reader's buffer, and errors found late that still leave the database as it was.
#include "CsvImportFixture.h"
#include "ImportTestSupport.h"
#include "ListSearchSupport.h"
#include "common/Clock.h"
#include "disputes/DisputeService.h"
#include "importers/CsvImporter.h"
#include "importers/CsvReader.h"
#include "importers/ImportStore.h"
#include "importers/ImportValues.h"
#include "importers/InvoiceBatchWriter.h"
#include "importers/TextDecoding.h"
#include "invoices/InvoiceRepository.h"
#include "payments/PaymentRepository.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QFileInfo>

using namespace dd;
using namespace dd::test;

TEST_CASE("Many invoices into an empty table (bulk load): all written, progress read while a second thread writes, indexes back",
          "[import][csv]")
{
    CsvImportFixture f;
    f.customers();
    QByteArray csv = "number,customer,issue_date,total_incl\n";
    const int count = 30000;
    for (int i = 0; i < count; ++i)
        csv += QStringLiteral("F-%1,C%2,2026-01-%3,%4.%5\n").arg(i).arg(1 + i % 2).arg(1 + i % 28).arg(100 + i % 900).arg(i % 100, 2, 10, QLatin1Char('0')).toUtf8();
    CsvImportOptions options;
    options.kind = ImportKind::Invoices;
    // What a progress dialog may do: read the database. Every batch handed to the writing
    // thread is in by then, and only the rows of the batch being filled are not.
    qint64 reports = 0, lastDone = 0, behind = 0;
    options.progress = [&](qint64 done, qint64 total) {
        ++reports;
        CHECK(total == 2 * count);
        CHECK(done >= lastDone);
        lastDone = done;
        const qint64 written = rows(*f.db, QStringLiteral("invoices"));
        const qint64 read = std::max<qint64>(done / 2 - 1, 0); // rows checked before this one
        behind = std::max(behind, read - written);
        CHECK(written <= read);
        return true;
    };
    const ImportReport report = CsvImporter(*f.db).importFile(writeFile(f.dir, QStringLiteral("many.csv"), csv), options);
    REQUIRE(report.committed);
    CHECK(report.created == count);
    CHECK(reports >= 2); // the first row and the last, and some 25 a second between them
    CHECK(behind < qint64(ImportStore::headerBatch));
    CHECK(rows(*f.db, QStringLiteral("invoices")) == count);
    // In the order of the file: ids ascend with the numbers' rows.
    CHECK(f.db->scalar(QStringLiteral("SELECT number FROM invoices ORDER BY id LIMIT 1 OFFSET 12345")).toString() == QStringLiteral("F-12345"));
    // The indexes dropped for the load are back.
    CHECK(schemaNames(*f.db, true).contains(QStringLiteral("invoices_due_date")));
    // The invoice list's filter finds the new numbers (on a file: the search table, filled by its
    // triggers as the rows went in), as reading every row does.
    CHECK(invoicesListed(*f.db, QStringLiteral("F-12345")).size() == 1);
    CHECK(invoicesListed(*f.db, QStringLiteral("-2999")).size() == 11); // F-2999 and F-29990 to F-29999
    for (const QString &text : {QStringLiteral("F-12345"), QStringLiteral("-2999"), QStringLiteral("f-1000"), QStringLiteral("zzz")})
        CHECK(invoicesListed(*f.db, text) == invoicesScanned(*f.db, text));
    // And kept up to date again after the load.
    f.db->run(QStringLiteral("UPDATE invoices SET number = 'F-X99999' WHERE number = 'F-12345'"));
    CHECK(invoicesListed(*f.db, QStringLiteral("X99999")).size() == 1);
    CHECK(invoicesListed(*f.db, QStringLiteral("F-12345")).empty());
}

TEST_CASE("Invoice batch writer: batches in order, a refused one and those after it come back unwritten", "[import][csv]")
{
    CsvImportFixture f;
    f.customers();
    const qint64 customer = f.db->scalar(QStringLiteral("SELECT id FROM customers WHERE number = 'C1'")).toLongLong();
    const auto batchFrom = [&](int first) {
        std::vector<Invoice> batch;
        for (size_t i = 0; i < ImportStore::headerBatch; ++i) {
            Invoice invoice;
            invoice.number = QStringLiteral("W-%1").arg(first + int(i));
            invoice.customerId = customer;
            invoice.issueDate = Date(2026, 4, 1);
            invoice.dueDate = Date(2026, 4, 15);
            invoice.totalExclVat = eur(1000);
            invoice.vat = eur(210);
            invoice.totalInclVat = eur(1210);
            batch.push_back(invoice);
        }
        return batch;
    };
    Transaction transaction(*f.db, DataChanges());
    ImportStore store(*f.db);
    {
        InvoiceBatchWriter writer(store);
        writer.submit(batchFrom(0));
        writer.submit(batchFrom(64));
        writer.submit(batchFrom(100)); // W-100..W-127 exist already
        writer.submit(batchFrom(500)); // fine, but after a refused one
        const std::vector<InvoiceBatchWriter::Done> done = writer.drain();
        REQUIRE(done.size() == 4);
        CHECK(done[0].written);
        CHECK(done[1].written);
        CHECK_FALSE(done[2].written);
        CHECK_FALSE(done[3].written);
        CHECK(done[1].invoices.front().id == done[0].invoices.back().id + 1);
        CHECK(done[2].invoices.front().id == 0);
        CHECK(rows(*f.db, QStringLiteral("invoices")) == 128);

        // After drain the writer writes again.
        writer.submit(batchFrom(500));
        const std::vector<InvoiceBatchWriter::Done> again = writer.drain();
        REQUIRE(again.size() == 1);
        CHECK(again[0].written);
        CHECK(again[0].invoices.back().number == QStringLiteral("W-563"));
        // A sequence never hands out an id twice: on PostgreSQL the refused batch's ids stay unused.
        CHECK(again[0].invoices.front().id > done[1].invoices.back().id);
        CHECK(again[0].invoices.back().id == again[0].invoices.front().id + 63);
        CHECK(writer.collect().empty());

        // A failure on the thread (here a customer that does not exist) comes out of drain().
        std::vector<Invoice> orphans = batchFrom(1000);
        orphans[5].customerId = 999999;
        writer.submit(std::move(orphans));
        writer.submit(batchFrom(2000));
        CHECK_THROWS_AS(writer.drain(), StorageError);
        CHECK(writer.drain().empty());
    }
    CHECK(rows(*f.db, QStringLiteral("invoices")) == 192);
}

TEST_CASE("A file larger than the reader's buffer, quoted lines across its boundaries, imports as a small one would",
          "[import][csv]")
{
    CsvImportFixture f;
    f.customers();
    // Invoices with lines whose descriptions span lines and hold separators and quotes; the
    // rows of one invoice are not all adjacent (a line of each invoice comes again at the end).
    QByteArray csv = "number,customer,issue_date,description,quantity,unit_price,vat_rate\n";
    std::vector<std::pair<qsizetype, qsizetype>> quoted; // byte ranges of the quoted fields
    auto description = [](int invoice, int line) {
        return QStringLiteral("Item %1/%2, \"model %3\"\nsecond line\r\nthird %4").arg(invoice).arg(line).arg(invoice % 7).arg(QString(line * 11 % 40, u'z'));
    };
    auto quote = [](const QString &text) { return "\"" + text.toUtf8().replace("\"", "\"\"") + "\""; };
    auto row = [&](int invoice, int line) {
        csv += "S-" + QByteArray::number(invoice) + "," + (invoice % 2 ? "C1" : "C2") + ",2026-02-03,";
        const qsizetype start = csv.size();
        csv += quote(description(invoice, line));
        quoted.emplace_back(start, csv.size());
        csv += ",1," + QByteArray::number(10 + line) + ".50,21\n";
    };
    const int invoices = 900;
    for (int i = 0; i < invoices; ++i) {
        row(i, 1);
        row(i, 2);
    }
    for (int i = 0; i < invoices; ++i)
        row(i, 3);
    REQUIRE(csv.size() > 3 * CsvReader::defaultBufferBytes);
    int crossings = 0;
    for (qsizetype boundary = CsvReader::defaultBufferBytes; boundary < csv.size(); boundary += CsvReader::defaultBufferBytes) {
        crossings += int(std::count_if(quoted.begin(), quoted.end(),
                                       [&](const auto &range) { return range.first < boundary && boundary < range.second; }));
    }
    REQUIRE(crossings >= 3);

    const QString path = writeFile(f.dir, QStringLiteral("big-lines.csv"), csv);
    const ImportReport report = importCsv(*f.db, path, ImportKind::Invoices);
    INFO(messages(report).join(u'\n').toStdString());
    REQUIRE(report.committed);
    CHECK(report.rows == 3 * invoices);
    CHECK(report.created == invoices);
    InvoiceRepository repository(*f.db);
    for (const int i : {0, 1, 449, 898, 899}) {
        const auto invoice = repository.findByNumber(QStringLiteral("S-%1").arg(i));
        REQUIRE(invoice);
        REQUIRE(invoice->lines.size() == 3);
        for (int l = 0; l < 3; ++l)
            CHECK(invoice->lines.at(l).description == description(i, l + 1));
        CHECK(invoice->totalExclVat == eur(1150 + 1250 + 1350));
    }
    // The same invoices from a file of one invoice are exactly these.
    const QString small = writeFile(f.dir, QStringLiteral("one.csv"),
                                    "number,customer,issue_date,description,quantity,unit_price,vat_rate\n"
                                    "S-449,C1,2026-02-03," + quote(description(449, 1)) + ",1,11.50,21\n"
                                    "S-449,C1,2026-02-03," + quote(description(449, 2)) + ",1,12.50,21\n"
                                    "S-449,C1,2026-02-03," + quote(description(449, 3)) + ",1,13.50,21\n");
    const ImportReport again = importCsv(*f.db, small, ImportKind::Invoices);
    CHECK(again.committed);
    CHECK(again.unchanged == 1);

    // An error after the multi-line fields is reported on its physical line.
    QByteArray bad = csv;
    bad += "S-900,C1,2026-02-31,\"x\ny\",1,1.00,21\n";
    const qsizetype badLine = bad.count('\n') - 1; // the last row starts one line before its end
    const QString badPath = writeFile(f.dir, QStringLiteral("big-bad.csv"), bad);
    const auto before = importCounts(*f.db);
    const ImportReport refused = importCsv(*f.db, badPath, ImportKind::Invoices);
    CHECK_FALSE(refused.committed);
    REQUIRE(refused.errors.size() == 1);
    CHECK(refused.errors.at(0).toString() == badPath + QStringLiteral(":%1:3: issue_date: \"2026-02-31\" is an impossible date").arg(badLine));
    CHECK(importCounts(*f.db) == before);
}

TEST_CASE("An error on the last line of a large file leaves the database as it was", "[import][csv]")
{
    const int count = 25000; // above the bulk-load threshold: indexes are dropped while rows go in
    QByteArray good = "number,customer,issue_date,total_incl\n";
    for (int i = 0; i < count; ++i)
        good += "L-" + QByteArray::number(i) + ",C" + QByteArray::number(1 + i % 2) + ",2026-01-" + QByteArray::number(10 + i % 18) + ","
            + QByteArray::number(100 + i % 900) + ".25\n";
    const int lastLine = count + 2;
    const std::vector<std::pair<QByteArray, QString>> endings = {
        {"L-x,C1,2026-01-10,12x\n", QStringLiteral(":%1:4: total_incl: bad amount").arg(lastLine)},
        {"L-0,C1,2026-01-10,1.00\n", QStringLiteral(":%1:1: duplicate invoice number L-0 in the file (also on line 2)").arg(lastLine)},
        {"L-x,C9,2026-01-10,1.00\n", QStringLiteral(":%1:2: unknown customer C9").arg(lastLine)},
        {"L-x,C1,2026-01-10,\"1.00\n", QStringLiteral(":%1:4: a quoted field is never closed").arg(lastLine)},
    };
    for (const auto &[ending, message] : endings) {
        CsvImportFixture f;
        f.customers();
        const auto before = importCounts(*f.db);
        const QStringList schemaBefore = schemaNames(*f.db, false);
        const QString path = writeFile(f.dir, QStringLiteral("last.csv"), good + ending);
        const ImportReport report = importCsv(*f.db, path, ImportKind::Invoices);
        INFO(messages(report).join(u'\n').toStdString());
        CHECK_FALSE(report.committed);
        REQUIRE(report.errors.size() == 1);
        CHECK(report.errors.at(0).toString().startsWith(path + message));
        CHECK(importCounts(*f.db) == before);
        CHECK(rows(*f.db, QStringLiteral("invoices")) == 0);
        // The indexes the load dropped are back, and the connection's settings too.
        CHECK(schemaNames(*f.db, false) == schemaBefore);
        if (isSqlite(*f.db)) {
            CHECK(f.db->scalar(QStringLiteral("PRAGMA temp_store")).toInt() == 2);
            CHECK(f.db->scalar(QStringLiteral("PRAGMA cache_size")).toInt() == -65536);
        }

        // Without the last line the same file goes in whole.
        const ImportReport fine = importCsv(*f.db, writeFile(f.dir, QStringLiteral("good.csv"), good), ImportKind::Invoices);
        CHECK(fine.committed);
        CHECK(fine.created == count);
    }
}

TEST_CASE("Duplicate numbers in a bulk load are found wherever they are, every error reported", "[import][csv]")
{
    CsvImportFixture f;
    f.customers();
    const int count = 22000;
    QByteArray csv = "number,customer,issue_date,total_incl\n";
    for (int i = 0; i < count; ++i) {
        QByteArray number = "D-" + QByteArray::number(i);
        QByteArray amount = QByteArray::number(10 + i % 90) + ".00";
        if (i == 7000)
            number = "D-6990"; // a second time, ten rows on: in the same batch of rows written together
        else if (i == 9001)
            number = "D-9000", amount = "-1.00"; // a bad row repeating the row just before it
        else if (i == 12000)
            amount = "abc"; // a bad row ...
        else if (i == 15000)
            number = "D-12000"; // ... repeated by a good one
        else if (i == 20000)
            number = "D-5"; // far back
        csv += number + ",C" + QByteArray::number(1 + i % 2) + ",2026-03-01," + amount + "\n";
    }
    const QString path = writeFile(f.dir, QStringLiteral("dups.csv"), csv);
    const auto before = importCounts(*f.db);
    const ImportReport report = importCsv(*f.db, path, ImportKind::Invoices);
    CHECK_FALSE(report.committed);
    const QStringList m = messages(report);
    INFO(m.join(u'\n').toStdString());
    REQUIRE(m.size() == 5);
    CHECK(m.at(0) == path + QStringLiteral(":7002:1: duplicate invoice number D-6990 in the file (also on line 6992)"));
    CHECK(m.at(1) == path + QStringLiteral(":9003:1: duplicate invoice number D-9000 in the file (also on line 9002)"));
    CHECK(m.at(2).startsWith(path + QStringLiteral(":12002:4: total_incl: bad amount")));
    CHECK(m.at(3) == path + QStringLiteral(":15002:1: duplicate invoice number D-12000 in the file (also on line 12002)"));
    CHECK(m.at(4) == path + QStringLiteral(":20002:1: duplicate invoice number D-5 in the file (also on line 7)"));
    CHECK(importCounts(*f.db) == before);

    // With "import the valid rows" both rows of a repeated number are rejected, as in a small file.
    const ImportReport valid = importCsv(*f.db, path, ImportKind::Invoices, true);
    REQUIRE(valid.committed);
    CHECK(valid.created == count - 8);
    CHECK(valid.rejected == 8);
    CHECK_FALSE(InvoiceRepository(*f.db).findByNumber(QStringLiteral("D-6990")));
    CHECK(InvoiceRepository(*f.db).findByNumber(QStringLiteral("D-6991")));
}
