#pragma once

#include "calendar/IsoDate.h"
#include "einvoicing/VatTreatment.h"
#include "exchangerates/ExchangeRate.h"
#include "money/Money.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace dd {

// One line of a credit note. Amounts are stored positive (what is credited); documents print
// them negative.
struct CreditNoteLine
{
    int lineNo = 0;
    int invoiceLineNo = 0; // the invoice line credited in full; 0 for a credit by amount
    QString description;
    qint64 quantityThousandths = 1000;
    Money unitPrice;
    int vatRateBasisPoints = 2100;
    VatTreatment vatTreatment; // the credited invoice line's
    Money net;
    Money vat;
};

// Taxable amount and VAT of one rate and category (art. 226 VAT Directive: per rate on the
// document; EN 16931 BG-23: per category and rate).
struct VatSubtotal
{
    int rateBasisPoints = 0;
    VatTreatment treatment; // category always set
    Money taxable;
    Money vat;
};

// A credit note against one invoice (DOMAIN-NL.md §6): own gap-free series, immutable once issued.
struct CreditNote
{
    qint64 id = 0;
    QString number; // CN-2026-000042; empty in a preview
    int seriesYear = 0;
    int seriesNo = 0;
    qint64 invoiceId = 0;
    QString invoiceNumber;
    Date invoiceDate;
    qint64 customerId = 0;
    qint64 disputeId = 0; // 0: not issued from a case
    // Goodwill (coulance): a part the customer owes, written off as a commercial choice; not a
    // correction of an invoice found wrong.
    bool goodwill = false;
    QString disputeNumber;
    Date issueDate;
    QString currency = QStringLiteral("EUR");
    QString reason;
    Money totalExclVat;
    Money vat;
    Money totalInclVat;
    // The part of the credited invoice's PayableRoundingAmount (BT-114) this note takes back. It
    // is neither net nor VAT, so it is no line (a line would need a VAT category, and a 0% one
    // would report a supply that never was); the UBL note states it as its own
    // PayableRoundingAmount. Stored within total_incl_cents, which is what the note credits on the
    // invoice, as invoices keep theirs within their total_incl_cents.
    Money payableRounding;
    // A note in another currency states the VAT it adjusts in euros too (VAT Directive art. 230),
    // converted as that VAT was: at the rate of the credited invoice's date (art. 91 lid 2).
    std::optional<ExchangeRate> eurRate;
    std::optional<Money> vatInEur;
    QDateTime issuedAt;
    QString actor;
    QList<CreditNoteLine> lines;
    // Not stored: what the note credits beyond what is still open on the invoice (a paid invoice),
    // so is paid back to the customer. Set by CreditNoteService::preview and issue.
    Money refundDue;

    // What the note takes off the invoice: net + VAT + rounding (its UBL PayableAmount).
    Money amountCredited() const { return Money(totalInclVat.cents() + payableRounding.cents(), totalInclVat.currency()); }
    // Per VAT category and rate, highest rate first.
    QList<VatSubtotal> vatSubtotals() const;
};

} // namespace dd
