// The Dunning area driven as a user drives it, on a small hand-made book: the preview grouped by
// level (the consumer's 14-day letter, two reminders, a disputed invoice skipped with its case), a
// customer unticked by a click on its box (its invoices follow), the letter's PDF opened and read
// back with pdftotext, a cancelled commit that records nothing, a commit that writes and records
// only the ticked letters, the history from the customer list's context menu, and "do not dun".

#include "DunningUiFixture.h"
#include "TestScreenshots.h"

#include "MainWindow.h"
#include "customers/CustomerListView.h"
#include "common/Clock.h"
#include "common/UiLocale.h"
#include "customers/CustomerContactRepository.h"
#include "customers/CustomerRepository.h"
#include "documents/SettingsRepository.h"
#include "dunning/DunningHistory.h"
#include "dunning/DunningHistoryDialog.h"
#include "dunning/DunningPreviewModel.h"
#include "dunning/DunningRun.h"
#include "dunning/DunningRunMessages.h"
#include "dunning/DunningSettings.h"
#include "dunning/DunningView.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDateEdit>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace dd;
using dd::test::ModelTesters;
using dd::test::TestScreenshots;
using dd::test::TempDir;
using dd::test::child;
using dd::test::click;
using dd::test::openDunningArea;
using dd::test::pdfText;
using dd::test::select;
using Book = dd::test::DunningBook;

namespace {


// The context menu of a customer in the Customers tab, opened as a right click opens it.
QMenu *openCustomerMenu(MainWindow &window, const QString &number)
{
    auto *tabs = child<QTabWidget>(window, "mainTabs");
    tabs->setCurrentWidget(window.customerView());
    auto *customers = child<QTableView>(window, "customerTable");
    int row = -1;
    for (int r = 0; r < customers->model()->rowCount(); ++r) {
        if (customers->model()->index(r, 0).data().toString() == number)
            row = r;
    }
    REQUIRE(row >= 0);
    const QPoint cell = customers->visualRect(customers->model()->index(row, 0)).center();
    QContextMenuEvent contextEvent(QContextMenuEvent::Mouse, cell, customers->viewport()->mapToGlobal(cell));
    QCoreApplication::sendEvent(customers->viewport(), &contextEvent);
    auto *menu = window.findChild<QMenu *>(QStringLiteral("customerContextMenu"));
    REQUIRE(menu);
    REQUIRE(QTest::qWaitForWindowExposed(menu));
    return menu;
}


QStringList childNames(DunningPreviewModel *model, const QModelIndex &parent)
{
    QStringList names;
    for (int row = 0; row < model->rowCount(parent); ++row)
        names << model->index(row, DunningPreviewModel::Name, parent).data().toString();
    return names;
}

// A click on the check box of a row, where the delegate draws it.
void clickCheckBox(QTreeView *tree, const QModelIndex &index)
{
    tree->scrollTo(index);
    QStyleOptionViewItem option;
    option.initFrom(tree);
    option.rect = tree->visualRect(index);
    option.features |= QStyleOptionViewItem::HasCheckIndicator;
    option.showDecorationSelected = true;
    const QRect box = tree->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, tree);
    REQUIRE(box.isValid());
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, box.center());
}



} // namespace

