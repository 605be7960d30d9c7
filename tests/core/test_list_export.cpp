// Export of a list as the user has it (issue 19): every row the filter passes, not only the pages
// the GUI read, in the list's sort order, amounts exact to the cent. The expected figures come from
// plain SQL over the demo database, never from the list queries under test; the file is read back
// with the importer's CSV reader.

#include "CoreTestSupport.h"
#include "TempDir.h"
#include "TestDatabase.h"

#include "creditnotes/CreditNoteRepository.h"
#include "customers/CustomerListQuery.h"
#include "customers/CustomerRepository.h"
#include "demo/DemoDataGenerator.h"
#include "disputes/DisputeListQuery.h"
#include "exporters/ListCsvExport.h"
#include "importers/CsvReader.h"
#include "invoices/InvoiceListQuery.h"
#include "storage/Database.h"

#include <QFile>
#include <QSqlQuery>

using namespace dd;
using namespace dd::test;

namespace {

struct ExportFixture
{
    TempDir dir;
    std::unique_ptr<Database> db = Database::open(databaseLocation(dir, QStringLiteral("export.disputedesk")));
    QString path = dir.filePath(QStringLiteral("list.csv"));
    Date asOf = day(2026, 6, 30);

    ExportFixture()
    {
        DemoOptions options;
        options.customers = 80;
        options.invoices = 12000; // more than two pages of the export
        options.until = asOf;
        DemoDataGenerator(*db).generate(options);
    }

    qint64 count(const QString &sql) const { return db->scalar(sql).toLongLong(); }

    QList<CsvRecord> readBack() const
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        ImportIssue issue;
        const auto records = CsvReader::parse(text, u',', path, &issue);
        REQUIRE(records);
        return *records;
    }

    // Exports `query`, which must hold `expected` rows, and reads the file back.
    template<typename Query>
    QList<CsvRecord> exportAll(const Query &query, qint64 expected) const
    {
        REQUIRE(expected > 0);
        CHECK(ListCsvExport(path).write(query) == expected);
        const QList<CsvRecord> records = readBack();
        REQUIRE(records.size() == expected + 1);
        return records;
    }
};

// "1234.56" / "-0.05" as cents, without floating point.
qint64 cents(const QString &plain)
{
    const auto money = Money::parse(plain, QStringLiteral("EUR"), NumberStyle::English);
    REQUIRE(money);
    return money->cents();
}

QString plainOf(qint64 value)
{
    const QString sign = value < 0 ? QStringLiteral("-") : QString();
    const qint64 magnitude = value < 0 ? -value : value;
    return sign + QStringLiteral("%1.%2").arg(magnitude / 100).arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

} // namespace

TEST_CASE("The whole invoice list is exported in its sort order, not only a page", "[listexport]")
{
    ExportFixture f;
    InvoiceListQuery query(*f.db);
    InvoiceFilter filter;
    filter.asOf = f.asOf;
    query.setFilter(filter);
    query.setSort(InvoiceSort::Open, true);

    std::vector<std::pair<qint64, qint64>> progress;
    constexpr int pageSize = 5000; // a small window, so that the list takes three
    ListCsvExport exporter(
        f.path,
        [&](qint64 written, qint64 total) {
            progress.emplace_back(written, total);
            return true;
        },
        pageSize);
    const qint64 written = exporter.write(query);

    const qint64 invoices = f.count(QStringLiteral("SELECT COUNT(*) FROM invoices"));
    REQUIRE(invoices == 12000);
    CHECK(written == invoices);
    const QList<CsvRecord> records = f.readBack();
    REQUIRE(records.size() == invoices + 1);
    CHECK(records.first().fields
          == QStringList({QStringLiteral("number"), QStringLiteral("customer"), QStringLiteral("name"), QStringLiteral("issued"),
                          QStringLiteral("due"), QStringLiteral("currency"), QStringLiteral("total"), QStringLiteral("open"),
                          QStringLiteral("status"), QStringLiteral("days_overdue"), QStringLiteral("dispute")}));
    // Three pages, each reported with the list's length.
    REQUIRE(progress.size() == 3);
    CHECK(progress.back() == std::make_pair(invoices, invoices));

    // Sorted by the open amount, largest first, over the whole file.
    CHECK(cents(records.at(1).field(7))
          == f.count(QStringLiteral("SELECT MAX(total_incl_cents - paid_cents - credited_cents) FROM invoices")));
    for (int i = 2; i < records.size(); ++i)
        REQUIRE(cents(records.at(i).field(7)) <= cents(records.at(i - 1).field(7)));

    // Every amount exact to the cent, as stored, with its currency.
    QSqlQuery stored = f.db->run(QStringLiteral("SELECT total_incl_cents, total_incl_cents - paid_cents - credited_cents, currency "
                                                "FROM invoices WHERE number = '%1'")
                                     .arg(records.at(5000).field(0)));
    REQUIRE(stored.next());
    CHECK(records.at(5000).field(6) == plainOf(stored.value(0).toLongLong()));
    CHECK(records.at(5000).field(7) == plainOf(stored.value(1).toLongLong()));
    CHECK(records.at(5000).field(5) == stored.value(2).toString());
}

