// Credit notes and case letters driven as a user drives them: a credit note issued through the
// dialog by typing and clicking (the preview first, nothing written before Confirm), the invoice's
// open amount after it, Cancel leaving no trace, the Credit notes list under the model tester; a
// letter's preview printing a customer's name literally, recorded in the case on Confirm; the
// company details and templates page.

#include "TestScreenshots.h"
#include "UiTestSupport.h"

#include "MainWindow.h"
#include "common/Clock.h"
#include "common/UiLocale.h"
#include "creditnotes/CreditNoteListView.h"
#include "creditnotes/CreditNoteService.h"
#include "creditnotes/CreditNoteTableModel.h"
#include "creditnotes/IssueCreditNoteDialog.h"
#include "disputes/DisputeEditor.h"
#include "disputes/DisputeRepository.h"
#include "disputes/DisputeService.h"
#include "documents/CompanySettingsDialog.h"
#include "documents/DocumentRepository.h"
#include "documents/DocumentTemplates.h"
#include "documents/LetterDialog.h"
#include "documents/LetterService.h"
#include "documents/RichTextEditor.h"
#include "documents/SettingsRepository.h"
#include "invoices/InvoiceListQuery.h"
#include "invoices/InvoiceRepository.h"
#include "session/Session.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextEdit>
#include <QToolButton>

using namespace dd;
using dd::test::ModelTesters;
using dd::test::TestScreenshots;
using dd::test::DemoDatabase;
using dd::test::TempDir;
using dd::test::child;
using dd::test::click;
using dd::test::type;

namespace {

// An invoice with money open, nothing paid or credited, and no open case.
InvoiceListRow openInvoice(Database &database, int skip = 0)
{
    for (const InvoiceListRow &row : InvoiceListQuery(database).fetch(0, 1000)) {
        if (row.openDispute.isEmpty() && row.open().cents() > 20000 && row.paidCents == 0 && row.creditedCents == 0
            && skip-- == 0)
            return row;
    }
    FAIL("no open invoice in the demo data");
    return {};
}

Invoice invoiceNamed(Database &database, const QString &number)
{
    const auto invoice = InvoiceRepository(database).findByNumber(number);
    REQUIRE(invoice);
    return *invoice;
}

int creditNoteCount(Database &database)
{
    return database.scalar(QStringLiteral("SELECT COUNT(*) FROM credit_notes")).toInt();
}


} // namespace

