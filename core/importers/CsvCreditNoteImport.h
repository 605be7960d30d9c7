#pragma once

#include "creditnotes/CreditNote.h"
#include "importers/CsvImportRun.h"
#include "invoices/OpenInvoiceQuery.h"

#include <optional>

namespace dd {

// Our own credit notes as `export --kind credit-notes` writes them: one row per line, the note's
// header repeated on each, the rows of one note together. A credit note is a legal document with a
// number in a gap-free series (DOMAIN-NL.md §6), so it comes in exactly as it was issued: its number
// and series are kept, a note whose number exists with the same content is unchanged, one with
// other content is refused, and a note that would leave a gap in its year's series is refused, so
// that the series continues after the imported notes. The credited invoice's credited amount
// covers its credit notes afterwards (the invoices' export carries it already; an invoice file
// without it is brought up to it). A note issued from a case needs that case: disputes come first.
class CsvCreditNoteImport : public CsvImportRun
{
    Q_DECLARE_TR_FUNCTIONS(dd::CsvImporter)

public:
    using CsvImportRun::CsvImportRun;

protected:
    void importRows() override;
    bool rejectedWithOthers(const Row &row) const override { return m_rejectedRows.contains(row.index); }

private:
    // The note being read: its rows so far, where they are, and whether any of them was bad.
    struct Pending
    {
        CreditNote note;
        QString customerNumber;
        QStringList header; // the header fields as read, to check each further row against
        QList<int> rows;    // row indexes
        int firstLine = 0;
        bool bad = false;
        qint64 creditedAfter = 0; // the invoice's credited amount with this note
    };
    void readRow(const Row &row);
    void finish(Pending &pending);
    // The whole note against the database; false (with errors of its first row) when it cannot come in.
    bool checkNote(Pending &pending, bool &unchanged);
    void noteError(const Pending &pending, const QString &field, const QString &reason);
    void writeNote(Pending &pending);

    std::optional<Pending> m_pending;
    QSet<int> m_rejectedRows;
    QHash<int, int> m_nextInSeries; // year -> the series number after the notes of this file
    std::optional<OpenInvoiceQuery> m_invoices; // the notes' invoices by number, prepared at the first row
    QSet<QString> m_finished; // numbers of the notes already read, to find rows that are not together
};

} // namespace dd
