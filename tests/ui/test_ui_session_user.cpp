// The acting user in one place (issue 18): Settings ▸ Your name, handed to the Session when a
// database opens and when the name changes; the case editor follows it.

#include "UiTestSupport.h"

#include "MainWindow.h"
#include "common/UiLocale.h"
#include "disputes/DisputeEditor.h"
#include "session/ActingUser.h"
#include "session/Session.h"
#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QTimer>

using namespace dd;
using namespace dd::test;

TEST_CASE("The acting user is the name given in Settings, at open and when it changes", "[ui][session][issue18]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    DemoDatabase demo(5, 20);
    AppSettings::setDisplayName(QStringLiteral("Anna de Vries"));
    MainWindow window;
    REQUIRE(window.openDatabase(demo.path()));
    CHECK(window.session()->actingUser() == QStringLiteral("Anna de Vries"));
    CHECK(window.disputeEditor()->actor() == QStringLiteral("Anna de Vries"));

    // Settings ▸ Your name: typed and confirmed with OK while the dialog runs modally.
    bool typed = false;
    std::function<void()> fillIn = [&] {
        auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            QTimer::singleShot(20, fillIn);
            return;
        }
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("displayNameEdit"));
        if (name && name->text() == QStringLiteral("Anna de Vries")) {
            name->setText(QStringLiteral("  Jan Smit "));
            typed = true;
        }
        dialog->accept();
    };
    QTimer::singleShot(0, fillIn);
    window.findChild<QAction *>(QStringLiteral("settingsAction"))->trigger();
    CHECK(typed);
    CHECK(AppSettings::displayName() == QStringLiteral("Jan Smit"));
    CHECK(window.session()->actingUser() == QStringLiteral("Jan Smit"));
    CHECK(window.disputeEditor()->actor() == QStringLiteral("Jan Smit"));

    // No name given: the login name stands in, as ActingUser says.
    AppSettings::setDisplayName(QString());
    MainWindow other;
    REQUIRE(other.openDatabase(demo.path()));
    CHECK(other.session()->actingUser() == ActingUser::resolve());
    CHECK(other.session()->actingUser() != QStringLiteral("Jan Smit"));
}
