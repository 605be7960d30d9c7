#include "ServerLogin.h"

#include "ConnectDatabaseDialog.h"
#include "PasswordKeychain.h"
#include "RecentDatabases.h"
#include "common/Error.h"
#include "session/Session.h"
#include "storage/StorageError.h"

#include <QCoreApplication>

#include <optional>

namespace dd {

namespace {

// The storage layer's sentence for a login the server refused (PostgresErrors::openFailed:
// libpq's "no password supplied" or "password authentication failed"), in the language in use.
// Matched whole, around the server's name, so that no other failure brings up the password form.
bool needsPassword(const Error &error)
{
    const QString refused = QCoreApplication::translate(
        "dd::PostgresErrors", "The server of %1 refused the login: the user name or password is wrong, or a password is needed.");
    const qsizetype at = refused.indexOf(QStringLiteral("%1"));
    return at >= 0 && error.message().startsWith(refused.left(at)) && error.message().endsWith(refused.mid(at + 2));
}

std::optional<DatabaseLocation::Server> lastServer()
{
    for (const QString &location : RecentDatabases::list()) {
        if (auto server = DatabaseLocation::Server::parse(location))
            return server;
    }
    return std::nullopt;
}

} // namespace

ServerLogin::ServerLogin(QWidget *window)
    : QObject(window)
    , m_window(window)
{
}

QString ServerLogin::ask()
{
    ConnectDatabaseDialog dialog(m_window);
    if (const auto server = lastServer())
        dialog.setServer(*server);
    if (dialog.exec() != QDialog::Accepted)
        return QString();
    m_asked = dialog.location();
    m_rememberAsked = dialog.rememberPassword();
    return m_asked;
}

std::unique_ptr<Session> ServerLogin::open(const QString &location)
{
    auto server = DatabaseLocation::Server::parse(location);
    if (!server)
        throw StorageError(tr("%1 is not a PostgreSQL address DisputeDesk can read.").arg(DatabaseLocation::displayName(location)));
    // The choice made in the form applies to the login it asked for, not to a later one.
    std::optional<bool> remember;
    if (!m_asked.isEmpty() && m_asked == location)
        remember = m_rememberAsked;
    m_asked.clear();

    QString keychainError;
    if (server->password.isEmpty()) {
        const PasswordKeychain::Result kept = PasswordKeychain::read(location);
        if (kept.ok)
            server->password = kept.password;
        else
            keychainError = tr("The password could not be read from the keychain: %1").arg(kept.error);
    }
    for (;;) {
        try {
            std::unique_ptr<Session> session = Session::open(server->uri());
            if (remember)
                keep(*server, *remember);
            return session;
        } catch (const Error &error) {
            // Without a keychain, libpq's own sources may still have had the password: the
            // keychain is mentioned only when the login failed.
            if (!keychainError.isEmpty())
                emit notice(keychainError);
            if (!m_interactive || !needsPassword(error))
                throw;
            ConnectDatabaseDialog dialog(m_window);
            dialog.setServer(*server);
            dialog.setMessage(keychainError.isEmpty() ? error.message() : error.message() + u'\n' + keychainError);
            dialog.focusPassword();
            if (dialog.exec() != QDialog::Accepted)
                throw;
            server = dialog.server();
            remember = dialog.rememberPassword();
            keychainError.clear();
        }
    }
}

void ServerLogin::keep(const DatabaseLocation::Server &server, bool remember)
{
    // Only a password typed in the form is kept or forgotten; libpq's own sources are its business.
    if (server.password.isEmpty())
        return;
    if (!remember) {
        PasswordKeychain::remove(server.uri());
        return;
    }
    const PasswordKeychain::Result stored = PasswordKeychain::write(server.uri(), server.password);
    if (!stored.ok)
        emit notice(tr("The password could not be stored in the keychain: %1").arg(stored.error));
}

} // namespace dd