TEST_CASE("A filtered invoice list exports exactly the rows that pass the filter", "[listexport]")
{
    ExportFixture f;
    InvoiceListQuery query(*f.db);
    InvoiceFilter filter;
    filter.asOf = f.asOf;
    filter.overdueOnly = true;
    query.setFilter(filter);
    query.setSort(InvoiceSort::DueDate, false);

    const qint64 written = ListCsvExport(f.path).write(query);

    const qint64 overdue = f.count(QStringLiteral("SELECT COUNT(*) FROM invoices WHERE paid_cents + credited_cents < total_incl_cents "
                                                  "AND due_date < '2026-06-30'"));
    REQUIRE(overdue > 0);
    REQUIRE(overdue < 12000);
    CHECK(written == overdue);
    const QList<CsvRecord> records = f.readBack();
    REQUIRE(records.size() == overdue + 1);
    CHECK(records.at(1).field(4)
          == f.db->scalar(QStringLiteral("SELECT MIN(due_date) FROM invoices WHERE paid_cents + credited_cents < total_incl_cents"))
                 .toString());
    for (int i = 1; i < records.size(); ++i) {
        REQUIRE(records.at(i).field(4) < QStringLiteral("2026-06-30"));
        REQUIRE(records.at(i).field(9).toInt() > 0); // days overdue
        REQUIRE(records.at(i).field(8) != QStringLiteral("paid"));
        if (i > 1)
            REQUIRE(records.at(i).field(4) >= records.at(i - 1).field(4));
    }
}

TEST_CASE("A cancelled export leaves the file as it was", "[listexport]")
{
    ExportFixture f;
    {
        QFile before(f.path);
        REQUIRE(before.open(QIODevice::WriteOnly));
        before.write("earlier\r\n");
    }
    InvoiceListQuery query(*f.db);
    ListCsvExport exporter(f.path, [](qint64 written, qint64) { return written < 5000; }, 5000);
    CHECK(exporter.write(query) == 0);
    CHECK(exporter.cancelled());
    CHECK(fileBytes(f.path) == QByteArray("earlier\r\n"));
}

TEST_CASE("The customer, case and credit note lists export as filtered", "[listexport]")
{
    ExportFixture f;

    SECTION("customers whose name or number holds the text, by name")
    {
        CustomerListQuery query(*f.db);
        query.setFilterText(QStringLiteral("b.v."));
        query.setSort(CustomerSort::Name, false);
        const QList<CsvRecord> records = f.exportAll(
            query, f.count(QStringLiteral("SELECT COUNT(*) FROM customers WHERE LOWER(name) LIKE '%b.v.%' OR LOWER(number) LIKE '%b.v.%'")));
        CHECK(records.at(1).field(1)
              == f.db->scalar(QStringLiteral("SELECT name FROM customers WHERE LOWER(name) LIKE '%b.v.%' ORDER BY LOWER(name), id LIMIT 1"))
                     .toString());
        // What the customer owes now, exact to the cent.
        const QString number = records.at(1).field(0);
        CHECK(cents(records.at(1).field(8))
              == f.count(QStringLiteral("SELECT COALESCE(SUM(i.total_incl_cents - i.paid_cents - i.credited_cents), 0) FROM invoices i "
                                        "JOIN customers c ON c.id = i.customer_id WHERE c.number = '%1'")
                             .arg(number)));
    }
    SECTION("open cases only")
    {
        DisputeListQuery query(*f.db);
        DisputeFilter filter;
        filter.openOnly = true;
        filter.asOf = f.asOf;
        query.setFilter(filter);
        query.setSort(DisputeSort::Number, false);
        const QList<CsvRecord> records = f.exportAll(query, f.count(QStringLiteral("SELECT COUNT(*) FROM disputes WHERE step <> 'closed'")));
        CHECK(records.at(1).field(0)
              == f.db->scalar(QStringLiteral("SELECT MIN(number) FROM disputes WHERE step <> 'closed'")).toString());
        for (int i = 1; i < records.size(); ++i)
            REQUIRE(records.at(i).field(4) != QStringLiteral("closed"));
    }
    SECTION("every credit note")
    {
        const qint64 expected = f.count(QStringLiteral("SELECT COUNT(*) FROM credit_notes"));
        CHECK(ListCsvExport(f.path).writeCreditNotes(CreditNoteRepository(*f.db), CustomerRepository(*f.db)) == expected);
        CHECK(f.readBack().size() == expected + 1);
    }
}
