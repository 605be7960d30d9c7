#pragma once

#include <QMargins>
#include <QRect>
#include <QSize>

class QScreen;
class QWidget;

namespace dd {

// Windows and dialogs open at the size they were designed for, but never larger than the screen
// they open on: a 1366×768 laptop with a taskbar leaves about 1366×728, and a dialog taller than
// that hides its OK button below the screen's edge. Bigger screens give the main window more room.
class ScreenFit
{
public:
    // Sizes the top-level `window` to `preferred`, bounded by the area its frame may take on the
    // screen it opens on (its parent's, else its own). A dialog is then centred over its parent by
    // Qt, which keeps it on that screen; any other window is centred on the screen here.
    static void resize(QWidget *window, const QSize &preferred);
    // Brings a window whose geometry was restored from the settings (written on another screen
    // layout, or on a bigger monitor) back onto its screen: shrunk to fit, moved inside.
    static void keepOnScreen(QWidget *window);
    // The area the frame of `window` may take: the available geometry of its screen.
    static QRect availableArea(const QWidget *window);
    // The screen `window` opens on: the one of its parent window, else its own.
    static QScreen *screenOf(const QWidget *window);
    // The title bar and borders around `window`: measured once it is on screen, estimated before.
    static QMargins frameMargins(const QWidget *window);
    // `size` (client area) bounded so that with its frame it fits `area`.
    static QSize bounded(const QSize &size, const QRect &area, const QMargins &frame);
};

} // namespace dd
