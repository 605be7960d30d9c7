#pragma once

#include "einvoicing/PeppolParticipant.h"
#include "invoices/Invoice.h"

#include <QString>

namespace dd {

// The buyer of a UBL document (AccountingCustomerParty), as far as DisputeDesk keeps it.
struct UblParty
{
    QString name;
    QString vatId;
    QString identifier; // PartyIdentification, else EndpointID
    PeppolParticipant endpoint; // EndpointID with a Peppol scheme
    QString street;
    QString postalCode;
    QString city;
    QString country;
    QString email;
};

// One UBL 2.1 Invoice or CreditNote (Peppol BIS Billing 3.0) as read from a file. The invoice's
// lines include document-level allowances and charges as lines of their own, so that its lines
// add up to the total excluding VAT the document states.
struct UblDocument
{
    QString file;
    bool creditNote = false;
    QString billingReference; // the invoice a credit note corrects
    UblParty buyer;
    Invoice invoice;          // customerId is left 0; dueDate may be not-a-date
    Money prepaid; // PrepaidAmount as the document states it, either sign
    QStringList warnings;
};

} // namespace dd
