#pragma once

#include "importers/CsvImportRun.h"

namespace dd {

// Dispute cases as `export --kind disputes` writes them, keyed on their number: a case that is
// not there yet is created with its disputed invoices and an audit event saying it was imported;
// one that is updates where the file has it further along (step, verdict, resolution, outcome).
// The invoices a case is about are never changed by a re-import.
class CsvDisputeImport : public CsvImportRun
{
    Q_DECLARE_TR_FUNCTIONS(dd::CsvImporter)

public:
    using CsvImportRun::CsvImportRun;

protected:
    void importRows() override;
};

} // namespace dd
