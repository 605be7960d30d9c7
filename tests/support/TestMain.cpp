// The one Catch2 main of every test program. Which application object it makes is chosen at
// compile time (tests/CMakeLists.txt builds it three times):
//   core tests       QCoreApplication (Qt SQL and translations need one)
//   DD_TEST_FONTS    QGuiApplication: PDFs (reports, letters, credit notes) need fonts, offscreen
//   DD_TEST_GUI      QApplication for the Widgets tests
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#if defined(DD_TEST_GUI)
#include <QApplication>
using TestApplication = QApplication;
#elif defined(DD_TEST_FONTS)
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

#include "TestHome.h"

int main(int argc, char *argv[])
{
    const dd::test::TestHome home; // before the application object
#if defined(DD_TEST_FONTS)
    // The PDF tests never show a window: they need no display.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("DisputeDeskTests"));
    TestApplication::setApplicationName(QStringLiteral("disputedesk-tests"));
    return Catch::Session().run(argc, argv);
}