TEST_CASE("Dunning area: preview by level, untick a customer, cancel records nothing, commit records the ticked letters",
          "[ui][dunning]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    Book book;
    MainWindow window;
    ModelTesters::attach(window);
    window.setAsOf(QDate(2026, 1, 30));
    DunningView *view = openDunningArea(window, book, QDate(2026, 1, 30));
    DunningPreviewModel *model = view->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto *tree = child<QTreeView>(*view, "dunningTree");
    // The letters state interest at the 2026 rates, still marked "to verify": the warning is
    // confirmed (its own test is below).
    view->setWarningConfirmer([](const QStringList &) { return true; });
    // The run's own confirmation has its own test below.
    view->setRunConfirmer([](const QString &) { return true; });

    // 30 January: only Visser's first invoice is a week overdue.
    CHECK(childNames(model, model->levelIndex(1)) == QStringList{QStringLiteral("C-200  Bouwbedrijf Visser B.V.")});
    CHECK_FALSE(model->levelIndex(3).isValid());

    // The user picks 10 February.
    auto *asOf = child<QDateEdit>(*view, "dunningAsOf");
    asOf->setFocus();
    asOf->setDate(QDate(2026, 2, 10));
    REQUIRE(QTest::qWaitFor([&] { return model->levelIndex(3).isValid(); }));

    // Notice of default: the consumer's 14-day letter, with the costs date; reminders: Visser and Brit.
    const QModelIndex notice = model->levelIndex(3);
    CHECK(notice.data().toString().startsWith(QStringLiteral("Notice of default")));
    CHECK(childNames(model, notice) == QStringList{QStringLiteral("C-100  Jan de Vries")});
    const QModelIndex consumer = model->letterIndex(QStringLiteral("C-100"));
    CHECK(consumer.siblingAtColumn(DunningPreviewModel::Note).data().toString().contains(QStringLiteral("14-day letter, costs from 27/02/2026")));
    CHECK_FALSE(consumer.siblingAtColumn(DunningPreviewModel::Costs).data().toString().isEmpty());
    CHECK(childNames(model, model->levelIndex(1))
          == QStringList({QStringLiteral("C-200  Bouwbedrijf Visser B.V."), QStringLiteral("C-300  Brit Ltd")}));
    const QModelIndex visser = model->letterIndex(QStringLiteral("C-200"));
    CHECK(childNames(model, visser) == QStringList({QStringLiteral("F-200"), QStringLiteral("F-201")}));
    CHECK(model->index(0, DunningPreviewModel::DaysOverdue, visser).data().toInt() == 21);
    CHECK(model->index(1, DunningPreviewModel::Note, visser).data().toString() == u"listed, its level stays");
    // Skipped: the disputed invoice, with its case.
    const QModelIndex skipped = model->skippedIndex();
    REQUIRE(model->rowCount(skipped) == 1);
    CHECK(model->index(0, DunningPreviewModel::Name, skipped).data().toString().startsWith(QStringLiteral("F-400")));
    CHECK(model->index(0, DunningPreviewModel::Note, skipped).data().toString().contains(QStringLiteral("DSP-2026-000001")));
    CHECK(model->lettersToSend() == 3);
    tree->expand(skipped);
    TestScreenshots::save(window, QStringLiteral("dunning-preview.png"));

    // Untick Brit by a click on its box: its invoice follows, two letters remain.
    const QModelIndex brit = model->letterIndex(QStringLiteral("C-300"));
    clickCheckBox(tree, brit);
    CHECK(brit.data(Qt::CheckStateRole).toInt() == Qt::Unchecked);
    CHECK(model->index(0, 0, brit).data(Qt::CheckStateRole).toInt() == Qt::Unchecked);
    CHECK(model->lettersToSend() == 2);
    // Each count with its own plural forms (%n), the two of them apart.
    CHECK(child<QLabel>(*view, "dunningSummary")->text().contains(QStringLiteral("ticked: 2 letter(s), 0 hand-over(s)")));

    // The consumer's letter as it will be printed.
    QString opened;
    view->setFileOpener([&](const QString &path) {
        opened = path;
        return true;
    });
    select(tree, consumer);
    click(*view, "dunningShowLetter");
    REQUIRE_FALSE(opened.isEmpty());
    const QString letter = pdfText(opened);
    CHECK(letter.contains(QStringLiteral("Jan de Vries")));
    CHECK(letter.contains(QStringLiteral("binnen veertien dagen na de dag van ontvangst van deze brief")));
    CHECK(letter.contains(QStringLiteral("F-100")));

    // Cancel during the commit: nothing recorded, no letter in the folder.
    const QString folder = book.dir.filePath(QStringLiteral("out"));
    auto *folderEdit = child<QLineEdit>(*view, "dunningFolder");
    folderEdit->selectAll();
    QTest::keyClicks(folderEdit, QDir::toNativeSeparators(folder));
    const qint64 runsBefore = book.count("dunning_runs");
    const qint64 lettersBefore = book.count("dunning_letters");
    const qint64 contactsBefore = book.count("customer_contacts");
    int progressCalls = 0;
    auto cancelAtSecond = QObject::connect(view, &DunningView::commitProgress, view, [&](int done, int) {
        ++progressCalls;
        if (done == 1) {
            QProgressDialog *progress = view->progressDialog();
            REQUIRE(progress);
            CHECK(progress->isVisible());
            auto *cancel = progress->findChild<QPushButton *>();
            REQUIRE(cancel);
            QTest::mouseClick(cancel, Qt::LeftButton);
        }
    });
    click(*view, "dunningCommit");
    QObject::disconnect(cancelAtSecond);
    CHECK(progressCalls == 2);
    CHECK(view->lastResult().cancelled);
    CHECK(book.count("dunning_runs") == runsBefore);
    CHECK(book.count("dunning_letters") == lettersBefore);
    CHECK(book.count("customer_contacts") == contactsBefore);
    CHECK(QDir(folder).entryList(QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
    CHECK(child<QLabel>(*view, "dunningResult")->text().startsWith(QStringLiteral("Cancelled")));
    CHECK(model->lettersToSend() == 2); // the preview and its ticks stay

    // Confirm: two letters, recorded in one run.
    click(*view, "dunningCommit");
    const DunningCommitResult result = view->lastResult();
    REQUIRE(result.runId != 0);
    CHECK(result.letters == 2);
    CHECK(QDir(folder).entryList({QStringLiteral("*.pdf")}, QDir::Files)
          == QStringList({QStringLiteral("C-100-ingebrekestelling.pdf"), QStringLiteral("C-200-herinnering.pdf")}));
    CHECK(book.count("dunning_runs") == runsBefore + 1);
    CHECK(book.count("dunning_letters") == lettersBefore + 2);
    const DunningHistory history(*book.db);
    const QList<DunningLetterRecord> consumerLetters = history.forCustomer(book.consumer);
    REQUIRE(consumerLetters.size() == 3);
    CHECK(consumerLetters[0].runId == result.runId);
    CHECK(consumerLetters[0].levelCode == u"notice");
    // Posted Tuesday 10 February, received Thursday 12 at the earliest, 14 days to the 26th.
    CHECK(consumerLetters[0].costsChargeableFrom == Date(2026, 2, 27));
    const QList<DunningLetterRecord> visserLetters = history.forCustomer(book.visser);
    REQUIRE(visserLetters.size() == 1);
    CHECK(visserLetters[0].levelCode == u"reminder");
    CHECK(visserLetters[0].invoices == 2);
    CHECK(history.forCustomer(book.brit).isEmpty());
    CHECK(history.forCustomer(book.disputed).isEmpty());
    // Each letter is in its customer's contact log too; the open case's log is left alone.
    CHECK(CustomerContactRepository(*book.db).forCustomer(book.consumer).size() == 3);
    CHECK(CustomerContactRepository(*book.db).forCustomer(book.visser).size() == 1);
    CHECK(CustomerContactRepository(*book.db).forCustomer(book.disputed).isEmpty());
    CHECK(book.count("contact_log") == 0);
    const QString sent = pdfText(QDir(folder).filePath(QStringLiteral("C-100-ingebrekestelling.pdf")));
    CHECK(sent.contains(QStringLiteral("binnen veertien dagen na de dag van ontvangst van deze brief")));
    CHECK(child<QLabel>(*view, "dunningResult")->text().contains(QStringLiteral("2 letter(s)")));

    // The new preview shows what is left: Brit's reminder.
    CHECK_FALSE(model->letterIndex(QStringLiteral("C-100")).isValid());
    CHECK_FALSE(model->letterIndex(QStringLiteral("C-200")).isValid());
    CHECK(model->letterIndex(QStringLiteral("C-300")).isValid());
    TestScreenshots::save(window, QStringLiteral("dunning-after-commit.png"));

    // The consumer's history from the customer list's context menu.
    QMenu *menu = openCustomerMenu(window, QStringLiteral("C-100"));
    auto *historyAction = menu->findChild<QAction *>(QStringLiteral("customerDunningHistoryAction"));
    REQUIRE(historyAction);
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(historyAction).center());
    DunningHistoryDialog *dialog = view->historyDialog();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    auto *table = child<QTableWidget>(*dialog, "dunningHistoryTable");
    REQUIRE(table->rowCount() == 3);
    CHECK(table->item(0, 1)->text().startsWith(QStringLiteral("Notice of default")));
    CHECK(table->item(0, 6)->text() == u"27/02/2026");
    CHECK(table->item(2, 1)->text() == u"Reminder");
    auto *invoices = child<QTableWidget>(*dialog, "dunningHistoryInvoices");
    REQUIRE(invoices->rowCount() == 1);
    CHECK(invoices->item(0, 0)->text() == u"F-100");
    auto *contacts = child<QTableWidget>(*dialog, "dunningHistoryContacts");
    CHECK(dialog->contactTable() == contacts);
    REQUIRE(contacts->rowCount() == 3);
    CHECK(contacts->item(0, 0)->text() == table->item(0, 0)->text());
    CHECK(contacts->item(0, 1)->text() == u"Letter");
    CHECK(contacts->item(0, 2)->text() == u"To the customer");
    CHECK(contacts->item(0, 3)->text().startsWith(QStringLiteral("Notice of default / 14-day letter sent for 1 invoice(s): F-100")));
    CHECK(contacts->item(2, 3)->text() == u"Reminder sent for 1 invoice(s): F-100");
    CHECK(child<QLabel>(*dialog, "dunningHistoryContactsTitle")->text().contains(u'3'));
    TestScreenshots::save(*dialog, QStringLiteral("dunning-history.png"));
    dialog->close();
}

TEST_CASE("Dunning area: tick all, partly ticked letters, do not dun from the area and the customer list, invoice history", "[ui][dunning]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    Book book;
    MainWindow window;
    ModelTesters::attach(window);
    DunningView *view = openDunningArea(window, book, QDate(2026, 2, 10));
    DunningPreviewModel *model = view->model();
    auto *tree = child<QTreeView>(*view, "dunningTree");

    // Untick all, tick all letters again.
    CHECK(model->lettersToSend() == 3);
    click(*view, "dunningUntickAll");
    CHECK(model->lettersToSend() == 0);
    CHECK(model->letterIndex(QStringLiteral("C-100")).data(Qt::CheckStateRole).toInt() == Qt::Unchecked);
    CHECK_FALSE(child<QPushButton>(*view, "dunningCommit")->isEnabled());
    click(*view, "dunningTickAll");
    CHECK(model->lettersToSend() == 3);
    CHECK(child<QPushButton>(*view, "dunningCommit")->isEnabled());

    // Unticking one of Visser's invoices: the letter is partly ticked and sent without it.
    const QModelIndex visser = model->letterIndex(QStringLiteral("C-200"));
    clickCheckBox(tree, model->index(1, 0, visser)); // F-201, listed
    CHECK(visser.data(Qt::CheckStateRole).toInt() == Qt::PartiallyChecked);
    CHECK(visser.siblingAtColumn(DunningPreviewModel::Open).data().toString() == u"€500.00");
    clickCheckBox(tree, model->index(0, 0, visser)); // F-200, the one moving up: nothing left to send
    CHECK(visser.data(Qt::CheckStateRole).toInt() == Qt::Unchecked);
    CHECK(model->lettersToSend() == 2);
    clickCheckBox(tree, visser);
    CHECK(visser.data(Qt::CheckStateRole).toInt() == Qt::Checked);
    CHECK(model->lettersToSend() == 3);

    // Visser marked "do not dun" from the area: its invoices move to the skipped group.
    select(tree, model->letterIndex(QStringLiteral("C-200")));
    auto *doNotDun = child<QPushButton>(*view, "dunningDoNotDun");
    CHECK(doNotDun->text() == u"Do &Not Dun");
    click(*view, "dunningDoNotDun");
    CHECK(DunningSettings(*book.db).doNotDun(book.visser));
    CHECK_FALSE(model->letterIndex(QStringLiteral("C-200")).isValid());
    const QModelIndex skipped = model->invoiceIndex(QStringLiteral("F-200"));
    REQUIRE(skipped.isValid());
    CHECK(skipped.parent() == model->skippedIndex());
    CHECK(skipped.siblingAtColumn(DunningPreviewModel::Note).data().toString() == u"customer marked \"do not dun\"");
    // Still selected, the button now lifts the mark.
    CHECK(view->model()->customerIdAt(tree->currentIndex()) == book.visser);
    CHECK(doNotDun->text() == u"Dun &Again");
    click(*view, "dunningDoNotDun");
    CHECK_FALSE(DunningSettings(*book.db).doNotDun(book.visser));
    CHECK(model->letterIndex(QStringLiteral("C-200")).isValid());

    // An invoice's history from the area: the consumer's invoice had two letters.
    const QModelIndex consumer = model->letterIndex(QStringLiteral("C-100"));
    select(tree, model->index(0, 0, consumer));
    click(*view, "dunningHistory");
    DunningHistoryDialog *dialog = view->historyDialog();
    REQUIRE(dialog);
    auto *table = child<QTableWidget>(*dialog, "dunningHistoryTable");
    CHECK(table->rowCount() == 2);
    CHECK(child<QLabel>(*dialog, "dunningHistoryTitle")->text().contains(QStringLiteral("Second reminder")));
    dialog->close();
    // The main window active again first: a change of active window closes popup menus.
    window.activateWindow();
    REQUIRE(QTest::qWaitFor([&] { return view->historyDialog() == nullptr; }));
    REQUIRE(QTest::qWaitForWindowActive(&window));

    // Brit marked from the customer list's context menu.
    QMenu *menu = openCustomerMenu(window, QStringLiteral("C-300"));
    auto *action = menu->findChild<QAction *>(QStringLiteral("customerDoNotDunAction"));
    REQUIRE(action);
    CHECK_FALSE(action->isChecked());
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
    CHECK(DunningSettings(*book.db).doNotDun(book.brit));
    child<QTabWidget>(window, "mainTabs")->setCurrentWidget(view);
    REQUIRE(QTest::qWaitFor([&] { return !model->letterIndex(QStringLiteral("C-300")).isValid(); }));
    CHECK(model->invoiceIndex(QStringLiteral("F-300")).parent() == model->skippedIndex());
}

// Hidden: the Dunning area on a large database (a copy: DD_DUNNING_GUI_DB), the time from the
// tab being shown to a filled tree, and a picture of it when DD_SCREENSHOT_DIR asks for one.
TEST_CASE("Dunning area on a large database", "[.perf]")
{
    const QString path = qEnvironmentVariable("DD_DUNNING_GUI_DB");
    if (path.isEmpty()) {
        WARN("set DD_DUNNING_GUI_DB to a copy of a demo database");
        return;
    }
    UiLocale::setLanguageCode(qEnvironmentVariable("DD_LANG", QStringLiteral("en")));
    MainWindow window;
    ModelTesters::attach(window);
    window.setAsOf(QDate(2026, 11, 23));
    REQUIRE(window.openDatabase(path));
    window.resize(1240, 780);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QElapsedTimer timer;
    timer.start();
    child<QTabWidget>(window, "mainTabs")->setCurrentWidget(window.dunningView());
    REQUIRE(QTest::qWaitFor([&] { return !window.dunningView()->model()->isEmpty(); }, 20000));
    QTest::qWait(50);
    WARN("preview shown after " << timer.elapsed() << " ms: " << window.dunningView()->model()->lettersToSend() << " letters ticked");
    TestScreenshots::save(window, QStringLiteral("dunning-large.png"));
    auto *tree = window.dunningView()->tree();
    const QModelIndex notice = window.dunningView()->model()->levelIndex(3);
    if (notice.isValid()) {
        tree->expand(window.dunningView()->model()->index(0, 0, notice));
        tree->scrollTo(notice);
        tree->setCurrentIndex(window.dunningView()->model()->index(0, 0, notice));
    }
    TestScreenshots::save(window, QStringLiteral("dunning-large-notice.png"));
}

TEST_CASE("Dunning area: warnings stand in the summary and are confirmed before anything is sent", "[ui][dunning]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    Book book;
    MainWindow window;
    ModelTesters::attach(window);
    // Saturday 14 February 2026: letters dated on a day without post.
    DunningView *view = openDunningArea(window, book, QDate(2026, 2, 14));
    DunningPreviewModel *model = view->model();
    REQUIRE(model->lettersToSend() > 0);
    REQUIRE_FALSE(model->preview().warnings.isEmpty());
    CHECK(child<QLabel>(*view, "dunningSummary")->text().contains(QStringLiteral("Warning:")));
    CHECK(child<QLabel>(*view, "dunningSummary")->text().contains(QStringLiteral("2026-02-14")));

    auto *folderEdit = child<QLineEdit>(*view, "dunningFolder");
    folderEdit->selectAll();
    QTest::keyClicks(folderEdit, QDir::toNativeSeparators(book.dir.filePath(QStringLiteral("out"))));
    const qint64 runsBefore = book.count("dunning_runs");
    view->setRunConfirmer([](const QString &) { return true; });
    QStringList asked;
    view->setWarningConfirmer([&](const QStringList &warnings) {
        asked = warnings;
        return false;
    });
    click(*view, "dunningCommit");
    CHECK(asked == model->preview().warnings);
    CHECK(book.count("dunning_runs") == runsBefore);
    CHECK(child<QLabel>(*view, "dunningResult")->text() == QStringLiteral("Nothing was sent."));
    view->setWarningConfirmer([](const QStringList &) { return true; });
    click(*view, "dunningCommit");
    CHECK(book.count("dunning_runs") == runsBefore + 1);
}

TEST_CASE("Dunning area: the run is confirmed with its count, levels and total claimed per currency, and Cancel writes nothing",
          "[ui][dunning]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    Book book;
    // Brit also owes an invoice in US dollars: its letter is a letter of its own, and its amount
    // is never added to the euros.
    book.db->run(QStringLiteral("INSERT INTO invoices (number, customer_id, issue_date, due_date, currency, total_excl_cents, "
                                "vat_cents, total_incl_cents, paid_cents) VALUES ('F-301', ?, '2025-12-26', '2026-01-25', 'USD', "
                                "40000, 0, 40000, 0)"),
                 {book.brit});
    MainWindow window;
    ModelTesters::attach(window);
    DunningView *view = openDunningArea(window, book, QDate(2026, 2, 10));
    DunningPreviewModel *model = view->model();
    view->setWarningConfirmer([](const QStringList &) { return true; });
    // Every letter starts ticked; the confirmation is where the count is made plain.
    REQUIRE(model->lettersToSend() == 4);

    const DunningRunSummary summary = DunningRunSummary::of(*model);
    CHECK(summary.letters == 4);
    CHECK(summary.handOvers == 0);
    REQUIRE(summary.levels.size() == 2);
    CHECK(summary.levels.at(0).level == 1);
    CHECK(summary.levels.at(0).count == 3); // Visser, Brit in euros, Brit in dollars
    CHECK(summary.levels.at(1).level == 3);
    CHECK(summary.levels.at(1).count == 1); // the consumer's 14-day letter
    REQUIRE(summary.claimed.size() == 2);
    CHECK(summary.claimed.value(QStringLiteral("EUR")) == Money(123456 + 50000 + 25000 + 80000, QStringLiteral("EUR")));
    CHECK(summary.claimed.value(QStringLiteral("USD")) == Money(40000, QStringLiteral("USD")));

    auto *folderEdit = child<QLineEdit>(*view, "dunningFolder");
    folderEdit->selectAll();
    const QString folder = book.dir.filePath(QStringLiteral("out"));
    QTest::keyClicks(folderEdit, QDir::toNativeSeparators(folder));
    const qint64 runsBefore = book.count("dunning_runs");
    const qint64 lettersBefore = book.count("dunning_letters");
    const qint64 linesBefore = book.count("dunning_letter_invoices");
    const qint64 contactsBefore = book.count("customer_contacts");

    // The question as the user sees it, answered with its default button (Cancel).
    QString question;
    bool cancelIsDefault = false;
    QTimer::singleShot(0, view, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        REQUIRE(box);
        question = box->text();
        cancelIsDefault = box->defaultButton() == box->button(QMessageBox::Cancel);
        QTest::keyClick(box, Qt::Key_Return);
    });
    click(*view, "dunningCommit");
    CHECK(question.startsWith(QStringLiteral("Write and record 4 letter(s)?")));
    CHECK(question.contains(QStringLiteral("%1: 3").arg(summary.levels.at(0).name)));
    CHECK(question.contains(QStringLiteral("%1: 1").arg(summary.levels.at(1).name)));
    CHECK(question.contains(UiLocale::formatMoney(278456, QStringLiteral("EUR"))));
    CHECK(question.contains(UiLocale::formatMoney(40000, QStringLiteral("USD"))));
    CHECK(question.contains(QStringLiteral("cannot be undone")));
    CHECK(cancelIsDefault);
    CHECK(book.count("dunning_runs") == runsBefore);
    CHECK(book.count("dunning_letters") == lettersBefore);
    CHECK(book.count("dunning_letter_invoices") == linesBefore);
    CHECK(book.count("customer_contacts") == contactsBefore);
    CHECK(QDir(folder).entryList(QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
    CHECK(child<QLabel>(*view, "dunningResult")->text() == QStringLiteral("Nothing was sent."));
    CHECK(model->lettersToSend() == 4);

    // Confirmed: the four letters are written and recorded.
    QTimer::singleShot(0, view, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        REQUIRE(box);
        auto *write = box->findChild<QPushButton *>(QStringLiteral("dunningConfirmWrite"));
        REQUIRE(write);
        QTest::mouseClick(write, Qt::LeftButton);
    });
    click(*view, "dunningCommit");
    CHECK(book.count("dunning_runs") == runsBefore + 1);
    CHECK(view->lastResult().letters == 4);
    CHECK(book.count("dunning_letters") == lettersBefore + 4);
}