TEST_CASE("A credit note issued through the dialog: preview first, then Confirm", "[ui][creditnotes]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    DemoDatabase demo;
    Database &db = demo.database();
    FixedClock clock(QDateTime(dd::test::demoAsOf(), QTime(10, 0)));
    MainWindow window;
    ModelTesters::attach(window);
    window.setClock(&clock);
    window.setAsOf(dd::test::demoAsOf());
    REQUIRE(window.openDatabase(demo.path()));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    const InvoiceListRow row = openInvoice(db);
    const Money openBefore = invoiceNamed(db, row.number).openAmount();
    const int notesBefore = creditNoteCount(db);

    window.issueCreditNote(0, row.number);
    IssueCreditNoteDialog *dialog = window.issueCreditNoteDialog();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    CHECK(child<QLineEdit>(*dialog, "creditInvoice")->text() == row.number);
    CHECK(child<QLabel>(*dialog, "creditInvoiceInfo")->text().contains(row.customerName));

    auto *mode = child<QComboBox>(*dialog, "creditMode");
    mode->setFocus();
    QTest::keyClick(mode, Qt::Key_Down); // the whole invoice -> an amount
    REQUIRE(mode->currentData().toInt() == int(IssueCreditNoteDialog::Mode::Amount));
    const Money amount(12345, row.open().currency());
    type(*dialog, "creditAmount", amount.formatNumber(UiLocale::numberStyle()));
    auto *confirm = child<QPushButton>(*dialog, "creditConfirm");
    // Without a reason the preview shows, but the note cannot be issued.
    REQUIRE(QTest::qWaitFor([&] { return !child<QTextBrowser>(*dialog, "creditPreview")->toPlainText().isEmpty(); }));
    CHECK_FALSE(confirm->isEnabled());
    CHECK(child<QLabel>(*dialog, "creditError")->isVisible());
    type(*dialog, "creditReason", QStringLiteral("Price agreed in the quotation <b>not</b> applied"));
    REQUIRE(QTest::qWaitFor([&] { return confirm->isEnabled(); }));

    const QString preview = child<QTextBrowser>(*dialog, "creditPreview")->toPlainText();
    CHECK(preview.contains(row.number));
    CHECK(preview.contains(QStringLiteral("<b>not</b>"))); // the reason printed literally
    // The preview wrote nothing.
    CHECK(creditNoteCount(db) == notesBefore);
    CHECK(invoiceNamed(db, row.number).openAmount() == openBefore);
    TestScreenshots::save(*dialog, QStringLiteral("credit-note-preview.png"));

    click(*dialog, "creditConfirm");
    REQUIRE(dialog->issued());
    const CreditNote issued = *dialog->issued();
    CHECK(issued.number.startsWith(QStringLiteral("CN-2025-")));
    CHECK(issued.totalInclVat == amount);

    CreditNoteService service(db, clock, QStringLiteral("test"));
    const QList<CreditNote> notes = service.repository().list(row.id);
    REQUIRE(notes.size() == 1);
    CHECK(notes.first().number == issued.number);
    CHECK(notes.first().reason == QStringLiteral("Price agreed in the quotation <b>not</b> applied"));
    CHECK(service.repository().findByNumber(issued.number));
    CHECK(creditNoteCount(db) == notesBefore + 1);
    CHECK(invoiceNamed(db, row.number).openAmount() == openBefore - amount);

    // After issuing: the fields are frozen, Confirm is gone, the files can be saved.
    CHECK_FALSE(confirm->isVisible());
    CHECK_FALSE(child<QLineEdit>(*dialog, "creditAmount")->isEnabled());
    CHECK(child<QPushButton>(*dialog, "creditSavePdf")->isEnabled());
    TempDir dir;
    REQUIRE(dialog->savePdf(dir.filePath(QStringLiteral("note.pdf"))));
    REQUIRE(dialog->saveUbl(dir.filePath(QStringLiteral("note.xml"))));
    QFile pdf(dir.filePath(QStringLiteral("note.pdf")));
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == "%PDF-");
    QFile ubl(dir.filePath(QStringLiteral("note.xml")));
    REQUIRE(ubl.open(QIODevice::ReadOnly));
    CHECK(ubl.readAll().contains(issued.number.toUtf8()));

    // The Credit notes list shows the new note, selected, with its printed form.
    CreditNoteListView *list = window.creditNoteView();
    CHECK(list->model()->rowOf(issued.id) >= 0);
    CHECK(list->currentCreditNoteId() == issued.id);
    CHECK(child<QTextBrowser>(*list, "creditNoteDetail")->toPlainText().contains(issued.number));
    click(*dialog, "creditCancel"); // now "Close"
    CHECK(QTest::qWaitFor([&] { return window.issueCreditNoteDialog() == nullptr; }));
    auto *tabs = child<QTabWidget>(window, "mainTabs");
    tabs->setCurrentWidget(list);
    TestScreenshots::save(window, QStringLiteral("credit-notes-list.png"));
}

TEST_CASE("Cancel in the credit note dialog writes nothing", "[ui][creditnotes]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    DemoDatabase demo;
    Database &db = demo.database();
    FixedClock clock(QDateTime(dd::test::demoAsOf(), QTime(10, 0)));
    const InvoiceListRow row = openInvoice(db, 1);
    const Money openBefore = invoiceNamed(db, row.number).openAmount();
    const int notesBefore = creditNoteCount(db);

    const auto session = Session::open(demo.path());
    session->setClock(&clock);
    session->setActingUser(QStringLiteral("test"));
    IssueCreditNoteDialog dialog(*session);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    type(dialog, "creditInvoice", row.number);
    QTest::keyClick(child<QLineEdit>(dialog, "creditInvoice"), Qt::Key_Tab);
    type(dialog, "creditReason", QStringLiteral("Wrong delivery address"));
    REQUIRE(dialog.updatePreview()); // the whole invoice
    CHECK(child<QPushButton>(dialog, "creditConfirm")->isEnabled());
    click(dialog, "creditCancel");
    CHECK(dialog.result() == QDialog::Rejected);
    CHECK_FALSE(dialog.issued());
    CHECK(creditNoteCount(db) == notesBefore);
    CHECK(invoiceNamed(db, row.number).openAmount() == openBefore);

    // A refused request shows why and offers no Confirm: more than is open.
    IssueCreditNoteDialog refused(*session);
    refused.setInvoiceNumber(row.number);
    auto *mode = child<QComboBox>(refused, "creditMode");
    mode->setCurrentIndex(mode->findData(int(IssueCreditNoteDialog::Mode::Amount)));
    type(refused, "creditAmount", (openBefore + Money(100, openBefore.currency())).formatNumber(UiLocale::numberStyle()));
    type(refused, "creditReason", QStringLiteral("Too much"));
    CHECK_FALSE(refused.updatePreview());
    CHECK_FALSE(child<QPushButton>(refused, "creditConfirm")->isEnabled());
    CHECK_FALSE(child<QLabel>(refused, "creditError")->text().isEmpty());
    CHECK_FALSE(refused.confirm());
    CHECK(creditNoteCount(db) == notesBefore);
}

