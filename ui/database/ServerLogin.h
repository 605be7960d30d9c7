#pragma once

#include "storage/DatabaseLocation.h"

#include <QObject>
#include <QString>

#include <memory>

class QWidget;

namespace dd {

class Session;

// Logging in to a team database: the password of the URI, else the one kept in the keychain,
// else libpq's own (~/.pgpass, PGPASSWORD, PGSERVICE); only when the server then says it needs a
// password is the user asked, in the Connect form filled in. A password typed with "remember" on
// goes to the keychain once the login worked; never anywhere else.
class ServerLogin : public QObject
{
    Q_OBJECT
public:
    explicit ServerLogin(QWidget *window);

    void setInteractive(bool interactive) { m_interactive = interactive; }

    // File ▸ Connect to Team Database…: the form, filled in with the last server opened. The
    // location to open (with the password typed, if any), empty when cancelled; its "remember"
    // choice applies when open() is next given that location.
    QString ask();
    // A session on the server at `location`. Throws Error (the message names the server by its
    // display name, never with its password) when the login fails or the user cancels the form.
    std::unique_ptr<Session> open(const QString &location);

signals:
    // The keychain failed; the login goes on without it. For the status bar.
    void notice(const QString &message);

private:
    // After a login that worked: keeps or forgets the password typed for the server.
    void keep(const DatabaseLocation::Server &server, bool remember);

    QWidget *m_window;
    bool m_interactive = false;
    QString m_asked;
    bool m_rememberAsked = false;
};

} // namespace dd
