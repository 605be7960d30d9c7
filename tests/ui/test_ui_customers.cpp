// The customer dialog (issue 17): a customer's details and its Peppol participant id, opened from
// the customer list, checked as the user types, written on Save only.

#include "TestScreenshots.h"
#include "UiTestSupport.h"

#include "common/UiLocale.h"
#include "customers/CustomerDialog.h"
#include "customers/CustomerListView.h"
#include "customers/CustomerRepository.h"
#include "customers/CustomerTableModel.h"

#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>

using namespace dd;
using namespace dd::test;

namespace {


// A customer of the demo data chosen by SQL: the first of `kind` whose VAT number starts `vatPrefix`.
Customer demoCustomer(Database &db, const QString &kind, const QString &vatPrefix)
{
    const qint64 id = db.scalar(QStringLiteral("SELECT id FROM customers WHERE kind = ? AND vat_id LIKE ? ORDER BY number LIMIT 1"),
                                {kind, vatPrefix + QLatin1Char('%')})
                          .toLongLong();
    const auto customer = CustomerRepository(db).findById(id);
    REQUIRE(customer);
    return *customer;
}

CustomerDialog *openDialog(MainWindow &window, qint64 customerId)
{
    window.customerView()->editCustomer(customerId);
    CustomerDialog *dialog = window.customerView()->customerDialog();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    return dialog;
}

void selectScheme(CustomerDialog &dialog, const QString &scheme)
{
    auto *schemes = child<QComboBox>(dialog, "peppolScheme");
    const int index = schemes->findData(scheme);
    REQUIRE(index >= 0);
    schemes->setCurrentIndex(index);
}

// The dialog as shown fits a 1366x768 screen with room for a panel, and so does its smallest size.
void checkFitsSmallScreen(QWidget &dialog)
{
    CHECK(dialog.frameGeometry().width() <= 1366);
    CHECK(dialog.frameGeometry().height() <= 728);
    CHECK(dialog.minimumSizeHint().width() <= 1366);
    CHECK(dialog.minimumSizeHint().height() <= 728);
}

// The context menu of the customer on `row`, opened as a right click opens it.
QMenu *openCustomerMenu(MainWindow &window, int row)
{
    child<QTabWidget>(window, "mainTabs")->setCurrentWidget(window.customerView());
    auto *table = child<QTableView>(window, "customerTable");
    const QPoint cell = table->visualRect(table->model()->index(row, 0)).center();
    QContextMenuEvent contextEvent(QContextMenuEvent::Mouse, cell, table->viewport()->mapToGlobal(cell));
    QCoreApplication::sendEvent(table->viewport(), &contextEvent);
    QMenu *menu = nullptr;
    REQUIRE(QTest::qWaitFor([&] {
        for (QMenu *candidate : window.findChildren<QMenu *>(QStringLiteral("customerContextMenu")))
            menu = candidate->isVisible() ? candidate : menu;
        return menu != nullptr;
    }));
    return menu;
}

} // namespace

TEST_CASE("Enter on a customer opens its details, Show Invoices still leads to its invoices", "[ui][customers][issue17]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    DemoDatabase demo(20, 100);
    MainWindow window;
    ModelTesters::attach(window);
    openDemo(window, demo);
    auto *tabs = child<QTabWidget>(window, "mainTabs");
    tabs->setCurrentWidget(window.customerView());
    auto *table = child<QTableView>(window, "customerTable");
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    const qint64 customerId = window.customerModel()->customerIdAt(0);
    QTest::keyClick(table, Qt::Key_Return);

    CustomerDialog *dialog = window.customerView()->customerDialog();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    const Customer stored = *CustomerRepository(demo.database()).findById(customerId);
    CHECK(dialog->customerId() == customerId);
    CHECK(child<QLabel>(*dialog, "customerNumber")->text() == stored.number);
    CHECK(child<QLineEdit>(*dialog, "customerName")->text() == stored.name);
    CHECK(child<QLineEdit>(*dialog, "customerCity")->text() == stored.city);
    CHECK(child<QSpinBox>(*dialog, "customerPaymentTerm")->value() == stored.paymentTermDays);

    click(*dialog, "customerShowInvoices");
    CHECK(QTest::qWaitFor([&] { return window.customerView()->customerDialog() == nullptr; }));
    CHECK(tabs->currentWidget()->objectName() == QStringLiteral("invoiceListView"));
    CHECK(child<QLabel>(window, "invoiceCustomerFilterLabel")->text().contains(stored.number));
}

