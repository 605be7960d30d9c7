// The lists' columns (issue 19): the customer's name takes the room that is left, and a width the
// user dragged or the column he sorted by is still there when the view is made again (a restart).

#include "UiTestSupport.h"

#include "common/UiLocale.h"
#include "customers/CustomerListView.h"
#include "customers/CustomerTableModel.h"
#include "disputes/DisputeListView.h"
#include "disputes/DisputeTableModel.h"
#include "invoices/InvoiceListView.h"
#include "invoices/InvoiceTableModel.h"
#include "session/Session.h"
#include "settings/AppSettings.h"

#include <QHeaderView>
#include <QTableView>

using namespace dd;
using namespace dd::test;

TEST_CASE("A column width and the sort the user chose survive a new view", "[ui][lists][issue19]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    AppSettings::setListHeader(QStringLiteral("customers"), {});
    CustomerTableModel model;
    int fitted = 0;
    {
        CustomerListView view(&model);
        QHeaderView *header = view.table()->horizontalHeader();
        fitted = header->sectionSize(CustomerTableModel::City);
        REQUIRE(fitted != 213);
        header->resizeSection(CustomerTableModel::City, 213);
        view.table()->sortByColumn(CustomerTableModel::OpenAmount, Qt::DescendingOrder);
        CHECK(model.sortKey() == CustomerSort::Open);
    }
    model.sort(CustomerTableModel::Number, Qt::AscendingOrder); // as a fresh start would have it
    CustomerListView again(&model);
    QHeaderView *header = again.table()->horizontalHeader();
    CHECK(header->sectionSize(CustomerTableModel::City) == 213);
    CHECK(header->sortIndicatorSection() == CustomerTableModel::OpenAmount);
    CHECK(header->sortIndicatorOrder() == Qt::DescendingOrder);
    CHECK(model.sortKey() == CustomerSort::Open);
    CHECK(model.sortDescending());

    SECTION("without a saved state the fitted widths stand")
    {
        AppSettings::setListHeader(QStringLiteral("customers"), {});
        CustomerListView fresh(&model);
        CHECK(fresh.table()->horizontalHeader()->sectionSize(CustomerTableModel::City) == fitted);
    }
    AppSettings::setListHeader(QStringLiteral("customers"), {});
}

TEST_CASE("The customer's name takes the room left in every long list", "[ui][lists][issue19]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    for (const char *list : {"invoices", "customers", "disputes"})
        AppSettings::setListHeader(QString::fromLatin1(list), {});
    DemoDatabase demo;
    const auto session = Session::open(demo.path());
    InvoiceTableModel invoices;
    invoices.setSession(session.get());
    InvoiceListView invoiceView(&invoices);
    CustomerTableModel customers;
    customers.setSession(session.get());
    CustomerListView customerView(&customers);
    DisputeTableModel cases;
    cases.setSession(session.get());
    DisputeListView caseView(&cases);
    REQUIRE(cases.rowCount() > 0);
    // Not the last column (the assignee, often empty) takes the room that is left, the name does.
    CHECK_FALSE(caseView.table()->horizontalHeader()->stretchLastSection());
    const auto fillsTheRest = [](QTableView *table, int column) {
        QHeaderView *header = table->horizontalHeader();
        int total = 0;
        for (int c = 0; c < header->count(); ++c)
            total += header->sectionSize(c);
        INFO("name " << header->sectionSize(column) << ", all " << total << ", viewport " << table->viewport()->width());
        return total >= table->viewport()->width() && header->sectionSize(column) > 100;
    };
    for (QWidget *view : {static_cast<QWidget *>(&invoiceView), static_cast<QWidget *>(&customerView)}) {
        view->resize(1600, 500);
        view->show();
        REQUIRE(QTest::qWaitForWindowExposed(view));
    }
    CHECK(fillsTheRest(invoiceView.table(), InvoiceTableModel::Customer));
    CHECK(fillsTheRest(customerView.table(), CustomerTableModel::Name));

    // The other columns are as wide as what they hold, so that at a laptop's width the name keeps
    // room for a long name.
    QHeaderView *header = caseView.table()->horizontalHeader();
    const QFontMetrics metrics(caseView.table()->font());
    int widestNumber = 0;
    for (int row = 0; row < cases.rowCount() && row < 60; ++row)
        widestNumber = std::max(widestNumber, metrics.horizontalAdvance(cases.index(row, DisputeTableModel::Number).data().toString()));
    CHECK(header->sectionSize(DisputeTableModel::Number) <= std::max(widestNumber, metrics.horizontalAdvance(QStringLiteral("Case"))) + 40);
    caseView.resize(1000, 500);
    caseView.show();
    REQUIRE(QTest::qWaitForWindowExposed(&caseView));
    // Narrower than all the columns need: the name keeps a readable width and the list scrolls.
    CHECK(header->sectionSize(DisputeTableModel::Customer) >= metrics.horizontalAdvance(QStringLiteral("Installatiebedrijf van den")));
    caseView.resize(1800, 500);
    QTest::qWait(50);
    CHECK(fillsTheRest(caseView.table(), DisputeTableModel::Customer));
}
