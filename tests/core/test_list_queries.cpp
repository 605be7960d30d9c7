// The invoice and customer lists: counts with and without filters (with % and _ taken
// literally), sorting on every column both ways, and windows that agree with a full fetch.
// Expected results are derived from the fixture's own table, in plain C++, never from the
// queries under test.

#include "CoreTestSupport.h"
#include "TempDir.h"
#include "TestDatabase.h"

#include "customers/CustomerListQuery.h"
#include "customers/CustomerRepository.h"
#include "invoices/InvoiceListQuery.h"
#include "invoices/InvoiceRepository.h"
#include "payments/PaymentRepository.h"
#include "storage/Database.h"

#include <algorithm>
#include <functional>

using namespace dd;
using namespace dd::test;

namespace {

struct CustomerSpec
{
    const char16_t *number;
    const char16_t *name;
    const char16_t *city;
    const char16_t *currency;
    qint64 id = 0;
};

struct InvoiceSpec
{
    const char16_t *number;
    int customer; // index into the customer table
    Date issued;
    Date due;
    qint64 total;
    qint64 paid;
    const char16_t *currency = u"EUR";
    qint64 id = 0;
    qint64 open() const { return total - paid; }
};

struct ListFixture
{
    TempDir dir;
    std::unique_ptr<Database> db = Database::open(databaseLocation(dir, QStringLiteral("lists.disputedesk")));
    std::vector<CustomerSpec> customers = {
        {u"C001", u"Alpha B.V.", u"Utrecht", u"EUR"},
        {u"C002", u"Beta 100% Zorg", u"Amsterdam", u"EUR"},
        {u"C003", u"Beta 1000 Zorg", u"Rotterdam", u"EUR"},
        {u"C004", u"Gamma_Delta", u"Delft", u"EUR"},
        {u"C005", u"GammaXDelta", u"Utrecht", u"EUR"},
        {u"C006", u"Zeta", u"Zwolle", u"EUR"},
        {u"C007", u"Omega Inc.", u"Boston", u"USD"},
    };
    std::vector<InvoiceSpec> invoices = {
        {u"INV-001", 0, day(2026, 1, 2), day(2026, 2, 1), 12100, 0},
        {u"INV-002", 1, day(2026, 1, 5), day(2026, 1, 19), 5000, 5000},
        {u"INV-003", 2, day(2026, 1, 7), day(2026, 2, 6), 30000, 10000},
        {u"INV-004", 3, day(2026, 1, 10), day(2026, 3, 11), 7500, 0},
        {u"INV-005", 4, day(2026, 1, 15), day(2026, 2, 14), 7500, 2500},
        {u"INV-006", 0, day(2026, 2, 1), day(2026, 3, 3), 99900, 0},
        {u"INV-007", 1, day(2026, 2, 3), day(2026, 2, 17), 1000, 0},
        {u"INV-008", 0, day(2026, 2, 10), day(2026, 3, 12), 45000, 45000},
        {u"INV-009", 2, day(2026, 2, 15), day(2026, 3, 11), 2000, 0},
        {u"INV-010", 3, day(2026, 3, 1), day(2026, 3, 31), 65000, 0},
        {u"INV_100%", 4, day(2026, 3, 5), day(2026, 4, 4), 3000, 0},
        {u"INV-012", 6, day(2026, 3, 10), day(2026, 3, 24), 4000, 1000, u"USD"},
    };

