// The program and the command line on one database file at the same time, as a user has them:
// the main window open (with its dashboard, which reads the file on a thread of its own) while
// disputedesk-cli reads and writes the same file. Nothing either commits may be lost.

#include "UiTestSupport.h"

#include "MainWindow.h"
#include "dashboard/DashboardView.h"
#include "dunning/DunningSettings.h"
#include "session/Session.h"

#include <QProcess>
#include <QSqlQuery>
#include <QSignalSpy>

#include <sys/stat.h>

using namespace dd;
using dd::test::ModelTesters;

namespace {

struct CliRun
{
    int exitCode = -1;
    QString err;
};

CliRun cli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(DISPUTEDESK_CLI), arguments);
    REQUIRE(process.waitForFinished(120000));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, QString::fromUtf8(process.readAllStandardError())};
}

// The inode of the write-ahead log, or 0 when there is none: a new number means SQLite deleted
// the log (taking the file for unused) and another connection made a new one.
ino_t walInode(const QString &path)
{
    struct stat info = {};
    return ::stat(QFile::encodeName(path + QStringLiteral("-wal")).constData(), &info) == 0 ? info.st_ino : 0;
}

void refreshDashboard(MainWindow &window)
{
    QSignalSpy refreshed(window.dashboardView(), &DashboardView::refreshed);
    window.dashboardView()->refresh();
    REQUIRE(refreshed.wait(20000));
}

} // namespace

TEST_CASE("The command line and the open main window on one file lose nothing", "[ui][sharedfile]")
{
    dd::test::TempDir dir;
    const QString path = dir.filePath(QStringLiteral("books.sqlite"));
    QString cliCustomer;
    QString guiCustomer;
    qint64 guiCustomerId = 0;
    {
        auto database = Database::open(path);
        DemoOptions options;
        options.customers = 8;
        options.invoices = 40;
        options.seed = 7;
        options.until = IsoDate::fromQDate(dd::test::demoUntil());
        DemoDataGenerator(*database).generate(options);
        QSqlQuery query = database->run(QStringLiteral("SELECT number, id FROM customers ORDER BY id LIMIT 2"));
        REQUIRE(query.next());
        cliCustomer = query.value(0).toString();
        REQUIRE(query.next());
        guiCustomer = query.value(0).toString();
        guiCustomerId = query.value(1).toLongLong();
    }

    auto window = std::make_unique<MainWindow>();
    ModelTesters::attach(*window);
    window->setAsOf(dd::test::demoAsOf());
    REQUIRE(window->openDatabase(path));
    dd::test::showAndActivate(*window);
    refreshDashboard(*window);
    const ino_t wal = walInode(path);
    REQUIRE(wal != 0);

    // The command line reads while the window has the file open...
    CliRun run = cli({QStringLiteral("invoices"), QStringLiteral("--db"), path});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(walInode(path) == wal);

    // ... the dashboard reads again, and the command line writes.
    refreshDashboard(*window);
    run = cli({QStringLiteral("customer"), QStringLiteral("do-not-dun"), cliCustomer, QStringLiteral("--db"), path});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(walInode(path) == wal);

    // The window writes, sees the command line's change, and is closed.
    DunningSettings(window->session()->database()).setDoNotDun(guiCustomerId, true);
    CHECK(walInode(path) == wal);
    refreshDashboard(*window);
    window->close();
    window.reset();

    auto database = Database::open(path, Database::Mode::ReadOnly);
    DunningSettings settings(*database);
    const auto idOf = [&](const QString &number) {
        return database->scalar(QStringLiteral("SELECT id FROM customers WHERE number = ?"), {number}).toLongLong();
    };
    CHECK(settings.doNotDun(idOf(cliCustomer)));
    CHECK(settings.doNotDun(idOf(guiCustomer)));
}