TEST_CASE("The Credit notes list model passes the model tester and follows issuing", "[ui][creditnotes][model]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    DemoDatabase demo;
    Database &db = demo.database();
    FixedClock clock(QDateTime(dd::test::demoAsOf(), QTime(10, 0)));
    CreditNoteTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto session = Session::open(demo.path());
    model.setSession(session.get());
    const int before = model.rowCount();
    CHECK(before == creditNoteCount(db));

    CreditNoteService service(db, clock, QStringLiteral("test"));
    CreditNoteRequest request;
    request.invoiceNumber = openInvoice(db, 2).number;
    request.reason = QStringLiteral("Damaged in transport");
    const CreditNote note = service.issue(request);
    model.refresh();
    REQUIRE(model.rowCount() == before + 1);
    const int row = model.rowOf(note.id);
    REQUIRE(row >= 0);
    CHECK(model.creditNoteIdAt(row) == note.id);
    CHECK(model.index(row, CreditNoteTableModel::Number).data().toString() == note.number);
    CHECK(model.index(row, CreditNoteTableModel::Invoice).data().toString() == request.invoiceNumber);
    // Printed negative, as on the credit note.
    CHECK(model.index(row, CreditNoteTableModel::TotalInclVat).data().toString() == UiLocale::formatMoney(-note.totalInclVat));
    CHECK(model.index(row, CreditNoteTableModel::Customer).data().toString().size() > 0);
    model.setSession(nullptr);
    CHECK(model.rowCount() == 0);
}

TEST_CASE("A letter's preview prints the customer's name literally, Confirm records it, Cancel does not", "[ui][letters]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    DemoDatabase demo;
    Database &db = demo.database();
    FixedClock clock(QDateTime(dd::test::demoAsOf(), QTime(10, 0)));
    const InvoiceListRow row = openInvoice(db);
    const QString evil = QStringLiteral("<b>Evil</b> & Co");
    db.run(QStringLiteral("UPDATE customers SET name = ? WHERE id = ?"), {evil, row.customerId});

    DisputeService disputes(db, clock, QStringLiteral("test"));
    OpenDisputeRequest open;
    open.invoices = {DisputeInvoiceRequest{row.number, std::nullopt}};
    open.reasonCode = QStringLiteral("price-too-high");
    open.story = QStringLiteral("Too expensive.");
    open.receivedOn = IsoDate::fromQDate(dd::test::demoAsOf());
    const qint64 disputeId = disputes.open(open).id;
    const auto contactsBefore = DisputeRepository(db).contacts(disputeId).size();

    MainWindow window;
    ModelTesters::attach(window);
    window.setClock(&clock);
    window.setAsOf(dd::test::demoAsOf());
    REQUIRE(window.openDatabase(demo.path()));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showDispute(disputeId);
    // The Case menu acts on the case shown.
    auto *createLetter = window.findChild<QAction *>(QStringLiteral("createLetterAction"));
    REQUIRE(createLetter);
    emit child<QMenu>(window, "caseMenu")->aboutToShow();
    REQUIRE(createLetter->isEnabled());
    createLetter->trigger();

    LetterDialog *dialog = window.letterDialog();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    CHECK(dialog->kind() == DocumentKind::Acknowledgement);
    REQUIRE(dialog->letter());
    CHECK(dialog->letter()->html.contains(QStringLiteral("&lt;b&gt;Evil&lt;/b&gt; &amp; Co")));
    CHECK_FALSE(dialog->letter()->html.contains(evil));
    const QString shown = child<QTextBrowser>(*dialog, "letterPreview")->toPlainText();
    CHECK(shown.contains(evil));
    CHECK(child<QLabel>(*dialog, "letterTo")->text().startsWith(dialog->letter()->toName));
    TestScreenshots::save(*dialog, QStringLiteral("letter-preview.png"));

    // A letter that does not belong to the case yet says why and cannot be recorded.
    dialog->setKind(DocumentKind::Goodwill);
    CHECK_FALSE(dialog->letter());
    CHECK(child<QLabel>(*dialog, "letterError")->isVisible());
    CHECK_FALSE(child<QPushButton>(*dialog, "letterConfirm")->isEnabled());

    // Cancel writes nothing.
    dialog->setKind(DocumentKind::Acknowledgement);
    click(*dialog, "letterCancel");
    CHECK(QTest::qWaitFor([&] { return window.letterDialog() == nullptr; }));
    CHECK(DisputeRepository(db).contacts(disputeId).size() == contactsBefore);
    CHECK(DocumentRepository(db).forDispute(disputeId).isEmpty());

    // Confirm records the letter in the contact log and keeps its PDF with the case.
    window.createLetter(disputeId);
    dialog = window.letterDialog();
    REQUIRE(dialog);
    TempDir dir;
    REQUIRE(dialog->savePdf(dir.filePath(QStringLiteral("letter.pdf"))));
    click(*dialog, "letterConfirm");
    CHECK(dialog->isRecorded());
    CHECK(DisputeRepository(db).contacts(disputeId).size() == contactsBefore + 1);
    const QList<KeptDocument> kept = DocumentRepository(db).forDispute(disputeId);
    REQUIRE(kept.size() == 1);
    CHECK(kept.first().kind == QStringLiteral("acknowledgement"));
    CHECK_FALSE(child<QPushButton>(*dialog, "letterConfirm")->isVisible());
    dialog->close();
}