    ListFixture()
    {
        CustomerRepository customerRepository(*db);
        for (CustomerSpec &spec : customers) {
            Customer c;
            c.number = QString::fromUtf16(spec.number);
            c.name = QString::fromUtf16(spec.name);
            c.city = QString::fromUtf16(spec.city);
            c.creditLimit = Money(0, QString::fromUtf16(spec.currency)); // sets the customer's currency
            customerRepository.insert(c);
            spec.id = c.id;
        }
        InvoiceRepository invoiceRepository(*db);
        PaymentRepository paymentRepository(*db);
        for (InvoiceSpec &spec : invoices) {
            const QString currency = QString::fromUtf16(spec.currency);
            Invoice invoice;
            invoice.number = QString::fromUtf16(spec.number);
            invoice.customerId = customers[size_t(spec.customer)].id;
            invoice.issueDate = spec.issued;
            invoice.dueDate = spec.due;
            invoice.currency = currency;
            InvoiceLine line;
            line.unitPrice = Money(spec.total, currency);
            line.vatRateBasisPoints = 0;
            invoice.lines = {line};
            invoiceRepository.insert(invoice);
            spec.id = invoice.id;
            if (spec.paid > 0) {
                Payment payment;
                payment.customerId = invoice.customerId;
                payment.date = spec.issued;
                payment.amount = Money(spec.paid, currency);
                payment.allocations = {Allocation{invoice.id, Money(spec.paid, currency)}};
                paymentRepository.record(payment);
            }
        }
    }

    const CustomerSpec &customerOf(const InvoiceSpec &spec) const { return customers[size_t(spec.customer)]; }

    // SQL LIKE without wildcards: case-insensitive for ASCII, every character literal.
    static bool containsText(const QString &haystack, const QString &needle)
    {
        return haystack.contains(needle, Qt::CaseInsensitive);
    }

    bool invoiceMatches(const InvoiceSpec &spec, const InvoiceFilter &filter) const
    {
        const QString text = filter.text.trimmed();
        if (!text.isEmpty()
            && !(containsText(QString::fromUtf16(spec.number), text)
                 || containsText(QString::fromUtf16(customerOf(spec).name), text)
                 || containsText(QString::fromUtf16(customerOf(spec).number), text)))
            return false;
        if (filter.customerId != 0 && customerOf(spec).id != filter.customerId)
            return false;
        if (filter.overdueOnly && !(spec.paid < spec.total && spec.due < filter.asOf))
            return false;
        return true;
    }

    // The ids the list must show, in order: by the sort key, then by id, both in the direction.
    std::vector<qint64> expectedInvoiceIds(const InvoiceFilter &filter, InvoiceSort sort, bool descending) const
    {
        std::vector<const InvoiceSpec *> selected;
        for (const InvoiceSpec &spec : invoices) {
            if (invoiceMatches(spec, filter))
                selected.push_back(&spec);
        }
        auto key = [&](const InvoiceSpec *s) -> QVariant {
            switch (sort) {
            case InvoiceSort::Number:
                return QString::fromUtf16(s->number);
            case InvoiceSort::Customer: // without regard to case, as CustomerListQuery::nameOrder
                return QString::fromUtf16(customerOf(*s).name).toLower();
            case InvoiceSort::IssueDate:
                return IsoDate::format(s->issued);
            case InvoiceSort::DueDate:
                return IsoDate::format(s->due);
            case InvoiceSort::Total:
                return s->total;
            case InvoiceSort::Open:
                return s->open();
            }
            return QVariant();
        };
        auto less = [&](const InvoiceSpec *a, const InvoiceSpec *b) {
            const QVariant ka = key(a), kb = key(b);
            const int c = ka.typeId() == QMetaType::QString ? QString::compare(ka.toString(), kb.toString())
                                                             : (ka.toLongLong() < kb.toLongLong() ? -1 : ka.toLongLong() > kb.toLongLong());
            if (c != 0)
                return descending ? c > 0 : c < 0;
            return descending ? a->id > b->id : a->id < b->id;
        };
        std::sort(selected.begin(), selected.end(), less);
        std::vector<qint64> ids;
        for (const InvoiceSpec *s : selected)
            ids.push_back(s->id);
        return ids;
    }

