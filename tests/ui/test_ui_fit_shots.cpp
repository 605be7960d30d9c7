// Pictures of the main window's areas on the screen CTest gave the program (see test_ui_fit.cpp),
// in English and Dutch, to look at what is still clipped. Written only when asked:
//   DD_SCREENSHOT_DIR=/tmp/shots ctest -R test_ui_fit
// Files: fit-<screen>-<language>-<area>.png.

#include "InterfaceLanguage.h"
#include "TestScreenshots.h"
#include "UiTestSupport.h"

#include "MainWindow.h"
#include "disputes/DisputesView.h"

#include <QTabWidget>

using namespace dd;
using dd::test::DemoDatabase;
using dd::test::TestScreenshots;

namespace {

void photographAreas(const QString &language)
{
    const dd::test::InterfaceLanguage inLanguage(language);
    DemoDatabase demo;
    MainWindow window;
    dd::test::openDemo(window, demo);
    const QString prefix = inLanguage.picturePrefix(window);
    const QString dispute = demo.database().scalar(QStringLiteral("SELECT MIN(id) FROM disputes")).toString();
    window.showDispute(dispute.toLongLong());

    auto *tabs = dd::test::child<QTabWidget>(window, "mainTabs");
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QTest::qWait(100); // the dashboard's charts are read on a worker thread
        CHECK(TestScreenshots::save(window, prefix + tabs->widget(i)->objectName()));
    }
}

} // namespace

TEST_CASE("Screenshots of the main areas in English and Dutch", "[laptop][fullhd]")
{
    if (TestScreenshots::folder().isEmpty())
        return;
    photographAreas(QStringLiteral("en"));
    photographAreas(QStringLiteral("nl"));
}
