#include "StorageLog.h"

namespace dd {

Q_LOGGING_CATEGORY(lcStorage, "disputedesk.storage", QtWarningMsg)

} // namespace dd