TEST_CASE("The customer context menu edits the customer or shows its invoices", "[ui][customers][issue17]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    DemoDatabase demo(20, 100);
    MainWindow window;
    ModelTesters::attach(window);
    openDemo(window, demo);
    const qint64 customerId = window.customerModel()->customerIdAt(1);
    const QString number = CustomerRepository(demo.database()).findById(customerId)->number;

    QMenu *menu = openCustomerMenu(window, 1);
    auto *edit = menu->findChild<QAction *>(QStringLiteral("customerEditAction"));
    REQUIRE(edit);
    CHECK(menu->defaultAction() == edit); // what double-click and Enter do
    edit->trigger();
    menu->close();
    REQUIRE(window.customerView()->customerDialog());
    CHECK(window.customerView()->customerDialog()->customerId() == customerId);
    window.customerView()->customerDialog()->close();
    CHECK(QTest::qWaitFor([&] { return window.customerView()->customerDialog() == nullptr; }));

    menu = openCustomerMenu(window, 1);
    auto *invoices = menu->findChild<QAction *>(QStringLiteral("customerShowInvoicesAction"));
    REQUIRE(invoices);
    invoices->trigger();
    menu->close();
    CHECK(child<QTabWidget>(window, "mainTabs")->currentWidget()->objectName() == QStringLiteral("invoiceListView"));
    CHECK(child<QLabel>(window, "invoiceCustomerFilterLabel")->text().contains(number));
}

