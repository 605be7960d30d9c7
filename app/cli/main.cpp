#include "cli/CliApplication.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QDate>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    // A QGuiApplication for the fonts that PDF documents need (letters, credit notes).
    dd::CliApplication::prepareEnvironment();
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
