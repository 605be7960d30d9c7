#include "cli/CliApplication.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QTextStream>

#include <cstdio>

#include <unistd.h>

int main(int argc, char *argv[])
{
    // A QGuiApplication for the fonts that PDF documents need (letters, credit notes); the command
    // line never shows a window, so it needs no display.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Without a desktop session there is no runtime folder; Qt would make one and warn on stderr,
    // which must carry only the command's own messages. Make the same private folder quietly.
    if (!qEnvironmentVariableIsSet("XDG_RUNTIME_DIR")) {
        const QString runtime = QDir::tempPath() + QStringLiteral("/runtime-disputedesk-") + QString::number(getuid());
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
    }
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("DisputeDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("disputedesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DISPUTEDESK_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    // The one place the CLI reads the clock: commands get "today" as their default as-of date.
    const dd::Date today = dd::IsoDate::fromQDate(QDate::currentDate());
    return dd::CliApplication::run(QCoreApplication::arguments().mid(1), out, err, today);
}
