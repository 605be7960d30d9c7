#pragma once

#include "invoices/InvoiceLine.h"

#include <QList>

#include <optional>
#include <vector>

namespace dd {

// The VAT of invoice lines as a file states it (the export's line_vat), against the VAT computed
// line by line from the rate. EN 16931 computes VAT per category and rate on their total (BR-CO-17),
// and a UBL import moves the difference to the lines (UblReader), so a stored line VAT may differ
// from the line's own by the rounding of its group: it is accepted when the group's stated VAT lies
// within a cent a line of the group's computed VAT.
class StoredLineVat
{
public:
    // `given` holds per line (same index) the stated VAT or nullopt (keep the computed VAT); the
    // lines' VAT must be computed already. Applies the stated amounts and returns -1, or leaves
    // every line as it is and returns the index of the first stated line of a group out of bounds
    // (*why says why).
    static qsizetype apply(QList<InvoiceLine> &lines, const std::vector<std::optional<Money>> &given, QString *why);
};

} // namespace dd
