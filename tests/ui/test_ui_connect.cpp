// File ▸ Connect to Team Database… and File ▸ Open Recent (issue 20): the form builds the URI
// libpq reads, a password never reaches the settings file, the recent list or a message, and a
// server that cannot be reached leaves the open database open and usable.

#include "UiTestSupport.h"

#include "MainWindow.h"
#include "common/UiLocale.h"
#include "database/ConnectDatabaseDialog.h"
#include "database/RecentDatabases.h"
#include "invoices/InvoiceTableModel.h"
#include "session/Session.h"
#include "settings/AppSettings.h"
#include "storage/DatabaseLocation.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSpinBox>
#include <QStatusBar>
#include <QTimer>
#include <QUrl>

using namespace dd;
using namespace dd::test;

namespace {

// A socket folder that does not exist: libpq fails at once, with no network involved.
const QString missingSocket = QStringLiteral("/nonexistent-disputedesk-socket");
const QString password = QStringLiteral("Geh31m@/pw");

// The settings file as it lies on disk, after every pending write.
QByteArray settingsBytes()
{
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void fill(ConnectDatabaseDialog &dialog, const QString &host, int port, const QString &database, const QString &user,
          const QString &sslMode, const QString &typedPassword, bool remember)
{
    child<QLineEdit>(dialog, "hostEdit")->setText(host);
    child<QSpinBox>(dialog, "portSpin")->setValue(port);
    child<QLineEdit>(dialog, "databaseEdit")->setText(database);
    child<QLineEdit>(dialog, "userEdit")->setText(user);
    auto *ssl = child<QComboBox>(dialog, "sslModeCombo");
    ssl->setCurrentIndex(ssl->findData(sslMode));
    REQUIRE(ssl->currentIndex() >= 0);
    QLineEdit *pw = child<QLineEdit>(dialog, "passwordEdit");
    pw->clear();
    QTest::keyClicks(pw, typedPassword);
    child<QCheckBox>(dialog, "rememberPasswordCheck")->setChecked(remember);
}

// The texts of the recent list as the user sees it when the menu opens.
QStringList recentTexts(MainWindow &window)
{
    QMenu *menu = child<QMenu>(window, "recentMenu");
    emit menu->aboutToShow();
    QStringList texts;
    for (QAction *action : menu->actions())
        texts << action->text();
    return texts;
}

} // namespace

TEST_CASE("Connect dialog: the fields make the libpq URI", "[ui][connect][issue20]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    ConnectDatabaseDialog dialog;
    QPushButton *connect = child<QDialogButtonBox>(dialog, "connectButtons")->button(QDialogButtonBox::Ok);
    QCheckBox *remember = child<QCheckBox>(dialog, "rememberPasswordCheck");
    // Defaults: libpq's port and SSL mode, nothing to connect to yet, nothing to remember.
    CHECK(child<QSpinBox>(dialog, "portSpin")->value() == 5432);
    CHECK(child<QComboBox>(dialog, "sslModeCombo")->currentData().toString() == QStringLiteral("prefer"));
    CHECK_FALSE(connect->isEnabled());
    CHECK_FALSE(remember->isEnabled());

    fill(dialog, QStringLiteral("db.example.com"), 5432, QStringLiteral("debiteuren"), QStringLiteral("anna"),
         QStringLiteral("require"), QString(), false);
    CHECK(connect->isEnabled());
    CHECK_FALSE(remember->isEnabled());
    CHECK(dialog.location() == QStringLiteral("postgresql://anna@db.example.com/debiteuren?sslmode=require"));
    CHECK(child<QLabel>(dialog, "connectTargetLabel")->text() == QStringLiteral("Connects to anna@db.example.com:5432/debiteuren"));

    // A typed password with URI characters, an IPv6 host and another port.
    fill(dialog, QStringLiteral("2001:db8::5"), 6432, QStringLiteral("debiteuren"), QStringLiteral("anna"),
         QStringLiteral("verify-full"), password, true);
    CHECK(remember->isEnabled());
    CHECK(dialog.rememberPassword());
    CHECK(dialog.location() == QStringLiteral("postgresql://anna:Geh31m%40%2Fpw@[2001:db8::5]:6432/debiteuren?sslmode=verify-full"));
    // The line under the form names the server, never the password.
    CHECK_FALSE(child<QLabel>(dialog, "connectTargetLabel")->text().contains(password));

    // A socket folder as the host.
    fill(dialog, QStringLiteral("/run/postgresql"), 5432, QStringLiteral("dd"), QString(), QStringLiteral("disable"), QString(), false);
    CHECK(dialog.location() == QStringLiteral("postgresql:///dd?host=/run/postgresql&sslmode=disable"));

    // Filled in from a recent server: its fields and its other parameters come back.
    const auto recent = DatabaseLocation::Server::parse(QStringLiteral("postgresql://piet@db:5444/dd?sslmode=allow&connect_timeout=4"));
    REQUIRE(recent);
    dialog.setServer(*recent);
    CHECK(child<QLineEdit>(dialog, "hostEdit")->text() == QStringLiteral("db"));
    CHECK(child<QSpinBox>(dialog, "portSpin")->value() == 5444);
    CHECK(child<QLineEdit>(dialog, "passwordEdit")->text().isEmpty());
    CHECK(dialog.location() == QStringLiteral("postgresql://piet@db:5444/dd?sslmode=allow&connect_timeout=4"));
}

TEST_CASE("Connect: an unreachable server is one line of error and the open database stays", "[ui][connect][issue20]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    DemoDatabase demo;
    MainWindow window;
    window.setAsOf(demoAsOf());
    REQUIRE(window.openDatabase(demo.path()));
    const int invoices = window.invoiceModel()->rowCount();
    REQUIRE(invoices > 0);
    const QString title = window.windowTitle();
    window.setInteractive(true);

    // The user fills in the form and asks to remember the password; the server is not there.
    QStringList boxes;
    bool filled = false;
    QTimer answer;
    QObject::connect(&answer, &QTimer::timeout, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *dialog = qobject_cast<ConnectDatabaseDialog *>(modal)) {
            REQUIRE_FALSE(filled); // asked once: the failure is not about a password
            fill(*dialog, missingSocket, 5432, QStringLiteral("dd"), QStringLiteral("anna"), QStringLiteral("prefer"), password, true);
            filled = true;
            dialog->accept();
        } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            boxes << box->windowTitle() << box->text();
            box->reject();
        }
    });
    answer.start(20);
    child<QAction>(window, "connectServerAction")->trigger();
    answer.stop();

    REQUIRE(filled);
    REQUIRE(boxes.size() == 2);
    CHECK(boxes.at(0) == QStringLiteral("Cannot Open Database"));
    const QString message = window.lastError();
    CHECK(boxes.at(1) == message);
    CHECK_FALSE(message.isEmpty());
    CHECK_FALSE(message.contains(u'\n'));
    CHECK_FALSE(message.contains(password));
    CHECK_FALSE(message.contains(QStringLiteral("Geh31m")));

    // The demo file is still open and usable.
    REQUIRE(window.session());
    CHECK(window.session()->location() == demo.path());
    CHECK(window.windowTitle() == title);
    window.refresh();
    CHECK(window.invoiceModel()->rowCount() == invoices);
    // Nothing of the refused server was kept, least of all its password.
    CHECK(AppSettings::lastDatabase() == RecentDatabases::keptForm(demo.path()));
    const QByteArray settings = settingsBytes();
    CHECK_FALSE(settings.contains("Geh31m"));
    CHECK_FALSE(settings.contains("nonexistent-disputedesk-socket"));
}

