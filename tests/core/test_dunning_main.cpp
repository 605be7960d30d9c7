// The main of test_dunning: committing a run renders letters to PDF, whose fonts need a
// QGuiApplication (the shared core test main makes a QCoreApplication). Offscreen, no display.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "TestHome.h"

#include <QGuiApplication>

int main(int argc, char *argv[])
{
    const dd::test::TestHome home; // before the application object
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("DisputeDeskTests"));
    QGuiApplication::setApplicationName(QStringLiteral("disputedesk-tests"));
    return Catch::Session().run(argc, argv);
}
