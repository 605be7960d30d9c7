// What the customer and case lists add up to under their filter (the status bar's totals, issue
// 19), against plain SQL over a demo database.

#include "CoreTestSupport.h"
#include "TempDir.h"
#include "TestDatabase.h"

#include "customers/CustomerListQuery.h"
#include "demo/DemoDataGenerator.h"
#include "disputes/DisputeListQuery.h"
#include "storage/Database.h"

using namespace dd;
using namespace dd::test;

TEST_CASE("The customer and case lists add up what their filter holds, per currency", "[listtotals]")
{
    TempDir dir;
    const auto db = Database::open(databaseLocation(dir, QStringLiteral("totals.disputedesk")));
    DemoOptions options;
    options.customers = 80;
    options.invoices = 3000;
    options.until = day(2026, 6, 30);
    DemoDataGenerator(*db).generate(options);
    const auto sum = [&](const QString &sql) { return db->scalar(sql).toLongLong(); };

    SECTION("customers: what the listed customers owe, in each invoice currency")
    {
        CustomerListQuery query(*db);
        const QMap<QString, qint64> all = query.openCentsByCurrency();
        CHECK(all.value(QStringLiteral("EUR"))
              == sum(QStringLiteral("SELECT SUM(total_incl_cents - paid_cents - credited_cents) FROM invoices "
                                    "WHERE currency = 'EUR' AND paid_cents + credited_cents < total_incl_cents")));
        query.setFilterText(QStringLiteral("b.v."));
        const QMap<QString, qint64> filtered = query.openCentsByCurrency();
        const qint64 expected = sum(QStringLiteral(
            "SELECT SUM(i.total_incl_cents - i.paid_cents - i.credited_cents) FROM invoices i JOIN customers c ON c.id = i.customer_id "
            "WHERE (LOWER(c.name) LIKE '%b.v.%' OR LOWER(c.number) LIKE '%b.v.%' OR LOWER(c.city) LIKE '%b.v.%') AND i.currency = 'EUR' "
            "AND i.paid_cents + i.credited_cents < i.total_incl_cents"));
        REQUIRE(expected > 0);
        CHECK(filtered.value(QStringLiteral("EUR")) == expected);
        CHECK(filtered.value(QStringLiteral("EUR")) < all.value(QStringLiteral("EUR")));
    }
    SECTION("cases: what the open cases dispute")
    {
        DisputeListQuery query(*db);
        DisputeFilter filter;
        filter.openOnly = true;
        query.setFilter(filter);
        const qint64 expected = sum(QStringLiteral("SELECT SUM(di.disputed_cents) FROM disputes d JOIN dispute_invoices di "
                                                   "ON di.dispute_id = d.id WHERE d.step <> 'closed' AND d.currency = 'EUR'"));
        REQUIRE(expected > 0);
        CHECK(query.disputedCentsByCurrency().value(QStringLiteral("EUR")) == expected);
    }
}
