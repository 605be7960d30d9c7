#pragma once

#include "calendar/IsoDate.h"
#include "invoices/InvoiceLine.h"
#include "invoices/InvoiceStatuses.h"
#include "money/Money.h"

#include <QList>
#include <QString>

namespace dd {

// A sales invoice to a customer. Totals are the sums of its lines; the paid amount is the sum of
// the payment allocations against it (kept in step by PaymentRepository), the credited amount the
// sum of its credit notes (kept in step by CreditNoteService).
struct Invoice
{
    qint64 id = 0;
    QString number;
    qint64 customerId = 0;
    Date issueDate;
    Date dueDate;
    QString currency = QStringLiteral("EUR");
    Money totalExclVat;
    Money vat;
    Money totalInclVat; // always totalExclVat + vat
    // From a UBL document (else zero): its PayableRoundingAmount, and a PrepaidAmount that is no
    // payment we received (a negative one: money already paid back to the buyer). Both change what
    // the customer owes without being net or VAT.
    Money payableRounding;
    Money prepaidNotBooked;
    Money paid;
    Money credited;
    QList<InvoiceLine> lines;

    // What the customer owes before payments and credit notes; stored as total_incl_cents, which
    // every open-amount query uses.
    Money amountDue() const;
    Money openAmount() const { return amountDue() - paid - credited; }
    InvoiceStatus status() const { return InvoiceStatuses::derive(amountDue().cents(), paid.cents(), credited.cents()); }
    int daysOverdue(const Date &asOf) const;

    // Computes every line's net and VAT and the invoice totals from quantities and prices.
    void computeTotals();
};

} // namespace dd
