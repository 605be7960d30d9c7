#pragma once

#include "creditnotes/CreditNote.h"
#include "customers/Customer.h"
#include "documents/CompanySettings.h"
#include "documents/DocumentFields.h"

#include <QByteArray>

namespace dd {

class Database;

// The printed credit note: every field DOMAIN-NL.md §6 asks for (number, date, both parties with
// addresses and VAT numbers, KvK, lines, taxable amount and VAT per rate, the original invoice's
// number and date, the reason), amounts negative, titled "Creditnota" / "Credit note".
class CreditNoteDocument
{
public:
    static DocumentFields fields(const CreditNote &note, const Customer &customer, const CompanySettings &company);
    // The body HTML from the template in use for the customer's language.
    static QString html(Database &database, const CreditNote &note);
    static QString title(const CreditNote &note, Language language);
    static QByteArray pdf(Database &database, const CreditNote &note);
    static QString fileName(const CreditNote &note) { return note.number + QStringLiteral(".pdf"); }
};

} // namespace dd
