// The selected customer's letter in the Dunning area, before the run (issue 19): edited as
// formatted text and written with the edit for that customer only, with the figures the run
// computed; and "Show Letter" on a desktop with no PDF viewer, which did nothing.

#include "DunningUiFixture.h"

#include "common/UiLocale.h"
#include "customers/CustomerContactRepository.h"
#include "documents/RichTextEditor.h"
#include "dunning/DunningLetterEditDialog.h"

#include <QDir>
#include <QFileInfo>
#include <QPushButton>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextEdit>
#include <QUrl>

using namespace dd;
using dd::test::DunningBook;
using dd::test::ModelTesters;
using dd::test::child;
using dd::test::click;

TEST_CASE("Edit Letter: the edited wording is written for that customer only, the figures stay the run's", "[ui][dunning][letters]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    DunningBook book;
    MainWindow window;
    ModelTesters::attach(window);
    DunningView *view = dd::test::openDunningArea(window, book, QDate(2026, 2, 10));
    DunningPreviewModel *model = view->model();
    auto *tree = child<QTreeView>(*view, "dunningTree");
    view->setWarningConfirmer([](const QStringList &) { return true; });
    view->setRunConfirmer([](const QString &) { return true; });

    // Visser's reminder (Dutch, two invoices of € 500 and € 250).
    const QModelIndex visser = model->letterIndex(QStringLiteral("C-200"));
    dd::test::select(tree, visser);
    click(*view, "dunningEditLetter");
    DunningLetterEditDialog *dialog = view->letterEditDialog();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    CHECK(child<QLabel>(*dialog, "dunningLetterEditNote")->text().contains(QStringLiteral("not its figures")));
    QTextEdit *text = dialog->editor()->editor();
    // The wording is filled in; the figures stand as the run's fields.
    CHECK(text->toPlainText().contains(QStringLiteral("Bouwbedrijf Visser B.V.")));
    CHECK(text->toPlainText().contains(QStringLiteral("{{dunning.invoices}}")));
    CHECK(text->toPlainText().contains(QStringLiteral("{{dunning.total}}")));
    CHECK_FALSE(child<QPushButton>(*dialog, "dunningLetterRevert")->isEnabled());

    // A text without the figures is refused.
    text->setFocus();
    text->selectAll();
    QTest::keyClick(text, Qt::Key_Delete);
    QTest::keyClicks(text, QStringLiteral("Betaal nu."));
    click(*dialog, "dunningLetterEditOk");
    CHECK(dialog->isVisible());
    CHECK(child<QLabel>(*dialog, "dunningLetterEditError")->text().contains(QStringLiteral("{{dunning.invoices}}")));
    // Back to the standard text, then a sentence of the user's own before the second paragraph.
    click(*dialog, "dunningLetterRevert");
    CHECK(text->toPlainText().contains(QStringLiteral("{{dunning.invoices}}")));
    CHECK(dialog->ownText().isEmpty());
    QTextCursor at = text->document()->find(QStringLiteral("Volgens onze administratie"));
    REQUIRE_FALSE(at.isNull());
    at.setPosition(at.selectionStart());
    text->setTextCursor(at);
    QTest::keyClicks(text, QStringLiteral("Wij belden u op 3 februari. "));
    CHECK(child<QPushButton>(*dialog, "dunningLetterRevert")->isEnabled());
    // The preview shows the letter with the figures filled in.
    REQUIRE(QTest::qWaitFor([&] {
        return child<QTextBrowser>(*dialog, "dunningLetterEditPreview")->toPlainText().contains(QStringLiteral("Wij belden u op 3 februari."));
    }));
    CHECK(child<QTextBrowser>(*dialog, "dunningLetterEditPreview")->toPlainText().contains(QStringLiteral("€ 750,00")));
    click(*dialog, "dunningLetterEditOk");
    REQUIRE(QTest::qWaitFor([&] { return view->letterEditDialog() == nullptr; }));
    CHECK(model->letterIndex(QStringLiteral("C-200")).siblingAtColumn(DunningPreviewModel::Note).data().toString().contains(QStringLiteral("own text")));
    // Made again (a change elsewhere), the preview keeps the edit.
    view->refreshPreview();
    REQUIRE_FALSE(model->preview().letters.at(model->planNumberAt(model->letterIndex(QStringLiteral("C-200")))).ownText.isEmpty());

    const QString folder = book.dir.filePath(QStringLiteral("out"));
    view->setOutputFolder(folder);
    click(*view, "dunningCommit");
    REQUIRE(view->lastResult().letters == 3);
    const QString visserLetter = dd::test::pdfText(QDir(folder).filePath(QStringLiteral("C-200-herinnering.pdf")));
    INFO(visserLetter.toStdString());
    CHECK(visserLetter.contains(QStringLiteral("Wij belden u op 3 februari. Volgens onze administratie")));
    // The figures as the run computed them: the table, the total and the date to pay by.
    CHECK(visserLetter.contains(QStringLiteral("F-200")));
    CHECK(visserLetter.contains(QStringLiteral("F-201")));
    CHECK(visserLetter.contains(QStringLiteral("€ 750,00")));
    CHECK(visserLetter.contains(QStringLiteral("24 februari 2026")));
    // The other customers' letters are the standard ones.
    CHECK_FALSE(dd::test::pdfText(QDir(folder).filePath(QStringLiteral("C-100-ingebrekestelling.pdf"))).contains(QStringLiteral("Wij belden")));
    CHECK_FALSE(dd::test::pdfText(QDir(folder).filePath(QStringLiteral("C-300-reminder.pdf"))).contains(QStringLiteral("Wij belden")));
    // Recorded for that customer as a letter with its own text.
    const QList<CustomerContact> contacts = CustomerContactRepository(*book.db).forCustomer(book.visser);
    REQUIRE(contacts.size() == 1);
    CHECK(contacts.at(0).summary.contains(QStringLiteral("(text edited before sending)")));
    CHECK_FALSE(CustomerContactRepository(*book.db).forCustomer(book.brit).at(0).summary.contains(QStringLiteral("edited")));
}

