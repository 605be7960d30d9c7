#pragma once

#include "importers/CsvImportRun.h"

namespace dd {

// Payments, allocated to the invoices they name; the same payment (customer, date, amount,
// reference) is never recorded twice.
class CsvPaymentImport : public CsvImportRun
{
    Q_DECLARE_TR_FUNCTIONS(dd::CsvImporter)

public:
    using CsvImportRun::CsvImportRun;

protected:
    void importRows() override;
};

} // namespace dd