TEST_CASE("Recent list: a server is kept and shown without its password", "[ui][connect][issue20]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    AppSettings::setRecentDatabases({}); // the test cases of this program share one settings file
    DemoDatabase demo;
    RecentDatabases::add(demo.path());
    RecentDatabases::add(QStringLiteral("postgresql://anna:%1@db.example.com/debiteuren?sslmode=require&password=%1")
                             .arg(QString::fromLatin1(QUrl::toPercentEncoding(password))));
    // The settings file: the server without the password in any spelling.
    const QByteArray settings = settingsBytes();
    CHECK(settings.contains("postgresql://anna@db.example.com/debiteuren?sslmode=require"));
    CHECK_FALSE(settings.contains("Geh31m"));
    CHECK(AppSettings::lastDatabase() == QStringLiteral("postgresql://anna@db.example.com/debiteuren?sslmode=require"));

    MainWindow window;
    const QStringList texts = recentTexts(window);
    CHECK(texts == QStringList{QStringLiteral("&1 anna@db.example.com:5432/debiteuren"), QStringLiteral("&2 demo.sqlite")});

    // Choosing the file opens it; choosing the server (not reachable here) keeps the file open.
    QMenu *menu = child<QMenu>(window, "recentMenu");
    CHECK(menu->actions().at(0)->isEnabled());
    CHECK(menu->actions().at(1)->isEnabled());
    menu->actions().at(1)->trigger();
    REQUIRE(window.session());
    CHECK(window.windowTitle().startsWith(QStringLiteral("demo.sqlite")));
    CHECK(recentTexts(window).first() == QStringLiteral("&1 demo.sqlite"));
    RecentDatabases::add(QStringLiteral("postgresql://anna@/debiteuren?host=%1").arg(missingSocket));
    emit menu->aboutToShow();
    menu->actions().at(0)->trigger();
    CHECK_FALSE(window.lastError().isEmpty());
    CHECK(window.session()->location() == demo.path());

    // A file that is gone cannot be chosen: opening it would create an empty database there.
    const QString gone = QFileInfo(demo.path()).absoluteDir().filePath(QStringLiteral("gone.sqlite"));
    RecentDatabases::add(gone);
    emit menu->aboutToShow();
    CHECK(menu->actions().at(0)->text() == QStringLiteral("&1 gone.sqlite"));
    CHECK_FALSE(menu->actions().at(0)->isEnabled());
    CHECK_FALSE(QFileInfo::exists(gone));
}

