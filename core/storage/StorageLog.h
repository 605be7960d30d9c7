#pragma once

#include <QLoggingCategory>

namespace dd {

// Where storage writes what a user should not see: SQL, the backend's own error texts and codes.
// Silent unless asked for (QT_LOGGING_RULES="disputedesk.storage.info=true"), so that the CLI's
// stderr carries only the command's own one-line message.
Q_DECLARE_LOGGING_CATEGORY(lcStorage)

} // namespace dd
