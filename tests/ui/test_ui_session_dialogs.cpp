// The dialogs work on the Session (issue 18): what they save is one commit the session announces,
// and the areas that show that data follow without a call to refresh them.

#include "UiTestSupport.h"

#include "MainWindow.h"
#include "common/UiLocale.h"
#include "customers/CustomerDialog.h"
#include "customers/CustomerListView.h"
#include "customers/CustomerRepository.h"
#include "documents/CompanySettingsDialog.h"
#include "documents/DocumentTemplates.h"
#include "documents/SettingsRepository.h"
#include "invoices/InvoiceRepository.h"
#include "invoices/InvoiceTableModel.h"
#include "session/Session.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>

using namespace dd;
using namespace dd::test;

TEST_CASE("Company details and an edited template are saved in one commit: the session announces settings once",
          "[ui][session][settings][issue18]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    DemoDatabase demo(10, 50);
    MainWindow window;
    openDemo(window, demo);
    Session &session = *window.session();
    QSignalSpy settings(&session, &Session::settingsChanged);

    CompanySettingsDialog dialog(session);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    type(dialog, "companyName", QStringLiteral("Jansen & Zn B.V."));
    dialog.showTemplate(DocumentKind::Rejection, Language::Dutch);
    child<QPlainTextEdit>(dialog, "templateText")->setPlainText(QStringLiteral("<p>Van {{company.name}}</p>"));
    click(dialog, "companyOk");
    CHECK_FALSE(dialog.isVisible());
    CHECK_FALSE(child<QLabel>(dialog, "companyError")->isVisible());

    // Before, the details and each template were commits of their own: two announcements here.
    CHECK(settings.count() == 1);
    CHECK(SettingsRepository(demo.database()).company().name == QStringLiteral("Jansen & Zn B.V."));
    CHECK(DocumentTemplates(demo.database()).text(DocumentKind::Rejection, Language::Dutch)
          == QStringLiteral("<p>Van {{company.name}}</p>"));
}

TEST_CASE("A customer renamed in its dialog shows under the new name in the invoice list without a refresh call",
          "[ui][session][customers][issue18]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    DemoDatabase demo(20, 100);
    MainWindow window;
    openDemo(window, demo);
    InvoiceTableModel *invoices = window.invoiceModel();
    REQUIRE(invoices->rowCount() > 0);
    const qint64 invoiceId = invoices->index(0, InvoiceTableModel::Number).data(InvoiceTableModel::InvoiceIdRole).toLongLong();
    const auto invoice = InvoiceRepository(demo.database()).findById(invoiceId);
    REQUIRE(invoice);
    const QString before = invoices->index(0, InvoiceTableModel::Customer).data().toString();
    REQUIRE_FALSE(before.contains(QStringLiteral("Bakkerij De Zon")));

    window.customerView()->editCustomer(invoice->customerId);
    CustomerDialog *dialog = window.customerView()->customerDialog();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    type(*dialog, "customerName", QStringLiteral("Bakkerij De Zon B.V."));
    click(*dialog, "customerSave");
    REQUIRE(QTest::qWaitFor([&] { return window.customerView()->customerDialog() == nullptr; }));
    REQUIRE(CustomerRepository(demo.database()).findById(invoice->customerId)->name == QStringLiteral("Bakkerij De Zon B.V."));

    // The invoice list, not in front, reads the name again.
    int row = -1;
    CHECK(QTest::qWaitFor([&] {
        for (int r = 0; r < invoices->rowCount() && row < 0; ++r) {
            if (invoices->index(r, InvoiceTableModel::Number).data(InvoiceTableModel::InvoiceIdRole).toLongLong() == invoiceId)
                row = r;
        }
        return row >= 0 && invoices->index(row, InvoiceTableModel::Customer).data().toString().contains(QStringLiteral("Bakkerij De Zon B.V."));
    }));
}
