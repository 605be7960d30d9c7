#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef DD_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

#include <QStandardPaths>

int main(int argc, char *argv[])
{
    // Settings and data folders of a test never touch the user's own.
    QStandardPaths::setTestModeEnabled(true);
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("DisputeDeskTests"));
    TestApplication::setApplicationName(QStringLiteral("disputedesk-tests"));
    return Catch::Session().run(argc, argv);
}
