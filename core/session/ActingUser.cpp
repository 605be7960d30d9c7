#include "ActingUser.h"

namespace dd {

QString ActingUser::resolve(const QString &displayName)
{
    const QString given = displayName.trimmed();
    if (!given.isEmpty())
        return given;
    // USER on Linux and macOS, USERNAME on Windows.
    for (const char *variable : {"USER", "USERNAME"}) {
        const QString login = qEnvironmentVariable(variable).trimmed();
        if (!login.isEmpty())
            return login;
    }
    return QStringLiteral("disputedesk");
}

} // namespace dd
