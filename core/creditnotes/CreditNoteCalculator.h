#pragma once

#include "creditnotes/CreditNote.h"
#include "customers/Customer.h"
#include "invoices/Invoice.h"

#include <QList>

namespace dd {

// The lines of a credit note, computed from the original invoice; no database, no rounding of its
// own (Rounding is the one place).
class CreditNoteCalculator
{
public:
    // The invoice lines with these numbers, credited in full (their stored net and VAT).
    // Throws ValidationError for a line number the invoice does not have, or one given twice.
    static QList<CreditNoteLine> byLines(const Invoice &invoice, const QList<int> &lineNos);

    // `amount` including VAT, split over the invoice's VAT rates in proportion to each rate's
    // gross amount on the invoice; within a rate, net = gross x 100 / (100 + rate), VAT the rest.
    // The rate with the largest gross amount takes the remainder, so the parts sum exactly.
    // One line per rate, described in the customer's language.
    static QList<CreditNoteLine> byAmount(const Invoice &invoice, const Money &amount, Language language);

    // Sets the totals of the note from its lines.
    static void computeTotals(CreditNote &note);
};

} // namespace dd
