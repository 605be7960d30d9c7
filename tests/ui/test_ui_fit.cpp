// Every top-level window and dialog fits the screen it opens on (issue 19, "Fits the screen").
// CTest runs this program twice, each time on one offscreen screen (tests/ui/CMakeLists.txt):
//   [laptop]  1366×728, what a 1366×768 laptop leaves next to a 40 px taskbar (offscreen screens
//             have no taskbar, so their available geometry is the whole screen)
//   [fullhd]  1920×1080
// By hand, from the build folder:
//   QT_QPA_PLATFORM="offscreen:configfile=tests/ui/screen-laptop.json" tests/ui/test_ui_fit "[laptop]"

#include "EveryDialog.h"
#include "UiTestSupport.h"

#include "MainWindow.h"
#include "common/UiLocale.h"
#include "disputes/DisputesView.h"
#include "settings/AppSettings.h"

#include <QAbstractScrollArea>
#include <QGuiApplication>
#include <QMouseEvent>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>

using namespace dd;
using dd::test::DemoDatabase;
using dd::test::firstId;

namespace {

std::string describe(const QRect &rect)
{
    return QStringLiteral("%1x%2 at (%3,%4)").arg(rect.width()).arg(rect.height()).arg(rect.x()).arg(rect.y()).toStdString();
}

// The test runs on the screen CTest configured for it.
void requireScreen(const QSize &size)
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    REQUIRE(screen);
    INFO("screen " << describe(screen->availableGeometry()) << "; run through ctest, see the top of this file");
    REQUIRE(screen->availableGeometry().size() == size);
}

// The window, frame and all, lies inside the available area of its screen.
void requireOnScreen(QWidget &window, const char *what)
{
    if (!window.isVisible())
        window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(10); // dialogs adjust their position and layout once shown
    const QRect area = window.screen()->availableGeometry();
    INFO(what << ": frame " << describe(window.frameGeometry()) << " on " << describe(area));
    CHECK(area.contains(window.frameGeometry()));
}

// `part` is shown, not clipped by the window or a scroll area, and on screen.
void requireInside(QWidget &part, QWidget &window, const char *what)
{
    const QRect global(part.mapToGlobal(QPoint(0, 0)), part.size());
    INFO(what << " " << describe(global) << " in window " << describe(window.geometry()));
    REQUIRE(part.isVisible());
    CHECK(part.visibleRegion().boundingRect() == part.rect());
    CHECK(window.geometry().contains(global));
    CHECK(window.screen()->availableGeometry().contains(global));
}

// A dialog fits with its buttons: every push button of the dialog itself (a button box's, a
// wizard's, a row of its own), not one inside a scrolling part, is whole and on screen.
void requireDialogFits(QWidget &dialog, const char *what)
{
    requireOnScreen(dialog, what);
    const auto scrolls = [&dialog](const QWidget *widget) {
        for (const QWidget *up = widget->parentWidget(); up && up != &dialog; up = up->parentWidget())
            if (qobject_cast<const QAbstractScrollArea *>(up))
                return true;
        return false;
    };
    int buttons = 0;
    for (auto *button : dialog.findChildren<QPushButton *>()) {
        if (!button->isVisible() || button->window() != &dialog || scrolls(button))
            continue;
        ++buttons;
        INFO(what << ": " << button->text().toStdString());
        requireInside(*button, dialog, "button");
    }
    INFO(what);
    CHECK(buttons > 0);
    dialog.close();
}

// Presses the splitter's handle, moves it `dx` px to the right and lets go, as a mouse does.
void dragSplitterHandle(QSplitter &splitter, int dx)
{
    QSplitterHandle *handle = splitter.handle(1);
    const QPoint from = handle->rect().center();
    const auto send = [handle](QEvent::Type type, const QPoint &at, Qt::MouseButtons buttons) {
        QMouseEvent event(type, at, handle->mapToGlobal(at), Qt::LeftButton, buttons, Qt::NoModifier);
        QCoreApplication::sendEvent(handle, &event);
    };
    send(QEvent::MouseButtonPress, from, Qt::LeftButton);
    send(QEvent::MouseMove, from + QPoint(dx / 2, 0), Qt::LeftButton);
    send(QEvent::MouseMove, from + QPoint(dx, 0), Qt::LeftButton);
    send(QEvent::MouseButtonRelease, from + QPoint(dx, 0), Qt::NoButton);
    QTest::qWait(10);
}

} // namespace

