#include "TestScreenshots.h"

#include "common/UiLocale.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QTranslator>
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

QString TestScreenshots::useLanguage(QTranslator &translator)
{
    const QString catalogue = qEnvironmentVariable("DD_SCREENSHOT_QM");
    if (!catalogue.isEmpty()) {
        if (!translator.load(catalogue))
            return QString();
        QCoreApplication::installTranslator(&translator);
    }
    const QString language = catalogue.isEmpty() ? QStringLiteral("en") : QStringLiteral("nl");
    UiLocale::setLanguageCode(language);
    QLocale::setDefault(UiLocale::locale());
    return language;
}

} // namespace dd::test
