#pragma once

class QDateEdit;

namespace dd {

// What every date field of the program shares.
class DateEdits
{
public:
    // Limits the field to the dates the core accepts (IsoDate: 1900 to 2199). Qt's own range,
    // 1752 to 9999, would let a user pick a date whose arithmetic (a due date, a promised answer,
    // aging buckets) leaves Boost's calendar and throws.
    static void limitToAcceptedRange(QDateEdit *edit);
};

} // namespace dd
