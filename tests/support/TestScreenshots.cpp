#include "TestScreenshots.h"

#include <QDir>
#include <QTest>
#include <QWidget>

namespace dd::test {

QString TestScreenshots::folder()
{
    return qEnvironmentVariable("DD_SCREENSHOT_DIR");
}

bool TestScreenshots::save(QWidget &widget, const QString &name)
{
    const QString dir = folder();
    if (dir.isEmpty())
        return true;
    if (!QDir().mkpath(dir))
        return false;
    // Lets pending paints and layout changes land first, so the picture shows the final state.
    QTest::qWait(50);
    const QString file = name.endsWith(QStringLiteral(".png")) ? name : name + QStringLiteral(".png");
    return widget.grab().save(QDir(dir).filePath(file));
}

} // namespace dd::test
