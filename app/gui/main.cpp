// The desktop program: language, command line, which database to open, then the main window.

#include "MainWindow.h"
#include "common/CatalogueTranslator.h"
#include "common/QtCatalogue.h"
#include "common/UiLocale.h"
#include "settings/AppSettings.h"
#include "storage/DatabaseLocation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>

#include <cstdio>

namespace {

// Our own texts and Qt's (the buttons of standard dialogs), in the chosen language.
void installTranslations(QApplication &app, const QString &language)
{
    dd::QtCatalogue::install(app, language);
    auto *ours = new dd::CatalogueTranslator(&app);
    if (ours->load(QStringLiteral(":/i18n/disputedesk_") + language + QStringLiteral(".qm")))
        QApplication::installTranslator(ours);
}

QIcon applicationIcon()
{
    QIcon icon;
    for (int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/disputedesk-%1.png").arg(size), QSize(size, size));
    return icon;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("disputedesk"));
    QApplication::setApplicationName(QStringLiteral("disputedesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("DisputeDesk"));
    QApplication::setApplicationVersion(QStringLiteral(DISPUTEDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("nl.disputedesk.DisputeDesk"));
    QApplication::setWindowIcon(applicationIcon());

    const QString language = dd::AppSettings::effectiveLanguageCode();
    installTranslations(app, language);
    dd::UiLocale::setLanguageCode(language);
    // Date editors and other Qt widgets follow the interface language too.
    QLocale::setDefault(dd::UiLocale::locale());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "DisputeDesk: credit control and disputed invoices."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QApplication::translate("main", "Open the database FILE (created when it does not exist)."),
                                      QStringLiteral("FILE"));
    parser.addOption(dbOption);
    // A file manager and the desktop entry (Exec=disputedesk %f) pass the file without --db.
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "The database to open, as with --db."),
                                 QStringLiteral("[FILE]"));
    const QString usage = QApplication::translate("main", "Usage: disputedesk [--db FILE | FILE]");
    if (!parser.parse(QApplication::arguments())) {
        std::fprintf(stderr, "disputedesk: %s\n%s\n", qPrintable(parser.errorText()), qPrintable(usage));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1 || (files.size() == 1 && parser.isSet(dbOption))) {
        const QString extra = files.size() > 1 ? files.at(1) : files.first();
        std::fprintf(stderr, "disputedesk: %s\n%s\n",
                     qPrintable(QApplication::translate("main", "one database at a time; unexpected argument: %1").arg(extra)),
                     qPrintable(usage));
        return 2;
    }

    QString path = files.isEmpty() ? parser.value(dbOption) : files.first();
    if (path.isEmpty()) {
        const QString last = dd::AppSettings::lastDatabase();
        // A team database is opened again as it was left; a file only while it still exists.
        path = !last.isEmpty() && (dd::DatabaseLocation::isServer(last) || QFileInfo::exists(last)) ? last
                                                                                                      : dd::AppSettings::defaultDatabasePath();
    }

    dd::MainWindow window;
    window.setInteractive(true);
    window.restoreWindowState();
    window.show();
    // A refused file shows its reason and offers another; the window stays usable either way.
    window.openDatabase(path);
    return QApplication::exec();
}
