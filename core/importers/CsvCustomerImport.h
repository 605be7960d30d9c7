#pragma once

#include "importers/CsvImportRun.h"

namespace dd {

// Customers, keyed on their number: a re-import updates what changed.
class CsvCustomerImport : public CsvImportRun
{
    Q_DECLARE_TR_FUNCTIONS(dd::CsvImporter)

public:
    using CsvImportRun::CsvImportRun;

protected:
    void importRows() override;
};

} // namespace dd
