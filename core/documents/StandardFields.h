#pragma once

#include "customers/Customer.h"
#include "documents/CompanySettings.h"
#include "documents/DocumentFields.h"

#include <QStringList>

namespace dd {

// The placeholders every template can use: company.*, customer.*, and small HTML tables built
// with every cell escaped.
class StandardFields
{
public:
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
