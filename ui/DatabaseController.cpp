#include "DatabaseController.h"

#include "MainWindow.h"
#include "common/Error.h"
#include "common/FileDialogs.h"
#include "common/UiLocale.h"
#include "database/ServerLogin.h"
#include "demo/DemoDataLoader.h"
#include "session/Session.h"
#include "storage/DatabaseLocation.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace dd {

namespace {
QString fileFilter()
{
    return MainWindow::tr("DisputeDesk databases (*.sqlite *.db *.disputedesk);;All files (*)");
}

QString folderOf(const QString &current)
{
    return current.isEmpty() || DatabaseLocation::isServer(current) ? QString() : QFileInfo(current).absolutePath();
}
} // namespace

// The texts are translated under the main window's context, where the catalogues have them.
DatabaseController::DatabaseController(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_servers(new ServerLogin(window))
{
    connect(m_servers, &ServerLogin::notice, this, &DatabaseController::notice);
}

void DatabaseController::setInteractive(bool interactive)
{
    m_interactive = interactive;
    m_servers->setInteractive(interactive);
}

QString DatabaseController::askForServer()
{
    return m_servers->ask();
}

std::unique_ptr<Session> DatabaseController::open(const QString &path)
{
    try {
        return DatabaseLocation::isServer(path) ? m_servers->open(path) : Session::open(path);
    } catch (const Error &error) {
        emit openFailed(error.message());
        if (m_interactive) {
            QMessageBox box(QMessageBox::Warning, MainWindow::tr("Cannot Open Database"), error.message(), QMessageBox::NoButton, m_window);
            box.setObjectName(QStringLiteral("openErrorBox"));
            QPushButton *other = box.addButton(MainWindow::tr("Open Another…"), QMessageBox::AcceptRole);
            box.addButton(QMessageBox::Close);
            box.exec();
            if (box.clickedButton() == other)
                emit openAnotherRequested();
        }
    }
    return nullptr;
}

QString DatabaseController::chooseExisting(const QString &current)
{
    return FileDialogs::openFileName(m_window, MainWindow::tr("Open Database"), folderOf(current), fileFilter());
}

QString DatabaseController::chooseNew(const QString &current)
{
    QString path = FileDialogs::saveFileName(m_window, MainWindow::tr("New Database"), folderOf(current), fileFilter());
    if (path.isEmpty())
        return QString();
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    const QFileInfo info(path);
    if (info.exists() && info.size() > 0) {
        // Never overwrite: a database holds a company's ledger.
        emit failed(MainWindow::tr("%1 already exists. Use Open Database to open it.").arg(QDir::toNativeSeparators(path)));
        return QString();
    }
    return path;
}

bool DatabaseController::askForDemoData(const DemoOptions &options)
{
    const auto answer = QMessageBox::question(
        m_window, MainWindow::tr("Empty Database"),
        MainWindow::tr("This database has no customers or invoices yet.\n\nLoad demo data (%1 customers, %2 invoices) to try DisputeDesk?")
            .arg(UiLocale::formatCount(options.customers), UiLocale::formatCount(options.invoices)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    return answer == QMessageBox::Yes;
}

bool DatabaseController::loadDemoData(Session &session, const DemoOptions &options)
{
    try {
        return DemoDataLoader::run(session, options, m_interactive ? m_window : nullptr);
    } catch (const Error &error) {
        emit failed(error.message());
    }
    return false;
}

} // namespace dd
