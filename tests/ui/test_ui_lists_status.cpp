// The status bar shows the totals of the list in front (issue 19), each counted here from the
// rows the list itself holds, not from the status bar's own queries.

#include "UiTestSupport.h"

#include "dashboard/DashboardView.h"

#include "common/Clock.h"
#include "common/UiLocale.h"
#include "creditnotes/CreditNoteListView.h"
#include "creditnotes/CreditNoteService.h"
#include "creditnotes/CreditNoteTableModel.h"
#include "customers/CustomerListView.h"
#include "customers/CustomerTableModel.h"
#include "disputes/DisputeListQuery.h"
#include "disputes/DisputeListView.h"
#include "disputes/DisputesView.h"
#include "invoices/InvoiceListQuery.h"
#include "invoices/InvoiceListView.h"
#include "invoices/InvoiceRepository.h"
#include "customers/CustomerRepository.h"
#include "invoices/InvoiceTableModel.h"
#include "session/Session.h"
#include "storage/Transaction.h"

#include <QLabel>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>

using namespace dd;
using namespace dd::test;

namespace {

QString counts(MainWindow &window)
{
    return child<QLabel>(window, "statusCounts")->text();
}

// The amounts are a second pass after the list has painted.
QString amounts(MainWindow &window, const QString &expected)
{
    auto *label = child<QLabel>(window, "statusOpen");
    (void)QTest::qWaitFor([&] { return label->text().contains(expected); }, 3000);
    return label->text();
}

QString money(qint64 cents)
{
    return UiLocale::formatMoney(cents, QStringLiteral("EUR"));
}

} // namespace

