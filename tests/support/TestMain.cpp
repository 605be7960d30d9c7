#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef DD_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

#include "TestHome.h"

int main(int argc, char *argv[])
{
    const dd::test::TestHome home; // before the application object
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("DisputeDeskTests"));
    TestApplication::setApplicationName(QStringLiteral("disputedesk-tests"));
    return Catch::Session().run(argc, argv);
}