    const InvoiceSpec &invoiceById(qint64 id) const
    {
        return *std::find_if(invoices.begin(), invoices.end(), [&](const InvoiceSpec &s) { return s.id == id; });
    }
};

std::vector<qint64> idsOf(const std::vector<InvoiceListRow> &rows)
{
    std::vector<qint64> ids;
    for (const InvoiceListRow &row : rows)
        ids.push_back(row.id);
    return ids;
}

InvoiceFilter textFilter(const QString &text)
{
    InvoiceFilter filter;
    filter.text = text;
    return filter;
}

const InvoiceSort allInvoiceSorts[] = {InvoiceSort::Number, InvoiceSort::Customer, InvoiceSort::IssueDate,
                                       InvoiceSort::DueDate, InvoiceSort::Total, InvoiceSort::Open};

} // namespace

TEST_CASE("Invoice list counts with and without a text filter", "[lists][invoices]")
{
    ListFixture f;
    InvoiceListQuery query(*f.db);
    CHECK(query.count() == 12);

    struct Case
    {
        const char16_t *text;
        qint64 expected; // counted by hand from the fixture
    };
    const Case cases[] = {
        {u"100%", 3},    // Beta 100% Zorg (INV-002, INV-007) and INV_100%; not "Beta 1000 Zorg"
        {u"a_d", 2},     // Gamma_Delta only, not GammaXDelta
        {u"_1", 1},      // INV_100% only; as a wildcard it would match INV-001, INV-010, ...
        {u"inv-00", 9},  // case does not matter
        {u"C001", 3},    // customer number
        {u"beta", 4},    // two customers' names: INV-002, 003, 007, 009
        {u"Omega", 1},
        {u"  alpha  ", 3}, // surrounding spaces are ignored
        {u"zzz", 0},
        {u"%", 3},       // INV_100% and the invoices of "Beta 100% Zorg"; not all twelve
        {u"\\", 0},      // the escape character itself is literal too
    };
    for (const Case &c : cases) {
        const QString text = QString::fromUtf16(c.text);
        INFO("filter '" << text.toStdString() << "'");
        query.setFilter(textFilter(text));
        CHECK(query.count() == c.expected);
        CHECK(qint64(f.expectedInvoiceIds(textFilter(text), InvoiceSort::Number, false).size()) == c.expected);
        CHECK(qint64(query.fetch(0, 100).size()) == c.expected);
    }
    query.setFilter(InvoiceFilter{});
    CHECK(query.count() == 12);
}

TEST_CASE("Invoice list: overdue only, per customer, and combined", "[lists][invoices]")
{
    ListFixture f;
    InvoiceListQuery query(*f.db);
    InvoiceFilter overdue;
    overdue.overdueOnly = true;
    overdue.asOf = day(2026, 3, 12);
    query.setFilter(overdue);
    // Due before 12 March and not fully paid: INV-001, 003, 004, 005, 006, 007, 009.
    CHECK(query.count() == 7);
    CHECK(idsOf(query.fetch(0, 100)) == f.expectedInvoiceIds(overdue, InvoiceSort::Number, false));
    for (const InvoiceListRow &row : query.fetch(0, 100)) {
        CHECK(row.dueDate < overdue.asOf);
        CHECK(row.status() != InvoiceStatus::Paid);
    }

    overdue.asOf = day(2026, 3, 11); // due on the date itself is not overdue yet
    query.setFilter(overdue);
    CHECK(query.count() == 5);

    InvoiceFilter alpha;
    alpha.customerId = f.customers[0].id;
    query.setFilter(alpha);
    CHECK(query.count() == 3);
    alpha.overdueOnly = true;
    alpha.asOf = day(2026, 3, 12);
    query.setFilter(alpha);
    CHECK(query.count() == 2); // INV-008 is paid

    InvoiceFilter betaOverdue = textFilter(QStringLiteral("beta"));
    betaOverdue.overdueOnly = true;
    betaOverdue.asOf = day(2026, 3, 12);
    query.setFilter(betaOverdue);
    CHECK(query.count() == 3); // INV-003, INV-007, INV-009
    CHECK(idsOf(query.fetch(0, 100)) == f.expectedInvoiceIds(betaOverdue, InvoiceSort::Number, false));
}

