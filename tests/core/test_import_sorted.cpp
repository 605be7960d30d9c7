// A re-import in the order of the invoice numbers (the usual monthly export) reads the stored
// invoices a window at a time, those stored after the one found (StoredInvoiceQuery). These prove
// the window changes no outcome: numbers the file skips, new numbers between stored ones (stored
// last, out of the table's order), changed amounts, numbers whose order differs between UTF-16
// and SQLite's UTF-8 (a character above U+FFFF against one of U+E000..U+FFFF), and the same file
// in other orders.
#include "CsvImportFixture.h"
#include "ImportTestSupport.h"

#include <QMap>

#include <algorithm>

using namespace dd;
using namespace dd::test;

namespace {

QString numbered(int i)
{
    return QStringLiteral("F-%1").arg(i, 5, 10, QLatin1Char('0'));
}

// U+E000 (private use) sorts before U+1F600 in UTF-8 and code points, after it in UTF-16 units.
const QString privateUse = QStringLiteral("F-") + QChar(0xE000);
const QString beyondBmp = QStringLiteral("F-") + QString::fromUcs4(U"\U0001F600");

QByteArray file(const QList<std::pair<QString, qint64>> &rows)
{
    QByteArray bytes = "number,customer,issue_date,total_incl\n";
    for (const auto &[number, cents] : rows)
        bytes += QStringLiteral("%1,C1,2026-01-15,%2.%3\n")
                     .arg(number)
                     .arg(cents / 100)
                     .arg(cents % 100, 2, 10, QLatin1Char('0'))
                     .toUtf8();
    return bytes;
}

QMap<QString, qint64> storedTotals(Database &db)
{
    QMap<QString, qint64> totals;
    QSqlQuery query = db.run(QStringLiteral("SELECT number, total_incl_cents FROM invoices"));
    while (query.next())
        totals.insert(query.value(0).toString(), query.value(1).toLongLong());
    return totals;
}

} // namespace

TEST_CASE("A re-import in number order gives every row the outcome it has in any order", "[import][csv][sorted]")
{
    CsvImportFixture f;
    f.customers();
    // 3,000 invoices (under the bulk load's threshold: the first import looks each one up too)
    // and the two whose order depends on the encoding, at 100.00 + i cents.
    QList<std::pair<QString, qint64>> stored;
    for (int i = 1; i <= 3000; ++i)
        stored.append({numbered(i), 10000 + i});
    stored.append({beyondBmp, 777});
    stored.append({privateUse, 555});
    const QString path = writeFile(f.dir, QStringLiteral("invoices.csv"), file(stored));
    ImportReport report = importCsv(*f.db, path, ImportKind::Invoices);
    INFO(messages(report).join(u'\n').toStdString());
    REQUIRE(report.committed);
    REQUIRE(report.created == 3002);

    // The next month's file in the database's own order: every third stored invoice left out,
    // a new number after every 250th ("F-00250a" sorts between F-00250 and F-00251), every
    // 400th amount raised by 1.00, and the two special numbers (U+E000 first, as SQLite has it).
    QList<std::pair<QString, qint64>> next;
    QMap<QString, qint64> expected;
    for (const auto &[number, cents] : stored)
        expected.insert(number, cents);
    int skipped = 0, created = 0, updated = 0;
    for (int i = 1; i <= 3000; ++i) {
        if (i % 3 == 0) {
            ++skipped;
        } else {
            const qint64 cents = i % 400 == 0 ? 10000 + i + 100 : 10000 + i;
            updated += i % 400 == 0 ? 1 : 0;
            next.append({numbered(i), cents});
            expected[numbered(i)] = cents;
        }
        if (i % 250 == 0) {
            const QString extra = numbered(i) + QLatin1Char('a');
            next.append({extra, 4200});
            expected.insert(extra, 4200);
            ++created;
        }
    }
    next.append({privateUse, 556});
    next.append({beyondBmp, 777});
    expected[privateUse] = 556;
    ++updated;
    writeFile(f.dir, QStringLiteral("invoices.csv"), file(next));
    report = importCsv(*f.db, path, ImportKind::Invoices);
    INFO(messages(report).join(u'\n').toStdString());
    REQUIRE(report.committed);
    // 3000 - 1000 skipped rows plus 12 new ones and the two special numbers.
    CHECK(skipped == 1000);
    CHECK(report.rows == 2000 + 12 + 2);
    CHECK(report.created == 12);
    CHECK(report.updated == updated);
    CHECK(updated == 6); // 400, 800, 1600, 2000 and 2800 (1200 and 2400 are left out), and U+E000
    CHECK(report.unchanged == report.rows - 12 - updated);
    CHECK(storedTotals(*f.db) == expected);

    // The same rows again, backwards and in UTF-16 order (the emoji before U+E000): all unchanged.
    for (const bool reversed : {true, false}) {
        QList<std::pair<QString, qint64>> again = next;
        if (reversed)
            std::reverse(again.begin(), again.end());
        else
            std::sort(again.begin(), again.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        writeFile(f.dir, QStringLiteral("invoices.csv"), file(again));
        report = importCsv(*f.db, path, ImportKind::Invoices);
        INFO(messages(report).join(u'\n').toStdString());
        REQUIRE(report.committed);
        CHECK(report.unchanged == report.rows);
        CHECK(report.created == 0);
        CHECK(storedTotals(*f.db) == expected);
    }
}
