#pragma once

#include "creditnotes/CreditNote.h"
#include "customers/Customer.h"
#include "documents/CompanySettings.h"

#include <QByteArray>

namespace dd {

// A credit note as UBL 2.1 CreditNote following Peppol BIS Billing 3.0 (DOMAIN-NL.md §6): type
// code 381, the original invoice in BillingReference, positive amounts, one TaxSubtotal per VAT
// rate; sum of lines = LineExtensionAmount, TaxExclusive + TaxTotal = TaxInclusive = Payable.
class UblCreditNoteWriter
{
public:
    static QByteArray write(const CreditNote &note, const Customer &customer, const CompanySettings &company);
    // "1234.56" (UBL amounts are positive here and use a dot).
    static QString amount(const Money &money);
};

} // namespace dd