TEST_CASE("Show Letter with no PDF viewer says so and offers the folder", "[ui][dunning][letters]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    DunningBook book;
    MainWindow window;
    ModelTesters::attach(window);
    DunningView *view = dd::test::openDunningArea(window, book, QDate(2026, 2, 10));
    QStringList asked;
    // As QDesktopServices::openUrl on a desktop without a program for PDF files or folders.
    view->setFileOpener([&](const QString &path) {
        asked << path;
        return false;
    });
    dd::test::select(view->tree(), view->model()->letterIndex(QStringLiteral("C-200")));
    click(*view, "dunningShowLetter");
    REQUIRE(asked.size() == 1);
    CHECK(asked.at(0).endsWith(QStringLiteral("C-200-herinnering.pdf")));
    auto *result = child<QLabel>(*view, "dunningResult");
    CHECK(result->isVisible());
    const QString message = result->text();
    CHECK(message.contains(QStringLiteral("No program is set up on this computer to open PDF files")));
    CHECK(message.contains(QDir::toNativeSeparators(asked.at(0)).toHtmlEscaped()));
    // The offer of the folder: the link opens the letter's folder.
    const QRegularExpressionMatch link = QRegularExpression(QStringLiteral("href=\"([^\"]+)\"")).match(message);
    REQUIRE(link.hasMatch());
    emit result->linkActivated(link.captured(1));
    REQUIRE(asked.size() == 2);
    CHECK(QFileInfo(asked.at(1)).absoluteFilePath() == QFileInfo(asked.at(0)).absolutePath());
    // That failing too, the path of the folder is what is left to say.
    CHECK(result->text().contains(QStringLiteral("No program on this computer opens folders")));
}
