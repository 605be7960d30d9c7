#include "ScreenFit.h"

#include <QDialog>
#include <QGuiApplication>
#include <QScreen>
#include <QWidget>
#include <QWindow>

#include <algorithm>

namespace dd {

namespace {

// Before a window is shown the window system has not said how big its frame is. A title bar of
// about 30 px and thin borders is what Windows 10/11, GNOME and KDE draw at 100 % scale; a
// slightly generous guess only costs a few pixels of the window.
const QMargins estimatedFrame(8, 32, 8, 8);

} // namespace

QScreen *ScreenFit::screenOf(const QWidget *window)
{
    if (const QWidget *parent = window->parentWidget())
        return parent->window()->screen();
    return window->screen();
}

QRect ScreenFit::availableArea(const QWidget *window)
{
    QScreen *screen = screenOf(window);
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect();
}

QMargins ScreenFit::frameMargins(const QWidget *window)
{
    const QWindow *handle = window->windowHandle();
    if (window->isVisible() && handle)
        return handle->frameMargins();
    return estimatedFrame;
}

QSize ScreenFit::bounded(const QSize &size, const QRect &area, const QMargins &frame)
{
    if (area.isEmpty())
        return size;
    const QSize room = area.size().shrunkBy(frame);
    return size.boundedTo(room);
}

void ScreenFit::resize(QWidget *window, const QSize &preferred)
{
    const QRect area = availableArea(window);
    const QMargins frame = frameMargins(window);
    window->resize(bounded(preferred, area, frame));
    // QDialog::adjustPosition centres a dialog over its parent and keeps it on the parent's
    // screen when shown; a moved dialog would skip that.
    if (qobject_cast<QDialog *>(window) || area.isEmpty())
        return;
    QRect frameRect(QPoint(), window->size().grownBy(frame));
    frameRect.moveCenter(area.center());
    window->move(frameRect.topLeft());
}

void ScreenFit::keepOnScreen(QWidget *window)
{
    if (window->isMaximized() || window->isFullScreen())
        return;
    // The screen the restored window lies on, else (a monitor since unplugged) the primary one.
    QScreen *screen = QGuiApplication::screenAt(window->geometry().center());
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect area = screen->availableGeometry();
    const QMargins frame = frameMargins(window);
    const QSize size = bounded(window->size(), area, frame);
    if (size != window->size())
        window->resize(size);
    // The frame's top-left corner, clamped so that the whole frame lies inside the area.
    const QSize frameSize = size.grownBy(frame);
    const QPoint topLeft = window->pos();
    const int x = std::clamp(topLeft.x(), area.left(), area.right() + 1 - frameSize.width());
    const int y = std::clamp(topLeft.y(), area.top(), area.bottom() + 1 - frameSize.height());
    if (QPoint(x, y) != topLeft)
        window->move(x, y);
}

} // namespace dd