TEST_CASE("Company details and templates are edited with a preview and written on OK", "[ui][settings][documents]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    DemoDatabase demo(10, 50);
    Database &db = demo.database();
    MainWindow window;
    ModelTesters::attach(window);
    REQUIRE(window.openDatabase(demo.path()));
    auto *action = window.findChild<QAction *>(QStringLiteral("companySettingsAction"));
    REQUIRE(action);
    REQUIRE(child<QMenu>(window, "settingsMenu")->actions().contains(action));
    action->trigger();
    CompanySettingsDialog *dialog = window.companySettingsDialog();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));

    // Refused: an empty name; nothing written, the dialog stays.
    const CompanySettings before = SettingsRepository(db).company();
    child<QLineEdit>(*dialog, "companyName")->clear();
    click(*dialog, "companyOk");
    CHECK(dialog->isVisible());
    CHECK(child<QLabel>(*dialog, "companyError")->isVisible());
    CHECK(SettingsRepository(db).company().name == before.name);

    type(*dialog, "companyName", QStringLiteral("Jansen & Zn <Holding> B.V."));
    type(*dialog, "companyKvk", QStringLiteral("12345678"));
    type(*dialog, "companyVatId", QStringLiteral("nl123456789b01"));
    // A template edited: the preview fills in the company as typed, escaped.
    dialog->showTemplate(DocumentKind::Acknowledgement, Language::English);
    auto *text = child<QPlainTextEdit>(*dialog, "templateText");
    CHECK_FALSE(text->toPlainText().isEmpty());
    text->setPlainText(QStringLiteral("<p>From {{company.name}} to {{customer.name}}: {{no.such}}</p>"));
    const QString preview = child<QTextBrowser>(*dialog, "templatePreview")->toPlainText();
    CHECK(preview.contains(QStringLiteral("From Jansen & Zn <Holding> B.V. to")));
    CHECK(child<QLabel>(*dialog, "templateUnknown")->text().contains(QStringLiteral("no.such")));
    TestScreenshots::save(*dialog, QStringLiteral("company-templates.png"));
    click(*dialog, "companyOk");
    CHECK(QTest::qWaitFor([&] { return window.companySettingsDialog() == nullptr; }));

    const CompanySettings after = SettingsRepository(db).company();
    CHECK(after.name == QStringLiteral("Jansen & Zn <Holding> B.V."));
    CHECK(after.kvk == QStringLiteral("12345678"));
    CHECK(after.vatId == QStringLiteral("NL123456789B01"));
    DocumentTemplates templates(db);
    CHECK(templates.isCustomised(DocumentKind::Acknowledgement, Language::English));
    CHECK_FALSE(templates.isCustomised(DocumentKind::Acknowledgement, Language::Dutch));
    CHECK_FALSE(templates.isCustomised(DocumentKind::Rejection, Language::English));

    // Reset to the built-in text, then OK: the user's own version is gone.
    CompanySettingsDialog again(*window.session());
    again.showTemplate(DocumentKind::Acknowledgement, Language::English);
    CHECK(child<QLabel>(again, "templateState")->text() == QStringLiteral("Your own text"));
    again.show();
    click(again, "templateReset");
    CHECK(child<QPlainTextEdit>(again, "templateText")->toPlainText()
          == DocumentTemplates::builtIn(DocumentKind::Acknowledgement, Language::English));
    again.accept();
    CHECK_FALSE(templates.isCustomised(DocumentKind::Acknowledgement, Language::English));
}

