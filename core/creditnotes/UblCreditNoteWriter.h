#pragma once

#include "creditnotes/CreditNote.h"
#include "customers/Customer.h"
#include "documents/CompanySettings.h"

#include <QByteArray>

namespace dd {

// Peppol BIS Billing 3.0, for sending through a Peppol access point; or plain EN 16931 (the
// European standard without Peppol's rules), for a buyer who takes UBL another way, e.g. a
// consumer or a business without a Peppol endpoint.
enum class UblFlavour { Peppol, En16931 };

// A credit note as UBL 2.1 CreditNote (DOMAIN-NL.md §6): type code 381, the original invoice in
// BillingReference, positive amounts and prices, one TaxSubtotal per VAT category and rate with the
// exemption reason where the category needs one; sum of lines = LineExtensionAmount,
// TaxExclusive + TaxTotal = TaxInclusive = Payable. Both parties' endpoints are Peppol participant
// ids (never e-mail).
class UblCreditNoteWriter
{
public:
    static QByteArray write(const CreditNote &note, const Customer &customer, const CompanySettings &company,
                            UblFlavour flavour = UblFlavour::Peppol);
    // Why the note cannot be valid Peppol BIS 3.0 (no endpoint for the buyer or for us, not
    // subject to VAT mixed with other categories); empty when it can.
    static QString peppolProblem(const CreditNote &note, const Customer &customer, const CompanySettings &company);
    // CN-2026-000001.xml for Peppol, CN-2026-000001-en16931.xml for the plain standard.
    static QString fileName(const CreditNote &note, UblFlavour flavour);
    // "1234.56" (UBL amounts are positive here and use a dot).
    static QString amount(const Money &money);
};

} // namespace dd