TEST_CASE("The status bar shows the totals of the list in view", "[ui][lists][issue19]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    DemoDatabase demo;
    Database &db = demo.database();
    // Two credit notes of 10.00 and 25.50 on open euro invoices, so that the list has totals.
    FixedClock clock(QDateTime(demoAsOf(), QTime(10, 0)));
    QSqlQuery open = db.run(QStringLiteral("SELECT number FROM invoices WHERE currency = 'EUR' "
                                           "AND total_incl_cents - paid_cents - credited_cents > 5000 ORDER BY number LIMIT 2"));
    for (qint64 cents : {1000, 2550}) {
        REQUIRE(open.next());
        CreditNoteRequest request;
        request.invoiceNumber = open.value(0).toString();
        request.amount = Money(cents, QStringLiteral("EUR"));
        request.reason = QStringLiteral("Price agreed");
        CreditNoteService(db, clock, QStringLiteral("test")).issue(request);
    }

    MainWindow window;
    openDemo(window, demo);
    auto *tabs = child<QTabWidget>(window, "mainTabs");

    // Invoices: a filter of the list, and what its rows have open.
    tabs->setCurrentWidget(window.invoiceView());
    QSignalSpy invoicesFiltered(window.invoiceView(), &InvoiceListView::filterApplied);
    type(window, "invoiceFilter", QStringLiteral("B.V."));
    REQUIRE(invoicesFiltered.wait(3000));
    InvoiceTableModel *invoices = window.invoiceModel();
    qint64 invoicesOpen = 0;
    for (int row = 0; row < invoices->rowCount(); ++row) {
        QSqlQuery stored = db.run(QStringLiteral("SELECT total_incl_cents - paid_cents - credited_cents, currency FROM invoices WHERE id = ?"),
                                  {invoices->invoiceIdAt(row)});
        REQUIRE(stored.next());
        if (stored.value(0).toLongLong() > 0 && stored.value(1).toString() == QStringLiteral("EUR"))
            invoicesOpen += stored.value(0).toLongLong();
    }
    CHECK(counts(window) == QStringLiteral("Invoices: %1 of 900").arg(UiLocale::formatCount(invoices->rowCount())));
    CHECK(amounts(window, money(invoicesOpen)).contains(money(invoicesOpen)));

    // Customers: their own count and what the listed customers owe, not the invoice list's.
    tabs->setCurrentWidget(window.customerView());
    QSignalSpy customersFiltered(window.customerView(), &CustomerListView::filterApplied);
    type(window, "customerFilter", QStringLiteral("Bakker"));
    REQUIRE(customersFiltered.wait(3000));
    CustomerTableModel *customers = window.customerModel();
    REQUIRE(customers->rowCount() > 0);
    REQUIRE(customers->rowCount() < 60);
    qint64 customersOpen = 0;
    for (int row = 0; row < customers->rowCount(); ++row)
        customersOpen += db.scalar(QStringLiteral("SELECT COALESCE(SUM(total_incl_cents - paid_cents - credited_cents), 0) FROM invoices "
                                                  "WHERE customer_id = ? AND currency = 'EUR' AND paid_cents + credited_cents < total_incl_cents"),
                                   {customers->customerIdAt(row)})
                             .toLongLong();
    CHECK(counts(window) == QStringLiteral("Customers: %1 of 60").arg(customers->rowCount()));
    const QString customerAmounts = amounts(window, money(customersOpen));
    CHECK(customerAmounts.contains(money(customersOpen)));
    CHECK_FALSE(customerAmounts.contains(money(invoicesOpen)));

    // Cases: the Disputes area opens on the open cases.
    tabs->setCurrentWidget(window.disputesView());
    QAbstractItemModel *cases = window.disputesView()->listView()->table()->model();
    const qint64 allCases = db.scalar(QStringLiteral("SELECT COUNT(*) FROM disputes")).toLongLong();
    const qint64 openCases = db.scalar(QStringLiteral("SELECT COUNT(*) FROM disputes WHERE step <> 'closed'")).toLongLong();
    REQUIRE(cases->rowCount() == openCases);
    REQUIRE(openCases < allCases);
    CHECK(counts(window) == QStringLiteral("Cases: %1 of %2").arg(openCases).arg(allCases));
    const qint64 disputed = db.scalar(QStringLiteral("SELECT SUM(di.disputed_cents) FROM disputes d JOIN dispute_invoices di "
                                                     "ON di.dispute_id = d.id WHERE d.step <> 'closed' AND d.currency = 'EUR'"))
                                .toLongLong();
    REQUIRE(disputed > 0);
    const QString disputedText = amounts(window, money(disputed));
    CHECK(disputedText.startsWith(QStringLiteral("   ·   Disputed when opened: ")));
    CHECK(disputedText.contains(money(disputed)));

    // Credit notes: the two notes and their total.
    tabs->setCurrentWidget(window.creditNoteView());
    REQUIRE(window.creditNoteView()->model()->rowCount() == 2);
    CHECK(counts(window) == QStringLiteral("Credit notes: 2"));
    qint64 credited = 0;
    for (int row = 0; row < 2; ++row)
        credited += window.creditNoteView()->model()->noteAt(row).totalInclVat.cents();
    CHECK(amounts(window, money(credited)).contains(money(credited)));

    // A tab without a list: the size of the database and all that is outstanding.
    tabs->setCurrentWidget(window.dashboardView());
    CHECK(counts(window) == QStringLiteral("Invoices: 900   ·   Customers: 60"));
    const qint64 ledgerOpen = db.scalar(QStringLiteral("SELECT SUM(total_incl_cents - paid_cents - credited_cents) FROM invoices "
                                                       "WHERE currency = 'EUR' AND paid_cents + credited_cents < total_incl_cents"))
                                  .toLongLong();
    CHECK(amounts(window, money(ledgerOpen)).contains(money(ledgerOpen)));
}

