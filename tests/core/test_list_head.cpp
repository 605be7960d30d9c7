// The customer list on a long list (issue 20): its first page read along the sort order and its
// count apart (CustomerListQuery::head, totals), against the same list read the ordinary way.

#include "CoreTestSupport.h"
#include "TempDir.h"
#include "TestDatabase.h"

#include "customers/CustomerListQuery.h"
#include "demo/DemoDataGenerator.h"
#include "storage/Database.h"

using namespace dd;
using namespace dd::test;

namespace {

std::vector<qint64> customerIds(const std::vector<CustomerListRow> &rows)
{
    std::vector<qint64> ids;
    for (const CustomerListRow &row : rows)
        ids.push_back(row.id);
    return ids;
}

} // namespace

TEST_CASE("A long customer list reads its first rows along the sort order and counts apart", "[lists][customers][issue20]")
{
    TempDir dir;
    const auto db = Database::open(databaseLocation(dir, QStringLiteral("head.disputedesk")));
    DemoOptions options;
    options.customers = 80;
    options.invoices = 600;
    options.until = day(2026, 6, 30);
    DemoDataGenerator(*db).generate(options);

    CustomerListQuery walked(*db);
    walked.setHeadFrom(0); // eighty customers taken for a long list
    CustomerListQuery plain(*db);
    plain.setHeadFrom(0);
    int headsRead = 0;
    for (const QString &text : {QString(), QStringLiteral("b.v."), QStringLiteral("a"), QStringLiteral("zzz")}) {
        for (CustomerSort sort : {CustomerSort::Number, CustomerSort::Name, CustomerSort::City, CustomerSort::Open}) {
            for (bool descending : {false, true}) {
                for (int limit : {4, 13, 200}) {
                    INFO("filter '" << text.toStdString() << "' sort " << int(sort) << (descending ? " desc" : "") << " limit " << limit);
                    plain.setFilterText(text);
                    plain.setSort(sort, descending);
                    const auto expected = customerIds(plain.fetch(0, 1000));
                    REQUIRE(qint64(expected.size()) == plain.count());
                    walked.setFilterText(text);
                    walked.setSort(sort, descending);
                    const auto head = walked.head(limit);
                    if (!head) {
                        // Only unfiltered (counted at once), sorted by the open amount, or too few
                        // pass for a first screen.
                        CHECK((text.isEmpty() || sort == CustomerSort::Open || qint64(expected.size()) * 4 < limit));
                        continue;
                    }
                    CHECK(sort != CustomerSort::Open);
                    CHECK_FALSE(text.isEmpty());
                    ++headsRead;
                    std::vector<qint64> pieced = customerIds(*head);
                    CHECK(pieced.size() == std::min(size_t(limit), expected.size()));
                    for (qint64 offset = qint64(pieced.size()); offset < qint64(expected.size()); offset += 7) {
                        const auto page = customerIds(walked.fetch(offset, 7));
                        pieced.insert(pieced.end(), page.begin(), page.end());
                    }
                    CHECK(pieced == expected);
                    const ListTotals totals = walked.totals();
                    CHECK(totals.count == qint64(expected.size()));
                    CHECK(totals.openCents == plain.openCentsByCurrency());
                }
            }
        }
    }
    CHECK(headsRead > 20);
}
