#pragma once

#include <QString>

class QWidget;

namespace dd::test {

// Pictures of widgets for review and the README, written only when asked: DD_SCREENSHOT_DIR names
// the folder (made when missing). Without it nothing is written, so that ordinary test runs,
// several programs at once under `ctest --parallel`, leave no files behind and share none.
//   DD_SCREENSHOT_DIR=/tmp/shots build/tests/ui/test_ui_dunning
class TestScreenshots
{
public:
    // The folder asked for, or empty.
    static QString folder();
    // Saves `widget` as `name` (".png" added when missing) into the folder; false only when a
    // picture was asked for and could not be written.
    static bool save(QWidget &widget, const QString &name);
};

} // namespace dd::test