TEST_CASE("The Peppol id is checked as it is typed, Save writes the details, a refused field writes nothing", "[ui][customers][issue17]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    DemoDatabase demo(20, 100);
    Database &db = demo.database();
    MainWindow window;
    ModelTesters::attach(window);
    openDemo(window, demo);
    const Customer business = demoCustomer(db, QStringLiteral("business"), QStringLiteral("NL"));
    REQUIRE(business.peppol.isEmpty());
    CustomerDialog *dialog = openDialog(window, business.id);
    checkFitsSmallScreen(*dialog);

    // No id entered: the endpoint derived from the VAT number is shown.
    auto *status = child<QLabel>(*dialog, "peppolStatus");
    CHECK(status->text()
          == QStringLiteral("None entered: derived from the VAT number, 9944:%1.").arg(business.vatId));
    TestScreenshots::save(*dialog, QStringLiteral("customer-dialog-en.png"));

    // A KvK number of four digits: the reason as it is typed, and Save refuses, naming the field.
    selectScheme(*dialog, QStringLiteral("0106"));
    type(*dialog, "peppolId", QStringLiteral("1234"));
    CHECK(status->text() == QStringLiteral("a KvK number (0106) has 8 digits, not 1234"));
    type(*dialog, "customerEmail", QStringLiteral("boekhouding at example.nl"));
    click(*dialog, "customerSave");
    auto *error = child<QLabel>(*dialog, "customerError");
    CHECK(error->isVisible());
    CHECK(error->text()
          == QStringLiteral("E-mail: \"boekhouding at example.nl\" is not an e-mail address\n"
                            "Peppol participant id: a KvK number (0106) has 8 digits, not 1234"));
    CHECK(child<QLineEdit>(*dialog, "customerEmail")->hasFocus());
    TestScreenshots::save(*dialog, QStringLiteral("customer-dialog-refused-en.png"));
    CHECK(dialog->isVisible());
    Customer stored = *CustomerRepository(db).findById(business.id);
    CHECK(stored.email == business.email);
    CHECK(stored.peppol.isEmpty());

    // Corrected: written on Save, and the list shows the new name.
    type(*dialog, "peppolId", QStringLiteral("12345678"));
    CHECK(status->text() == QStringLiteral("Valid: credit notes go to 0106:12345678."));
    type(*dialog, "customerEmail", QStringLiteral("boekhouding@example.nl"));
    type(*dialog, "customerName", QStringLiteral("Bakkerij De Zon B.V."));
    auto *term = child<QSpinBox>(*dialog, "customerPaymentTerm");
    term->setValue(14);
    auto *language = child<QComboBox>(*dialog, "customerLanguage");
    language->setCurrentIndex(language->findData(int(Language::English)));
    click(*dialog, "customerSave");
    CHECK(QTest::qWaitFor([&] { return window.customerView()->customerDialog() == nullptr; }));
    stored = *CustomerRepository(db).findById(business.id);
    CHECK(stored.name == QStringLiteral("Bakkerij De Zon B.V."));
    CHECK(stored.email == QStringLiteral("boekhouding@example.nl"));
    CHECK(stored.paymentTermDays == 14);
    CHECK(stored.language == Language::English);
    CHECK(stored.peppol == PeppolParticipant{QStringLiteral("0106"), QStringLiteral("12345678")});
    CHECK(stored.number == business.number);
    CHECK(stored.vatId == business.vatId);
    CHECK(stored.creditLimit == business.creditLimit);
    bool listed = false;
    for (int row = 0; row < window.customerModel()->rowCount(); ++row)
        listed = listed
            || window.customerModel()->index(row, CustomerTableModel::Name).data().toString() == QStringLiteral("Bakkerij De Zon B.V.");
    CHECK(listed);

    // "SCHEME:ID" pasted whole goes to both fields; Cancel writes nothing.
    dialog = openDialog(window, business.id);
    CHECK(child<QLineEdit>(*dialog, "peppolId")->text() == QStringLiteral("12345678"));
    type(*dialog, "peppolId", QStringLiteral("0208:0403170701"));
    CHECK(child<QComboBox>(*dialog, "peppolScheme")->currentData().toString() == QStringLiteral("0208"));
    CHECK(child<QLineEdit>(*dialog, "peppolId")->text() == QStringLiteral("0403170701"));
    CHECK(child<QLabel>(*dialog, "peppolStatus")->text() == QStringLiteral("Valid: credit notes go to 0208:0403170701."));
    click(*dialog, "customerCancel");
    CHECK(QTest::qWaitFor([&] { return window.customerView()->customerDialog() == nullptr; }));
    CHECK(CustomerRepository(db).findById(business.id)->peppol == PeppolParticipant{QStringLiteral("0106"), QStringLiteral("12345678")});

    // Emptied: none entered, so the VAT number's endpoint is used again.
    dialog = openDialog(window, business.id);
    child<QLineEdit>(*dialog, "peppolId")->clear();
    CHECK(child<QLabel>(*dialog, "peppolStatus")->text().startsWith(QStringLiteral("None entered: derived from the VAT number")));
    click(*dialog, "customerSave");
    CHECK(QTest::qWaitFor([&] { return window.customerView()->customerDialog() == nullptr; }));
    CHECK(CustomerRepository(db).findById(business.id)->peppol.isEmpty());
}

TEST_CASE("A consumer's dialog says it has no Peppol address, the dialog in Dutch fits too", "[ui][customers][issue17]")
{
    UiLocale::setLanguageCode(QStringLiteral("nl"));
    DemoDatabase demo(20, 100);
    MainWindow window;
    ModelTesters::attach(window);
    openDemo(window, demo);
    const qint64 consumerId =
        demo.database().scalar(QStringLiteral("SELECT id FROM customers WHERE kind = 'consumer' ORDER BY number LIMIT 1")).toLongLong();
    REQUIRE(consumerId != 0);
    CustomerDialog *dialog = openDialog(window, consumerId);
    checkFitsSmallScreen(*dialog);
    const QString consumerText = child<QLabel>(*dialog, "peppolStatus")->text();
    CHECK_FALSE(consumerText.isEmpty());
    TestScreenshots::save(*dialog, QStringLiteral("customer-dialog-consumer-nl.png"));
    // Made a business with a VAT number, the derived endpoint shows at once.
    auto *kind = child<QComboBox>(*dialog, "customerKind");
    kind->setCurrentIndex(kind->findData(int(CustomerKind::Business)));
    type(*dialog, "customerVatId", QStringLiteral("DE123456789"));
    CHECK(child<QLabel>(*dialog, "peppolStatus")->text().contains(QStringLiteral("9930:DE123456789")));
    UiLocale::setLanguageCode(QStringLiteral("en"));
}