TEST_CASE("The main window and every dialog of its menus fit the screen, OK buttons included", "[laptop][fullhd]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    DemoDatabase demo;
    Database &db = demo.database();

    MainWindow window;
    dd::test::openDemo(window, demo);
    requireOnScreen(window, "main window");
    requireInside(*window.statusBar(), window, "status bar");

    int looked = 0;
    dd::test::forEveryDialog(window, db, [&looked](QWidget &dialog, const char *what, dd::test::Opened opened) {
        ++looked;
        if (opened == dd::test::Opened::Dialog)
            requireDialogFits(dialog, what);
        else
            requireOnScreen(dialog, what);
    });
    CHECK(looked >= 18);
}

TEST_CASE("On a full HD screen the main window uses the room and the case list gets its share", "[fullhd]")
{
    requireScreen(QSize(1920, 1080));
    UiLocale::setLanguageCode(QStringLiteral("en"));
    DemoDatabase demo;
    MainWindow window;
    dd::test::openDemo(window, demo);
    const QRect area = window.screen()->availableGeometry();
    INFO("frame " << describe(window.frameGeometry()));
    CHECK(window.frameGeometry().width() >= area.width() * 8 / 10);
    CHECK(window.frameGeometry().height() >= area.height() * 8 / 10);

    window.findChild<QTabWidget *>(QStringLiteral("mainTabs"))->setCurrentWidget(window.disputesView());
    QTest::qWait(20);
    auto *splitter = dd::test::child<QSplitter>(window, "disputesSplitter");
    const QList<int> sizes = splitter->sizes();
    REQUIRE(sizes.size() == 2);
    INFO("list " << sizes[0] << " px, case " << sizes[1] << " px");
    // The list's columns (number, customer, amount, step, dates) want about as much room as the
    // case: not the 440 px it had on every screen.
    CHECK(sizes[0] >= (sizes[0] + sizes[1]) * 4 / 10);
}

TEST_CASE("A window geometry saved on a bigger screen is brought back onto this one", "[laptop]")
{
    requireScreen(QSize(1366, 728));
    UiLocale::setLanguageCode(QStringLiteral("en"));
    {
        // As a 1920×1080 monitor left it: wider and taller than the laptop, and partly right of it.
        MainWindow bigScreen;
        bigScreen.setGeometry(300, 120, 1800, 1000);
        AppSettings::setMainWindowGeometry(bigScreen.saveGeometry(), bigScreen.saveState());
    }
    MainWindow window;
    window.restoreWindowState();
    dd::test::showAndActivate(window);
    requireOnScreen(window, "restored main window");
    requireInside(*window.statusBar(), window, "status bar");
}

TEST_CASE("The case list keeps the share the user dragged it to, at any window size", "[laptop][fullhd]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    DemoDatabase demo;
    const auto listShare = [](QSplitter *splitter) {
        const QList<int> sizes = splitter->sizes();
        return double(sizes[0]) / double(sizes[0] + sizes[1]);
    };
    double dragged = 0;
    {
        MainWindow window;
        dd::test::openDemo(window, demo);
        window.findChild<QTabWidget *>(QStringLiteral("mainTabs"))->setCurrentWidget(window.disputesView());
        auto *splitter = dd::test::child<QSplitter>(window, "disputesSplitter");
        const double before = listShare(splitter);
        // The user drags the handle 150 px to the right.
        dragSplitterHandle(*splitter, 150);
        dragged = listShare(splitter);
        INFO("share before " << before << ", after " << dragged);
        REQUIRE(dragged > before + 0.05);
        // A smaller window keeps the proportion, not the pixels.
        window.resize(window.width() * 3 / 4, window.height());
        QTest::qWait(20);
        CHECK(listShare(splitter) == Approx(dragged).margin(0.02));
    }
    MainWindow again;
    dd::test::openDemo(again, demo);
    again.findChild<QTabWidget *>(QStringLiteral("mainTabs"))->setCurrentWidget(again.disputesView());
    QTest::qWait(20);
    CHECK(listShare(dd::test::child<QSplitter>(again, "disputesSplitter")) == Approx(dragged).margin(0.02));
}

TEST_CASE("A case is shown whole next to the list until the user drags the handle", "[laptop][fullhd]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    DemoDatabase demo;
    MainWindow window;
    dd::test::openDemo(window, demo);
    // A closed case: the widest header of the demo, with its answer date.
    window.showDispute(firstId(demo.database(), "SELECT MIN(id) FROM disputes"));
    QTest::qWait(20);
    auto *scroll = dd::test::child<QScrollArea>(window, "disputeCaseScroll");
    const QList<int> sizes = dd::test::child<QSplitter>(window, "disputesSplitter")->sizes();
    INFO("list " << sizes[0] << " px, case " << sizes[1] << " px, the case needs "
                 << scroll->widget()->minimumSizeHint().width() << " px");
    CHECK_FALSE(scroll->horizontalScrollBar()->isVisible());
    CHECK(sizes[0] >= 360);
}