TEST_CASE("Invoice list sorts on every column in both directions", "[lists][invoices]")
{
    ListFixture f;
    InvoiceListQuery query(*f.db);
    const InvoiceFilter filters[] = {InvoiceFilter{}, textFilter(QStringLiteral("beta")), textFilter(QStringLiteral("inv"))};
    for (const InvoiceFilter &filter : filters) {
        for (InvoiceSort sort : allInvoiceSorts) {
            for (bool descending : {false, true}) {
                INFO("filter '" << filter.text.toStdString() << "' sort " << int(sort) << (descending ? " desc" : " asc"));
                query.setFilter(filter);
                query.setSort(sort, descending);
                const auto rows = query.fetch(0, 1000);
                const auto expected = f.expectedInvoiceIds(filter, sort, descending);
                CHECK(idsOf(rows) == expected);
                CHECK(query.count() == qint64(expected.size()));
            }
        }
    }
}

TEST_CASE("Invoice list rows carry the invoice and its customer", "[lists][invoices]")
{
    ListFixture f;
    InvoiceListQuery query(*f.db);
    const auto rows = query.fetch(0, 1000);
    REQUIRE(rows.size() == f.invoices.size());
    for (const InvoiceListRow &row : rows) {
        const InvoiceSpec &spec = f.invoiceById(row.id);
        INFO(row.number.toStdString());
        CHECK(row.number == QString::fromUtf16(spec.number));
        CHECK(row.customerId == f.customerOf(spec).id);
        CHECK(row.customerNumber == QString::fromUtf16(f.customerOf(spec).number));
        CHECK(row.customerName == QString::fromUtf16(f.customerOf(spec).name));
        CHECK(row.issueDate == spec.issued);
        CHECK(row.dueDate == spec.due);
        CHECK(row.currency == QString::fromUtf16(spec.currency));
        CHECK(row.totalCents == spec.total);
        CHECK(row.paidCents == spec.paid);
        CHECK(row.open() == Money(spec.open(), QString::fromUtf16(spec.currency)));
        const InvoiceStatus expected = spec.paid == 0 ? InvoiceStatus::Open
                                                      : (spec.paid == spec.total ? InvoiceStatus::Paid : InvoiceStatus::PartlyPaid);
        CHECK(row.status() == expected);
    }
}

TEST_CASE("Invoice list windows agree with a full fetch", "[lists][invoices]")
{
    ListFixture f;
    InvoiceListQuery query(*f.db);
    for (const InvoiceFilter &filter : {InvoiceFilter{}, textFilter(QStringLiteral("inv-0"))}) {
        for (InvoiceSort sort : {InvoiceSort::Number, InvoiceSort::Total, InvoiceSort::Customer}) {
            for (bool descending : {false, true}) {
                query.setFilter(filter);
                query.setSort(sort, descending);
                const auto all = idsOf(query.fetch(0, 1000));
                const qint64 count = query.count();
                REQUIRE(qint64(all.size()) == count);
                for (int window : {1, 3, 5}) {
                    std::vector<qint64> pieced;
                    for (qint64 offset = 0; offset < count; offset += window) {
                        const auto part = idsOf(query.fetch(offset, window));
                        CHECK(qint64(part.size()) == std::min<qint64>(window, count - offset));
                        pieced.insert(pieced.end(), part.begin(), part.end());
                    }
                    CHECK(pieced == all);
                }
                // Windows read out of order and past the end.
                CHECK(idsOf(query.fetch(count - 2, 10)) == std::vector<qint64>(all.end() - 2, all.end()));
                CHECK(idsOf(query.fetch(4, 3)) == std::vector<qint64>(all.begin() + 4, all.begin() + 7));
                CHECK(query.fetch(count, 10).empty());
                CHECK(query.fetch(count + 100, 10).empty());
                CHECK(query.fetch(0, 0).empty());
            }
        }
    }
}

