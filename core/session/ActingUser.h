#pragma once

#include <QString>

namespace dd {

// Who is working, as the audit trail, the contact log and the letters name them. One rule for
// the program and the command line: the name the user gave in the settings, else the login name
// of the operating system account, else "disputedesk" (a service account with no login name).
class ActingUser
{
public:
    // `displayName`: the name from the settings, empty when none was given.
    static QString resolve(const QString &displayName = QString());
};

} // namespace dd