// On a real server: the throwaway cluster of the CTest fixture "postgres" (tests/postgres, trust
// logins) names its socket folder and port in DD_TEST_PG_SOCKET and DD_TEST_PG_PORT. Without
// them (a plain run) the case says so and passes, as there is nothing to connect to.
namespace {

struct TestServer
{
    QString socket = qEnvironmentVariable("DD_TEST_PG_SOCKET");
    int port = qEnvironmentVariableIntValue("DD_TEST_PG_PORT");

    bool available() const { return !socket.isEmpty() && port > 0; }

    // A fresh, empty database on the server (the cluster is thrown away after the run).
    QString createDatabase(const QString &stem) const
    {
        static int counter = 0;
        const QString name = QStringLiteral("%1_%2_%3").arg(stem).arg(QCoreApplication::applicationPid()).arg(++counter);
        {
            QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("connect-test-admin"));
            admin.setHostName(socket);
            admin.setPort(port);
            admin.setUserName(QStringLiteral("postgres"));
            admin.setDatabaseName(QStringLiteral("postgres"));
            REQUIRE(admin.open());
            QSqlQuery create(admin);
            REQUIRE(create.exec(QStringLiteral("CREATE DATABASE %1").arg(name)));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("connect-test-admin"));
        return name;
    }
};

} // namespace

TEST_CASE("Connect: a real server opens, shown by its display name, its password kept out of the settings", "[ui][connect][issue20][postgres]")
{
    const TestServer server;
    if (!server.available()) {
        WARN("DD_TEST_PG_SOCKET and DD_TEST_PG_PORT are not set: no server to connect to");
        return;
    }
    UiLocale::setLanguageCode(QStringLiteral("en"));
    AppSettings::setRecentDatabases({});
    const QString database = server.createDatabase(QStringLiteral("connect"));
    DemoDatabase demo;
    MainWindow window;
    window.setAsOf(demoAsOf());
    REQUIRE(window.openDatabase(demo.path()));
    window.setInteractive(true);

    // The user types a password and asks to remember it; the fixture's server takes any, so the
    // form is not shown again.
    int forms = 0;
    QTimer answer;
    QObject::connect(&answer, &QTimer::timeout, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *dialog = qobject_cast<ConnectDatabaseDialog *>(modal)) {
            fill(*dialog, server.socket, server.port, database, QStringLiteral("postgres"), QStringLiteral("disable"), password, true);
            ++forms;
            dialog->accept();
        } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            FAIL_CHECK("unexpected box: " << box->text().toStdString());
            box->reject();
        }
    });
    answer.start(20);
    child<QAction>(window, "connectServerAction")->trigger();
    answer.stop();
    CHECK(forms == 1);
    INFO(window.lastError().toStdString());
    REQUIRE(window.session());
    const QString shownAs = QStringLiteral("postgres@%1:%2/%3").arg(server.socket).arg(server.port).arg(database);
    CHECK(DatabaseLocation::isServer(window.session()->location()));
    CHECK(window.windowTitle().startsWith(shownAs));
    CHECK_FALSE(window.windowTitle().contains(QStringLiteral("Geh31m")));
    // No text of the window shows the location with its password (the status bar, the
    // dunning letters' folder, which for a file is next to it).
    for (const QLabel *label : window.findChildren<QLabel *>())
        CHECK_FALSE(label->text().contains(QStringLiteral("Geh31m")));
    for (const QLineEdit *edit : window.findChildren<QLineEdit *>())
        CHECK_FALSE(edit->text().contains(QStringLiteral("Geh31m")));

    // Kept: the server without its password, first in the recent list and as the last database.
    // libpq's default port is left out of a URI.
    const QString port = server.port == DatabaseLocation::defaultPort ? QString() : QStringLiteral(":%1").arg(server.port);
    const QString kept = QStringLiteral("postgresql://postgres@%1/%2?host=%3&sslmode=disable").arg(port, database, server.socket);
    CHECK(AppSettings::lastDatabase() == kept);
    CHECK(RecentDatabases::list().first() == kept);
    CHECK(recentTexts(window).first() == QStringLiteral("&1 ") + shownAs);
    CHECK_FALSE(settingsBytes().contains("Geh31m"));
    // The offscreen tests have no keychain: that is said, and the connection is kept anyway.
    const QString note = window.statusBar()->currentMessage();
    if (!note.isEmpty())
        CHECK(note.startsWith(QStringLiteral("The password could not be stored in the keychain: ")));

    // Back to the file and then to the server again from the recent list, without a password.
    REQUIRE(window.openDatabase(demo.path()));
    window.setInteractive(false);
    emit child<QMenu>(window, "recentMenu")->aboutToShow();
    child<QMenu>(window, "recentMenu")->actions().at(1)->trigger();
    CHECK(window.windowTitle().startsWith(shownAs));
}