TEST_CASE("Invoice list open amounts are kept per currency", "[lists][invoices]")
{
    ListFixture f;
    InvoiceListQuery query(*f.db);
    auto expected = [&](const InvoiceFilter &filter) {
        QMap<QString, qint64> sums;
        for (const InvoiceSpec &spec : f.invoices) {
            if (f.invoiceMatches(spec, filter) && spec.open() > 0)
                sums[QString::fromUtf16(spec.currency)] += spec.open();
        }
        return sums;
    };
    const auto all = query.openCentsByCurrency();
    // EUR: 121 + 200 + 75 + 50 + 999 + 10 + 20 + 650 + 30 = 2155.00; USD: 40 - 10 = 30.00
    CHECK(all.value(QStringLiteral("EUR")) == 215500);
    CHECK(all.value(QStringLiteral("USD")) == 3000);
    CHECK(all.size() == 2);
    CHECK(all == expected(InvoiceFilter{}));
    for (const QString &text : {QStringLiteral("beta"), QStringLiteral("omega"), QStringLiteral("C001")}) {
        INFO(text.toStdString());
        query.setFilter(textFilter(text));
        CHECK(query.openCentsByCurrency() == expected(textFilter(text)));
    }
}

TEST_CASE("A long invoice list reads its first rows along the sort order and counts apart", "[lists][invoices][issue20]")
{
    // headFrom 0 takes these twelve invoices for a long list. head() must give the first rows of
    // the list exactly, or nothing; totals() the whole count and open amounts; and the pages
    // after it, read along the sort order too, the rest of the list.
    ListFixture f;
    InvoiceListQuery query(*f.db);
    query.setHeadFrom(0);
    int headsRead = 0;
    for (const QString &text : {QString(), QStringLiteral("inv-00"), QStringLiteral("beta"), QStringLiteral("100%"), QStringLiteral("zzz")}) {
        for (InvoiceSort sort : allInvoiceSorts) {
            for (int limit : {1, 3, 4, 12}) {
                INFO("filter '" << text.toStdString() << "' sort " << int(sort) << " limit " << limit);
                const InvoiceFilter filter = textFilter(text);
                query.setFilter(filter);
                query.setSort(sort, true);
                const auto expected = f.expectedInvoiceIds(filter, sort, true);
                const auto head = query.head(limit);
                if (!head) {
                    // Only a filter that lets through fewer than a quarter of the rows asked for.
                    CHECK(qint64(expected.size()) * 4 < limit);
                    continue;
                }
                ++headsRead;
                const std::vector<qint64> first(expected.begin(), expected.begin() + std::min<qint64>(limit, qint64(expected.size())));
                CHECK(idsOf(*head) == first);
                std::vector<qint64> pieced = idsOf(*head);
                for (qint64 offset = qint64(pieced.size()); offset < qint64(expected.size()); offset += 2) {
                    const auto page = idsOf(query.fetch(offset, 2));
                    pieced.insert(pieced.end(), page.begin(), page.end());
                }
                CHECK(pieced == expected);
                const ListTotals totals = query.totals();
                CHECK(totals.count == qint64(expected.size()));
                QMap<QString, qint64> open;
                for (const InvoiceSpec &spec : f.invoices) {
                    if (f.invoiceMatches(spec, filter) && spec.open() > 0)
                        open[QString::fromUtf16(spec.currency)] += spec.open();
                }
                CHECK(totals.openCents == open);
            }
        }
    }
    CHECK(headsRead > 50);
}

TEST_CASE("Invoice list sees new data after refresh", "[lists][invoices]")
{
    ListFixture f;
    InvoiceListQuery query(*f.db);
    query.setFilter(textFilter(QStringLiteral("alpha")));
    CHECK(query.count() == 3);
    Invoice invoice;
    invoice.number = QStringLiteral("INV-013");
    invoice.customerId = f.customers[0].id;
    invoice.issueDate = day(2026, 3, 20);
    invoice.dueDate = day(2026, 4, 19);
    InvoiceLine line;
    line.unitPrice = eur(100);
    invoice.lines = {line};
    InvoiceRepository(*f.db).insert(invoice);
    query.refresh();
    CHECK(query.count() == 4);
    CHECK(query.fetch(0, 10).size() == 4);
}

