#pragma once

#include "importers/CsvImportRun.h"
#include "importers/PackageBalances.h"
#include "invoices/Invoice.h"

#include <QSet>

#include <vector>

namespace dd {

// Invoices, one row each or one row per line, keyed on their number: a re-import updates them.
class CsvInvoiceImport : public CsvImportRun
{
    Q_DECLARE_TR_FUNCTIONS(dd::CsvImporter)

public:
    using CsvImportRun::CsvImportRun;

protected:
    void importRows() override;
    void checkColumns() override;
    bool rejectedWithOthers(const Row &row) const override;

private:
    // What one invoice row says; the totals only for the first row of an invoice, the line only
    // in "lines" mode.
    struct InvoiceRow
    {
        Invoice header;
        bool dueGiven = false;
        int paymentTerm = 30;
        std::optional<Money> givenExcl, givenVat, givenIncl;
        // What the accounting package says of it (PackageBalances), and for a credit note the
        // invoice it corrects.
        std::optional<Money> givenOpen, givenPaid, givenCredited;
        QString credits;
        // What a UBL invoice brought beyond net and VAT (the export writes it), and per line its
        // stated VAT with the row it is on.
        std::optional<Money> givenRounding, givenPrepaid;
        std::vector<std::optional<Money>> lineVat;
        std::vector<Row> lineRows;
    };
    InvoiceRow readInvoiceHeader(const Row &row);
    void readInvoiceTotals(const Row &row, InvoiceRow &invoice);
    InvoiceLine readInvoiceLine(const Row &row, const QString &currency, std::optional<Money> *statedVat = nullptr);
    // The lines' VAT as the file states it, within their category's rounding; false with an error.
    bool applyStoredLineVat(InvoiceRow &row);
    // Totals, due date and the checks that need the whole invoice; false (with errors on `first`)
    // when it may not be written.
    bool completeInvoice(const Row &first, InvoiceRow &invoice);
    // Writes the invoice; what the package says of it (open, paid, credited) only when its amount
    // was written: a held invoice keeps its old total, which the package's figures do not describe.
    void saveInvoice(const Row &first, const InvoiceRow &row, Invoice &invoice);
    // Open, paid and credited within the total, and a credit note's own rules; errors on `first`.
    void checkBalances(const Row &first, const InvoiceRow &row);
    // A complete invoice about to be written: a credit note (negative total) goes to m_package
    // instead (true).
    bool divert(const Row &first, const InvoiceRow &invoice);
    // The package's open, paid or credited amounts of a written invoice, applied once all are written.
    // `countedUnchanged`: the invoice itself was counted unchanged (PackageBalances recounts it).
    void queueBalance(const Row &first, const InvoiceRow &invoice, bool countedUnchanged = false);

    // A credit note as an accounting package lists it: a negative total without lines.
    static bool isPackageCredit(const Invoice &invoice) { return invoice.totalInclVat.isNegative() && invoice.lines.isEmpty(); }

    void importInvoicesInOnePass();
    void importInvoicesInTwoPasses();

    // Invoice numbers whose every row is rejected: one of their rows was bad.
    QSet<QString> m_badNumbers;
    bool m_bulk = false;
    bool m_packageColumns = false; // the file has open, paid, credited or credits
    PackageBalances m_package{m_database, m_path, m_options.asOf.value_or(IsoDate::fromQDate(QDate::currentDate()))};
};

} // namespace dd
