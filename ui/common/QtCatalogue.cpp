#include "QtCatalogue.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>
#include <QtGlobal>

namespace dd {

bool QtCatalogue::install(QCoreApplication &app, const QString &language)
{
    if (language == QLatin1String("en"))
        return false; // Qt's source texts are English
    const QString directory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    auto *translator = new QTranslator(&app);
    // qt_<lang> is the meta catalogue (qtbase and Qt's other modules); some installations ship
    // only qtbase_<lang>, which holds the texts of the widgets the program uses.
    for (const QString &name : {QStringLiteral("qt_"), QStringLiteral("qtbase_")}) {
        if (translator->load(name + language, directory)) {
            QCoreApplication::installTranslator(translator);
            return true;
        }
    }
    delete translator;
    qInfo("DisputeDesk: Qt's own texts stay English: no Qt catalogue for \"%s\" in %s (Debian package "
          "qt6-translations-l10n)", qPrintable(language), qPrintable(directory));
    return false;
}

} // namespace dd