TEST_CASE("Invoice list works on a database opened read-only", "[lists][invoices]")
{
    ListFixture f;
    const QString path = f.db->path();
    auto readOnly = Database::open(path, Database::Mode::ReadOnly);
    InvoiceListQuery query(*readOnly);
    CHECK(query.count() == 12);
    query.setFilter(textFilter(QStringLiteral("beta")));
    CHECK(query.count() == 4);
    CHECK(query.fetch(0, 10).size() == 4);
}

namespace {

std::vector<qint64> expectedCustomerIds(const ListFixture &f, const QString &text, CustomerSort sort, bool descending)
{
    struct Row
    {
        const CustomerSpec *spec;
        qint64 open;
    };
    std::vector<Row> selected;
    for (const CustomerSpec &c : f.customers) {
        const QString t = text.trimmed();
        if (!t.isEmpty() && !ListFixture::containsText(QString::fromUtf16(c.name), t)
            && !ListFixture::containsText(QString::fromUtf16(c.number), t) && !ListFixture::containsText(QString::fromUtf16(c.city), t))
            continue;
        qint64 open = 0;
        for (const InvoiceSpec &i : f.invoices) {
            if (f.customerOf(i).id == c.id)
                open += i.open();
        }
        selected.push_back({&c, open});
    }
    std::sort(selected.begin(), selected.end(), [&](const Row &a, const Row &b) {
        int cmp = 0;
        switch (sort) {
        case CustomerSort::Number:
            cmp = QString::compare(QString::fromUtf16(a.spec->number), QString::fromUtf16(b.spec->number));
            break;
        case CustomerSort::Name:
            cmp = QString::compare(QString::fromUtf16(a.spec->name), QString::fromUtf16(b.spec->name), Qt::CaseInsensitive);
            break;
        case CustomerSort::City:
            cmp = QString::compare(QString::fromUtf16(a.spec->city), QString::fromUtf16(b.spec->city));
            break;
        case CustomerSort::Open:
            cmp = a.open < b.open ? -1 : (a.open > b.open ? 1 : 0);
            break;
        }
        if (cmp != 0)
            return descending ? cmp > 0 : cmp < 0;
        return descending ? a.spec->id > b.spec->id : a.spec->id < b.spec->id;
    });
    std::vector<qint64> ids;
    for (const Row &r : selected)
        ids.push_back(r.spec->id);
    return ids;
}

} // namespace

TEST_CASE("Customer list counts, filters, sorts and windows", "[lists][customers]")
{
    ListFixture f;
    CustomerListQuery query(*f.db);
    CHECK(query.count() == 7);

    struct Case
    {
        const char16_t *text;
        qint64 expected;
    };
    const Case cases[] = {
        {u"utrecht", 2}, // city
        {u"beta", 2},
        {u"100%", 1},    // not "Beta 1000 Zorg"
        {u"a_d", 1},     // not GammaXDelta
        {u"C00", 7},
        {u"c007", 1},
        {u"%", 1},
        {u"_", 1},
        {u"nobody", 0},
    };
    for (const Case &c : cases) {
        const QString text = QString::fromUtf16(c.text);
        INFO("filter '" << text.toStdString() << "'");
        query.setFilterText(text);
        CHECK(query.count() == c.expected);
        CHECK(qint64(expectedCustomerIds(f, text, CustomerSort::Number, false).size()) == c.expected);
    }

    for (const QString &text : {QString(), QStringLiteral("beta"), QStringLiteral("e")}) {
        for (CustomerSort sort : {CustomerSort::Number, CustomerSort::Name, CustomerSort::City, CustomerSort::Open}) {
            for (bool descending : {false, true}) {
                INFO("filter '" << text.toStdString() << "' sort " << int(sort) << (descending ? " desc" : " asc"));
                query.setFilterText(text);
                query.setSort(sort, descending);
                const auto rows = query.fetch(0, 100);
                std::vector<qint64> ids;
                for (const CustomerListRow &row : rows)
                    ids.push_back(row.id);
                const auto expected = expectedCustomerIds(f, text, sort, descending);
                CHECK(ids == expected);
                std::vector<qint64> pieced;
                for (qint64 offset = 0; offset < qint64(expected.size()); offset += 2) {
                    for (const CustomerListRow &row : query.fetch(offset, 2))
                        pieced.push_back(row.id);
                }
                CHECK(pieced == expected);
                CHECK(query.fetch(qint64(expected.size()), 5).empty());
            }
        }
    }
}

