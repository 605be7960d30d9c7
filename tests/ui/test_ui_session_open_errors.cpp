// A database that cannot be opened is reported once, in the box that offers to open another
// (a regression of the session work showed a plain warning first, then that box).

#include "UiTestSupport.h"

#include "MainWindow.h"
#include "common/UiLocale.h"

#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QTimer>

using namespace dd;
using namespace dd::test;

TEST_CASE("A database that cannot be opened is reported in one box", "[ui][session][issue18]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    TempDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    QFile text(path);
    REQUIRE(text.open(QIODevice::WriteOnly));
    text.write("not a database\n");
    text.close();

    MainWindow window;
    window.setInteractive(true);
    QStringList boxes;
    // Answers every box that comes up, as a user pressing Escape would, and notes its title.
    QTimer answer;
    QObject::connect(&answer, &QTimer::timeout, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            boxes.append(box->windowTitle());
            box->reject();
        }
    });
    answer.start(20);
    CHECK_FALSE(window.openDatabase(path));
    answer.stop();
    CHECK(boxes == QStringList{QStringLiteral("Cannot Open Database")});
    CHECK(window.lastError().contains(QStringLiteral("notes.sqlite")));
}
