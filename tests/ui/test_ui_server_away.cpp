// The program on a team database whose server goes away in the middle of an import (issue 20,
// "the GUI stays usable"): the import wizard says what happened in one line, without sending the
// user to correct a file that was never wrong, nothing of the import is written, and the window
// still opens a file database afterwards. The server is a cluster of the test's own, as it is
// stopped (tests/support/PrivateCluster).

#include "ImportWizardTestSupport.h"
#include "PrivateCluster.h"
#include "TestDatabase.h"
#include "UiTestSupport.h"

#include "MainWindow.h"
#include "common/UiLocale.h"
#include "importers/CsvImporter.h"
#include "importers/ImportWizard.h"
#include "session/Session.h"
#include "storage/Database.h"
#include "storage/DatabaseLocation.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSqlQuery>

using namespace dd;
using namespace dd::test;

TEST_CASE("Server away: an import whose server stops midway ends in the wizard with one line, and the window opens a file after",
          "[ui][import][issue20][postgres]")
{
    // Needs only PostgreSQL's programs, not the test server; run once, with the server tests.
    if (!onPostgres()) {
        WARN("Run with the PostgreSQL tests only (DD_TEST_PG_SOCKET)");
        return;
    }
    UiLocale::setLanguageCode(QStringLiteral("en"));
    TempDir dir;
    // The accounting package's Dutch export that runWizard maps (Factuurnr;Debiteur;Datum;Bedrag),
    // long enough for the import to write for seconds.
    QString csv = QStringLiteral("Factuurnr;Debiteur;Datum;Bedrag\n");
    for (int i = 0; i < 200000; ++i)
        csv += QStringLiteral("AWAY-%1;C%2;%3-03-2025;%4,25\n").arg(i + 1).arg(1 + i % 2).arg(10 + i % 18).arg(100 + i % 900);
    const QString path = writeFile(dir.filePath(QStringLiteral("boekhouding.csv")), csv);

    PrivateCluster cluster(5437);
    const QString location = cluster.createDatabase(QStringLiteral("dd_away_ui"));
    {
        auto db = Database::open(location);
        CsvImportOptions options;
        options.kind = ImportKind::Customers;
        REQUIRE(CsvImporter(*db).importFile(writeFile(dir.filePath(QStringLiteral("customers.csv")), QStringLiteral("number,name\nC1,Een\nC2,Twee\n")),
                                            options)
                    .committed);
    }
    DemoDatabase demo(5, 20);
    MainWindow window;
    window.setAsOf(demoAsOf());
    REQUIRE(window.openDatabase(location));

    ImportWizard wizard(*window.session(), &window);
    bool halted = false;
    QElapsedTimer sinceHalt;
    // Past 60 % of the steps (every row checked, then written): a third of the rows are on the server.
    QObject::connect(&wizard, &ImportWizard::progressed, [&](qint64 done, qint64 total) {
        if (!halted && done * 10 > total * 6) {
            halted = true;
            sinceHalt.start();
            cluster.halt();
        }
    });
    runWizard(wizard, path);
    REQUIRE(halted);
    CHECK(sinceHalt.elapsed() < 15000);
    // One line that says the connection to the server was lost, naming it; no file to correct.
    const QString result = child<QLabel>(wizard, QStringLiteral("importResult"))->text();
    INFO("result: " << result.toStdString());
    CHECK_FALSE(result.contains(u'\n'));
    CHECK(result.contains(QStringLiteral("was lost")));
    CHECK(result.contains(DatabaseLocation::displayName(location)));
    CHECK_FALSE(result.contains(QStringLiteral("Correct the file")));
    CHECK_FALSE(child<QPlainTextEdit>(wizard, QStringLiteral("importErrors"))->isVisibleTo(&wizard));
    wizard.close();

    // The window is still the user's: it opens a file database and shows it.
    REQUIRE(window.openDatabase(demo.path()));
    CHECK(window.session()->location() == demo.path());
    CHECK(window.windowTitle().startsWith(QFileInfo(demo.path()).fileName()));

    // All or nothing on the server, once it is back: the customers from before, no invoice.
    cluster.resume();
    auto after = Database::open(location);
    CHECK(after->scalar(QStringLiteral("SELECT COUNT(*) FROM customers")).toLongLong() == 2);
    CHECK(after->scalar(QStringLiteral("SELECT COUNT(*) FROM invoices")).toLongLong() == 0);
}
