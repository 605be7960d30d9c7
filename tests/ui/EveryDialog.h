#pragma once

// Every dialog and extra window of the program, opened as its menus and lists open them, for the
// tests that look at each one: test_ui_fit (it fits the screen) and test_ui_dutch_walk (it reads
// Dutch). One list, so a dialog added to the program is added here once and checked by both.

#include "UiTestSupport.h"

#include "MainWindow.h"
#include "creditnotes/IssueCreditNoteDialog.h"
#include "customers/CustomerCardDialog.h"
#include "customers/CustomerDialog.h"
#include "customers/CustomerRepository.h"
#include "database/ConnectDatabaseDialog.h"
#include "disputes/DisputeRulesDialog.h"
#include "disputes/OpenDisputeDialog.h"
#include "documents/CompanySettingsDialog.h"
#include "documents/LetterDialog.h"
#include "dunning/DunningHistoryDialog.h"
#include "exchangerates/ExchangeRatesDialog.h"
#include "importers/ImportWizard.h"
#include "invoices/InvoiceDetailDialog.h"
#include "invoices/InvoiceRepository.h"
#include "payments/PaymentEntryDialog.h"
#include "legal/LegalCalculatorWindow.h"
#include "legal/LegalTablesDialog.h"
#include "reports/ReportDialog.h"
#include "session/Session.h"
#include "settings/SettingsDialog.h"

#include <QPointer>

namespace dd::test {

// A dialog has buttons of its own to close it; a window (the legal calculator) has its frame's.
enum class Opened { Dialog, Window };

// The first id the query gives: a case, invoice or customer of the demo data.
inline qint64 firstId(Database &db, const char *sql)
{
    const qint64 id = db.scalar(QString::fromLatin1(sql)).toLongLong();
    REQUIRE(id > 0);
    return id;
}

// Calls look(widget, what, opened) for each dialog and window that `window` (showing `db`'s demo
// data) opens, one after the other; each is closed after it was looked at.
template<typename Look>
void forEveryDialog(MainWindow &window, Database &db, Look look)
{
    const qint64 disputeId = firstId(db, "SELECT MIN(id) FROM disputes");
    const qint64 invoiceId = firstId(db, "SELECT MIN(invoice_id) FROM dispute_invoices");
    const qint64 customerId = firstId(db, "SELECT MIN(id) FROM customers");
    Session &session = *window.session();
    const auto lookAt = [&look](QWidget &dialog, const char *what, Opened opened) {
        look(dialog, what, opened);
        dialog.close();
    };

    // Opened through the main window as its menus and lists do.
    window.openReport(true);
    lookAt(*window.reportDialog(), "dispute report", Opened::Dialog);
    window.openReport(false);
    lookAt(*window.reportDialog(), "aged receivables report", Opened::Dialog);
    window.showInvoice(invoiceId);
    lookAt(*window.invoiceDetail(), "invoice detail", Opened::Dialog);
    window.openDisputeFor(invoiceId);
    lookAt(*window.openDisputeDialog(), "open dispute", Opened::Dialog);
    window.issueCreditNote(disputeId);
    lookAt(*window.issueCreditNoteDialog(), "issue credit note", Opened::Dialog);
    window.createLetter(disputeId);
    lookAt(*window.letterDialog(), "letter", Opened::Dialog);
    window.showCompanySettings();
    lookAt(*window.companySettingsDialog(), "company settings", Opened::Dialog);

    // The modal ones (MenuDialogs, the lists' context menus) are made here as they make them,
    // and shown without their event loop.
    {
        SettingsDialog settings(&window);
        lookAt(settings, "settings", Opened::Dialog);
        ConnectDatabaseDialog connectServer(&window);
        lookAt(connectServer, "connect to team database", Opened::Dialog);
        ImportWizard wizard(session, &window);
        lookAt(wizard, "import wizard", Opened::Dialog);
        LegalTablesDialog tables(&session, &window);
        lookAt(tables, "legal tables", Opened::Dialog);
        ExchangeRatesDialog rates(session, &window);
        lookAt(rates, "exchange rates", Opened::Dialog);
        DisputeRulesDialog rules(session, &window);
        lookAt(rules, "dispute rules", Opened::Dialog);
        const auto customer = CustomerRepository(db).findById(customerId);
        REQUIRE(customer);
        CustomerDialog customerDialog(session, *customer, &window);
        lookAt(customerDialog, "customer", Opened::Dialog);
        DunningHistoryDialog customerLetters(session, DunningHistoryDialog::Subject::Customer, customerId, &window);
        lookAt(customerLetters, "dunning history of a customer", Opened::Dialog);
        DunningHistoryDialog invoiceLetters(session, DunningHistoryDialog::Subject::Invoice, invoiceId, &window);
        lookAt(invoiceLetters, "dunning history of an invoice", Opened::Dialog);
        CustomerCardDialog card(session, customerId, &window);
        lookAt(card, "customer card", Opened::Dialog);
        const auto invoice = InvoiceRepository(db).findById(invoiceId);
        REQUIRE(invoice);
        PaymentEntryDialog payment(session, *invoice, PaymentEntryDialog::Mode::Receive, &window);
        lookAt(payment, "record payment", Opened::Dialog);
    }

    // Tools ▸ Legal calculator: a window of its own, deleted on close.
    QPointer<LegalCalculatorWindow> calculator = new LegalCalculatorWindow(&session, &window);
    look(*calculator, "legal calculator", Opened::Window);
    if (calculator)
        calculator->close();
}

} // namespace dd::test
