// Saving a credit note as UBL from the Credit notes list (issue 17): Peppol when the note can be
// valid Peppol; otherwise the reason first, and the PDF or a plain EN 16931 UBL on request.

#include "TestScreenshots.h"
#include "UiTestSupport.h"

#include "common/Clock.h"
#include "common/UiLocale.h"
#include "creditnotes/CreditNoteFileSaver.h"
#include "creditnotes/CreditNoteListView.h"
#include "creditnotes/CreditNoteService.h"
#include "customers/CustomerRepository.h"

#include <QFile>
#include <QTabWidget>
#include <QMessageBox>
#include <QPointer>

using namespace dd;
using namespace dd::test;

namespace {

// A credit of 10.00 on an open euro invoice of a business customer other than `except` whose VAT
// number starts `vatPrefix` (the demo company has a Dutch VAT number, so its own endpoint is known).
CreditNote issueNote(Database &db, const Clock &clock, const QString &vatPrefix, qint64 except = 0)
{
    QSqlQuery query = db.run(QStringLiteral("SELECT i.number FROM invoices i JOIN customers c ON c.id = i.customer_id "
                                            "WHERE c.kind = 'business' AND c.vat_id LIKE ? AND c.id <> ? AND i.currency = 'EUR' "
                                            "AND i.total_incl_cents - i.paid_cents > 5000 ORDER BY i.number LIMIT 1"),
                             {vatPrefix + QLatin1Char('%'), except});
    REQUIRE(query.next());
    CreditNoteRequest request;
    request.invoiceNumber = query.value(0).toString();
    request.amount = Money(1000, QStringLiteral("EUR"));
    request.reason = QStringLiteral("Price agreed");
    return CreditNoteService(db, clock, QStringLiteral("test")).issue(request);
}

// The demo's consumers have paid everything: one business becomes a consumer (without a VAT number).
void makeConsumer(Database &db, qint64 customerId)
{
    Customer customer = *CustomerRepository(db).findById(customerId);
    customer.kind = CustomerKind::Consumer;
    customer.vatId.clear();
    REQUIRE(CustomerRepository(db).update(customer));
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The box that says why the note cannot go over Peppol, once it is shown.
QMessageBox *refusalBox(MainWindow &window)
{
    QMessageBox *box = nullptr;
    REQUIRE(QTest::qWaitFor([&] {
        box = window.findChild<QMessageBox *>(QStringLiteral("peppolRefusedBox"));
        return box && box->isVisible();
    }));
    return box;
}

void clickAndWaitGone(QMessageBox *box, const char *button)
{
    QPointer<QMessageBox> watched = box;
    QTest::mouseClick(child<QAbstractButton>(*box, button), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return watched.isNull(); }));
}

struct Asked
{
    QString title;
    QString suggested;
};

} // namespace

TEST_CASE("Save UBL of a consumer's credit note: why not Peppol, then PDF or plain EN 16931 on request", "[ui][creditnotes][issue17]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    DemoDatabase demo(30, 300);
    Database &db = demo.database();
    FixedClock clock(QDateTime(demoAsOf(), QTime(10, 0)));
    const CreditNote businessNote = issueNote(db, clock, QStringLiteral("NL"));
    const CreditNote consumerNote = issueNote(db, clock, QString(), businessNote.customerId);
    makeConsumer(db, consumerNote.customerId);

    MainWindow window;
    ModelTesters::attach(window);
    openDemo(window, demo);
    CreditNoteListView *list = window.creditNoteView();
    child<QTabWidget>(window, "mainTabs")->setCurrentWidget(list);
    list->refresh();
    TempDir dir;
    QList<Asked> asked;
    QString answer;
    list->fileSaver()->setPathChooser([&](const QString &title, const QString &suggested, const QString &) {
        asked.append({title, suggested});
        return answer;
    });

    // The consumer's note: the reason, before any file dialog.
    list->showCreditNote(consumerNote.id);
    REQUIRE(list->currentCreditNoteId() == consumerNote.id);
    click(*list, "creditNoteSaveUbl");
    QMessageBox *box = refusalBox(window);
    CHECK(asked.isEmpty());
    CHECK(box->text().startsWith(QStringLiteral("Credit note %1 cannot go over Peppol: customer ").arg(consumerNote.number)));
    CHECK(box->text().contains(QStringLiteral("is a consumer, who has no Peppol address")));
    TestScreenshots::save(*box, QStringLiteral("credit-note-not-peppol-en"));

    // Plain EN 16931, named as such.
    answer = dir.filePath(QStringLiteral("plain.xml"));
    clickAndWaitGone(box, "peppolSaveEn16931");
    REQUIRE(asked.size() == 1);
    CHECK(asked.at(0).title == QStringLiteral("Save Credit Note as EN 16931 UBL (not Peppol)"));
    CHECK(asked.at(0).suggested == consumerNote.number + QStringLiteral("-en16931.xml"));
    const QByteArray plain = readAll(answer);
    CHECK(plain.contains("<cbc:CustomizationID>urn:cen.eu:en16931:2017</cbc:CustomizationID>"));
    CHECK_FALSE(plain.contains("peppol"));
    CHECK(plain.contains(consumerNote.number.toUtf8()));

    // The PDF instead.
    click(*list, "creditNoteSaveUbl");
    box = refusalBox(window);
    answer = dir.filePath(QStringLiteral("note.pdf"));
    clickAndWaitGone(box, "peppolSavePdf");
    REQUIRE(asked.size() == 2);
    CHECK(asked.at(1).suggested == consumerNote.number + QStringLiteral(".pdf"));
    CHECK(readAll(answer).startsWith("%PDF-"));

    // Cancel: no file dialog, no file.
    click(*list, "creditNoteSaveUbl");
    box = refusalBox(window);
    clickAndWaitGone(box, "peppolCancel");
    CHECK(asked.size() == 2);

    // A Dutch business: Peppol at once, no box.
    list->showCreditNote(businessNote.id);
    answer = dir.filePath(QStringLiteral("peppol.xml"));
    click(*list, "creditNoteSaveUbl");
    REQUIRE(asked.size() == 3);
    CHECK(asked.at(2).title == QStringLiteral("Save Credit Note as Peppol UBL"));
    CHECK(asked.at(2).suggested == businessNote.number + QStringLiteral(".xml"));
    CHECK(window.findChild<QMessageBox *>(QStringLiteral("peppolRefusedBox")) == nullptr);
    CHECK(readAll(answer).contains("urn:fdc:peppol.eu:2017:poacc:billing:3.0"));
}