// Issue 19: templates were raw HTML in a plain text box. They are edited as formatted text, a
// field is put in from the Insert Field menu, and the stored template stays HTML with the
// placeholder, which the letter then fills in.
TEST_CASE("A template edited as formatted text: a field inserted from the menu is filled in the letter", "[ui][settings][documents]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    DemoDatabase demo(10, 50);
    Database &db = demo.database();
    FixedClock clock(QDateTime(dd::test::demoAsOf(), QTime(10, 0)));
    const InvoiceListRow row = openInvoice(db);
    DisputeService disputes(db, clock, QStringLiteral("test"));
    OpenDisputeRequest open;
    open.invoices = {DisputeInvoiceRequest{row.number, std::nullopt}};
    open.reasonCode = QStringLiteral("price-too-high");
    open.story = QStringLiteral("Too expensive.");
    open.receivedOn = IsoDate::fromQDate(dd::test::demoAsOf());
    const qint64 disputeId = disputes.open(open).id;
    MainWindow window;
    ModelTesters::attach(window);
    REQUIRE(window.openDatabase(demo.path()));
    const Language language = window.session()->letterService().compose(disputeId, DocumentKind::Acknowledgement).language;
    CompanySettings company = SettingsRepository(db).company();
    company.phone = QStringLiteral("030 765 43 21");
    SettingsRepository(db).setCompany(company);

    CompanySettingsDialog dialog(*window.session());
    dialog.showTemplate(DocumentKind::Acknowledgement, language);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *rich = child<RichTextEditor>(dialog, "templateRich");
    auto *raw = child<QPlainTextEdit>(dialog, "templateText");
    CHECK(rich->isVisible());
    CHECK_FALSE(raw->isVisible());
    const QString builtIn = raw->toPlainText();
    // Looked at, not edited: the stored HTML is left as it is.
    CHECK(builtIn == DocumentTemplates::builtIn(DocumentKind::Acknowledgement, language));

    // At the end of the letter: "Bel ons: " in bold, then the company's phone from the menu.
    QTextEdit *text = rich->editor();
    text->setFocus();
    text->moveCursor(QTextCursor::End);
    QTest::keyClick(text, Qt::Key_Return);
    QTest::keyClick(text, Qt::Key_B, Qt::ControlModifier);
    QTest::keyClicks(text, QStringLiteral("Call us: "));
    QTest::keyClick(text, Qt::Key_B, Qt::ControlModifier);
    QAction *phone = nullptr;
    for (QAction *action : rich->fieldButton()->menu()->actions()) {
        if (action->data().toString() == u"company.phone")
            phone = action;
    }
    REQUIRE(phone);
    CHECK(phone->text().contains(QStringLiteral("{{company.phone}}")));
    phone->trigger();
    CHECK(raw->toPlainText().contains(QStringLiteral("{{company.phone}}")));
    CHECK(child<QTextBrowser>(dialog, "templatePreview")->toPlainText().contains(QStringLiteral("Call us: 030 765 43 21")));
    // "Edit HTML" shows the stored form: HTML, the bold words in bold, the placeholder as typed.
    click(dialog, "templateRawToggle");
    CHECK(raw->isVisible());
    CHECK_FALSE(rich->isVisible());
    CHECK(raw->toPlainText().contains(QStringLiteral("font-weight:700;\">Call us: </span>{{company.phone}}")));
    click(dialog, "companyOk");
    CHECK(dialog.result() == QDialog::Accepted);

    const QString stored = DocumentTemplates(db).text(DocumentKind::Acknowledgement, language);
    CHECK(stored.contains(QStringLiteral("{{company.phone}}")));
    CHECK(stored.contains(QStringLiteral("{{customer.name}}")));
    CHECK_FALSE(stored.contains(QStringLiteral("<body style"))); // the letter's font is the document engine's, not the editor's
    const Letter letter = window.session()->letterService().compose(disputeId, DocumentKind::Acknowledgement);
    CHECK(letter.plainText.contains(QStringLiteral("Call us: 030 765 43 21")));
    CHECK_FALSE(letter.plainText.contains(QStringLiteral("{{")));
}