TEST_CASE("The ledger's outstanding total in the status bar follows a change of the data", "[ui][lists][issue20]")
{
    // The ledger's total is computed on a worker and kept (LedgerOutstanding): a credit note must
    // make it compute again, not leave the figure from before.
    UiLocale::setLanguageCode(QStringLiteral("en"));
    DemoDatabase demo;
    Database &db = demo.database();
    FixedClock clock(QDateTime(demoAsOf(), QTime(10, 0)));
    MainWindow window;
    window.setClock(&clock);
    openDemo(window, demo);
    child<QTabWidget>(window, "mainTabs")->setCurrentWidget(window.dashboardView());
    const auto ledgerOpen = [&] {
        return db.scalar(QStringLiteral("SELECT SUM(total_incl_cents - paid_cents - credited_cents) FROM invoices "
                                        "WHERE currency = 'EUR' AND paid_cents + credited_cents < total_incl_cents"))
            .toLongLong();
    };
    const qint64 before = ledgerOpen();
    REQUIRE(amounts(window, money(before)).contains(money(before)));

    CreditNoteRequest request;
    request.invoiceNumber = db.scalar(QStringLiteral("SELECT number FROM invoices WHERE currency = 'EUR' "
                                                     "AND total_incl_cents - paid_cents - credited_cents > 5000 ORDER BY number LIMIT 1"))
                                .toString();
    request.amount = Money(1234, QStringLiteral("EUR"));
    request.reason = QStringLiteral("Price agreed");
    CreditNoteService(window.session()->database(), window.session()->clock(), window.session()->actingUser()).issue(request);

    const qint64 after = ledgerOpen();
    REQUIRE(after == before - 1234);
    const QString text = amounts(window, money(after));
    CHECK(text.contains(money(after)));
    CHECK_FALSE(text.contains(money(before)));
}

TEST_CASE("The status bar's counts follow new invoices and customers, with the list filtered or not", "[ui][lists][issue20]")
{
    // Unfiltered, the count is the list's own (StatusSummary::countTotals): it must be the one
    // read after the change, not the one before.
    UiLocale::setLanguageCode(QStringLiteral("en"));
    DemoDatabase demo;
    MainWindow window;
    openDemo(window, demo);
    auto *tabs = child<QTabWidget>(window, "mainTabs");
    tabs->setCurrentWidget(window.dashboardView());
    REQUIRE(counts(window) == QStringLiteral("Invoices: 900   ·   Customers: 60"));
    Database &db = window.session()->database();
    const qint64 customer = db.scalar(QStringLiteral("SELECT MIN(id) FROM customers")).toLongLong();
    const auto addInvoice = [&](const QString &number) {
        Transaction transaction(db, DataChange::Invoices);
        Invoice invoice;
        invoice.number = number;
        invoice.customerId = customer;
        invoice.issueDate = Date(2026, 11, 2);
        invoice.dueDate = Date(2026, 12, 2);
        invoice.currency = QStringLiteral("EUR");
        InvoiceLine line;
        line.description = QStringLiteral("Werk");
        line.unitPrice = Money(10000, invoice.currency);
        invoice.lines = {line};
        InvoiceRepository(db).insert(invoice);
        transaction.commit();
    };
    addInvoice(QStringLiteral("NEW-0001"));
    CHECK(counts(window) == QStringLiteral("Invoices: 901   ·   Customers: 60"));

    tabs->setCurrentWidget(window.invoiceView());
    QSignalSpy filtered(window.invoiceView(), &InvoiceListView::filterApplied);
    type(window, "invoiceFilter", QStringLiteral("NEW-"));
    REQUIRE(filtered.wait(3000));
    CHECK(counts(window) == QStringLiteral("Invoices: 1 of 901"));
    addInvoice(QStringLiteral("NEW-0002"));
    CHECK(counts(window) == QStringLiteral("Invoices: 2 of 902"));

    // The customers' count likewise, from the customer list while it is not filtered.
    tabs->setCurrentWidget(window.customerView());
    REQUIRE(counts(window) == QStringLiteral("Customers: 60"));
    Customer added = *CustomerRepository(db).findById(customer);
    added.number = QStringLiteral("NEWC-1");
    added.name = QStringLiteral("Nieuwe Klant B.V.");
    added.contacts.clear();
    CustomerRepository(db).insert(added);
    CHECK(counts(window) == QStringLiteral("Customers: 61"));
}

