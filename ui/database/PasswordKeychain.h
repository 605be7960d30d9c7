#pragma once

#include <QString>

namespace dd {

// The passwords of team databases, kept in the desktop's keychain (Secret Service, KWallet, the
// macOS keychain, the Windows credential store through QtKeychain) and nowhere else: never in the
// settings file or the recent list. Each is filed under the server's display name
// (user@host:port/dbname), which names the login without holding a secret.
//
// A machine without a keychain (no secret service running, the offscreen tests) is normal: every
// call then says it failed, and the caller goes on without the password.
class PasswordKeychain
{
public:
    struct Result
    {
        bool ok = false;
        // The password read; empty when none is kept (that is not a failure).
        QString password;
        // Why the keychain failed, fit to show after "could not be stored/read:".
        QString error;
    };

    // The password kept for the server `location` (with or without a password in it).
    static Result read(const QString &location);
    static Result write(const QString &location, const QString &password);
    static Result remove(const QString &location);
};

} // namespace dd
