#pragma once

#include <QtGlobal>

#include <functional>

namespace dd {

// Told how far a long import has come (`done` of `total` steps); returning false cancels it, and
// the import then writes nothing. Called from the importing thread every few hundred steps, so a
// GUI can keep its progress dialog alive without the core knowing about widgets.
using ImportProgress = std::function<bool(qint64 done, qint64 total)>;

} // namespace dd
