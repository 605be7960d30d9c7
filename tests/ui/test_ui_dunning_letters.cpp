// The selected customer's letter in the Dunning area, before the run (issue 19): edited as
// formatted text and written with the edit for that customer only, with the figures the run
// computed; and "Show Letter" on a desktop with no PDF viewer, which did nothing.

#include "DunningUiFixture.h"

#include "common/UiLocale.h"
#include "customers/CustomerContactRepository.h"
#include "documents/RichTextEditor.h"
#include "dunning/DunningLetterEditDialog.h"
#include "dunning/DunningRunMessages.h"

#include <QCoreApplication>
#include <algorithm>
#include <QDir>
#include <QFileInfo>
#include <QPushButton>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextEdit>
#include <QTranslator>
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

namespace {
// Records what the program asks the catalogue for, and the count given with it: a text with "%n"
// and its count gets the plural form of the language; "(s)" with %1 gets none.
class RecordingTranslator : public QTranslator
{
public:
    struct Call
    {
        QString source;
        int n;
    };
    QString translate(const char *context, const char *source, const char *, int n) const override
    {
        if (QLatin1String(context).startsWith(QLatin1String("dd::Dunning")))
            calls.append({QString::fromUtf8(source), n});
        return QString();
    }
    bool isEmpty() const override { return false; }
    bool asked(const QString &source, int n) const
    {
        return std::any_of(calls.begin(), calls.end(), [&](const Call &call) { return call.source == source && call.n == n; });
    }
    mutable QList<Call> calls;
};
} // namespace

// Issue 19: "ticked: %1 letter(s), %2 hand-over(s)" and "Run %1: %2 letter(s) …" could not take
// Dutch plural forms; each count now has a sentence of its own with %n.
TEST_CASE("The Dunning area's counts ask for plural forms with their count", "[ui][dunning][plural]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    DunningBook book;
    MainWindow window;
    ModelTesters::attach(window);
    DunningView *view = dd::test::openDunningArea(window, book, QDate(2026, 2, 10));
    RecordingTranslator recorder;
    QCoreApplication::installTranslator(&recorder);
    view->model()->setAllLetters(false);
    view->model()->setAllLetters(true); // the summary is made again: three letters ticked
    DunningCommitResult result;
    result.runId = 7;
    result.letters = 3;
    result.handOvers = 1;
    result.discarded = 2;
    const QString recorded = DunningRunMessages::recorded(result, book.dir.filePath(QStringLiteral("out")));
    QCoreApplication::removeTranslator(&recorder);
    CHECK(recorder.asked(QStringLiteral("ticked: %n letter(s)"), 3));
    CHECK(recorder.asked(QStringLiteral("%n hand-over(s)"), 0));
    CHECK(recorder.asked(QStringLiteral("Run %1: %n letter(s) written to <a href=\"%2\">%3</a> and recorded."), 3));
    CHECK(recorder.asked(QStringLiteral("%n hand-over file(s) written with them."), 1));
    CHECK(recorder.asked(QStringLiteral("%n letter file(s) of an earlier run that was interrupted before it was recorded were "
                                        "deleted; they were never sent."),
                         2));
    CHECK(std::none_of(recorder.calls.begin(), recorder.calls.end(),
                       [](const RecordingTranslator::Call &call) { return call.source.contains(QStringLiteral("%1 letter(s)")); }));
    CHECK(recorded.startsWith(QStringLiteral("Run 7: 3 letter(s) written to <a href=")));
    CHECK(child<QLabel>(*view, "dunningSummary")->text().contains(QStringLiteral("ticked: 3 letter(s), 0 hand-over(s)")));
}
