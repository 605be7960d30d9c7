// File ▸ Copy Database To… (issue 20) through the real main window: the dialog asks where to, the
// copy runs on a worker thread, and the new file holds the same rows and amounts; Cancel keeps
// nothing, a target that holds data is refused with a message, and the window stays usable.

#include "UiTestSupport.h"

#include "database/CopyDatabaseDialog.h"
#include "database/DatabaseCopyRunner.h"
#include "session/Session.h"
#include "storage/DatabaseCopy.h"
#include "storage/TableFigures.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QSignalSpy>
#include <QTimer>

using namespace dd;
using namespace dd::test;

namespace {

QList<TableFigures> figuresOf(const QString &location)
{
    auto db = Database::open(location, Database::Mode::ReadOnly);
    return DatabaseCopy::figures(*db);
}

qint64 invoicesIn(const QString &location)
{
    auto db = Database::open(location, Database::Mode::ReadOnly);
    return db->scalar(QStringLiteral("SELECT COUNT(*) FROM invoices")).toLongLong();
}

// Triggers File ▸ Copy Database To… and answers its dialog with `target` as a new file.
void copyThroughMenu(MainWindow &window, const QString &target)
{
    bool answered = false;
    QTimer::singleShot(0, &window, [&] {
        auto *dialog = qobject_cast<CopyDatabaseDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto *copy = dialog->findChild<QAbstractButton *>(QStringLiteral("copyStartButton"));
        answered = !copy->isEnabled(); // nothing chosen yet: nothing to copy to
        type(*dialog, "copyFilePath", target);
        answered = answered && copy->isEnabled() && dialog->target() == target;
        QTest::mouseClick(copy, Qt::LeftButton);
    });
    auto *action = child<QAction>(window, "copyDatabaseAction");
    REQUIRE(action->isEnabled());
    action->trigger();
    CHECK(answered);
}

QString boxText(MainWindow &window, const char *name)
{
    QPointer<QMessageBox> box = window.findChild<QMessageBox *>(QString::fromLatin1(name));
    INFO("message box " << name);
    REQUIRE(box);
    const QString text = box->text();
    box->close();
    // Deleted on close, later in the event loop.
    CHECK(QTest::qWaitFor([&box] { return box.isNull(); }, 5000));
    return text;
}

} // namespace

TEST_CASE("Copy Database To copies the open database to a new file on a worker thread", "[ui][copy]")
{
    DemoDatabase demo;
    MainWindow window;
    openDemo(window, demo);
    auto *fileMenu = child<QMenu>(window, "fileMenu");
    CHECK(fileMenu->actions().contains(child<QAction>(window, "copyDatabaseAction")));

    TempDir dir;
    const QString target = dir.filePath(QStringLiteral("copy.sqlite"));
    auto *runner = child<DatabaseCopyRunner>(window, "databaseCopyRunner");
    QSignalSpy copied(runner, &DatabaseCopyRunner::copied);
    QSignalSpy failed(runner, &DatabaseCopyRunner::failed);
    copyThroughMenu(window, target);
    CHECK(runner->isRunning());
    REQUIRE(copied.wait(60000));
    CHECK(failed.isEmpty());
    CHECK(copied.at(0).at(1).toInt() == DatabaseCopy::tableOrder().size());
    CHECK(copied.at(0).at(2).toString() == target);

    const QString text = boxText(window, "copyDoneBox");
    CHECK(text.contains(target));
    CHECK(text.contains(QLatin1String("same rows and the same amounts")));
    CHECK(invoicesIn(target) == 900);
    CHECK(figuresOf(target) == figuresOf(demo.path()));
    qint64 rows = 0;
    for (const TableFigures &figures : figuresOf(target))
        rows += figures.rows;
    CHECK(copied.at(0).at(0).toLongLong() == rows);
    // The window still shows the database it had open.
    CHECK(window.session()->location() == demo.path());
}

TEST_CASE("Cancel while the database is copied keeps nothing in the target", "[ui][copy]")
{
    DemoDatabase demo(60, 3000);
    MainWindow window;
    openDemo(window, demo);
    TempDir dir;
    const QString target = dir.filePath(QStringLiteral("copy.sqlite"));
    auto *runner = child<DatabaseCopyRunner>(window, "databaseCopyRunner");
    QSignalSpy cancelled(runner, &DatabaseCopyRunner::cancelled);
    copyThroughMenu(window, target);
    // As the progress dialog's Cancel: the worker stops at its next word of progress.
    runner->cancel();
    REQUIRE(cancelled.wait(60000));
    CHECK(boxText(window, "copyDoneBox").contains(QLatin1String("cancelled; nothing was copied")));
    CHECK(invoicesIn(target) == 0);
    for (const TableFigures &figures : figuresOf(target))
        CHECK(figures.rows == 0);
}

TEST_CASE("Copy Database To refuses a target that holds data with a message, and the window stays usable", "[ui][copy]")
{
    DemoDatabase demo;
    DemoDatabase other(10, 50);
    MainWindow window;
    openDemo(window, demo);
    auto *runner = child<DatabaseCopyRunner>(window, "databaseCopyRunner");
    QSignalSpy failed(runner, &DatabaseCopyRunner::failed);
    copyThroughMenu(window, other.path());
    REQUIRE(failed.wait(60000));
    const QString text = boxText(window, "copyFailedBox");
    CHECK(text.contains(other.path() + QLatin1String(" already holds data")));
    CHECK(invoicesIn(other.path()) == 50);
    CHECK(child<QAction>(window, "copyDatabaseAction")->isEnabled());
}

TEST_CASE("The copy dialog takes a team database only as a postgresql URL", "[ui][copy]")
{
    CopyDatabaseDialog dialog(QStringLiteral("/tmp/desk.sqlite"), nullptr);
    dialog.show();
    auto *copy = child<QAbstractButton>(dialog, "copyStartButton");
    CHECK_FALSE(copy->isEnabled());
    type(dialog, "copyServerUrl", QStringLiteral("db.example.nl/desk"));
    CHECK(child<QAbstractButton>(dialog, "copyToServer")->isChecked());
    CHECK_FALSE(copy->isEnabled());
    type(dialog, "copyServerUrl", QStringLiteral("postgresql://anouk@db.example.nl/desk"));
    CHECK(copy->isEnabled());
    CHECK(dialog.target() == QStringLiteral("postgresql://anouk@db.example.nl/desk"));
}
