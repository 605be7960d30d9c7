// The table models on their own: QAbstractItemModelTester through loading, filtering and sorting,
// and the rows they show against what the core queries return.

#include "UiTestSupport.h"

#include "common/RowPageCache.h"
#include "common/UiLocale.h"
#include "customers/CustomerListQuery.h"
#include "customers/CustomerTableModel.h"
#include "invoices/InvoiceListQuery.h"
#include "invoices/InvoiceTableModel.h"
#include "receivables/AgingReport.h"
#include "receivables/AgingTableModel.h"
#include "session/Session.h"

#include <QAbstractItemModelTester>

using namespace dd;
using dd::test::DemoDatabase;
using dd::test::ModelTesters;

namespace {
constexpr auto fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

// Asks for every cell of the first and last rows in every role the views use.
void touchRows(const QAbstractItemModel &model)
{
    const int rows = model.rowCount();
    for (int row : {0, 1, rows / 2, rows - 1}) {
        if (row < 0 || row >= rows)
            continue;
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            for (int role : {int(Qt::DisplayRole), int(Qt::TextAlignmentRole), int(Qt::ForegroundRole), int(Qt::FontRole),
                             int(Qt::ToolTipRole)})
                (void)index.data(role);
        }
    }
}
} // namespace

TEST_CASE("RowPageCache reads a page once and keeps only the most recent pages", "[ui][cache]")
{
    int loads = 0;
    RowPageCache<int> cache(10, 2);
    cache.setLoader([&loads](qint64 offset, int limit) {
        ++loads;
        std::vector<int> rows;
        for (qint64 row = offset; row < std::min<qint64>(offset + limit, 35); ++row)
            rows.push_back(int(row));
        return rows;
    });
    REQUIRE(cache.row(3));
    CHECK(*cache.row(3) == 3);
    CHECK(*cache.row(9) == 9);
    CHECK(loads == 1);
    CHECK(*cache.row(12) == 12);
    CHECK(loads == 2);
    CHECK(*cache.row(0) == 0); // page 0 is still cached and becomes the most recent
    CHECK(loads == 2);
    CHECK(*cache.row(25) == 25); // evicts page 1, the least recent
    CHECK(loads == 3);
    CHECK(cache.cachedPages() == 2);
    CHECK(*cache.row(5) == 5);
    CHECK(loads == 3);
    CHECK(*cache.row(15) == 15);
    CHECK(loads == 4);
    CHECK(cache.row(35) == nullptr); // past the end of the data
    CHECK(cache.row(-1) == nullptr);
}

TEST_CASE("InvoiceTableModel passes the model tester and shows what InvoiceListQuery returns", "[ui][models]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    DemoDatabase demo;
    InvoiceTableModel model;
    QAbstractItemModelTester tester(&model, fatal);
    model.setAsOf(dd::test::demoAsOf());
    CHECK(model.rowCount() == 0);
    const auto session = Session::open(demo.path());
    model.setSession(session.get());
    CHECK(model.rowCount() == 900);
    touchRows(model);

    InvoiceListQuery query(demo.database());
    query.setSort(InvoiceSort::Number, false);
    const auto last = query.fetch(899, 1);
    REQUIRE(last.size() == 1);
    CHECK(model.index(899, InvoiceTableModel::Number).data().toString() == last[0].number);
    CHECK(model.index(899, InvoiceTableModel::Open).data().toString() == last[0].open().format(NumberStyle::English));
    CHECK(model.invoiceIdAt(899) == last[0].id);
    CHECK(model.index(0, InvoiceTableModel::Total).data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight);

    SECTION("filtering by text gives the query's count and rows")
    {
        model.setFilterText(QStringLiteral("bakker"));
        InvoiceFilter filter;
        filter.text = QStringLiteral("bakker");
        query.setFilter(filter);
        CHECK(model.rowCount() == query.count());
        CHECK(model.rowCount() > 0);
        CHECK(model.rowCount() < 900);
        CHECK(model.index(0, InvoiceTableModel::Number).data().toString() == query.fetch(0, 1).at(0).number);
        touchRows(model);
        model.setFilterText(QString());
        CHECK(model.rowCount() == 900);
    }
    SECTION("overdue only marks every row overdue")
    {
        model.setOverdueOnly(true);
        REQUIRE(model.rowCount() > 0);
        CHECK(model.rowCount() < 900);
        for (int row = 0; row < model.rowCount(); ++row) {
            INFO("row " << row);
            CHECK(model.index(row, 0).data(InvoiceTableModel::OverdueRole).toBool());
            CHECK(model.index(row, InvoiceTableModel::DaysOverdue).data(InvoiceTableModel::SortValueRole).toInt() > 0);
        }
    }
    SECTION("every sortable column sorts both ways")
    {
        for (int column = 0; column < model.columnCount(); ++column) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                model.sort(column, order);
                CHECK(model.rowCount() == 900);
                touchRows(model);
            }
        }
        model.sort(InvoiceTableModel::Total, Qt::DescendingOrder);
        qint64 previous = std::numeric_limits<qint64>::max();
        for (int row = 0; row < 300; ++row) {
            const qint64 cents = model.index(row, InvoiceTableModel::Total).data(InvoiceTableModel::SortValueRole).toLongLong();
            CHECK(cents <= previous);
            previous = cents;
        }
    }
    SECTION("a customer filter shows only that customer's invoices")
    {
        const qint64 customerId = last[0].customerId;
        model.setCustomerFilter(customerId);
        REQUIRE(model.rowCount() > 0);
        InvoiceFilter filter;
        filter.customerId = customerId;
        query.setFilter(filter);
        CHECK(model.rowCount() == query.count());
    }
    model.setSession(nullptr);
    CHECK(model.rowCount() == 0);
}

