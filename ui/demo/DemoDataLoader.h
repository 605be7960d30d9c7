#pragma once

#include "demo/DemoDataGenerator.h"

class QDate;
class QWidget;

namespace dd {

class Session;

// Fills an empty database with demo data while a progress dialog shows how far it is and lets
// the user cancel (then nothing is written, as the generator works in one transaction).
class DemoDataLoader
{
public:
    // The size offered on first start: enough to feel like a real ledger, quick to make; the
    // invoices run up to `until` (the session's as-of date).
    static DemoOptions defaultOptions(const QDate &until);
    // Returns false when cancelled; throws what the generator throws.
    static bool run(Session &session, const DemoOptions &options, QWidget *parent);
};

} // namespace dd
