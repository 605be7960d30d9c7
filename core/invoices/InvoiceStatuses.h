#pragma once

#include <QString>

namespace dd {

// Where an invoice stands, derived from what was settled against it; never stored by hand.
enum class InvoiceStatus { Open, PartlyPaid, Paid };

class InvoiceStatuses
{
public:
    static InvoiceStatus derive(qint64 totalCents, qint64 paidCents);
    // Stable code for CSV/JSON ("open", "partly-paid", "paid").
    static QString code(InvoiceStatus status);
};

} // namespace dd
