#pragma once

#include <QString>

namespace dd {

// Where an invoice stands, derived from what was settled against it; never stored by hand.
// Credited: settled by credit notes alone, nothing paid.
enum class InvoiceStatus { Open, PartlyPaid, Paid, Credited };

class InvoiceStatuses
{
public:
    // creditedCents: the sum of the credit notes issued against the invoice.
    static InvoiceStatus derive(qint64 totalCents, qint64 paidCents, qint64 creditedCents = 0);
    // Stable code for CSV/JSON ("open", "partly-paid", "paid", "credited").
    static QString code(InvoiceStatus status);
};

} // namespace dd