TEST_CASE("A long invoice list shows its first page at once and its count when the worker has it", "[ui][lists][issue20]")
{
    // On a large database the list reads its first page along the sort order and counts on a
    // worker (InvoiceTableModel::countOnWorker); countLaterFrom 0 makes the demo's 900 invoices
    // count as large. The status bar says it is counting until the count arrives.
    UiLocale::setLanguageCode(QStringLiteral("en"));
    DemoDatabase demo;
    MainWindow window;
    InvoiceTableModel *model = window.invoiceModel();
    ModelTesters::attach(window); // the rows added when the count arrives are checked too
    model->setCountLaterFrom(0);
    openDemo(window, demo);
    child<QTabWidget>(window, "mainTabs")->setCurrentWidget(window.invoiceView());
    REQUIRE(QTest::qWaitFor([&] { return model->isCounted(); }, 5000));
    CHECK(model->rowCount() == 900);
    CHECK(counts(window) == QStringLiteral("Invoices: 900"));

    InvoiceListQuery expected(demo.database());
    InvoiceFilter filter;
    filter.text = QStringLiteral("B.V.");
    expected.setFilter(filter);
    expected.setSort(model->sortKey(), model->sortDescending());
    const qint64 matching = expected.count();
    REQUIRE(matching > 200); // more than the first page
    QSignalSpy counted(model, &PagedTableModel::counted);
    model->setFilterText(QStringLiteral("B.V."));
    // Nothing has run the event loop: the worker's count cannot have arrived.
    REQUIRE_FALSE(model->isCounted());
    CHECK(model->rowCount() == 200);
    CHECK(model->invoiceIdAt(0) == expected.fetch(0, 1).front().id);
    CHECK_FALSE(model->openCentsByCurrency().has_value());
    // The user picks a row before the count arrives: it stays picked.
    QTableView *table = window.invoiceView()->table();
    table->selectRow(5);
    REQUIRE(counted.wait(5000));
    CHECK(table->currentIndex().row() == 5);
    REQUIRE(table->selectionModel()->selectedRows().size() == 1);
    CHECK(table->selectionModel()->selectedRows().front().row() == 5);
    CHECK(model->isCounted());
    CHECK(model->rowCount() == matching);
    // Rows beyond the first page, in the list's order.
    for (int row : {199, 200, int(matching) - 1})
        CHECK(model->invoiceIdAt(row) == expected.fetch(row, 1).front().id);
    const auto open = model->openCentsByCurrency();
    REQUIRE(open.has_value());
    CHECK(*open == expected.openCentsByCurrency());
    CHECK(counts(window) == QStringLiteral("Invoices: %1 of 900").arg(UiLocale::formatCount(matching)));
    const qint64 euros = open->value(QStringLiteral("EUR"));
    REQUIRE(euros > 0);
    CHECK(amounts(window, money(euros)).contains(money(euros)));
}

TEST_CASE("A long customer list counts on a worker too, and the status bar waits for it", "[ui][lists][issue20]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    DemoDatabase demo;
    MainWindow window;
    ModelTesters::attach(window);
    CustomerTableModel *model = window.customerModel();
    model->setCountLaterFrom(0); // the demo's 60 customers taken for a long list
    openDemo(window, demo);
    child<QTabWidget>(window, "mainTabs")->setCurrentWidget(window.customerView());
    REQUIRE(QTest::qWaitFor([&] { return model->isCounted(); }, 5000));
    CHECK(counts(window) == QStringLiteral("Customers: 60"));

    // The first of these that most customers match (a quarter of a page, 50 rows, must pass
    // near the start for the first page to be read ahead of the count) and not all of them.
    CustomerListQuery expected(demo.database());
    QString text;
    for (const QString &candidate : {QStringLiteral("e"), QStringLiteral("a"), QStringLiteral("r"), QStringLiteral("n")}) {
        expected.setFilterText(candidate);
        if (expected.count() >= 50 && expected.count() < 60) {
            text = candidate;
            break;
        }
    }
    REQUIRE_FALSE(text.isEmpty());
    const qint64 matching = expected.count();
    QSignalSpy counted(model, &PagedTableModel::counted);
    model->setFilterText(text);
    REQUIRE_FALSE(model->isCounted());
    CHECK_FALSE(model->openCentsByCurrency().has_value());
    REQUIRE(counted.wait(5000));
    CHECK(model->rowCount() == matching);
    const auto open = model->openCentsByCurrency();
    REQUIRE(open.has_value());
    CHECK(*open == expected.openCentsByCurrency());
    QTest::qWait(50); // the view's filterApplied and the status bar's update
    CHECK(counts(window) == QStringLiteral("Customers: %1 of 60").arg(matching));
}
