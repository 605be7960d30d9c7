#pragma once

#include "demo/DemoDataGenerator.h"

#include <QObject>
#include <QString>

#include <memory>

class QWidget;

namespace dd {

class ServerLogin;
class Session;

// The database files of the main window: opening one as a Session (with the message box that
// offers another when a file is refused), choosing a file to open or create, and filling an
// empty database with demo data. The window owns the session it is handed and shows it.
//
// Interactive (the real program), failures and questions are shown in message boxes. Not
// interactive (tests, benchmarks), nothing blocks: failures are returned and sent as failed().
class DatabaseController : public QObject
{
    Q_OBJECT
public:
    explicit DatabaseController(QWidget *window);

    void setInteractive(bool interactive);
    bool isInteractive() const { return m_interactive; }

    // The session on the database at `path` (a file, created when it does not exist, or a
    // server: ServerLogin), or nullptr when it is refused; then failed() has the reason and,
    // interactive, the user was offered to open another (openAnotherRequested()).
    std::unique_ptr<Session> open(const QString &path);
    // File ▸ Connect to Team Database…: the server to open; empty when cancelled.
    QString askForServer();

    // File dialogs, starting in the folder of `current`: a file to open, or a new file to create
    // (never an existing database: failed() says so). Empty when the user cancels.
    QString chooseExisting(const QString &current);
    QString chooseNew(const QString &current);

    // Interactive only: asks whether to fill the empty database with demo data.
    bool askForDemoData(const DemoOptions &options);
    // Fills the session's empty database; interactive, with a cancellable progress dialog.
    // True when data was written; failed() says why not.
    bool loadDemoData(Session &session, const DemoOptions &options);

signals:
    // A failure the window reports (status bar, and a box when interactive).
    void failed(const QString &message);
    // Opening failed; when interactive the controller has already shown its own box, which
    // offers to open another file, so the window only notes the message.
    void openFailed(const QString &message);
    void openAnotherRequested();
    // A note for the status bar (the keychain could not keep a password).
    void notice(const QString &message);

private:
    QWidget *m_window;
    ServerLogin *m_servers;
    bool m_interactive = false;
};

} // namespace dd