TEST_CASE("CustomerTableModel passes the model tester and follows CustomerListQuery", "[ui][models]")
{
    UiLocale::setLanguageCode(QStringLiteral("nl"));
    DemoDatabase demo;
    CustomerTableModel model;
    QAbstractItemModelTester tester(&model, fatal);
    const auto session = Session::open(demo.path());
    model.setSession(session.get());
    CHECK(model.rowCount() == 60);
    touchRows(model);

    CustomerListQuery query(demo.database());
    const auto rows = query.fetch(0, 60);
    REQUIRE(rows.size() == 60);
    CHECK(model.index(59, CustomerTableModel::Name).data().toString() == rows[59].name);
    CHECK(model.index(59, CustomerTableModel::OpenAmount).data().toString()
          == Money(rows[59].openCents, rows[59].currency).format(NumberStyle::Dutch));

    model.setFilterText(QStringLiteral("B.V."));
    query.setFilterText(QStringLiteral("B.V."));
    CHECK(model.rowCount() == query.count());
    CHECK(model.rowCount() > 0);
    CHECK(model.rowCount() < 60);
    for (int column = 0; column < model.columnCount(); ++column) {
        model.sort(column, Qt::DescendingOrder);
        touchRows(model);
    }
    model.sort(CustomerTableModel::Name, Qt::AscendingOrder); // "de Vries" among the D's
    for (int row = 1; row < model.rowCount(); ++row)
        CHECK(model.index(row - 1, CustomerTableModel::Name).data().toString().compare(
                  model.index(row, CustomerTableModel::Name).data().toString(), Qt::CaseInsensitive)
              <= 0);
    UiLocale::setLanguageCode(QStringLiteral("en"));
}

TEST_CASE("AgingTableModel passes the model tester and equals AgingReport", "[ui][models][aging]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    DemoDatabase demo;
    const Date asOf = IsoDate::fromQDate(dd::test::demoAsOf());
    for (auto grouping : {AgingTableModel::Grouping::ByCurrency, AgingTableModel::Grouping::ByCustomer}) {
        AgingTableModel model(grouping);
        QAbstractItemModelTester tester(&model, fatal);
        const AgingReport report(demo.database());
        model.load(&report, dd::test::demoAsOf());
        const auto expected = grouping == AgingTableModel::Grouping::ByCurrency ? report.byCurrency(asOf) : report.byCustomer(asOf);
        REQUIRE(model.rowCount() == int(expected.size()));
        REQUIRE(model.rowCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int bucket = 0; bucket < AgingRow::bucketCount; ++bucket)
                CHECK(model.index(row, model.bucketColumn(bucket)).data(AgingTableModel::CentsRole).toLongLong()
                      == expected[size_t(row)].bucketCents[size_t(bucket)]);
            CHECK(model.index(row, model.totalColumn()).data().toString()
                  == Money(expected[size_t(row)].totalCents, expected[size_t(row)].currency).format(NumberStyle::English));
        }
        for (int column = 0; column < model.columnCount(); ++column) {
            model.sort(column, Qt::AscendingOrder);
            model.sort(column, Qt::DescendingOrder);
        }
        model.sort(model.totalColumn(), Qt::DescendingOrder);
        for (int row = 1; row < model.rowCount(); ++row)
            CHECK(model.rows()[size_t(row - 1)].totalCents >= model.rows()[size_t(row)].totalCents);
        model.load(nullptr, dd::test::demoAsOf());
        CHECK(model.rowCount() == 0);
    }
}

// The models of the areas, and the bank lists' sort proxies over theirs; the exchange-rate dialog's
// model is tested with its dialog (test_ui_exchange_rates).
TEST_CASE("Every model of the main window is put under the model tester", "[ui][models]")
{
    MainWindow window;
    CHECK(ModelTesters::attach(window) == 11);
    QStringList tested;
    for (const QAbstractItemModel *model : window.findChildren<QAbstractItemModel *>()) {
        if (model->findChild<QAbstractItemModelTester *>(QString(), Qt::FindDirectChildrenOnly))
            tested << QString::fromLatin1(model->metaObject()->className());
    }
    tested.sort();
    CHECK(tested.join(u' ')
          == QStringLiteral("QSortFilterProxyModel QSortFilterProxyModel dd::AgingTableModel dd::AgingTableModel "
                            "dd::BankMatchTableModel dd::BankMatchTableModel dd::CreditNoteTableModel "
                            "dd::CustomerTableModel dd::DisputeTableModel dd::DunningPreviewModel dd::InvoiceTableModel"));
    CHECK(ModelTesters::attach(window) == 11);
    for (const QAbstractItemModel *model : window.findChildren<QAbstractItemModel *>())
        CHECK(model->findChildren<QAbstractItemModelTester *>(QString(), Qt::FindDirectChildrenOnly).size() <= 1);
}
