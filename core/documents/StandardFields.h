#pragma once

#include "customers/Customer.h"
#include "documents/CompanySettings.h"
#include "documents/DocumentFields.h"
#include "documents/DocumentKind.h"

#include <QStringList>

namespace dd {

// The placeholders every template can use: company.*, customer.*, and small HTML tables built
// with every cell escaped.
class StandardFields
{
public:
    struct Field
    {
        QString key;         // "customer.name", written {{customer.name}} in a template
        QString description; // what it is filled with, in the interface's language
    };
    // The fields a template of `kind` can use, for the template editor to offer: the company's
    // and the customer's (filled in here), and the case's (LetterService) for a letter or the
    // credit note's (CreditNoteDocument) for a credit note.
    static QList<Field> fieldsFor(DocumentKind kind);

    static void addCompany(DocumentFields &fields, const CompanySettings &company);
    // customer.name, .number, .address, .vat_id, .contact (the person addressed; "" when none),
    // .salutation ("Geachte heer/mevrouw X," / "Dear X,").
    static void addCustomer(DocumentFields &fields, const Customer &customer, const QString &contactName);

    // An HTML table; `rightAligned[i]` aligns column i to the right. Cells are escaped.
    static QString table(const QStringList &header, const QList<QStringList> &rows, const QList<bool> &rightAligned,
                         int boldLastRows = 0);
    static QString bulletList(const QStringList &items);
};

} // namespace dd
