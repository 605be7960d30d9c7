#pragma once

#include "importers/CsvImportRun.h"
#include "payments/PaymentRepository.h"

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

private:
    // The payment a row names, for its look-up to be read ahead; none when the row cannot be read.
    std::optional<PaymentRepository::PaymentKey> keyOf(const Row &row);
};

} // namespace dd
