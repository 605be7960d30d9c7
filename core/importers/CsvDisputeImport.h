#pragma once

#include "disputes/Dispute.h"
#include "importers/CsvImportRun.h"
#include "invoices/OpenInvoiceQuery.h"

#include <optional>

namespace dd {

// Dispute cases as `export --kind disputes` writes them, keyed on their number. A case that is not
// there yet is created with the whole state the decision tree keeps (step, verdict, credit
// decision, path of the unjustified part, lessons, outcome) and one audit event saying it was
// imported; the state must be one the workflow can reach. A case that is there already is never
// changed by an import: only the workflow (DisputeService) moves a case, each move with its audit
// event, so a row that differs from the stored case is refused, field by field, and one that
// matches it counts as unchanged.
class CsvDisputeImport : public CsvImportRun
{
    Q_DECLARE_TR_FUNCTIONS(dd::CsvImporter)

public:
    using CsvImportRun::CsvImportRun;

protected:
    void importRows() override;

private:
    // The row as a case; problems are errors of the row.
    Dispute readCase(const Row &row);
    // States the workflow can never reach (a verdict without a justified amount that fits, a
    // credit decided on an unjustified case, a closed case without outcome, ...).
    void checkWorkflowState(const Row &row, const Dispute &d);
    // Each field of the file that differs from the stored case, as an error of its column.
    void refuseChanges(const Row &row, const Dispute &file, const Dispute &stored);
    void insertCase(Dispute &d);

    std::optional<OpenInvoiceQuery> m_invoices; // the cases' invoices by number, prepared at the first row
};

} // namespace dd
