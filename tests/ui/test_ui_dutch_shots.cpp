// The Bank area with a statement imported, in English and in Dutch, on the screen CTest gave the
// program (see test_ui_fit.cpp): its message counts in plural forms in both languages, and
// pictures of it are written when asked, next to test_ui_fit_shots' pictures of the other areas:
//   DD_SCREENSHOT_DIR=/tmp/shots ctest -R "Bank area"
// Files: fit-<screen>-<language>-bankStatement.png.

#include "CamtStatement.h"
#include "InterfaceLanguage.h"
#include "TestScreenshots.h"
#include "UiTestSupport.h"

#include "MainWindow.h"
#include "bank/BankReconciliationView.h"

#include <QTabWidget>
#include <QTableView>

using namespace dd;
using dd::test::DemoDatabase;
using dd::test::TempDir;

namespace {

// The message of importing a statement with two credits (one naming its invoice, one not) and
// one debit, in `language`; the window is photographed when pictures are asked for.
QString importInBank(const QString &language)
{
    const dd::test::InterfaceLanguage inLanguage(language);
    DemoDatabase demo;
    const QList<dd::test::OpenInvoice> open = dd::test::openInvoices(demo.database());
    REQUIRE(open.size() == 2);
    TempDir dir;
    const QString statement = dir.filePath(QStringLiteral("statement.xml"));
    REQUIRE(dd::test::writeStatement(statement, "NL-SHOT-1",
                                     dd::test::entry("2001", open.at(0).open, "CRDT", "Factuur " + open.at(0).number.toUtf8())
                                         + dd::test::entry("2002", 101, "CRDT", "zie onze e-mail")
                                         + dd::test::entry("2003", 2500, "DBIT", "bankkosten")));
    MainWindow window;
    dd::test::openDemo(window, demo);
    dd::test::child<QTabWidget>(window, "mainTabs")->setCurrentWidget(window.bankView());
    REQUIRE(window.bankView()->importStatement(statement));
    auto *unmatched = dd::test::child<QTableView>(window, "bankUnmatched");
    unmatched->selectRow(0);
    QTest::qWait(20);
    CHECK(dd::test::TestScreenshots::save(window, inLanguage.picturePrefix(window) + QStringLiteral("bankStatement")));
    return window.bankView()->message();
}

} // namespace

TEST_CASE("The Bank area with a statement imported, in English and Dutch", "[laptop][fullhd]")
{
    // The English source forms: the program loads no English catalogue into the tests.
    const QString english = importInBank(QStringLiteral("en"));
    INFO(english.toStdString());
    CHECK(english.startsWith(QStringLiteral("statement.xml: 2 credit(s), of which 1 with a proposal, 1 unmatched, 0 booked before.")));
    CHECK(english.contains(QStringLiteral("1 debit(s) left out.")));

    const QString dutch = importInBank(QStringLiteral("nl"));
    INFO(dutch.toStdString());
    CHECK(dutch.startsWith(QStringLiteral("statement.xml: 2 bijschrijvingen, waarvan 1 met een voorstel, 1 niet gekoppeld, 0 al eerder geboekt.")));
    CHECK(dutch.contains(QStringLiteral("1 afschrijving overgeslagen.")));
}