TEST_CASE("Customer names sort without regard to case: de Vries among the D's, through the index", "[lists][customers]")
{
    ListFixture f;
    CustomerRepository repository(*f.db);
    for (const char16_t *name : {u"de Vries", u"van den Berg", u"Dekker"}) {
        Customer c;
        c.number = QStringLiteral("N-") + QString::fromUtf16(name);
        c.name = QString::fromUtf16(name);
        repository.insert(c);
    }
    CustomerListQuery query(*f.db);
    query.setSort(CustomerSort::Name, false);
    QStringList names;
    for (const CustomerListRow &row : query.fetch(0, 100))
        names << row.name;
    CHECK(names.join(u'|')
          == QStringLiteral("Alpha B.V.|Beta 100% Zorg|Beta 1000 Zorg|de Vries|Dekker|Gamma_Delta|GammaXDelta|Omega Inc.|van den Berg|Zeta"));
    // The order is read from the customers_name index, not sorted afresh for every page (SQLite's
    // plan; PostgreSQL's planner picks by the table's size).
    if (!isSqlite(*f.db))
        return;
    QStringList plan;
    QSqlQuery explain = f.db->run(QStringLiteral("EXPLAIN QUERY PLAN SELECT c.id FROM customers c ORDER BY ")
                                  + CustomerListQuery::nameOrder() + QStringLiteral(", c.id LIMIT 50"));
    while (explain.next())
        plan << explain.value(3).toString();
    INFO(plan.join(u'\n').toStdString());
    CHECK(plan.join(u'\n').contains(QStringLiteral("customers_name")));
    CHECK_FALSE(plan.join(u'\n').contains(QStringLiteral("TEMP B-TREE")));
}

TEST_CASE("Customer list rows show what each customer owes", "[lists][customers]")
{
    ListFixture f;
    CustomerListQuery query(*f.db);
    query.setSort(CustomerSort::Number, false);
    const auto rows = query.fetch(0, 100);
    REQUIRE(rows.size() == 7);
    // By hand: C001 121 + 999 (INV-008 paid) = 1120.00 in 2 invoices; C002 10.00 in 1 (INV-002
    // paid); C003 200 + 20 = 220.00 in 2; C004 75 + 650 = 725.00 in 2; C005 50 + 30 = 80.00 in 2;
    // C006 nothing; C007 USD 30.00 in 1.
    const qint64 open[] = {112000, 1000, 22000, 72500, 8000, 0, 3000};
    const int openCount[] = {2, 1, 2, 2, 2, 0, 1};
    for (size_t i = 0; i < rows.size(); ++i) {
        INFO(rows[i].number.toStdString());
        CHECK(rows[i].number == QString::fromUtf16(f.customers[i].number));
        CHECK(rows[i].name == QString::fromUtf16(f.customers[i].name));
        CHECK(rows[i].city == QString::fromUtf16(f.customers[i].city));
        CHECK(rows[i].currency == QString::fromUtf16(f.customers[i].currency));
        CHECK(rows[i].openCents == open[i]);
        CHECK(rows[i].openInvoices == openCount[i]);
        CHECK(rows[i].kind == CustomerKind::Business);
        CHECK(rows[i].paymentTermDays == 30);
    }
}
