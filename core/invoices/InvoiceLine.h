#pragma once

#include "einvoicing/VatTreatment.h"
#include "money/Money.h"

#include <QString>

namespace dd {

// One line of an invoice. Net and VAT are stored as computed when the invoice was made, so that
// a later change of rules never alters an invoice that was sent.
struct InvoiceLine
{
    int lineNo = 0;
    qint64 productId = 0; // 0: no product
    QString productCode;
    QString description;
    qint64 quantityThousandths = 1000;
    Money unitPrice;
    int vatRateBasisPoints = 2100;
    VatTreatment vatTreatment;
    Money net;
    Money vat;
};

} // namespace dd