// A login that needs a password the program does not have: the form comes back, filled in, with
// the server's refusal, until the password is right (or the user cancels). The fixture's cluster
// trusts every login, so this needs a role with a password: DD_TEST_PG_LOGIN_USER,
// DD_TEST_PG_LOGIN_PASSWORD and DD_TEST_PG_LOGIN_DATABASE on the same server.
TEST_CASE("Connect: the password is asked for only when the server refuses the login", "[ui][connect][issue20][postgres]")
{
    const TestServer server;
    const QString user = qEnvironmentVariable("DD_TEST_PG_LOGIN_USER");
    const QString secret = qEnvironmentVariable("DD_TEST_PG_LOGIN_PASSWORD");
    const QString database = qEnvironmentVariable("DD_TEST_PG_LOGIN_DATABASE");
    if (!server.available() || user.isEmpty()) {
        WARN("DD_TEST_PG_LOGIN_USER is not set: no server login that needs a password");
        return;
    }
    UiLocale::setLanguageCode(QStringLiteral("en"));
    DemoDatabase demo;
    MainWindow window;
    window.setAsOf(demoAsOf());
    REQUIRE(window.openDatabase(demo.path()));
    window.setInteractive(true);
    DatabaseLocation::Server login;
    login.host = server.socket;
    login.port = server.port;
    login.user = user;
    login.database = database;

    QStringList messages;
    QTimer answer;
    QObject::connect(&answer, &QTimer::timeout, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *dialog = qobject_cast<ConnectDatabaseDialog *>(modal)) {
            messages << child<QLabel>(*dialog, "connectMessageLabel")->text();
            CHECK(child<QLineEdit>(*dialog, "userEdit")->text() == user);
            QLineEdit *typed = child<QLineEdit>(*dialog, "passwordEdit");
            typed->setText(messages.size() == 1 ? QStringLiteral("wrong") : secret);
            dialog->accept();
        } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            box->reject(); // "Empty database: load demo data?" on a new database
        }
    });
    answer.start(20);
    const bool opened = window.openDatabase(login.uri());
    answer.stop();
    INFO(window.lastError().toStdString());
    CHECK(opened);
    // Asked twice: no password at first, the wrong one the second time.
    REQUIRE(messages.size() == 2);
    CHECK(messages.at(0).startsWith(QStringLiteral("The server of %1 refused the login").arg(DatabaseLocation::displayName(login.uri()))));
    CHECK(messages.at(1).startsWith(QStringLiteral("The server of")));
    CHECK(window.windowTitle().startsWith(DatabaseLocation::displayName(login.uri())));
    CHECK_FALSE(settingsBytes().contains(secret.toUtf8()));
}
