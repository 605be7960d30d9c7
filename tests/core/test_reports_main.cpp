// The report tests render PDFs, and QPdfWriter/QPainter text needs a QGuiApplication (fonts),
// which the shared core test main (a QCoreApplication) does not make; offscreen, no display needed.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "TestHome.h"

#include <QGuiApplication>

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const dd::test::TestHome home; // before the application object
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("DisputeDeskTests"));
    QGuiApplication::setApplicationName(QStringLiteral("disputedesk-tests"));
    return Catch::Session().run(argc, argv);
}
