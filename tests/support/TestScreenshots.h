#pragma once

#include <QString>

class QTranslator;
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
    // The language of the pictures: Dutch when DD_SCREENSHOT_QM names the catalogue (loaded into
    // `translator` and installed), else English; the interface's locale follows. Returns "nl" or
    // "en"; empty when the catalogue cannot be loaded.
    static QString useLanguage(QTranslator &translator);
};

} // namespace dd::test
