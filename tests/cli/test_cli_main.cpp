// The main of test_cli. The commands run in this process (CliRunner.h), so it is set up as
// disputedesk-cli's own main sets up the binary's: the same environment and a QGuiApplication,
// which PDF documents need for their fonts (the shared core test main makes a QCoreApplication).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "TestHome.h"
#include "cli/CliApplication.h"

#include <QGuiApplication>

int main(int argc, char *argv[])
{
    const dd::test::TestHome home; // before the application object
    dd::CliApplication::prepareEnvironment();
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("DisputeDeskTests"));
    QGuiApplication::setApplicationName(QStringLiteral("disputedesk-tests"));
    return Catch::Session().run(argc, argv);
}
